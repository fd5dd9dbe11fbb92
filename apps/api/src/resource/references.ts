import { ValidationError } from '@liangwei/domain';

/** A referenced record that does not exist, or that the viewer may not see (indistinguishable on purpose, ROLE-4). */
export function badReference(field: string, what: string): ValidationError {
  return new ValidationError([{ field, message: `unknown ${what}` }]);
}
