/**
 * Calendar dates (`YYYY-MM-DD`) and months (`YYYY-MM`) as people read them, in the console's
 * language: 2026年3月15日 / 15 Mar 2026, 2026年3月 / Mar 2026. The API sends them as ISO strings
 * (a day has no time zone: they are read as written, never through the browser's clock); every
 * date or month the console shows goes through here, never as the raw string.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** An ISO date or month inside a text (not part of a longer number or an instant). */
const IN_TEXT = /(?<![\d-])(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?(?![\d:T-])/g;

const english = (locale: string) => locale === 'en' || locale.startsWith('en-');

function utc(y: number, m: number, d = 1): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

function day(y: number, m: number, d: number, locale: string): string {
  if (!english(locale)) return `${y}年${m}月${d}日`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(utc(y, m, d));
}

function month(y: number, m: number, locale: string): string {
  if (!english(locale)) return `${y}年${m}月`;
  return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(utc(y, m));
}

/**
 * A calendar date for people; a month (e.g. a birth date masked to its year and month) reads as
 * a month. Anything else is returned as it is.
 */
export function formatDate(date: string | null | undefined, locale: string): string {
  if (!date) return '';
  const d = DAY.exec(date);
  if (d) return day(Number(d[1]), Number(d[2]), Number(d[3]), locale);
  return formatMonth(date, locale);
}

/** A month (`YYYY-MM`) for people: 2026年11月, Nov 2026. Anything else is returned as it is. */
export function formatMonth(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const m = MONTH.exec(value);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return value;
  return month(Number(m[1]), Number(m[2]), locale);
}

/** A text with the ISO dates and months in it written for people (a message composed by the API). */
export function formatDatesIn(text: string, locale: string): string {
  return text.replace(IN_TEXT, (_all, y: string, m: string, d: string | undefined) => (d ? day(Number(y), Number(m), Number(d), locale) : month(Number(y), Number(m), locale)));
}
