import type { Validator } from 'react-admin';
import { today } from './today';

/** A date that must not lie after today (care events, honours, duty log entries). */
export const notInFuture: Validator = (value: unknown) => (typeof value === 'string' && value !== '' && value.slice(0, 10) > today() ? 'app.validation.future_date' : undefined);

/** A month `YYYY-MM` that must not lie after this month. */
export const monthNotInFuture: Validator = (value: unknown) => (typeof value === 'string' && value !== '' && value > today().slice(0, 7) ? 'app.validation.future_date' : undefined);
