import { describe, expect, it } from 'vitest';
import { formatDate, formatDatesIn, formatMonth } from './dates';

describe('dates and months for people', () => {
  it('write a calendar date in the language of the console, the day as written (no time zone)', () => {
    expect(formatDate('2026-03-05', 'zh-CN')).toBe('2026年3月5日');
    expect(formatDate('2026-12-31', 'zh-CN')).toBe('2026年12月31日');
    expect(formatDate('2026-03-05', 'en')).toBe('5 Mar 2026');
    expect(formatDate('2027-01-01', 'en')).toBe('1 Jan 2027');
  });

  it('write a month, and a date masked to its month, as a month', () => {
    expect(formatMonth('2026-03', 'zh-CN')).toBe('2026年3月');
    expect(formatMonth('2026-11', 'en')).toBe('Nov 2026');
    expect(formatDate('1975-03', 'zh-CN')).toBe('1975年3月');
    expect(formatDate('1975-03', 'en')).toBe('Mar 1975');
  });

  it('leave what is not a date or month as it is, and nothing for nothing', () => {
    expect(formatDate(null, 'zh-CN')).toBe('');
    expect(formatDate(undefined, 'en')).toBe('');
    expect(formatDate('', 'en')).toBe('');
    expect(formatDate('至今', 'zh-CN')).toBe('至今');
    expect(formatMonth('2026-13', 'zh-CN')).toBe('2026-13');
    expect(formatMonth('2026.03', 'en')).toBe('2026.03');
  });

  it('write the dates and months inside a text, and nothing else', () => {
    expect(formatDatesIn('解聘，2026-12-31生效', 'zh-CN')).toBe('解聘，2026年12月31日生效');
    expect(formatDatesIn('2026-11 检查未通过；2026-10-20 到期', 'zh-CN')).toBe('2026年11月 检查未通过；2026年10月20日 到期');
    expect(formatDatesIn('effective 2026-12-31', 'en')).toBe('effective 31 Dec 2026');
    // a term of years, a phone number, a longer number and an instant are no dates
    for (const text of ['2021-2026届', '010-12345678', '12026-11-01', '2026-12-02T10:21:51Z', '第2026-1期']) expect(formatDatesIn(text, 'zh-CN')).toBe(text);
  });
});
