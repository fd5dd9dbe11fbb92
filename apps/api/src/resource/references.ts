import { ValidationError } from '@liangwei/domain';

/**
 * A referenced record that does not exist, or that the viewer may not see (indistinguishable on purpose, ROLE-4).
 * `whatZh` names the record in Chinese (`badReference('unitId', 'unit', '单位')` → 未知的单位); `messageZh`
 * replaces that whole Chinese text where "未知的…" does not fit.
 */
export function badReference(field: string, what: string, whatZh: string, messageZh = `未知的${whatZh}`): ValidationError {
  return new ValidationError([{ field, message: `unknown ${what}`, messageZh }]);
}
