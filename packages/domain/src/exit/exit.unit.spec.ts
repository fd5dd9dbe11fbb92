import { describe, expect, it } from 'vitest';
import { Problems, ValidationError } from '../shared/errors';
import { checkExit, ExitKind, exitIsEffective, exitKindLabels, exitRequirements, type ExitFacts } from './exit';
import { WarningKind, warningKindLabels } from './warnings';
import { fieldsOf } from '../shared/problems.test-support';

function messagesOf(problems: Problems): string[] {
  try {
    problems.throwIfAny();
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.problems.map((p) => `${p.field}: ${p.message}`);
    throw error;
  }
}

/** What every exit records: effective date, reason, basis and approver. */
const common = {
  effectiveDate: '2025-06-30',
  reason: '因个人原因无法继续履职',
  basis: '《村民委员会组织法》',
  approvedBy: '办事处党委',
  approvedOn: '2025-06-20',
};

const valid: Record<ExitKind, ExitFacts> = {
  RESIGNATION: { kind: ExitKind.RESIGNATION, ...common, submittedOn: '2025-06-01' },
  DISMISSAL: { kind: ExitKind.DISMISSAL, ...common, decisionNumber: '办党发〔2025〕12号' },
  TERMINATION: { kind: ExitKind.TERMINATION, ...common, decisionNumber: '办党发〔2025〕13号' },
  RECALL: { kind: ExitKind.RECALL, ...common, registeredVoters: 100, votesCast: 80, votesFor: 60 },
  REMOVAL: { kind: ExitKind.REMOVAL, ...common, decisionNumber: '办党发〔2025〕14号', consequenceId: 'cons-1' },
};

const recall = (registeredVoters: number | null, votesCast: number | null, votesFor: number | null): ExitFacts => ({
  ...valid.RECALL,
  registeredVoters,
  votesCast,
  votesFor,
});

const KINDS = Object.values(ExitKind);

describe('MGT-3 exit kinds and what each procedure records', () => {
  it('MGT-3 five exit mechanisms, each labelled in Chinese and English', () => {
    expect(KINDS).toEqual(['RESIGNATION', 'DISMISSAL', 'TERMINATION', 'RECALL', 'REMOVAL']);
    expect(exitKindLabels.RESIGNATION.zh).toBe('辞职');
    expect(exitKindLabels.DISMISSAL.zh).toBe('辞退');
    expect(exitKindLabels.TERMINATION.zh).toBe('解聘');
    expect(exitKindLabels.RECALL.zh).toBe('罢免');
    expect(exitKindLabels.REMOVAL.zh).toBe('免职');
  });

  it('MGT-3 exitRequirements: a recall requires the vote; resignation records submittedOn, the decided exits a decision number', () => {
    expect(exitRequirements).toEqual({
      RESIGNATION: { required: [], recorded: ['submittedOn'] },
      DISMISSAL: { required: [], recorded: ['decisionNumber'] },
      TERMINATION: { required: [], recorded: ['decisionNumber'] },
      RECALL: { required: ['registeredVoters', 'votesCast', 'votesFor'], recorded: [] },
      REMOVAL: { required: [], recorded: ['decisionNumber', 'consequenceId'] },
    });
  });

  it.each(KINDS)('MGT-3 a complete %s exit raises no problem', (kind) => {
    const problems = checkExit(valid[kind]);
    expect(problems.count).toBe(0);
    expect(() => problems.throwIfAny()).not.toThrow();
  });
});

