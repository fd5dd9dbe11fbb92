import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, ValidationError } from '../shared/errors';
import { Role } from '../access/roles';
import {
  PlanStatus as S,
  PlanStep,
  PlanItemKind,
  ProgressStatus,
  allowedPlanSteps,
  assertPlanContentEditable,
  checkJudgement,
  checkPlanItem,
  checkProgress,
  checkTerm,
  commitmentMethodLabels,
  fulfilmentLabels,
  formatYuan,
  nextPlanStatus,
  planItemKindLabels,
  planStatusLabels,
  planStepLabels,
  progressDue,
  progressStatusLabels,
} from './plan';

const UNIT = Role.UNIT_USER;
const ADMIN = Role.SUBDISTRICT_ADMIN;
const ANALYST = Role.SUBDISTRICT_ANALYST;

describe('TGT-2 the annual plan workflow', () => {
  it('TGT-2 the whole way: drafted → submitted → returned → submitted → approved → committed → progress → judged', () => {
    let s: S = S.DRAFT;
    s = nextPlanStatus(s, PlanStep.SUBMIT, UNIT);
    expect(s).toBe(S.SUBMITTED);
    s = nextPlanStatus(s, PlanStep.RETURN, ADMIN);
    expect(s).toBe(S.RETURNED);
    s = nextPlanStatus(s, PlanStep.SUBMIT, UNIT);
    expect(s).toBe(S.SUBMITTED);
    s = nextPlanStatus(s, PlanStep.APPROVE, ADMIN);
    expect(s).toBe(S.APPROVED);
    s = nextPlanStatus(s, PlanStep.COMMIT, UNIT);
    expect(s).toBe(S.COMMITTED);
    expect(nextPlanStatus(s, PlanStep.RECORD_PROGRESS, UNIT)).toBe(S.COMMITTED);
    expect(nextPlanStatus(s, PlanStep.JUDGE, ADMIN)).toBe(S.JUDGED);
  });

  it('TGT-2 / ROLE-3 a unit never approves, returns or judges its own plan (FORBIDDEN), even in the right state', () => {
    expect(() => nextPlanStatus(S.SUBMITTED, PlanStep.APPROVE, UNIT)).toThrow(ForbiddenError);
    expect(() => nextPlanStatus(S.SUBMITTED, PlanStep.RETURN, UNIT)).toThrow(ForbiddenError);
    expect(() => nextPlanStatus(S.COMMITTED, PlanStep.JUDGE, UNIT)).toThrow(ForbiddenError);
  });

  it('ROLE-2 the analyst takes no step at all', () => {
    for (const step of Object.values(PlanStep)) expect(() => nextPlanStatus(S.DRAFT, step, ANALYST)).toThrow(ForbiddenError);
    for (const status of Object.values(S)) expect(allowedPlanSteps(status, ANALYST)).toEqual([]);
  });

  it('TGT-2 a step out of order is a CONFLICT with the states in words', () => {
    expect(() => nextPlanStatus(S.DRAFT, PlanStep.APPROVE, ADMIN)).toThrow(ConflictError);
    expect(() => nextPlanStatus(S.APPROVED, PlanStep.APPROVE, ADMIN)).toThrow(ConflictError);
    expect(() => nextPlanStatus(S.SUBMITTED, PlanStep.SUBMIT, UNIT)).toThrow(ConflictError);
    expect(() => nextPlanStatus(S.SUBMITTED, PlanStep.COMMIT, UNIT)).toThrow(ConflictError);
    expect(() => nextPlanStatus(S.APPROVED, PlanStep.RECORD_PROGRESS, UNIT)).toThrow(ConflictError);
    expect(() => nextPlanStatus(S.APPROVED, PlanStep.JUDGE, ADMIN)).toThrow(ConflictError);
    expect(() => nextPlanStatus(S.JUDGED, PlanStep.JUDGE, ADMIN)).toThrow(ConflictError);
    try {
      nextPlanStatus(S.DRAFT, PlanStep.APPROVE, ADMIN);
    } catch (e) {
      expect((e as ConflictError).messageZh).toBe('“审定通过”须在“已报审”状态下进行，该计划当前为“草拟中”');
    }
  });

  it('TGT-2 the role check comes before the order check: a unit approving a draft is FORBIDDEN', () => {
    expect(() => nextPlanStatus(S.DRAFT, PlanStep.APPROVE, UNIT)).toThrow(ForbiddenError);
  });

  it('TGT-2 the steps offered per role and state', () => {
    expect(allowedPlanSteps(S.DRAFT, UNIT)).toEqual([PlanStep.SUBMIT]);
    expect(allowedPlanSteps(S.SUBMITTED, UNIT)).toEqual([]);
    expect(allowedPlanSteps(S.SUBMITTED, ADMIN)).toEqual([PlanStep.APPROVE, PlanStep.RETURN]);
    expect(allowedPlanSteps(S.RETURNED, UNIT)).toEqual([PlanStep.SUBMIT]);
    expect(allowedPlanSteps(S.APPROVED, UNIT)).toEqual([PlanStep.COMMIT]);
    expect(allowedPlanSteps(S.COMMITTED, UNIT)).toEqual([PlanStep.RECORD_PROGRESS]);
    expect(allowedPlanSteps(S.COMMITTED, ADMIN)).toEqual([PlanStep.RECORD_PROGRESS, PlanStep.JUDGE]);
    expect(allowedPlanSteps(S.JUDGED, ADMIN)).toEqual([]);
  });

  it('TGT-2 content is editable while drafted or returned only; from submission on a change is a CONFLICT', () => {
    expect(() => assertPlanContentEditable(S.DRAFT)).not.toThrow();
    expect(() => assertPlanContentEditable(S.RETURNED)).not.toThrow();
    for (const s of [S.SUBMITTED, S.APPROVED, S.COMMITTED, S.JUDGED]) expect(() => assertPlanContentEditable(s)).toThrow(ConflictError);
  });

  it('TGT-1/2 every state and enum has zh and en labels', () => {
    for (const labels of [planStatusLabels, planStepLabels, commitmentMethodLabels, planItemKindLabels, progressStatusLabels, fulfilmentLabels]) {
      for (const l of Object.values(labels)) {
        expect(l.zh).toMatch(/\p{Script=Han}/u);
        expect(l.en).toMatch(/^[A-Z¥]/);
      }
    }
  });
});

