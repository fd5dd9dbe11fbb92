import { describe, expect, it } from 'vitest';
import { UnitKind } from '../org/unit';
import { defaultPolicy, effectivePolicy } from '../policy/parameters';
import { ConflictError, ValidationError } from '../shared/errors';
import { enumValues } from '../shared/labels';
import {
  ConsequenceKind,
  consequenceKindLabels,
  ConsequenceStatus,
  consequenceStatusLabels,
  isLastPlaceFailure,
  proposeConsequences,
  streakOf,
  type ConsequenceProposal,
  type PublishedRanking,
} from './consequences';
import { rankUnits, type UnitTotal } from './ranking';

const policy = defaultPolicy;

/** A published year ranked from totals: { v1: 900, v2: 780 } are villages, c-prefixed ids are communities. */
function year(y: number, totals: Record<string, number>): PublishedRanking {
  const rows: UnitTotal[] = Object.entries(totals).map(([unitId, total]) => ({ unitId, kind: unitId.startsWith('c') ? UnitKind.COMMUNITY : UnitKind.VILLAGE, total }));
  return { year: y, rows: rankUnits(rows) };
}

/** kind:unitId of each proposal, for compact assertions. */
const brief = (proposals: ConsequenceProposal[]): string[] => proposals.map((p) => `${p.kind}:${p.unitId}`);

describe('MGT-2 labels of consequences and their status', () => {
  it('MGT-2 admonishment talk 诫勉谈话 and removal 免职', () => {
    expect(enumValues(consequenceKindLabels)).toEqual([ConsequenceKind.ADMONISHMENT_TALK, ConsequenceKind.REMOVAL]);
    expect(consequenceKindLabels.ADMONISHMENT_TALK.zh).toBe('诫勉谈话');
    expect(consequenceKindLabels.REMOVAL.zh).toBe('免职');
  });

  it('MGT-2 proposed 待确认, confirmed 已确认, dismissed 已驳回', () => {
    expect(enumValues(consequenceStatusLabels)).toEqual([ConsequenceStatus.PROPOSED, ConsequenceStatus.CONFIRMED, ConsequenceStatus.DISMISSED]);
    expect(consequenceStatusLabels.PROPOSED.zh).toBe('待确认');
    expect(consequenceStatusLabels.CONFIRMED.zh).toBe('已确认');
    expect(consequenceStatusLabels.DISMISSED.zh).toBe('已驳回');
  });
});

describe('MGT-2 isLastPlaceFailure: last in its kind with a total "800分以下" (800 included)', () => {
  it('MGT-2 boundary: exactly 800 counts as <= 800', () => {
    expect(isLastPlaceFailure({ isLast: true, total: 800 }, policy)).toBe(true);
  });

  it('MGT-2 boundary: 800.5 does not count', () => {
    expect(isLastPlaceFailure({ isLast: true, total: 800.5 }, policy)).toBe(false);
  });

  it('MGT-2 floating-point noise on 800 still counts as 800', () => {
    expect(isLastPlaceFailure({ isLast: true, total: 0.1 + 0.2 + 799.7 + 1e-12 }, policy)).toBe(true);
  });

  it('MGT-2 a low score that is not last does not count', () => {
    expect(isLastPlaceFailure({ isLast: false, total: 500 }, policy)).toBe(false);
  });

  it('MGT-2 the threshold is a policy parameter', () => {
    expect(isLastPlaceFailure({ isLast: true, total: 850 }, effectivePolicy({ lastPlaceThreshold: 850 }))).toBe(true);
    expect(isLastPlaceFailure({ isLast: true, total: 800 }, effectivePolicy({ lastPlaceThreshold: 799 }))).toBe(false);
  });
});

