import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, ValidationError } from '../shared/errors';
import { Role } from '../access/roles';
import { ExitKind } from '../exit/exit';
import {
  DisciplineLevel as L,
  DisciplineStatus as S,
  DisciplineStep as Step,
  allowedDisciplineSteps,
  checkDisciplineDecision,
  checkMayOpenDisciplineCase,
  decisionRequiresRectification,
  disciplineCaseIsOpen,
  disciplineLevelLabels,
  nextDisciplineStatus,
  rectificationOverdue,
  type DisciplineDecision,
} from './discipline';

const ADMIN = Role.SUBDISTRICT_ADMIN;
const UNIT = Role.UNIT_USER;
const ANALYST = Role.SUBDISTRICT_ANALYST;

function fields(d: DisciplineDecision, openedOn = '2026-03-01', today = '2026-11-25'): string[] {
  try {
    checkDisciplineDecision(d, openedOn, today).throwIfAny();
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.fields;
    throw error;
  }
}

const criticism: DisciplineDecision = { level: L.CRITICISM, decision: '给予批评教育，责令整改', decidedOn: '2026-03-10', rectificationRequirement: '补齐值班记录', rectificationDeadline: '2026-04-10' };

describe('MGT-1 discipline case state machine', () => {
  it('MGT-1 the three levels carry their Chinese names', () => {
    expect(Object.values(disciplineLevelLabels).map((l) => l.zh)).toEqual(['批评教育并整改', '调整', '严肃处理']);
  });

  it('MGT-1 only the subdistrict admin opens a case', () => {
    expect(() => checkMayOpenDisciplineCase(ADMIN)).not.toThrow();
    expect(() => checkMayOpenDisciplineCase(UNIT)).toThrow(ForbiddenError);
    expect(() => checkMayOpenDisciplineCase(ANALYST)).toThrow(ForbiddenError);
  });

  it('MGT-1 a decision with rectification goes through answer, acceptance and closing', () => {
    let s = nextDisciplineStatus(S.OPEN, Step.DECIDE, ADMIN, true);
    expect(s).toBe(S.RECTIFYING);
    s = nextDisciplineStatus(s, Step.ANSWER, UNIT);
    expect(s).toBe(S.ANSWERED);
    expect(nextDisciplineStatus(s, Step.RETURN, ADMIN)).toBe(S.RECTIFYING);
    s = nextDisciplineStatus(s, Step.ACCEPT, ADMIN);
    expect(s).toBe(S.ACCEPTED);
    expect(nextDisciplineStatus(s, Step.CLOSE, ADMIN)).toBe(S.CLOSED);
  });

  it('MGT-1 a decision without rectification can be closed at once', () => {
    const s = nextDisciplineStatus(S.OPEN, Step.DECIDE, ADMIN, false);
    expect(s).toBe(S.DECIDED);
    expect(nextDisciplineStatus(s, Step.CLOSE, ADMIN)).toBe(S.CLOSED);
  });

  it('MGT-1 a unit user may not decide, accept, return or close (FORBIDDEN); the analyst takes no step', () => {
    expect(() => nextDisciplineStatus(S.OPEN, Step.DECIDE, UNIT)).toThrow(ForbiddenError);
    expect(() => nextDisciplineStatus(S.ANSWERED, Step.ACCEPT, UNIT)).toThrow(ForbiddenError);
    expect(() => nextDisciplineStatus(S.ANSWERED, Step.RETURN, UNIT)).toThrow(ForbiddenError);
    expect(() => nextDisciplineStatus(S.DECIDED, Step.CLOSE, UNIT)).toThrow(ForbiddenError);
    expect(() => nextDisciplineStatus(S.RECTIFYING, Step.ANSWER, ANALYST)).toThrow(ForbiddenError);
  });

  it('MGT-1 a step out of order or repeated is a CONFLICT with the states named in Chinese', () => {
    expect(() => nextDisciplineStatus(S.OPEN, Step.ANSWER, UNIT)).toThrow(ConflictError);
    expect(() => nextDisciplineStatus(S.RECTIFYING, Step.CLOSE, ADMIN)).toThrow(ConflictError);
    expect(() => nextDisciplineStatus(S.DECIDED, Step.DECIDE, ADMIN)).toThrow(ConflictError);
    expect(() => nextDisciplineStatus(S.CLOSED, Step.CLOSE, ADMIN)).toThrow(ConflictError);
    try {
      nextDisciplineStatus(S.RECTIFYING, Step.ACCEPT, ADMIN);
    } catch (error) {
      expect((error as ConflictError).messageZh).toBe('“验收整改”须在“整改待验收”状态下进行，该案件当前为“整改中”');
    }
  });

  it('MGT-1 the steps offered per role and state', () => {
    expect(allowedDisciplineSteps(S.OPEN, ADMIN)).toEqual([Step.DECIDE]);
    expect(allowedDisciplineSteps(S.OPEN, UNIT)).toEqual([]);
    expect(allowedDisciplineSteps(S.RECTIFYING, UNIT)).toEqual([Step.ANSWER]);
    expect(allowedDisciplineSteps(S.ANSWERED, ADMIN)).toEqual([Step.ACCEPT, Step.RETURN]);
    expect(allowedDisciplineSteps(S.ANSWERED, UNIT)).toEqual([]);
    expect(allowedDisciplineSteps(S.CLOSED, ADMIN)).toEqual([]);
    expect(allowedDisciplineSteps(S.ACCEPTED, ANALYST)).toEqual([]);
  });

  it('MGT-1 / MGT-4 a case is open until closed', () => {
    expect(Object.values(S).filter(disciplineCaseIsOpen)).toEqual([S.OPEN, S.DECIDED, S.RECTIFYING, S.ANSWERED, S.ACCEPTED]);
  });

  it('MGT-1 a rectification is overdue from the day after its deadline, not on it', () => {
    const c = { status: S.RECTIFYING, rectificationDeadline: '2026-04-10' };
    expect(rectificationOverdue(c, '2026-04-10')).toBe(false);
    expect(rectificationOverdue(c, '2026-04-11')).toBe(true);
    expect(rectificationOverdue({ ...c, status: S.ACCEPTED }, '2026-05-01')).toBe(false);
    expect(rectificationOverdue({ ...c, rectificationDeadline: null }, '2026-05-01')).toBe(false);
  });
});

