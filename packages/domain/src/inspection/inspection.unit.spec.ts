import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError } from '../shared/errors';
import { Role } from '../access/roles';
import {
  RectificationStatus as S,
  RectificationStep as Step,
  allowedRectificationSteps,
  checkFindingFacts,
  findingCategoryLabels,
  formatNoticeNumber,
  isOverdue,
  nextNoticeNumber,
  nextRectificationStatus,
  noticeTitle,
} from './inspection';

describe('INS-1 overdue rectifications', () => {
  const today = '2026-11-25';
  it('INS-1 a deadline of today is not overdue', () => {
    expect(isOverdue('2026-11-25', S.OPEN, today)).toBe(false);
  });
  it('INS-1 a deadline of yesterday with no accepted report is overdue, whatever the other status', () => {
    for (const status of [S.OPEN, S.SUBMITTED, S.RETURNED]) expect(isOverdue('2026-11-24', status, today)).toBe(true);
  });
  it('INS-1 an accepted rectification is never overdue; nor is a finding without a deadline', () => {
    expect(isOverdue('2026-11-24', S.ACCEPTED, today)).toBe(false);
    expect(isOverdue(null, S.OPEN, today)).toBe(false);
  });
  it('INS-1 the turn of a year and of a month', () => {
    expect(isOverdue('2025-12-31', S.OPEN, '2026-01-01')).toBe(true);
    expect(isOverdue('2026-02-28', S.OPEN, '2026-02-28')).toBe(false);
    expect(isOverdue('2026-02-28', S.OPEN, '2026-03-01')).toBe(true);
  });
});

describe('INS-1 the rectification state machine', () => {
  it('INS-1 OPEN → SUBMITTED (unit) → RETURNED (subdistrict) → SUBMITTED → ACCEPTED', () => {
    let s: S = S.OPEN;
    s = nextRectificationStatus(s, Step.SUBMIT, Role.UNIT_USER);
    expect(s).toBe(S.SUBMITTED);
    s = nextRectificationStatus(s, Step.RETURN, Role.SUBDISTRICT_ADMIN);
    expect(s).toBe(S.RETURNED);
    s = nextRectificationStatus(s, Step.SUBMIT, Role.UNIT_USER);
    expect(s).toBe(S.SUBMITTED);
    s = nextRectificationStatus(s, Step.ACCEPT, Role.SUBDISTRICT_ADMIN);
    expect(s).toBe(S.ACCEPTED);
  });
  it('ROLE-3 a unit cannot accept or return its own report (FORBIDDEN); ROLE-2 the analyst takes no step', () => {
    expect(() => nextRectificationStatus(S.SUBMITTED, Step.ACCEPT, Role.UNIT_USER)).toThrow(ForbiddenError);
    expect(() => nextRectificationStatus(S.SUBMITTED, Step.RETURN, Role.UNIT_USER)).toThrow(ForbiddenError);
    expect(() => nextRectificationStatus(S.OPEN, Step.SUBMIT, Role.SUBDISTRICT_ANALYST)).toThrow(ForbiddenError);
  });
  it('INS-1 a step out of order is a CONFLICT with a Chinese message', () => {
    expect(() => nextRectificationStatus(S.OPEN, Step.ACCEPT, Role.SUBDISTRICT_ADMIN)).toThrow(ConflictError);
    expect(() => nextRectificationStatus(S.ACCEPTED, Step.SUBMIT, Role.UNIT_USER)).toThrow(ConflictError);
    expect(() => nextRectificationStatus(S.SUBMITTED, Step.SUBMIT, Role.UNIT_USER)).toThrow(ConflictError);
    try {
      nextRectificationStatus(S.RETURNED, Step.ACCEPT, Role.SUBDISTRICT_ADMIN);
    } catch (e) {
      expect((e as ConflictError).messageZh).toContain('已退回重改');
    }
  });
  it('INS-1 the console offers exactly the allowed next steps per role', () => {
    expect(allowedRectificationSteps(S.OPEN, Role.UNIT_USER)).toEqual([Step.SUBMIT]);
    expect(allowedRectificationSteps(S.OPEN, Role.SUBDISTRICT_ADMIN)).toEqual([]);
    expect(allowedRectificationSteps(S.SUBMITTED, Role.SUBDISTRICT_ADMIN)).toEqual([Step.ACCEPT, Step.RETURN]);
    expect(allowedRectificationSteps(S.SUBMITTED, Role.UNIT_USER)).toEqual([]);
    expect(allowedRectificationSteps(S.ACCEPTED, Role.SUBDISTRICT_ADMIN)).toEqual([]);
  });
});

describe('INS-1 notices', () => {
  it('INS-1 numbers run per year in sequence: 〔YYYY〕第N期', () => {
    expect(nextNoticeNumber([])).toBe(1);
    expect(nextNoticeNumber([1, 2, 3])).toBe(4);
    expect(nextNoticeNumber([2, 5])).toBe(6);
    expect(formatNoticeNumber(2026, 11)).toBe('〔2026〕第11期');
  });
  it('INS-1 the title names the year and month', () => {
    expect(noticeTitle('2026-03')).toBe('关于2026年3月份村（社区）“两委”干部履职情况督查的通报');
    expect(noticeTitle('2026-11')).toBe('关于2026年11月份村（社区）“两委”干部履职情况督查的通报');
  });
  it('INS-1 every category has a Chinese and an English label', () => {
    for (const l of Object.values(findingCategoryLabels)) expect(l.zh && l.en).toBeTruthy();
  });
});

describe('INS-1 / INS-3 finding facts', () => {
  const base = { facts: '值班记录不全', requiredRectification: '补齐记录', deadline: '2026-03-31', month: '2026-03' };
  it('INS-1 facts and required rectification are required; a deadline before the month is refused', () => {
    expect(checkFindingFacts(base).count).toBe(0);
    expect(checkFindingFacts({ ...base, facts: null, requiredRectification: null }).count).toBe(2);
    expect(checkFindingFacts({ ...base, deadline: '2026-02-28' }).count).toBe(1);
    expect(checkFindingFacts({ ...base, deadline: '2026-03-01' }).count).toBe(0);
  });
  it('INS-3 a proposed deduction is positive, on an indicator of the year inspected', () => {
    expect(checkFindingFacts({ ...base, proposedDeduction: 5, proposedIndicatorYear: 2026 }).count).toBe(0);
    expect(checkFindingFacts({ ...base, proposedDeduction: 5, proposedIndicatorYear: 2025 }).count).toBe(1);
    expect(checkFindingFacts({ ...base, proposedDeduction: 0, proposedIndicatorYear: 2026 }).count).toBe(1);
    expect(checkFindingFacts({ ...base, proposedDeduction: 5 }).count).toBe(1);
    expect(checkFindingFacts({ ...base, proposedIndicatorYear: 2026 }).count).toBe(1);
  });
});