describe('MGT-2 proposeConsequences: admonishment talk for last place with <= 800', () => {
  it('MGT-2 the last village with exactly 800 gets an admonishment talk proposal with its evidence', () => {
    const proposals = proposeConsequences([year(2025, { v1: 950, v2: 900, v3: 800 })], 2025, policy);
    expect(proposals).toEqual([
      { kind: ConsequenceKind.ADMONISHMENT_TALK, unitId: 'v3', unitKind: UnitKind.VILLAGE, year: 2025, evidence: [{ year: 2025, kind: UnitKind.VILLAGE, rank: 3, total: 800 }], streakYears: 1 },
    ]);
  });

  it('MGT-2 the last village with 800.5 gets nothing', () => {
    expect(proposeConsequences([year(2025, { v1: 950, v2: 900, v3: 800.5 })], 2025, policy)).toEqual([]);
  });

  it('MGT-2 a unit below 800 that is not last gets nothing; only the last one is proposed', () => {
    const proposals = proposeConsequences([year(2025, { v1: 790, v2: 700, v3: 650 })], 2025, policy);
    expect(brief(proposals)).toEqual(['ADMONISHMENT_TALK:v3']);
  });

  it('MGT-2 two units tied for last: both are last and both are proposed', () => {
    const proposals = proposeConsequences([year(2025, { v1: 900, v2: 760, v3: 760 })], 2025, policy);
    expect(brief(proposals)).toEqual(['ADMONISHMENT_TALK:v2', 'ADMONISHMENT_TALK:v3']);
    expect(proposals.map((p) => p.evidence[0].rank)).toEqual([2, 2]);
  });

  it('MGT-2 a community last with <= 800 is proposed without affecting the villages (ASM-3 kinds apart)', () => {
    const proposals = proposeConsequences([year(2025, { v1: 900, v2: 850, c1: 950, c2: 700 })], 2025, policy);
    expect(brief(proposals)).toEqual(['ADMONISHMENT_TALK:c2']);
    expect(proposals[0].unitKind).toBe(UnitKind.COMMUNITY);
    expect(proposals[0].evidence).toEqual([{ year: 2025, kind: UnitKind.COMMUNITY, rank: 2, total: 700 }]);
  });

  it('MGT-2 a village scoring below the last community is not affected by the community ranking', () => {
    const proposals = proposeConsequences([year(2025, { v1: 650, v2: 640, c1: 950, c2: 660 })], 2025, policy);
    expect(brief(proposals)).toEqual(['ADMONISHMENT_TALK:v2', 'ADMONISHMENT_TALK:c2']);
  });

  it('MGT-2 a kind with a single unit: it is last, so a score <= 800 is proposed and one above is not', () => {
    expect(brief(proposeConsequences([year(2025, { v1: 900, v2: 850, c1: 780 })], 2025, policy))).toEqual(['ADMONISHMENT_TALK:c1']);
    expect(proposeConsequences([year(2025, { v1: 900, v2: 850, c1: 810 })], 2025, policy)).toEqual([]);
  });

  it('MGT-2 villages are listed before communities', () => {
    const proposals = proposeConsequences([year(2025, { c1: 900, c2: 600, v1: 900, v2: 600 })], 2025, policy);
    expect(brief(proposals)).toEqual(['ADMONISHMENT_TALK:v2', 'ADMONISHMENT_TALK:c2']);
  });

  it('MGT-2 only the year being published is judged; earlier years do not propose again', () => {
    const history = [year(2023, { v1: 900, v2: 700 }), year(2024, { v1: 700, v2: 900 }), year(2025, { v1: 900, v2: 850 })];
    expect(proposeConsequences(history, 2025, policy)).toEqual([]);
  });
});

