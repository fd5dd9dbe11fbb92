import { Problems, type IsoDate } from '@liangwei/domain';

/**
 * The date a workflow step or record happened: given, or today. Never in the future and never
 * before `notBefore` (the previous step).
 */
export function stepDate(given: string | null | undefined, today: IsoDate, notBefore?: string | null, field = 'date'): IsoDate {
  const date = given ?? today;
  const problems = new Problems();
  if (date > today) problems.add(field, 'lies in the future');
  if (notBefore && date < notBefore) problems.add(field, `lies before the previous step (${notBefore})`);
  problems.throwIfAny();
  return date;
}

/** Trimmed text, or null when empty. */
export function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}