describe('MGT-3 checkExit: effective date, reason and approver for every kind', () => {
  it.each(KINDS)('MGT-3 %s without effective date, reason or approver: a ValidationError on each field', (kind) => {
    const facts: ExitFacts = { ...valid[kind], effectiveDate: null, reason: null, approvedBy: '' };
    const problems = checkExit(facts);
    expect(() => problems.throwIfAny()).toThrow(ValidationError);
    expect(fieldsOf(problems)).toEqual(['effectiveDate', 'reason', 'approvedBy']);
  });

  it.each(KINDS)('MGT-3 %s with a blank reason and approver is refused like missing ones', (kind) => {
    expect(fieldsOf(checkExit({ ...valid[kind], reason: '   ', approvedBy: ' ' }))).toEqual(['reason', 'approvedBy']);
  });

  it.each(KINDS)('MGT-3 %s: the basis is recorded when given but not required', (kind) => {
    expect(checkExit({ ...valid[kind], basis: null }).count).toBe(0);
    expect(checkExit({ ...valid[kind], basis: undefined }).count).toBe(0);
  });

  it('MGT-3 the effective date must be a real date', () => {
    expect(fieldsOf(checkExit({ ...valid.DISMISSAL, effectiveDate: '2025-02-29' }))).toEqual(['effectiveDate']);
    expect(fieldsOf(checkExit({ ...valid.DISMISSAL, effectiveDate: '2025/06/30' }))).toEqual(['effectiveDate']);
  });

  it('MGT-3 approvedOn is optional, but when given must be a real date', () => {
    expect(checkExit({ ...valid.DISMISSAL, approvedOn: null }).count).toBe(0);
    expect(checkExit({ ...valid.DISMISSAL, approvedOn: undefined }).count).toBe(0);
    expect(messagesOf(checkExit({ ...valid.DISMISSAL, approvedOn: '2025-13-01' }))).toEqual(['approvedOn: not a date (YYYY-MM-DD)']);
  });

  it('MGT-3 approved on the effective date is accepted; approved a day after it is refused', () => {
    expect(checkExit({ ...valid.DISMISSAL, approvedOn: '2025-06-30' }).count).toBe(0);
    expect(messagesOf(checkExit({ ...valid.DISMISSAL, approvedOn: '2025-07-01' }))).toEqual(['approvedOn: an exit is approved no later than it takes effect']);
  });

  it('MGT-3 problems are added to a collector that is passed in', () => {
    const problems = new Problems().add('cadreId', 'required');
    expect(checkExit({ ...valid.DISMISSAL, reason: null }, problems)).toBe(problems);
    expect(fieldsOf(problems)).toEqual(['cadreId', 'reason']);
  });
});

describe('MGT-3 checkExit: resignation (辞职)', () => {
  it('MGT-3 a resignation records the date it was handed in; when given it must be a real date', () => {
    expect(checkExit({ ...valid.RESIGNATION, submittedOn: null }).count).toBe(0);
    expect(messagesOf(checkExit({ ...valid.RESIGNATION, submittedOn: '2025-06-31' }))).toEqual(['submittedOn: not a date (YYYY-MM-DD)']);
  });

  it('MGT-3 handed in on the effective date is accepted; a day later is refused', () => {
    expect(checkExit({ ...valid.RESIGNATION, submittedOn: '2025-06-30' }).count).toBe(0);
    expect(messagesOf(checkExit({ ...valid.RESIGNATION, submittedOn: '2025-07-01' }))).toEqual(['submittedOn: lies after the effective date']);
  });

  it('MGT-3 a resignation needs no decision number or votes', () => {
    expect(checkExit({ ...valid.RESIGNATION, decisionNumber: null, registeredVoters: null }).count).toBe(0);
  });
});

describe('MGT-3 checkExit: dismissal, termination and removal record the decision number (文号)', () => {
  it.each([ExitKind.DISMISSAL, ExitKind.TERMINATION, ExitKind.REMOVAL])('MGT-3 %s with or without a decision number is accepted', (kind) => {
    expect(checkExit({ ...valid[kind], decisionNumber: null }).count).toBe(0);
    expect(checkExit({ ...valid[kind], decisionNumber: '办党发〔2025〕15号' }).count).toBe(0);
  });

  it.each([ExitKind.DISMISSAL, ExitKind.TERMINATION, ExitKind.REMOVAL])('MGT-3 %s needs no submission date', (kind) => {
    expect(checkExit({ ...valid[kind], submittedOn: null }).count).toBe(0);
  });

  it('MGT-3 / MGT-2 a removal need not come from an assessment consequence', () => {
    expect(checkExit({ ...valid.REMOVAL, consequenceId: null }).count).toBe(0);
  });

  it.each([ExitKind.RESIGNATION, ExitKind.DISMISSAL, ExitKind.TERMINATION, ExitKind.RECALL])('MGT-3 / MGT-2 only a removal follows from an assessment consequence: %s with one is refused', (kind) => {
    expect(messagesOf(checkExit({ ...valid[kind], consequenceId: 'cons-1' }))).toEqual(['consequenceId: only a removal follows from an assessment consequence']);
  });
});

