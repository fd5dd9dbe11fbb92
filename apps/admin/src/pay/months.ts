import { today } from '../common/today';

/** `YYYY-MM` of a date. */
export function monthOfDate(date: string): string {
  return date.slice(0, 7);
}

/** The month before `month` (`YYYY-MM`). */
export function previousMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

/** This month in China. */
export function thisMonth(): string {
  return monthOfDate(today());
}

/** INS-2 the month whose duty logs are checked now: the last one that has ended */
export function monthToCheck(): string {
  return previousMonth(thisMonth());
}

/** A month for people: 2026年11月, Nov 2026 (the console's one month format). */
export { formatMonth } from '../common/dates';
