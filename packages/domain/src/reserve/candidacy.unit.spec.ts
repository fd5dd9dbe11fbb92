import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, Problems, ValidationError } from '../shared/errors';
import { Role } from '../access/roles';
import {
  allowedReserveSteps,
  checkRecommendation,
  inPoolOn,
  nextReserveStatus,
  RecommendationSource,
  ReserveStatus,
  ReserveStep,
  type DemocraticVotes,
} from './candidacy';
import { problemsOf, fieldsOf } from '../shared/problems.test-support';

const ALL_STATUSES = Object.values(ReserveStatus);
const ALL_STEPS = Object.values(ReserveStep);
const { SUBDISTRICT_ADMIN: ADMIN, UNIT_USER: UNIT, SUBDISTRICT_ANALYST: ANALYST } = Role;

describe('RES-3 nextReserveStatus: 三荐二议一审查 in its only order', () => {
  it('RES-3 happy path: RECOMMENDED → PROPOSED → COMMITTEE_APPROVED by the unit, → IN_POOL by the subdistrict', () => {
    const proposed = nextReserveStatus(ReserveStatus.RECOMMENDED, ReserveStep.PROPOSE, UNIT);
    expect(proposed).toBe(ReserveStatus.PROPOSED);
    const approved = nextReserveStatus(proposed, ReserveStep.COMMITTEE_REVIEW, UNIT);
    expect(approved).toBe(ReserveStatus.COMMITTEE_APPROVED);
    const pooled = nextReserveStatus(approved, ReserveStep.SUBDISTRICT_REVIEW, ADMIN);
    expect(pooled).toBe(ReserveStatus.IN_POOL);
  });

  it('RES-3 / ROLE-1 the subdistrict admin may take the 二议 steps for a unit, too', () => {
    expect(nextReserveStatus(ReserveStatus.RECOMMENDED, ReserveStep.PROPOSE, ADMIN)).toBe(ReserveStatus.PROPOSED);
    expect(nextReserveStatus(ReserveStatus.PROPOSED, ReserveStep.COMMITTEE_REVIEW, ADMIN)).toBe(ReserveStatus.COMMITTEE_APPROVED);
  });

  it('RES-3 approve defaults to true (approved outcome)', () => {
    expect(nextReserveStatus(ReserveStatus.RECOMMENDED, ReserveStep.PROPOSE, UNIT, true)).toBe(ReserveStatus.PROPOSED);
  });

  it('RES-3 skipping to SUBDISTRICT_REVIEW on RECOMMENDED or PROPOSED is a ConflictError', () => {
    expect(() => nextReserveStatus(ReserveStatus.RECOMMENDED, ReserveStep.SUBDISTRICT_REVIEW, ADMIN)).toThrow(ConflictError);
    expect(() => nextReserveStatus(ReserveStatus.PROPOSED, ReserveStep.SUBDISTRICT_REVIEW, ADMIN)).toThrow(ConflictError);
  });

  it('RES-3 skipping the proposal (COMMITTEE_REVIEW on RECOMMENDED) is a ConflictError', () => {
    expect(() => nextReserveStatus(ReserveStatus.RECOMMENDED, ReserveStep.COMMITTEE_REVIEW, UNIT)).toThrow(ConflictError);
    expect(() => nextReserveStatus(ReserveStatus.RECOMMENDED, ReserveStep.COMMITTEE_REVIEW, ADMIN)).toThrow(ConflictError);
  });

  it('RES-3 going back (PROPOSE on COMMITTEE_APPROVED) is a ConflictError', () => {
    expect(() => nextReserveStatus(ReserveStatus.COMMITTEE_APPROVED, ReserveStep.PROPOSE, UNIT)).toThrow(ConflictError);
  });

  it('RES-3 a repeated step is a ConflictError', () => {
    expect(() => nextReserveStatus(ReserveStatus.PROPOSED, ReserveStep.PROPOSE, UNIT)).toThrow(ConflictError);
    expect(() => nextReserveStatus(ReserveStatus.COMMITTEE_APPROVED, ReserveStep.COMMITTEE_REVIEW, UNIT)).toThrow(ConflictError);
    expect(() => nextReserveStatus(ReserveStatus.IN_POOL, ReserveStep.SUBDISTRICT_REVIEW, ADMIN)).toThrow(ConflictError);
  });

  it('RES-3 the conflict message names the step and both statuses', () => {
    expect(() => nextReserveStatus(ReserveStatus.PROPOSED, ReserveStep.SUBDISTRICT_REVIEW, ADMIN)).toThrow(/SUBDISTRICT_REVIEW.*COMMITTEE_APPROVED.*PROPOSED/);
  });

  it('RES-3 / ROLE-3 a unit user may not take SUBDISTRICT_REVIEW, even on a COMMITTEE_APPROVED candidacy (ForbiddenError)', () => {
    expect(() => nextReserveStatus(ReserveStatus.COMMITTEE_APPROVED, ReserveStep.SUBDISTRICT_REVIEW, UNIT)).toThrow(ForbiddenError);
    expect(() => nextReserveStatus(ReserveStatus.COMMITTEE_APPROVED, ReserveStep.SUBDISTRICT_REVIEW, UNIT, false)).toThrow(ForbiddenError);
  });

  it('RES-3 / ROLE-3 the role check comes first: a unit user\'s SUBDISTRICT_REVIEW is forbidden in any state', () => {
    for (const status of ALL_STATUSES) {
      expect(() => nextReserveStatus(status, ReserveStep.SUBDISTRICT_REVIEW, UNIT)).toThrow(ForbiddenError);
    }
  });

  it('RES-3 / ROLE-2 an analyst may take no step in any state (ForbiddenError)', () => {
    for (const status of ALL_STATUSES) {
      for (const step of ALL_STEPS) {
        expect(() => nextReserveStatus(status, step, ANALYST)).toThrow(ForbiddenError);
        expect(() => nextReserveStatus(status, step, ANALYST, false)).toThrow(ForbiddenError);
      }
    }
  });

  it('RES-3 errors carry their domain codes', () => {
    try {
      nextReserveStatus(ReserveStatus.RECOMMENDED, ReserveStep.PROPOSE, ANALYST);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ForbiddenError);
      expect((error as ForbiddenError).code).toBe('FORBIDDEN');
    }
    try {
      nextReserveStatus(ReserveStatus.RECOMMENDED, ReserveStep.SUBDISTRICT_REVIEW, ADMIN);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).code).toBe('CONFLICT');
    }
  });

  it('RES-3 an unknown step is a ConflictError', () => {
    expect(() => nextReserveStatus(ReserveStatus.RECOMMENDED, 'RECOMMEND' as ReserveStep, ADMIN)).toThrow(ConflictError);
  });

  it('RES-3 rejection at the proposal → REJECTED', () => {
    expect(nextReserveStatus(ReserveStatus.RECOMMENDED, ReserveStep.PROPOSE, UNIT, false)).toBe(ReserveStatus.REJECTED);
  });

  it('RES-3 rejection at the committee review → REJECTED', () => {
    expect(nextReserveStatus(ReserveStatus.PROPOSED, ReserveStep.COMMITTEE_REVIEW, UNIT, false)).toBe(ReserveStatus.REJECTED);
    expect(nextReserveStatus(ReserveStatus.PROPOSED, ReserveStep.COMMITTEE_REVIEW, ADMIN, false)).toBe(ReserveStatus.REJECTED);
  });

  it('RES-3 rejection at the subdistrict review → REJECTED', () => {
    expect(nextReserveStatus(ReserveStatus.COMMITTEE_APPROVED, ReserveStep.SUBDISTRICT_REVIEW, ADMIN, false)).toBe(ReserveStatus.REJECTED);
  });

  it('RES-3 a rejection out of order is still a ConflictError', () => {
    expect(() => nextReserveStatus(ReserveStatus.RECOMMENDED, ReserveStep.SUBDISTRICT_REVIEW, ADMIN, false)).toThrow(ConflictError);
  });

  it.each([ReserveStatus.REJECTED, ReserveStatus.IN_POOL, ReserveStatus.WITHDRAWN])('RES-3 nothing follows %s: every step by every allowed role is a ConflictError', (status) => {
    for (const step of ALL_STEPS) {
      expect(() => nextReserveStatus(status, step, ADMIN)).toThrow(ConflictError);
      expect(() => nextReserveStatus(status, step, ADMIN, false)).toThrow(ConflictError);
    }
    expect(() => nextReserveStatus(status, ReserveStep.PROPOSE, UNIT)).toThrow(ConflictError);
    expect(() => nextReserveStatus(status, ReserveStep.COMMITTEE_REVIEW, UNIT)).toThrow(ConflictError);
  });
});