describe('MGT-2 proposeConsequences: removal after three consecutive years', () => {
  const threeYears = [year(2023, { v1: 900, v2: 750 }), year(2024, { v1: 900, v2: 790 }), year(2025, { v1: 900, v2: 800 })];

  it('MGT-2 last with <= 800 in 2023, 2024 and 2025: the removal is proposed together with the admonishment talk', () => {
    const proposals = proposeConsequences(threeYears, 2025, policy);
    expect(brief(proposals)).toEqual(['ADMONISHMENT_TALK:v2', 'REMOVAL:v2']);
    const removal = proposals[1];
    expect(removal).toEqual({
      kind: ConsequenceKind.REMOVAL,
      unitId: 'v2',
      unitKind: UnitKind.VILLAGE,
      year: 2025,
      evidence: [
        { year: 2023, kind: UnitKind.VILLAGE, rank: 2, total: 750 },
        { year: 2024, kind: UnitKind.VILLAGE, rank: 2, total: 790 },
        { year: 2025, kind: UnitKind.VILLAGE, rank: 2, total: 800 },
      ],
      streakYears: 3,
    });
    expect(proposals[0].streakYears).toBe(3);
    expect(proposals[0].evidence).toEqual([{ year: 2025, kind: UnitKind.VILLAGE, rank: 2, total: 800 }]);
  });

  it('MGT-2 two consecutive years are not enough for removal', () => {
    expect(brief(proposeConsequences(threeYears.slice(1), 2025, policy))).toEqual(['ADMONISHMENT_TALK:v2']);
  });

  it('MGT-2 the history may be given in any order', () => {
    expect(brief(proposeConsequences([...threeYears].reverse(), 2025, policy))).toEqual(['ADMONISHMENT_TALK:v2', 'REMOVAL:v2']);
  });

  it('MGT-2 a streak broken by one year and restarted: no removal until three new consecutive years', () => {
    const history = [
      year(2020, { v1: 900, v2: 700 }),
      year(2021, { v1: 900, v2: 700 }),
      year(2022, { v1: 700, v2: 900 }), // v2 not last: the streak breaks
      year(2023, { v1: 900, v2: 700 }),
      year(2024, { v1: 900, v2: 700 }),
      year(2025, { v1: 900, v2: 700 }),
    ];
    expect(brief(proposeConsequences(history, 2021, policy))).toEqual(['ADMONISHMENT_TALK:v2']);
    expect(brief(proposeConsequences(history, 2023, policy))).toEqual(['ADMONISHMENT_TALK:v2']);
    expect(brief(proposeConsequences(history, 2024, policy))).toEqual(['ADMONISHMENT_TALK:v2']);
    expect(brief(proposeConsequences(history, 2025, policy))).toEqual(['ADMONISHMENT_TALK:v2', 'REMOVAL:v2']);
    expect(proposeConsequences(history, 2025, policy)[1].evidence.map((e) => e.year)).toEqual([2023, 2024, 2025]);
  });

  it('MGT-2 a year last but above 800 breaks the streak', () => {
    const history = [year(2023, { v1: 900, v2: 700 }), year(2024, { v1: 900, v2: 800.5 }), year(2025, { v1: 900, v2: 700 })];
    expect(brief(proposeConsequences(history, 2025, policy))).toEqual(['ADMONISHMENT_TALK:v2']);
    expect(proposeConsequences(history, 2025, policy)[0].streakYears).toBe(1);
  });

  it('MGT-2 a year missing from history (not published) breaks the streak', () => {
    const history = [year(2022, { v1: 900, v2: 700 }), year(2023, { v1: 900, v2: 700 }), year(2025, { v1: 900, v2: 700 })];
    expect(brief(proposeConsequences(history, 2025, policy))).toEqual(['ADMONISHMENT_TALK:v2']);
  });

  it('MGT-2 a year in which the unit was not assessed breaks the streak', () => {
    const history = [year(2023, { v1: 900, v2: 700 }), year(2024, { v1: 900, v3: 700 }), year(2025, { v1: 900, v2: 700 })];
    expect(brief(proposeConsequences(history, 2025, policy))).toEqual(['ADMONISHMENT_TALK:v2']);
  });

  it('MGT-2 two units tied for last three years running: both get both proposals', () => {
    const history = [year(2023, { v1: 900, v2: 700, v3: 700 }), year(2024, { v1: 900, v2: 700, v3: 700 }), year(2025, { v1: 900, v2: 700, v3: 700 })];
    expect(brief(proposeConsequences(history, 2025, policy))).toEqual(['ADMONISHMENT_TALK:v2', 'REMOVAL:v2', 'ADMONISHMENT_TALK:v3', 'REMOVAL:v3']);
  });

  it('MGT-2 a fourth consecutive year proposes a removal again, with the last three years as evidence and the whole run as streakYears', () => {
    const history = [...threeYears, year(2026, { v1: 900, v2: 600 })];
    const proposals = proposeConsequences(history, 2026, policy);
    expect(brief(proposals)).toEqual(['ADMONISHMENT_TALK:v2', 'REMOVAL:v2']);
    expect(proposals[1].evidence.map((e) => e.year)).toEqual([2024, 2025, 2026]);
    expect(proposals[1].streakYears).toBe(4);
  });

  it('MGT-2 a unit that changed kind keeps its streak; each year is judged within that year\'s kind', () => {
    const history = [year(2023, { x: 700, v1: 900 }), year(2024, { x: 700, v1: 900 }), { year: 2025, rows: rankUnits([{ unitId: 'x', kind: UnitKind.COMMUNITY, total: 700 }, { unitId: 'c1', kind: UnitKind.COMMUNITY, total: 900 }]) }];
    const removal = proposeConsequences(history, 2025, policy).find((p) => p.kind === ConsequenceKind.REMOVAL);
    expect(removal?.evidence.map((e) => e.kind)).toEqual([UnitKind.VILLAGE, UnitKind.VILLAGE, UnitKind.COMMUNITY]);
  });

  it('MGT-2 removalStreakYears is a policy parameter (2 years)', () => {
    const history = threeYears.slice(1);
    expect(brief(proposeConsequences(history, 2025, effectivePolicy({ removalStreakYears: 2 })))).toEqual(['ADMONISHMENT_TALK:v2', 'REMOVAL:v2']);
  });

  it('MGT-2 removalStreakYears 1: every admonishment is accompanied by a removal', () => {
    expect(brief(proposeConsequences([year(2025, { v1: 900, v2: 700 })], 2025, effectivePolicy({ removalStreakYears: 1 })))).toEqual(['ADMONISHMENT_TALK:v2', 'REMOVAL:v2']);
  });
});

