import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../policy/parameters';
import { addYears, ageOn, daysInMonth, endOfYear, formatIsoDate, isIsoDate, isLeapYear, isoDateOf, parseIsoDate } from './date';

describe('SEL-1 calendar dates (ISO YYYY-MM-DD)', () => {
  it('SEL-1 isLeapYear follows the Gregorian rule (every 4th year, not centuries, but every 400th)', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2025)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
  });

  it('SEL-1 daysInMonth knows February in common and leap years and rejects month 13', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
    expect(daysInMonth(2025, 13)).toBe(0);
    expect(daysInMonth(2025, 0)).toBe(0);
  });

  it('SEL-1 parseIsoDate returns the parts of a real date', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('1949-12-31')).toEqual({ year: 1949, month: 12, day: 31 });
  });

  it.each([
    ['2025-02-29', 'no 29 February in a common year'],
    ['1900-02-29', 'no 29 February in a century year not divisible by 400'],
    ['2024-13-01', 'month 13'],
    ['2024-00-10', 'month 0'],
    ['2024-04-31', '31 April'],
    ['2024-01-00', 'day 0'],
    ['2024-1-1', 'missing zero padding'],
    ['24-01-01', 'two-digit year'],
    ['0000-01-01', 'year 0'],
    ['2024/01/01', 'slashes'],
    [' 2024-01-01', 'leading space'],
    ['2024-01-01T00:00:00Z', 'a timestamp, not a date'],
    ['', 'empty text'],
  ])('SEL-1 invalid date %s is rejected (%s)', (text) => {
    expect(parseIsoDate(text)).toBeNull();
    expect(isIsoDate(text)).toBe(false);
  });

  it('SEL-1 isIsoDate accepts real dates including 29 February of a leap year', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2024-04-30')).toBe(true);
    expect(isIsoDate('2025-12-31')).toBe(true);
  });

  it('SEL-1 isIsoDate rejects values that are not strings', () => {
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
    expect(isIsoDate(20240101)).toBe(false);
    expect(isIsoDate(new Date('2024-01-01'))).toBe(false);
  });

  it('SEL-1 formatIsoDate zero-pads year, month and day', () => {
    expect(formatIsoDate({ year: 2025, month: 3, day: 7 })).toBe('2025-03-07');
    expect(formatIsoDate({ year: 999, month: 1, day: 2 })).toBe('0999-01-02');
  });

  it('SEL-1 isoDateOf uses China time (UTC+8): 16:00 UTC on 31 Dec is already 1 Jan', () => {
    expect(isoDateOf(new Date('2024-12-31T15:59:59.999Z'))).toBe('2024-12-31');
    expect(isoDateOf(new Date('2024-12-31T16:00:00.000Z'))).toBe('2025-01-01');
    expect(isoDateOf(new Date('2024-12-31T16:00:00.000Z'), 0)).toBe('2024-12-31');
  });

  it('RES-4 endOfYear is 31 December of the date\'s year (default reference date of an assessment)', () => {
    expect(endOfYear('2025-06-15')).toBe('2025-12-31');
    expect(endOfYear('2024-01-01')).toBe('2024-12-31');
    expect(endOfYear('2024-12-31')).toBe('2024-12-31');
  });
});

describe('SEL-1 ageOn: age in full years (周岁) on a reference date', () => {
  it('SEL-1 the day before the birthday the person is still the previous age', () => {
    expect(ageOn('1980-06-15', '2025-06-14')).toBe(44);
  });

  it('SEL-1 on the birthday itself the new age counts', () => {
    expect(ageOn('1980-06-15', '2025-06-15')).toBe(45);
  });

  it('SEL-1 the day after the birthday the new age still holds', () => {
    expect(ageOn('1980-06-15', '2025-06-16')).toBe(45);
  });

  it('SEL-1 a birthday later in the year has not been reached in an earlier month', () => {
    expect(ageOn('1990-12-31', '2025-01-01')).toBe(34);
    expect(ageOn('1990-12-31', '2025-12-30')).toBe(34);
    expect(ageOn('1990-12-31', '2025-12-31')).toBe(35);
  });

  it('SEL-1 born 29 Feb: in a common year the birthday is 1 March, so 28 Feb is still the previous age', () => {
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(24);
    expect(ageOn('2000-02-29', '2025-03-01')).toBe(25);
  });

  it('SEL-1 born 29 Feb: in a leap year the birthday is 29 Feb itself', () => {
    expect(ageOn('2000-02-29', '2024-02-28')).toBe(23);
    expect(ageOn('2000-02-29', '2024-02-29')).toBe(24);
  });

  it('SEL-1 on the birth date the age is 0, and before it negative', () => {
    expect(ageOn('2025-06-15', '2025-06-15')).toBe(0);
    expect(ageOn('2025-06-15', '2025-06-14')).toBe(-1);
  });

  it('SEL-1 ageOn refuses invalid dates instead of guessing', () => {
    expect(() => ageOn('2025-02-29', '2025-06-15')).toThrow(RangeError);
    expect(() => ageOn('1980-06-15', '2024-13-01')).toThrow(RangeError);
    expect(() => ageOn('1980-6-15', '2025-06-15')).toThrow(RangeError);
  });

  it('RES-4 boundary: exactly 45 on the reference date counts as 45 (SEL-1 age in full years, "45岁以下" includes 45)', () => {
    const age = ageOn('1980-12-31', '2025-12-31');
    expect(age).toBe(45);
    expect(age <= defaultPolicy.reserveYoungAge).toBe(true);
  });

  it('RES-4 boundary: one day short of the 46th birthday is still 45; on it the cadre is 46 and no longer young', () => {
    expect(ageOn('1979-12-31', '2025-12-30')).toBe(45);
    expect(ageOn('1979-12-31', '2025-12-31')).toBe(46);
    expect(ageOn('1979-12-31', '2025-12-31') <= defaultPolicy.reserveYoungAge).toBe(false);
  });

  it('RES-4 boundary: exactly 35 on the reference date counts as 35; 36 does not', () => {
    expect(ageOn('1990-12-31', '2025-12-31')).toBe(35);
    expect(ageOn('1990-12-31', '2025-12-31') <= defaultPolicy.reserveYoungerAge).toBe(true);
    expect(ageOn('1989-12-31', '2025-12-31')).toBe(36);
    expect(ageOn('1989-12-31', '2025-12-31') <= defaultPolicy.reserveYoungerAge).toBe(false);
    expect(ageOn('1990-01-01', '2025-12-31')).toBe(35);
    expect(ageOn('1989-01-01', '2025-12-31')).toBe(36);
  });
});

describe('PAY-5 addYears: whole years, same day', () => {
  it('PAY-5 next exam due two years after the last one, same day', () => {
    expect(addYears('2023-06-15', 2)).toBe('2025-06-15');
  });

  it('PAY-5 29 February becomes 28 February in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
  });

  it('PAY-5 29 February stays 29 February in the next leap year', () => {
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('PAY-5 negative years go back, 0 years changes nothing', () => {
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(addYears('2025-12-31', 0)).toBe('2025-12-31');
  });

  it('PAY-5 addYears refuses an invalid date', () => {
    expect(() => addYears('2025-02-29', 1)).toThrow(RangeError);
    expect(() => addYears('2024-1-1', 1)).toThrow(RangeError);
  });
});