describe('RES-3 allowedReserveSteps: the one next step a role may take', () => {
  it('RES-3 RECOMMENDED: PROPOSE for the unit user and the admin, nothing for the analyst', () => {
    expect(allowedReserveSteps(ReserveStatus.RECOMMENDED, UNIT)).toEqual([ReserveStep.PROPOSE]);
    expect(allowedReserveSteps(ReserveStatus.RECOMMENDED, ADMIN)).toEqual([ReserveStep.PROPOSE]);
    expect(allowedReserveSteps(ReserveStatus.RECOMMENDED, ANALYST)).toEqual([]);
  });

  it('RES-3 PROPOSED: COMMITTEE_REVIEW for the unit user and the admin, nothing for the analyst', () => {
    expect(allowedReserveSteps(ReserveStatus.PROPOSED, UNIT)).toEqual([ReserveStep.COMMITTEE_REVIEW]);
    expect(allowedReserveSteps(ReserveStatus.PROPOSED, ADMIN)).toEqual([ReserveStep.COMMITTEE_REVIEW]);
    expect(allowedReserveSteps(ReserveStatus.PROPOSED, ANALYST)).toEqual([]);
  });

  it('RES-3 / ROLE-1 / ROLE-3 COMMITTEE_APPROVED: the admin sees SUBDISTRICT_REVIEW; the unit user and the analyst see none', () => {
    expect(allowedReserveSteps(ReserveStatus.COMMITTEE_APPROVED, ADMIN)).toEqual([ReserveStep.SUBDISTRICT_REVIEW]);
    expect(allowedReserveSteps(ReserveStatus.COMMITTEE_APPROVED, UNIT)).toEqual([]);
    expect(allowedReserveSteps(ReserveStatus.COMMITTEE_APPROVED, ANALYST)).toEqual([]);
  });

  it.each([ReserveStatus.IN_POOL, ReserveStatus.REJECTED, ReserveStatus.WITHDRAWN])('RES-3 %s offers no step to any role', (status) => {
    for (const role of Object.values(Role)) expect(allowedReserveSteps(status, role)).toEqual([]);
  });

  it('RES-3 every step offered is accepted by nextReserveStatus; at most one is offered', () => {
    for (const status of ALL_STATUSES) {
      for (const role of Object.values(Role)) {
        const steps = allowedReserveSteps(status, role);
        expect(steps.length).toBeLessThanOrEqual(1);
        for (const step of steps) expect(() => nextReserveStatus(status, step, role)).not.toThrow();
      }
    }
  });
});

