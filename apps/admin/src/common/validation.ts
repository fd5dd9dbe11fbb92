import { TEXT_LIMITS, textProblem, type TextLimit } from '@liangwei/domain';
import { maxLength, type Validator } from 'react-admin';
import { today } from './today';

/** A date that must not lie after today (care events, honours, duty log entries). */
export const notInFuture: Validator = (value: unknown) => (typeof value === 'string' && value !== '' && value.slice(0, 10) > today() ? 'app.validation.future_date' : undefined);

/** A month `YYYY-MM` that must not lie after this month. */
export const monthNotInFuture: Validator = (value: unknown) => (typeof value === 'string' && value !== '' && value > today().slice(0, 7) ? 'app.validation.future_date' : undefined);

type Limits = typeof TEXT_LIMITS;

/**
 * The validators of a text field from its one declaration in the domain (`TEXT_LIMITS`), the
 * same the API checks and the column holds: at most its length, and no control characters (line
 * breaks and tabs only where the text may span lines).
 */
export function textLimit<T extends keyof Limits>(type: T, field: keyof Limits[T] & string): Validator[] {
  const limit = TEXT_LIMITS[type][field] as TextLimit;
  const plain: Validator = (value: unknown) => (typeof value === 'string' && textProblem(value, { ...limit, max: Number.POSITIVE_INFINITY }) ? 'app.validation.plain_text' : undefined);
  return [maxLength(limit.max), plain];
}
