import { describe, expect, it } from 'vitest';
import { defaultPolicy, effectivePolicy } from '../policy/parameters';
import { ConflictError, ValidationError } from '../shared/errors';
import { enumValues } from '../shared/labels';
import {
  AllowanceReason,
  allowanceForMonth,
  allowanceReasonLabels,
  allowanceReport,
  isYearMonth,
  LogCheckOutcome,
  logCheckOutcomeLabels,
  monthRange,
  type LogCheck,
} from './allowance';

const policy = defaultPolicy;

describe('PAY-2 months (YYYY-MM)', () => {
  it.each(['2025-01', '2025-12', '0001-06'])('PAY-2 %s is a month', (text) => {
    expect(isYearMonth(text)).toBe(true);
  });

  it.each(['2025-13', '2025-00', '2025-1', '25-01', '2025-01-01', '0000-01', '2025/01', '', ' 2025-01'])('PAY-2 %j is not a month', (text) => {
    expect(isYearMonth(text)).toBe(false);
  });

  it('PAY-2 isYearMonth rejects values that are not strings', () => {
    expect(isYearMonth(202501)).toBe(false);
    expect(isYearMonth(null)).toBe(false);
  });

  it('PAY-2 monthRange lists every month from..to inclusive, across a year end', () => {
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthRange('2025-01', '2025-12')).toHaveLength(12);
    expect(monthRange('2025-03', '2025-03')).toEqual(['2025-03']);
    expect(monthRange('2025-03', '2025-02')).toEqual([]);
  });

  it('PAY-2 monthRange refuses a bad month on "from" / "to"', () => {
    try {
      monthRange('2025-13', '2025-1');
      expect.unreachable('monthRange should throw');
    } catch (error) {
      expect((error as ValidationError).fields).toEqual(['from', 'to']);
    }
  });
});

describe('INS-2 / PAY-2 labels', () => {
  it('INS-2 a log check passes (通过) or fails (未通过)', () => {
    expect(enumValues(logCheckOutcomeLabels)).toEqual([LogCheckOutcome.PASS, LogCheckOutcome.FAIL]);
    expect(logCheckOutcomeLabels.FAIL.zh).toBe('未通过');
  });

  it('PAY-2 every allowance reason has both labels', () => {
    expect(enumValues(allowanceReasonLabels)).toEqual([AllowanceReason.PASSED, AllowanceReason.FAILED, AllowanceReason.NOT_CHECKED]);
    for (const reason of enumValues(allowanceReasonLabels)) {
      expect(allowanceReasonLabels[reason].zh.length).toBeGreaterThan(0);
      expect(allowanceReasonLabels[reason].en.length).toBeGreaterThan(0);
    }
  });
});

describe('PAY-2 / INS-2 allowanceForMonth: paid only after the duty log check passed', () => {
  const checks: LogCheck[] = [
    { month: '2025-01', outcome: 'PASS' },
    { month: '2025-02', outcome: 'FAIL', remarks: ' 纪实日志记录不全 ' },
    { month: '2025-03', outcome: 'PASS', remarks: '' },
  ];

  it('PAY-2 a month whose check passed pays the monthly allowance (200 yuan by default)', () => {
    expect(allowanceForMonth('2025-01', checks, policy)).toEqual({ month: '2025-01', due: true, amount: 200, reason: 'PASSED', remarks: null });
  });

  it('PAY-2 a month whose check failed pays 0 and says why, with the remarks', () => {
    expect(allowanceForMonth('2025-02', checks, policy)).toEqual({ month: '2025-02', due: false, amount: 0, reason: 'FAILED', remarks: '纪实日志记录不全' });
  });

  it('PAY-2 a month with no log check: NOT_CHECKED, amount 0', () => {
    expect(allowanceForMonth('2025-04', checks, policy)).toEqual({ month: '2025-04', due: false, amount: 0, reason: 'NOT_CHECKED', remarks: null });
    expect(allowanceForMonth('2025-04', [], policy).reason).toBe(AllowanceReason.NOT_CHECKED);
  });

  it('PAY-2 the monthly amount is a policy parameter', () => {
    expect(allowanceForMonth('2025-01', checks, effectivePolicy({ postAllowanceMonthly: 300 })).amount).toBe(300);
  });

  it('PAY-2 a check of the same month in another year does not count', () => {
    expect(allowanceForMonth('2024-01', checks, policy).reason).toBe('NOT_CHECKED');
  });

  it('INS-2 two checks of the same month are a ConflictError (one check per secretary and month)', () => {
    expect(() => allowanceForMonth('2025-01', [...checks, { month: '2025-01', outcome: 'FAIL' }], policy)).toThrow(ConflictError);
  });

  it('PAY-2 a bad month, or a check with a bad month or outcome, is refused with a ValidationError naming it', () => {
    try {
      allowanceForMonth('2025-13', [{ month: '2025-1', outcome: 'PASS' }, { month: '2025-02', outcome: 'OK' as LogCheckOutcome }], policy);
      expect.unreachable('allowanceForMonth should throw');
    } catch (error) {
      expect((error as ValidationError).fields).toEqual(['month', 'checks[0].month', 'checks[1].outcome']);
    }
  });
});