describe('RES-3 checkRecommendation: 三荐, with the vote of a democratic recommendation', () => {
  const vote: DemocraticVotes = { eligible: 30, present: 25, votesFor: 18 };

  it('RES-3 a democratic recommendation with a consistent vote is accepted', () => {
    expect(checkRecommendation(RecommendationSource.DEMOCRATIC, vote).count).toBe(0);
  });

  it('RES-3 boundaries: votesFor = present = eligible = 1 is accepted; 0 votes for is accepted', () => {
    expect(checkRecommendation(RecommendationSource.DEMOCRATIC, { eligible: 1, present: 1, votesFor: 1 }).count).toBe(0);
    expect(checkRecommendation(RecommendationSource.DEMOCRATIC, { eligible: 5, present: 0, votesFor: 0 }).count).toBe(0);
  });

  it('RES-3 a democratic recommendation without a vote needs eligible, present and votesFor', () => {
    expect(fieldsOf(checkRecommendation(RecommendationSource.DEMOCRATIC, null))).toEqual(['eligible', 'present', 'votesFor']);
    expect(fieldsOf(checkRecommendation(RecommendationSource.DEMOCRATIC, undefined))).toEqual(['eligible', 'present', 'votesFor']);
    expect(fieldsOf(checkRecommendation(RecommendationSource.DEMOCRATIC, {}))).toEqual(['eligible', 'present', 'votesFor']);
  });

  it('RES-3 each missing count is reported on its own field', () => {
    expect(fieldsOf(checkRecommendation(RecommendationSource.DEMOCRATIC, { present: 25, votesFor: 18 }))).toEqual(['eligible']);
    expect(fieldsOf(checkRecommendation(RecommendationSource.DEMOCRATIC, { eligible: 30, votesFor: 18 }))).toEqual(['present']);
    expect(fieldsOf(checkRecommendation(RecommendationSource.DEMOCRATIC, { eligible: 30, present: 25 }))).toEqual(['votesFor']);
  });

  it('RES-3 at least one eligible voter: 0 eligible is refused', () => {
    expect(problemsOf(checkRecommendation(RecommendationSource.DEMOCRATIC, { eligible: 0, present: 0, votesFor: 0 }))).toEqual([
      { field: 'eligible', message: 'the number of eligible voters is required (at least 1)' },
    ]);
  });

  it('RES-3 counts are whole, non-negative numbers', () => {
    expect(fieldsOf(checkRecommendation(RecommendationSource.DEMOCRATIC, { eligible: 30.5, present: 25, votesFor: 18 }))).toEqual(['eligible']);
    expect(fieldsOf(checkRecommendation(RecommendationSource.DEMOCRATIC, { eligible: 30, present: -1, votesFor: 0 }))).toEqual(['present']);
    expect(fieldsOf(checkRecommendation(RecommendationSource.DEMOCRATIC, { eligible: 30, present: 25, votesFor: 1.5 }))).toEqual(['votesFor']);
  });

  it('RES-3 more present than eligible is refused on "present"', () => {
    expect(problemsOf(checkRecommendation(RecommendationSource.DEMOCRATIC, { eligible: 30, present: 31, votesFor: 18 }))).toEqual([
      { field: 'present', message: 'more present than eligible' },
    ]);
    expect(checkRecommendation(RecommendationSource.DEMOCRATIC, { eligible: 30, present: 30, votesFor: 18 }).count).toBe(0);
  });

  it('RES-3 more votes for than present is refused on "votesFor"', () => {
    expect(problemsOf(checkRecommendation(RecommendationSource.DEMOCRATIC, { eligible: 30, present: 25, votesFor: 26 }))).toEqual([
      { field: 'votesFor', message: 'more votes than voters present' },
    ]);
    expect(checkRecommendation(RecommendationSource.DEMOCRATIC, { eligible: 30, present: 25, votesFor: 25 }).count).toBe(0);
  });

  it('RES-3 throwIfAny turns the problems into a ValidationError with the fields', () => {
    const problems = checkRecommendation(RecommendationSource.DEMOCRATIC, { eligible: 0 });
    expect(() => problems.throwIfAny()).toThrow(ValidationError);
  });

  it.each([RecommendationSource.SELF, RecommendationSource.COMMITTEE])('RES-3 %s recommendation without votes is accepted', (source) => {
    expect(checkRecommendation(source, null).count).toBe(0);
    expect(checkRecommendation(source, undefined).count).toBe(0);
    expect(checkRecommendation(source, {}).count).toBe(0);
  });

  it.each([RecommendationSource.SELF, RecommendationSource.COMMITTEE])('RES-3 %s recommendation with votes is refused on "source"', (source) => {
    expect(problemsOf(checkRecommendation(source, vote))).toEqual([{ field: 'source', message: 'only a democratic recommendation records votes' }]);
    expect(fieldsOf(checkRecommendation(source, { eligible: 0 }))).toEqual(['source']);
    expect(fieldsOf(checkRecommendation(source, { votesFor: 3 }))).toEqual(['source']);
  });

  it('RES-3 problems are added to a collector that is passed in', () => {
    const problems = new Problems().add('cadreId', 'required');
    const result = checkRecommendation(RecommendationSource.DEMOCRATIC, null, problems);
    expect(result).toBe(problems);
    expect(fieldsOf(result)).toEqual(['cadreId', 'eligible', 'present', 'votesFor']);
  });
});

