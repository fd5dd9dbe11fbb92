import { UnitKind } from '../org/unit';
import { roundYuan } from '../pay/money';
import type { PolicyValues } from '../policy/parameters';
import { ASSESSMENT_FULL_MARKS, checkUnitTotal, SCORE_EPSILON } from './catalogue';
import type { RankedRow } from './ranking';

/** PAY-4 A unit whose main leader(s) get the year-end target assessment award (目标考核奖). */
export interface TargetAwardUnit {
  unitId: string;
  kind: UnitKind;
  rank: number;
  total: number;
  /** The award is at least this much (yuan), per main leader: the yearly "XX元". */
  minimumAmount: number;
}

export type TargetAwardPolicy = Pick<PolicyValues, 'targetAwardTopVillages' | 'targetAwardTopCommunities' | 'targetAwardMinimum'>;

/**
 * PAY-4 The units whose main leaders get the target assessment award: villages ranked within the
 * top `targetAwardTopVillages` (3) and communities within the top `targetAwardTopCommunities` (2)
 * of a published year's ranking (ASM-3). Because the ranking is a competition ranking, ties at
 * the boundary all qualify: rank <= 3 lets 4 villages in when two tie for 3rd (1, 2, 3, 3), and
 * only 3 when two tie for 2nd (1, 2, 2, 4). Each carries `minimumAmount` = `targetAwardMinimum`
 * (the award is "不低于" that: at least). Which people are the main leaders (ORG-4,
 * `mainLeaderIncludesDirector`) is decided by the caller. Order: villages, then communities, by
 * rank then unitId.
 */
export function targetAwardUnits(ranked: readonly RankedRow[], policy: TargetAwardPolicy): TargetAwardUnit[] {
  const top: Record<UnitKind, number> = { VILLAGE: policy.targetAwardTopVillages, COMMUNITY: policy.targetAwardTopCommunities };
  const order: UnitKind[] = Object.values(UnitKind);
  return ranked
    .filter((row) => row.rank <= top[row.kind])
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.rank - b.rank || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0))
    .map((row) => ({ unitId: row.unitId, kind: row.kind, rank: row.rank, total: row.total, minimumAmount: policy.targetAwardMinimum }));
}

export type RealisationAwardPolicy = Pick<PolicyValues, 'realisationAwardAtFull' | 'realisationAwardMinScore'>;

/**
 * PAY-3 The assessment realisation award (考核兑现奖) of a cadre whose unit scored `total` in the
 * thousand-point assessment. The formula is linear (the spec's default): amount =
 * `realisationAwardAtFull` × total / 1000, rounded to the cent (half up): 3000 yuan at 1000 points,
 * 2620.50 at 873.5. Below `realisationAwardMinScore` nothing is paid; a total exactly at it is paid
 * (default 0: every total is paid). Refuses (ValidationError on 'total') a total outside 0..1000.
 */
export function realisationAward(total: number, policy: RealisationAwardPolicy): number {
  const problems = checkUnitTotal(total);
  problems.check(Number.isFinite(policy.realisationAwardAtFull) && policy.realisationAwardAtFull >= 0, 'realisationAwardAtFull', 'must be an amount of at least 0', '满分对应的考核兑现奖金额不能小于 0');
  problems.throwIfAny();
  if (total < policy.realisationAwardMinScore - SCORE_EPSILON) return 0;
  return roundYuan((policy.realisationAwardAtFull * Math.min(Math.max(total, 0), ASSESSMENT_FULL_MARKS)) / ASSESSMENT_FULL_MARKS);
}