describe('MGT-2 streakOf', () => {
  const history = [year(2021, { v1: 900, v2: 700 }), year(2022, { v1: 700, v2: 900 }), year(2023, { v1: 900, v2: 700 }), year(2024, { v1: 900, v2: 790 })];

  it('MGT-2 the run of qualifying years ending with the year, oldest first', () => {
    expect(streakOf('v2', 2024, history, policy)).toEqual([
      { year: 2023, kind: UnitKind.VILLAGE, rank: 2, total: 700 },
      { year: 2024, kind: UnitKind.VILLAGE, rank: 2, total: 790 },
    ]);
    expect(streakOf('v2', 2021, history, policy).map((e) => e.year)).toEqual([2021]);
  });

  it('MGT-2 empty when the year itself does not qualify, is missing, or the unit is unknown', () => {
    expect(streakOf('v2', 2022, history, policy)).toEqual([]);
    expect(streakOf('v2', 2025, history, policy)).toEqual([]);
    expect(streakOf('nobody', 2024, history, policy)).toEqual([]);
    expect(streakOf('v2', 2024, [], policy)).toEqual([]);
  });
});

describe('MGT-2 / ASM-5 refusals', () => {
  it('ASM-5 the year being published must be in the history of published rankings (ConflictError)', () => {
    expect(() => proposeConsequences([year(2024, { v1: 900, v2: 700 })], 2025, policy)).toThrow(ConflictError);
  });

  it('MGT-2 a year listed twice, or a unit twice in a year, is refused (ValidationError)', () => {
    expect(() => proposeConsequences([year(2025, { v1: 900 }), year(2025, { v1: 800 })], 2025, policy)).toThrow(ValidationError);
    const row = { unitId: 'v1', kind: UnitKind.VILLAGE, total: 700, rank: 1, isLast: true };
    expect(() => proposeConsequences([{ year: 2025, rows: [row, row] }], 2025, policy)).toThrow(ValidationError);
    expect(() => streakOf('v1', 2025, [{ year: 2025, rows: [row, row] }], policy)).toThrow(ValidationError);
  });

  it('MGT-2 removalStreakYears must be a whole number of at least 1', () => {
    const history = [year(2025, { v1: 900, v2: 700 })];
    expect(() => proposeConsequences(history, 2025, effectivePolicy({ removalStreakYears: 0 }))).toThrow(ValidationError);
    expect(() => proposeConsequences(history, 2025, effectivePolicy({ removalStreakYears: 2.5 }))).toThrow(ValidationError);
    expect(() => streakOf('v2', 2025, history, effectivePolicy({ lastPlaceThreshold: Number.NaN }))).toThrow(ValidationError);
  });
});
