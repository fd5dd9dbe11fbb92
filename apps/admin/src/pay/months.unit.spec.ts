import { describe, expect, it } from 'vitest';
import { formatMonth, monthOfDate, previousMonth } from './months';

describe('months of the duty log checks', () => {
  it('steps back a month, over the turn of the year', () => {
    expect(previousMonth('2026-11')).toBe('2026-10');
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(monthOfDate('2026-11-25')).toBe('2026-11');
  });

  it('are written for people in the current language', () => {
    expect(formatMonth('2026-03', 'zh-CN')).toBe('2026年3月');
    expect(formatMonth('2026-03', 'en')).toBe('Mar 2026');
  });
});
