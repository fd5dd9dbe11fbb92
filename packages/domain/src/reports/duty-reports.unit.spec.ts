import { describe, expect, it } from 'vitest';
import { defaultPolicy, effectivePolicy, policyConsistencyProblems } from '../policy/parameters';
import { ValidationError } from '../shared/errors';
import { enumValues } from '../shared/labels';
import {
  DutyReportAudience,
  checkPoll,
  combinedScore,
  dutyReportAudienceLabels,
  halfBounds,
  heldDuringHalf,
  isPoorPoll,
  isReportDue,
  lastEndedHalf,
  missingDutyReports,
  missingFlaggedFrom,
  pollProblems,
  pollScore,
  poorShare,
  type Poll,
} from './duty-reports';

const poll = (p: Partial<Poll>): Poll => ({ ballotsIssued: null, ballotsReturned: null, good: null, fairlyGood: null, average: null, poor: null, ...p });

describe('TGT-3 half years and missing reports', () => {
  it('TGT-3 the three audiences named by the source, each with zh and en labels', () => {
    expect(enumValues(dutyReportAudienceLabels)).toEqual([DutyReportAudience.SUBDISTRICT_COMMITTEE, DutyReportAudience.PARTY_MEMBERS_ASSEMBLY, DutyReportAudience.RESIDENTS_MEETING]);
    expect(dutyReportAudienceLabels.PARTY_MEMBERS_ASSEMBLY.zh).toBe('党员大会');
  });

  it('TGT-3 H1 ends 30 June, H2 31 December; flagged from the day after', () => {
    expect(halfBounds(2026, 1)).toEqual({ start: '2026-01-01', end: '2026-06-30' });
    expect(halfBounds(2026, 2)).toEqual({ start: '2026-07-01', end: '2026-12-31' });
    expect(missingFlaggedFrom(2026, 1)).toBe('2026-07-01');
    expect(missingFlaggedFrom(2026, 2)).toBe('2027-01-01');
  });

  it('TGT-3 an H1 report missing on 30 June is not flagged, on 1 July it is', () => {
    expect(isReportDue(2026, 1, '2026-06-30')).toBe(false);
    expect(isReportDue(2026, 1, '2026-07-01')).toBe(true);
    expect(isReportDue(2026, 2, '2026-12-31')).toBe(false);
    expect(isReportDue(2026, 2, '2027-01-01')).toBe(true);
  });

  it('TGT-3 the last ended half: on 30 June the previous H2, from 1 July this H1', () => {
    expect(lastEndedHalf('2026-06-30')).toEqual({ year: 2025, half: 2 });
    expect(lastEndedHalf('2026-07-01')).toEqual({ year: 2026, half: 1 });
    expect(lastEndedHalf('2026-12-31')).toEqual({ year: 2026, half: 1 });
    expect(lastEndedHalf('2027-01-01')).toEqual({ year: 2026, half: 2 });
  });

  it('TGT-3 a team member of the half holds a post on at least one of its days (the end date is the day the post is left)', () => {
    const a = (startDate: string, endDate: string | null) => ({ cadreId: 'c', unitId: 'u', startDate, endDate });
    expect(heldDuringHalf(a('2026-06-30', null), 2026, 1)).toBe(true);
    expect(heldDuringHalf(a('2026-07-01', null), 2026, 1)).toBe(false);
    expect(heldDuringHalf(a('2020-01-01', '2026-01-01'), 2026, 1)).toBe(false);
    expect(heldDuringHalf(a('2020-01-01', '2026-01-02'), 2026, 1)).toBe(true);
  });

  it('TGT-3 missing reports: members of the half without a report, one line per cadre, nothing before the half ends', () => {
    const appointments = [
      { cadreId: 'b', unitId: 'u1', startDate: '2020-01-01', endDate: null },
      { cadreId: 'b', unitId: 'u1', startDate: '2021-01-01', endDate: null },
      { cadreId: 'a', unitId: 'u1', startDate: '2020-01-01', endDate: null },
      { cadreId: 'c', unitId: 'u2', startDate: '2026-08-01', endDate: null },
    ];
    const reports = [{ cadreId: 'a', year: 2026, half: 1 as const }, { cadreId: 'b', year: 2025, half: 1 as const }];
    expect(missingDutyReports(appointments, reports, 2026, 1, '2026-06-30')).toEqual([]);
    expect(missingDutyReports(appointments, reports, 2026, 1, '2026-07-01')).toEqual([{ cadreId: 'b', unitId: 'u1', year: 2026, half: 1, since: '2026-07-01' }]);
  });
});

