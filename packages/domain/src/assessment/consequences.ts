import { UnitKind } from '../org/unit';
import type { PolicyValues } from '../policy/parameters';
import { ConflictError, Problems } from '../shared/errors';
import type { Labels } from '../shared/labels';
import { SCORE_EPSILON } from './catalogue';
import type { RankedRow } from './ranking';

/** MGT-2 What the assessment result entails for a unit's main leader. */
export const ConsequenceKind = { ADMONISHMENT_TALK: 'ADMONISHMENT_TALK', REMOVAL: 'REMOVAL' } as const;
export type ConsequenceKind = (typeof ConsequenceKind)[keyof typeof ConsequenceKind];
export const consequenceKindLabels: Labels<ConsequenceKind> = {
  ADMONISHMENT_TALK: { zh: '诫勉谈话', en: 'Admonishment talk' },
  REMOVAL: { zh: '免职', en: 'Removal from post' },
};

/** MGT-2 The system proposes; a subdistrict admin confirms or dismisses. */
export const ConsequenceStatus = { PROPOSED: 'PROPOSED', CONFIRMED: 'CONFIRMED', DISMISSED: 'DISMISSED' } as const;
export type ConsequenceStatus = (typeof ConsequenceStatus)[keyof typeof ConsequenceStatus];
export const consequenceStatusLabels: Labels<ConsequenceStatus> = {
  PROPOSED: { zh: '待确认', en: 'Proposed' },
  CONFIRMED: { zh: '已确认', en: 'Confirmed' },
  DISMISSED: { zh: '已驳回', en: 'Dismissed' },
};

/** ASM-5 The ranking of a published year (drafts are never passed in: they change nothing). */
export interface PublishedRanking {
  year: number;
  rows: readonly RankedRow[];
}

/** MGT-2 One year in which a unit was last in its kind with a total at or below the threshold. */
export interface LastPlaceEvidence {
  year: number;
  kind: UnitKind;
  rank: number;
  total: number;
}

/** MGT-2 A consequence the system proposes (status PROPOSED) for the main leader of a unit. */
export interface ConsequenceProposal {
  kind: ConsequenceKind;
  unitId: string;
  unitKind: UnitKind;
  /** The assessment year whose publication produced the proposal. */
  year: number;
  /**
   * The years that justify it, oldest first: the year itself for an admonishment talk; the
   * `removalStreakYears` consecutive years ending with it for a removal.
   */
  evidence: LastPlaceEvidence[];
  /** Consecutive years, ending with `year`, in which the unit was last with total <= threshold. */
  streakYears: number;
}

export type ConsequencePolicy = Pick<PolicyValues, 'lastPlaceThreshold' | 'removalStreakYears'>;

/**
 * MGT-2 A unit's result in a year calls for a consequence when it is last (末位) in its kind and
 * its total is "800分以下", which includes 800 itself (Chinese legal convention: 以下 includes the
 * number): 800 counts, 800.5 does not. Totals within SCORE_EPSILON of the threshold count as on it.
 * A kind with a single unit makes that unit last (ASM-3), so it is judged by its total alone.
 */
export function isLastPlaceFailure(row: Pick<RankedRow, 'isLast' | 'total'>, policy: Pick<PolicyValues, 'lastPlaceThreshold'>): boolean {
  return row.isLast && row.total <= policy.lastPlaceThreshold + SCORE_EPSILON;
}

type HistoryIndex = Map<number, Map<string, RankedRow>>;

function checkPolicy(policy: ConsequencePolicy): void {
  new Problems()
    .check(Number.isFinite(policy.lastPlaceThreshold), 'lastPlaceThreshold', 'a number is required', '末位处理分数线须为数字')
    .check(Number.isInteger(policy.removalStreakYears) && policy.removalStreakYears >= 1, 'removalStreakYears', 'a whole number of at least 1 is required', '连续末位免职年数须为不小于 1 的整数')
    .throwIfAny();
}

