import { isoDateOf } from '@liangwei/domain';

/** Today's date in China (UTC+8), `YYYY-MM-DD`: the default of date pickers and rule queries. */
export function today(): string {
  return isoDateOf(new Date());
}

/** This calendar year in China. */
export function thisYear(): number {
  return Number(today().slice(0, 4));
}

/** Tomorrow's date in China: what is dated after today starts then. */
export function tomorrow(now = new Date()): string {
  return isoDateOf(new Date(now.getTime() + 24 * 60 * 60 * 1000));
}
