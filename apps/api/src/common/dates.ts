import { Problems, type IsoDate } from '@liangwei/domain';

/**
 * The date a workflow step or record happened: given, or today. Never in the future and never
 * before `notBefore` (the previous step). `fieldZh` names the field in the Chinese texts.
 */
export function stepDate(given: string | null | undefined, today: IsoDate, notBefore?: string | null, field = 'date', fieldZh = '日期'): IsoDate {
  const date = given ?? today;
  const problems = new Problems();
  if (date > today) problems.add(field, 'lies in the future', `${fieldZh}不能晚于今天`);
  if (notBefore && date < notBefore) problems.add(field, `lies before the previous step (${notBefore})`, `${fieldZh}不能早于上一步骤的日期(${notBefore})`);
  problems.throwIfAny();
  return date;
}

/** Trimmed text, or null when empty. */
export function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}