describe('TGT-4 三评', () => {
  it('TGT-4 ballots returned exceeding ballots issued is refused, naming pollBallotsReturned', () => {
    expect(pollProblems(poll({ ballotsIssued: 50, ballotsReturned: 51 })).map((p) => p.field)).toEqual(['pollBallotsReturned']);
    expect(pollProblems(poll({ ballotsIssued: 50, ballotsReturned: 50 }))).toEqual([]);
  });

  it('TGT-4 grade counts adding up to more than the ballots returned are refused, naming the count fields', () => {
    const tooMany = poll({ ballotsIssued: 60, ballotsReturned: 50, good: 30, fairlyGood: 10, average: 10, poor: 1 });
    expect(pollProblems(tooMany).map((p) => p.field)).toEqual(['pollGood', 'pollFairlyGood', 'pollAverage', 'pollPoor']);
    expect(() => checkPoll(tooMany)).toThrow(ValidationError);
    expect(pollProblems({ ...tooMany, poor: 0 })).toEqual([]);
  });

  it('TGT-4 counts need the ballots returned; counts are whole numbers', () => {
    expect(pollProblems(poll({ good: 3 })).map((p) => p.field)).toEqual(['pollBallotsReturned']);
    expect(pollProblems(poll({ ballotsReturned: 3, good: 1.5 })).map((p) => p.field)).toEqual(['pollGood']);
  });

  it('TGT-4 poll score: the mean of the votes’ points (100 / 80 / 60 / 0 by default)', () => {
    expect(pollScore(poll({ ballotsReturned: 10, good: 5, fairlyGood: 3, average: 1, poor: 1 }), defaultPolicy)).toBe(80);
    expect(pollScore(poll({ ballotsReturned: 10 }), defaultPolicy)).toBeNull();
  });

  it('TGT-4 combined score = weighted sum with the year’s weights (0.3 / 0.3 / 0.4 by default)', () => {
    const e = { selfEvaluationScore: 90, higherEvaluationScore: 85, poll: poll({ ballotsIssued: 12, ballotsReturned: 10, good: 5, fairlyGood: 3, average: 1, poor: 1 }) };
    // 90 × 0.3 + 80 × 0.3 + 85 × 0.4 = 27 + 24 + 34
    expect(combinedScore(e, defaultPolicy)).toBe(85);
    expect(combinedScore(e, effectivePolicy({ dutyWeightSelf: 0.2, dutyWeightPoll: 0.5, dutyWeightHigher: 0.3 }))).toBe(83.5);
    expect(combinedScore({ ...e, higherEvaluationScore: null }, defaultPolicy)).toBeNull();
  });

  it('TGT-4 weights not summing to 1 are refused; decimal sums such as 0.1 + 0.2 + 0.7 are accepted', () => {
    expect(policyConsistencyProblems(defaultPolicy)).toEqual([]);
    expect(policyConsistencyProblems(effectivePolicy({ dutyWeightSelf: 0.1, dutyWeightPoll: 0.2, dutyWeightHigher: 0.7 }))).toEqual([]);
    const [problem] = policyConsistencyProblems(effectivePolicy({ dutyWeightSelf: 0.5 }));
    expect(problem?.field).toBe('value');
    expect(problem?.messageZh).toContain('1.2');
  });

  it('TGT-4 MGT-4 a poll whose share of 差 is exactly at the threshold is not a warning; above it is', () => {
    // default threshold 0.2: 2 of 10 is at, 3 of 10 above
    const at = poll({ ballotsReturned: 10, good: 8, poor: 2 });
    expect(poorShare(at)).toBe(0.2);
    expect(isPoorPoll(at, defaultPolicy)).toBe(false);
    expect(isPoorPoll(poll({ ballotsReturned: 10, good: 7, poor: 3 }), defaultPolicy)).toBe(true);
    // 0.1 + 0.2 style noise: 3 of 10 at a threshold of 0.3 is not above
    expect(isPoorPoll(poll({ ballotsReturned: 10, good: 7, poor: 3 }), effectivePolicy({ dutyPollPoorShareThreshold: 0.3 }))).toBe(false);
    expect(isPoorPoll(poll({ ballotsReturned: 10 }), defaultPolicy)).toBe(false);
  });
});