describe('MGT-3 checkExit: recall (罢免) needs a vote that passed (Organic Law art. 16)', () => {
  it('MGT-3 a recall needs registered voters, votes cast and votes for', () => {
    expect(fieldsOf(checkExit(recall(null, null, null)))).toEqual(['registeredVoters', 'votesCast', 'votesFor']);
    expect(fieldsOf(checkExit(recall(null, 80, 60)))).toEqual(['registeredVoters']);
    expect(fieldsOf(checkExit(recall(100, null, 60)))).toEqual(['votesCast']);
    expect(fieldsOf(checkExit(recall(100, 80, null)))).toEqual(['votesFor']);
  });

  it('MGT-3 counts are whole, non-negative numbers with at least one registered voter', () => {
    expect(fieldsOf(checkExit(recall(0, 0, 0)))).toContain('registeredVoters');
    expect(fieldsOf(checkExit(recall(100.5, 80, 60)))).toEqual(['registeredVoters']);
    expect(fieldsOf(checkExit(recall(100, -1, 0)))).toEqual(['votesCast']);
    expect(fieldsOf(checkExit(recall(100, 80, 60.5)))).toEqual(['votesFor']);
  });

  it('MGT-3 exactly half of the registered voters voting is not valid; half + 1 is', () => {
    expect(messagesOf(checkExit(recall(100, 50, 50)))).toEqual(['votesCast: not more than half of the registered voters voted: the recall is not valid']);
    expect(checkExit(recall(100, 51, 51)).count).toBe(0);
  });

  it('MGT-3 with an odd number of registered voters, the smallest majority is (n + 1) / 2', () => {
    expect(fieldsOf(checkExit(recall(101, 50, 50)))).toEqual(['votesCast']);
    expect(checkExit(recall(101, 51, 51)).count).toBe(0);
  });

  it('MGT-3 exactly half of the votes cast for the recall: it did not pass; half + 1 passes', () => {
    expect(messagesOf(checkExit(recall(100, 80, 40)))).toEqual(['votesFor: not more than half of the votes cast were for the recall: it did not pass']);
    expect(checkExit(recall(100, 80, 41)).count).toBe(0);
    expect(fieldsOf(checkExit(recall(100, 51, 25)))).toEqual(['votesFor']);
    expect(checkExit(recall(100, 51, 26)).count).toBe(0);
  });

  it('MGT-3 more votes cast than registered voters is refused on "votesCast"', () => {
    expect(messagesOf(checkExit(recall(100, 101, 90)))).toEqual(['votesCast: more votes cast than registered voters']);
    expect(checkExit(recall(100, 100, 100)).count).toBe(0);
  });

  it('MGT-3 more votes for than votes cast is refused on "votesFor"', () => {
    expect(messagesOf(checkExit(recall(100, 80, 81)))).toEqual(['votesFor: more votes for than votes cast']);
  });

  it('MGT-3 a recall needs no decision number or submission date', () => {
    expect(checkExit({ ...valid.RECALL, decisionNumber: null, submittedOn: null }).count).toBe(0);
  });

  it('MGT-3 a recall with missing common facts and a failed vote reports both', () => {
    expect(fieldsOf(checkExit({ ...recall(100, 50, 50), reason: null, approvedBy: null }))).toEqual(['reason', 'approvedBy', 'votesCast']);
  });

  it.each([ExitKind.RESIGNATION, ExitKind.DISMISSAL, ExitKind.TERMINATION, ExitKind.REMOVAL])('MGT-3 only a recall records an assembly vote: %s with votes is refused', (kind) => {
    expect(messagesOf(checkExit({ ...valid[kind], registeredVoters: 100, votesCast: 80, votesFor: 60 }))).toEqual(['votesFor: only a recall records an assembly vote']);
    expect(fieldsOf(checkExit({ ...valid[kind], votesCast: 0 }))).toEqual(['votesFor']);
  });
});

describe('MGT-3 exitIsEffective: pending until its date, effective on it', () => {
  it('MGT-3 on the effective date the exit takes effect', () => {
    expect(exitIsEffective('2025-06-30', '2025-06-30')).toBe(true);
  });

  it('MGT-3 after the effective date it is effective', () => {
    expect(exitIsEffective('2025-06-30', '2025-07-01')).toBe(true);
    expect(exitIsEffective('2025-06-30', '2026-01-01')).toBe(true);
  });

  it('MGT-3 before the effective date it is pending', () => {
    expect(exitIsEffective('2025-06-30', '2025-06-29')).toBe(false);
    expect(exitIsEffective('2026-01-01', '2025-12-31')).toBe(false);
  });
});

describe('MGT-4 warning kinds', () => {
  it('MGT-4 every warning kind has a Chinese and an English label', () => {
    for (const kind of Object.values(WarningKind)) {
      expect(warningKindLabels[kind].zh.length).toBeGreaterThan(0);
      expect(warningKindLabels[kind].en.length).toBeGreaterThan(0);
    }
    expect(warningKindLabels.ADMONISHMENT.zh).toBe('诫勉谈话');
  });
});