describe('TGT-2 progress reports', () => {
  const ok = (status: ProgressStatus, percent: number, date = '2026-06-30') => checkProgress({ status, percent, date }, '2026-11-25', 2026);
  it('TGT-2 percent 0 and 100 are in range; -1, 101 and 50.5 are not', () => {
    expect(ok(ProgressStatus.NOT_STARTED, 0).count).toBe(0);
    expect(ok(ProgressStatus.COMPLETED, 100).count).toBe(0);
    expect(ok(ProgressStatus.IN_PROGRESS, 99).count).toBe(0);
    for (const p of [-1, 101, 50.5]) expect(() => ok(ProgressStatus.IN_PROGRESS, p).throwIfAny()).toThrow(ValidationError);
  });
  it('TGT-2 completed is 100 and 100 is completed; not started is 0', () => {
    expect(ok(ProgressStatus.COMPLETED, 90).count).toBe(1);
    expect(ok(ProgressStatus.IN_PROGRESS, 100).count).toBe(1);
    expect(ok(ProgressStatus.NOT_STARTED, 10).count).toBe(1);
  });
  it('TGT-2 a report dated today passes, tomorrow does not; a date before the plan year does not', () => {
    expect(ok(ProgressStatus.IN_PROGRESS, 50, '2026-11-25').count).toBe(0);
    expect(ok(ProgressStatus.IN_PROGRESS, 50, '2026-11-26').count).toBe(1);
    expect(ok(ProgressStatus.IN_PROGRESS, 50, '2025-12-31').count).toBe(1);
  });
  it('TGT-2 progress is due from 30 days before the deadline (that day included), not for completed items', () => {
    const item = (deadline: string, progressStatus: ProgressStatus = ProgressStatus.IN_PROGRESS) => ({ deadline, progressStatus });
    expect(progressDue(item('2026-12-25'), '2026-11-25')).toBe(true);
    expect(progressDue(item('2026-12-26'), '2026-11-25')).toBe(false);
    expect(progressDue(item('2026-01-01'), '2026-11-25')).toBe(true);
    expect(progressDue(item('2026-01-01', ProgressStatus.COMPLETED), '2026-11-25')).toBe(false);
  });
});

describe('TGT-1 plan items, terms and the judgement', () => {
  it('TGT-1 a practical matter names for whom, has a deadline within the year and a budget to the fen', () => {
    expect(checkPlanItem({ kind: PlanItemKind.PRACTICAL_MATTER, title: '修缮村道', beneficiaries: '全村村民', deadline: '2026-12-31', budget: 12000.5 }, 2026).count).toBe(0);
    expect(checkPlanItem({ kind: PlanItemKind.PRACTICAL_MATTER, title: '修缮村道', beneficiaries: '', deadline: '2027-01-01', budget: 1.005 }, 2026).count).toBe(3);
    expect(checkPlanItem({ kind: PlanItemKind.TARGET, title: '发展集体经济' }, 2026).count).toBe(0);
    expect(checkPlanItem({ kind: PlanItemKind.TARGET, title: ' ', budget: -1 }, 2026).count).toBe(2);
  });
  it('TGT-1 a term lasts at most five years and ends not before it starts', () => {
    expect(checkTerm(2021, 2026).count).toBe(0);
    expect(checkTerm(2021, 2021).count).toBe(0);
    expect(checkTerm(2021, 2027).count).toBe(1);
    expect(checkTerm(2021, 2020).count).toBe(1);
  });
  it('TGT-2 the judgement covers every item once and no other', () => {
    expect(checkJudgement(['a', 'b'], [{ itemId: 'a' }, { itemId: 'b' }]).count).toBe(0);
    expect(checkJudgement(['a', 'b'], [{ itemId: 'a' }]).count).toBe(1);
    expect(checkJudgement(['a'], [{ itemId: 'a' }, { itemId: 'a' }]).count).toBe(1);
    expect(checkJudgement(['a'], [{ itemId: 'a' }, { itemId: 'x' }]).count).toBe(1);
  });
  it('TGT-1 amounts in yuan for people', () => {
    expect(formatYuan(12345.5)).toBe('12,345.50 元');
    expect(formatYuan(0, 'en')).toBe('¥0.00');
  });
});
