import { describe, expect, it } from 'vitest';
import { DATE_HORIZON_DAYS, NUMBER_LIMITS, TEXT_LIMITS, dateProblem, numberProblem, textProblem } from './input-limits';
import { policyParameters, policyRangeProblem } from '../policy/parameters';

describe('input limits: texts', () => {
  const line = { max: 5, multiline: false };
  const text = { max: 5, multiline: true };

  it('refuses NUL and the other C0 controls and DEL; line breaks and tabs only in multi-line text', () => {
    expect(textProblem('ab', line)).toBeNull();
    for (const c of ['\u0000', '\u0001', '\u001b', '\u001f', '\u007f', '\r']) {
      expect(textProblem(`a${c}`, line), JSON.stringify(c)).not.toBeNull();
      expect(textProblem(`a${c}`, text), JSON.stringify(c)).not.toBeNull();
    }
    expect(textProblem('a\nb', line)?.en).toBe('must be a single line (no line breaks or tabs)');
    expect(textProblem('a\tb', line)).not.toBeNull();
    expect(textProblem('a\nb\tc', text)).toBeNull();
  });

  it('refuses lone surrogates, accepts a surrogate pair', () => {
    expect(textProblem('\ud800', line)).not.toBeNull();
    expect(textProblem('a\udc00', line)).not.toBeNull();
    expect(textProblem('\ud800a', line)).not.toBeNull();
    expect(textProblem('😀', line)).toBeNull();
  });

  it('counts the length up to the limit inclusive', () => {
    expect(textProblem('12345', line)).toBeNull();
    expect(textProblem('123456', line)).toEqual({ en: 'at most 5 characters', zh: '不能超过 5 个字' });
  });

  it('SEL-1 declares the cadre columns as they are stored', () => {
    expect(TEXT_LIMITS.Cadre).toMatchObject({ name: { max: 50 }, ethnicity: { max: 20 }, phone: { max: 20 }, idNumber: { max: 18 } });
    expect(TEXT_LIMITS.Cadre.note.multiline).toBe(true);
    expect(TEXT_LIMITS.Cadre.name.multiline).toBe(false);
  });
});

describe('input limits: numbers and dates', () => {
  it('ASM-1 points: finite, 0..1000 inclusive', () => {
    const points = NUMBER_LIMITS.points!;
    expect(numberProblem(0, points)).toBeNull();
    expect(numberProblem(1000, points)).toBeNull();
    expect(numberProblem(1000.5, points)).not.toBeNull();
    expect(numberProblem(-0.1, points)).not.toBeNull();
    expect(numberProblem(1e308, points)).not.toBeNull();
    expect(numberProblem(Number.NaN, points)?.en).toBe('must be a finite number');
    expect(numberProblem(Number.POSITIVE_INFINITY, points)).not.toBeNull();
  });

  it('years are whole numbers from 1900 to 2100', () => {
    expect(numberProblem(2026, NUMBER_LIMITS.year!)).toBeNull();
    expect(numberProblem(2026.5, NUMBER_LIMITS.year!)?.en).toBe('must be a whole number');
    expect(numberProblem(1899, NUMBER_LIMITS.year!)).not.toBeNull();
    expect(numberProblem(2101, NUMBER_LIMITS.year!)).not.toBeNull();
  });

  it('SEL-2 MGT-3 dates: within 1900–2100, and no further ahead than their horizon (inclusive)', () => {
    const today = '2026-11-25';
    expect(dateProblem('1900-01-01', null, today)).toBeNull();
    expect(dateProblem('1899-12-31', null, today)).not.toBeNull();
    expect(dateProblem('9999-12-31', null, today)).not.toBeNull();
    expect(dateProblem('2027-11-26', DATE_HORIZON_DAYS.startDate!, today)).toBeNull();
    expect(dateProblem('2027-11-27', DATE_HORIZON_DAYS.startDate!, today)).not.toBeNull();
    expect(dateProblem('2026-12-26', DATE_HORIZON_DAYS.date!, today)).toBeNull();
    expect(dateProblem('2026-12-27', DATE_HORIZON_DAYS.date!, today)).not.toBeNull();
    // SEL-1 a birth date is left to its rule (not in the future), within the general window
    expect(DATE_HORIZON_DAYS.birthDate).toBeNull();
  });
});

describe('PAY-1..6, MGT-2, RES-4, ORG-4 policy parameter ranges', () => {
  it('each parameter declares a range holding its default', () => {
    for (const p of policyParameters) {
      expect(p.min, p.key).toBeLessThanOrEqual(Number(p.default));
      expect(p.max, p.key).toBeGreaterThanOrEqual(Number(p.default));
    }
  });

  it('refuses values outside the range, fractions of counts and years, flags other than 0 and 1, and non-finite numbers', () => {
    expect(policyRangeProblem('payRatioDeputy', 1)).toBeNull();
    expect(policyRangeProblem('payRatioDeputy', 1.01)?.message).toBe('between 0 and 1 (PAY-1)');
    expect(policyRangeProblem('targetAwardMinimum', 1e308)).not.toBeNull();
    expect(policyRangeProblem('targetAwardMinimum', -1)).not.toBeNull();
    expect(policyRangeProblem('reserveYoungCount', 1.5)?.message).toBe('a whole number');
    expect(policyRangeProblem('mainLeaderIncludesDirector', 2)?.message).toBe('0 or 1');
    expect(policyRangeProblem('lastPlaceThreshold', Number.NaN)).not.toBeNull();
    expect(policyRangeProblem('lastPlaceThreshold', 1000)).toBeNull();
    expect(policyRangeProblem('unknownKey', 5)).toBeNull();
  });
});
