import { describe, expect, it } from 'vitest';
import { cadreAge, recordAge } from './CadreAge';

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

describe('ROLE-2 recordAge', () => {
  it('ROLE-2 uses the server’s exact age when the birth date is year-month only', () => {
    expect(recordAge({ id: 'c1', birthDate: '1980-05', age: 46 })).toBe(46);
    expect(recordAge({ id: 'c1', birthDate: '1980-05' })).toBeNull();
  });

  it('falls back to the full birth date when the record has no age', () => {
    expect(recordAge({ id: 'c1', birthDate: '1950-01-01' })).toBe(cadreAge('1950-01-01'));
  });
});
