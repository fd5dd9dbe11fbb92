import { describe, expect, it } from 'vitest';
import { cadreAge } from './CadreAge';

describe('cadreAge', () => {
  it('counts full years (周岁) on the reference date, the birthday included', () => {
    expect(cadreAge('1980-05-01', '2026-04-30')).toBe(45);
    expect(cadreAge('1980-05-01', '2026-05-01')).toBe(46);
  });

  it('shows nothing for a missing or malformed birth date', () => {
    expect(cadreAge(undefined, '2026-05-01')).toBeNull();
    expect(cadreAge('1980-13-01', '2026-05-01')).toBeNull();
  });
});