describe('PAY-2 / INS-2 allowanceReport: per secretary and month', () => {
  const secretaries = [{ cadreId: 's2' }, { cadreId: 's1' }];
  const checks = [
    { cadreId: 's1', month: '2025-01', outcome: 'PASS' as const },
    { cadreId: 's1', month: '2025-02', outcome: 'PASS' as const },
    { cadreId: 's1', month: '2025-03', outcome: 'FAIL' as const, remarks: '未按时记录' },
    { cadreId: 's2', month: '2025-01', outcome: 'PASS' as const },
    { cadreId: 'other', month: '2025-01', outcome: 'PASS' as const },
  ];

  it('PAY-2 each secretary in the given order, each month ascending, with the total', () => {
    const report = allowanceReport(secretaries, ['2025-03', '2025-01', '2025-02'], checks, policy);
    expect(report.map((r) => r.cadreId)).toEqual(['s2', 's1']);
    const s1 = report[1];
    expect(s1.months.map((m) => [m.month, m.reason, m.amount])).toEqual([
      ['2025-01', 'PASSED', 200],
      ['2025-02', 'PASSED', 200],
      ['2025-03', 'FAILED', 0],
    ]);
    expect(s1.months[2].remarks).toBe('未按时记录');
    expect(s1.total).toBe(400);
    const s2 = report[0];
    expect(s2.months.map((m) => m.reason)).toEqual(['PASSED', 'NOT_CHECKED', 'NOT_CHECKED']);
    expect(s2.total).toBe(200);
  });

  it('PAY-2 months and secretaries listed twice appear once; checks of other people are ignored', () => {
    const report = allowanceReport([...secretaries, { cadreId: 's1' }], ['2025-01', '2025-01'], checks, policy);
    expect(report.map((r) => [r.cadreId, r.months.length])).toEqual([
      ['s2', 1],
      ['s1', 1],
    ]);
  });

  it('PAY-2 a whole year from monthRange', () => {
    const report = allowanceReport([{ cadreId: 's1' }], monthRange('2025-01', '2025-12'), checks, policy);
    expect(report[0].months).toHaveLength(12);
    expect(report[0].months.filter((m) => m.reason === 'NOT_CHECKED')).toHaveLength(9);
  });

  it('PAY-2 no secretaries or no months: an empty report / empty months', () => {
    expect(allowanceReport([], ['2025-01'], checks, policy)).toEqual([]);
    expect(allowanceReport([{ cadreId: 's1' }], [], checks, policy)).toEqual([{ cadreId: 's1', months: [], total: 0 }]);
  });

  it('PAY-2 a bad month is refused on months[i]', () => {
    try {
      allowanceReport(secretaries, ['2025-01', '2025-13'], checks, policy);
      expect.unreachable('allowanceReport should throw');
    } catch (error) {
      expect((error as ValidationError).fields).toEqual(['months[1]']);
    }
  });

  it('INS-2 two checks of one secretary for the same month are a ConflictError naming the cadre', () => {
    expect(() => allowanceReport(secretaries, ['2025-01'], [...checks, { cadreId: 's2', month: '2025-01', outcome: 'FAIL' as const }], policy)).toThrow(/s2/);
    expect(() => allowanceReport(secretaries, ['2025-01'], [...checks, { cadreId: 's2', month: '2025-01', outcome: 'FAIL' as const }], policy)).toThrow(ConflictError);
  });

  it('PAY-2 totals are exact to the cent', () => {
    const report = allowanceReport([{ cadreId: 's1' }], ['2025-01', '2025-02'], checks, effectivePolicy({ postAllowanceMonthly: 200.1 }));
    expect(report[0].total).toBe(400.2);
  });
});