describe('RES-3 / RES-4 inPoolOn: in the pool from the entry day until (not on) the leaving day', () => {
  const candidacy = { inPoolFrom: '2025-03-10', leftPoolOn: '2025-09-01' };

  it('RES-3 the entry day counts; the day before does not', () => {
    expect(inPoolOn(candidacy, '2025-03-10')).toBe(true);
    expect(inPoolOn(candidacy, '2025-03-09')).toBe(false);
  });

  it('RES-3 the leaving day does not count; the day before it does', () => {
    expect(inPoolOn(candidacy, '2025-08-31')).toBe(true);
    expect(inPoolOn(candidacy, '2025-09-01')).toBe(false);
    expect(inPoolOn(candidacy, '2025-12-31')).toBe(false);
  });

  it('RES-3 without a leaving day the candidacy stays in the pool', () => {
    expect(inPoolOn({ inPoolFrom: '2025-03-10' }, '2099-12-31')).toBe(true);
    expect(inPoolOn({ inPoolFrom: '2025-03-10', leftPoolOn: null }, '2025-03-10')).toBe(true);
  });

  it('RES-3 a candidacy never pooled (no entry day) is never in the pool', () => {
    expect(inPoolOn({}, '2025-06-15')).toBe(false);
    expect(inPoolOn({ inPoolFrom: null, leftPoolOn: null }, '2025-06-15')).toBe(false);
  });

  it('RES-3 entry and leaving on the same day: never in the pool', () => {
    expect(inPoolOn({ inPoolFrom: '2025-03-10', leftPoolOn: '2025-03-10' }, '2025-03-10')).toBe(false);
  });
});