/** Years and units of the history by key; a year listed twice or a unit twice in a year is refused. */
function indexHistory(history: readonly PublishedRanking[]): HistoryIndex {
  const problems = new Problems();
  const index: HistoryIndex = new Map();
  history.forEach((ranking, i) => {
    if (!Number.isInteger(ranking.year)) problems.add(`history[${i}].year`, 'a whole year is required', '年度须为整数');
    else if (index.has(ranking.year)) problems.add(`history[${i}].year`, `year ${ranking.year} is listed twice`, `${ranking.year} 年度重复列出`);
    const rows = new Map<string, RankedRow>();
    ranking.rows.forEach((row, j) => {
      if (rows.has(row.unitId)) problems.add(`history[${i}].rows[${j}].unitId`, `unit ${row.unitId} is listed twice in ${ranking.year}`, `单位 ${row.unitId} 在 ${ranking.year} 年度重复列出`);
      else rows.set(row.unitId, row);
    });
    if (!index.has(ranking.year)) index.set(ranking.year, rows);
  });
  problems.throwIfAny();
  return index;
}

function evidenceOf(year: number, row: RankedRow): LastPlaceEvidence {
  return { year, kind: row.kind, rank: row.rank, total: row.total };
}

function streakIn(unitId: string, year: number, index: HistoryIndex, policy: ConsequencePolicy): LastPlaceEvidence[] {
  const streak: LastPlaceEvidence[] = [];
  for (let y = year; ; y -= 1) {
    const row = index.get(y)?.get(unitId);
    if (!row || !isLastPlaceFailure(row, policy)) break;
    streak.unshift(evidenceOf(y, row));
  }
  return streak;
}

/**
 * MGT-2 The unbroken run of years, ending with `year`, in which the unit was last in its kind
 * with a total at or below the threshold, oldest first (its length is the streak; empty when
 * `year` itself does not count). A year breaks the run when the unit was not last, scored above
 * the threshold, was not assessed, or the year is missing from `history` (not published: ASM-5).
 * The unit's kind may differ between years; each year is judged within that year's kind.
 */
export function streakOf(unitId: string, year: number, history: readonly PublishedRanking[], policy: ConsequencePolicy): LastPlaceEvidence[] {
  checkPolicy(policy);
  return streakIn(unitId, year, indexHistory(history), policy);
}

/**
 * MGT-2 Proposals (status PROPOSED, for a subdistrict admin to confirm) when `year` is published.
 * `history` holds the published years, including `year` itself (ConflictError if it is missing).
 * For every unit last in its kind with a total <= `lastPlaceThreshold` (inclusive) in `year`:
 * an ADMONISHMENT_TALK (诫勉谈话) with its main leader; and when that held in
 * `removalStreakYears` consecutive years ending with `year` (see streakOf), also a REMOVAL (免职).
 * Decision: the removal ACCOMPANIES the admonishment talk of the same year, it does not replace
 * it — the year's result calls for the talk on its own, and the admin may dismiss either. A run
 * longer than `removalStreakYears` proposes a removal again each further year (the condition
 * holds again); the evidence of a removal is the last `removalStreakYears` years, and
 * `streakYears` tells the whole run. Villages and communities are judged separately (ASM-3).
 * Order: villages then communities as ranked in `year`, by unitId, the talk before the removal.
 */
export function proposeConsequences(history: readonly PublishedRanking[], year: number, policy: ConsequencePolicy): ConsequenceProposal[] {
  checkPolicy(policy);
  const index = indexHistory(history);
  const rows = index.get(year);
  if (!rows) throw new ConflictError(`Year ${year} has no published ranking; consequences follow only from a published assessment.`, `${year} 年度考核排名尚未公布，结果运用须以已公布的考核结果为依据`);

  const kindOrder: UnitKind[] = Object.values(UnitKind);
  const failing = [...rows.values()]
    .filter((row) => isLastPlaceFailure(row, policy))
    .sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));

  const proposals: ConsequenceProposal[] = [];
  for (const row of failing) {
    const streak = streakIn(row.unitId, year, index, policy);
    proposals.push({ kind: ConsequenceKind.ADMONISHMENT_TALK, unitId: row.unitId, unitKind: row.kind, year, evidence: [evidenceOf(year, row)], streakYears: streak.length });
    if (streak.length >= policy.removalStreakYears) {
      proposals.push({ kind: ConsequenceKind.REMOVAL, unitId: row.unitId, unitKind: row.kind, year, evidence: streak.slice(-policy.removalStreakYears), streakYears: streak.length });
    }
  }
  return proposals;
}