describe('MGT-1 the decision', () => {
  it('MGT-1 a complete criticism decision passes', () => {
    expect(fields(criticism)).toEqual([]);
    expect(decisionRequiresRectification(criticism)).toBe(true);
  });

  it('MGT-1 criticism and education always requires rectification with a deadline', () => {
    expect(fields({ ...criticism, rectificationRequirement: ' ', rectificationDeadline: null })).toEqual(['rectificationRequirement', 'rectificationDeadline']);
  });

  it('MGT-1 the decision date: today is allowed, tomorrow and before opening are not', () => {
    expect(fields({ ...criticism, decidedOn: '2026-11-25', rectificationDeadline: '2026-11-25' })).toEqual([]);
    expect(fields({ ...criticism, decidedOn: '2026-11-26', rectificationDeadline: '2026-12-01' })).toEqual(['decidedOn']);
    expect(fields({ ...criticism, decidedOn: '2026-02-28' })).toEqual(['decidedOn']);
    expect(fields({ ...criticism, decidedOn: '2026-03-01' })).toEqual([]);
  });

  it('MGT-1 the deadline may be the decision day but not before it', () => {
    expect(fields({ ...criticism, rectificationDeadline: '2026-03-10' })).toEqual([]);
    expect(fields({ ...criticism, rectificationDeadline: '2026-03-09' })).toEqual(['rectificationDeadline']);
  });

  it('MGT-1 an adjustment needs no rectification; a requirement and a deadline go together', () => {
    const adjustment: DisciplineDecision = { level: L.ADJUSTMENT, decision: '调整出村两委班子', decidedOn: '2026-03-10' };
    expect(fields(adjustment)).toEqual([]);
    expect(decisionRequiresRectification(adjustment)).toBe(false);
    expect(fields({ ...adjustment, rectificationRequirement: '交接工作' })).toEqual(['rectificationDeadline']);
    expect(fields({ ...adjustment, rectificationDeadline: '2026-04-01' })).toEqual(['rectificationRequirement']);
  });

  it('MGT-1 / MGT-3 only an adjustment or serious handling ends service, by removal, dismissal or termination', () => {
    const adjustment: DisciplineDecision = { level: L.ADJUSTMENT, decision: '免去职务', decidedOn: '2026-03-10', exitKind: ExitKind.REMOVAL, exitEffectiveDate: '2026-03-10' };
    expect(fields(adjustment)).toEqual([]);
    expect(fields({ ...adjustment, level: L.SERIOUS, exitKind: ExitKind.DISMISSAL })).toEqual([]);
    expect(fields({ ...adjustment, exitKind: ExitKind.RECALL })).toEqual(['exitKind']);
    expect(fields({ ...criticism, exitKind: ExitKind.REMOVAL, exitEffectiveDate: '2026-03-10' })).toEqual(['exitKind']);
    expect(fields({ ...adjustment, exitEffectiveDate: '2026-03-09' })).toEqual(['exitEffectiveDate']);
    expect(fields({ ...adjustment, exitEffectiveDate: null })).toEqual(['exitEffectiveDate']);
    expect(fields({ ...adjustment, exitKind: null })).toEqual(['exitKind']);
  });
});
