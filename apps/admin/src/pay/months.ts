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

/** A month for people: 2026年11月 in Chinese, 2026-11 otherwise. */
export function formatMonth(month: string, locale: string): string {
  if (locale === 'en' || !/^\d{4}-\d{2}$/.test(month)) return month;
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}
