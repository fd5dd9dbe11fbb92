import { UnitKind } from '../org/unit';
import { Problems } from '../shared/errors';
import { checkUnitTotal, SCORE_EPSILON } from './catalogue';

/** ASM-3 A unit's total for one assessment year. */
export interface UnitTotal {
  unitId: string;
  kind: UnitKind;
  total: number;
}

/** ASM-3 A unit's place among the units of its kind in one year. */
export interface RankedRow extends UnitTotal {
  /** Competition rank (1, 2, 2, 4) among the units of the same kind. */
  rank: number;
  /** 末位: the rank is the lowest rank of its kind (every unit tied at the bottom is last). */
  isLast: boolean;
}

/** Equal totals (within SCORE_EPSILON) get the same key, so ties survive floating-point noise. */
function scoreKey(total: number): number {
  return Math.round(total / SCORE_EPSILON);
}

const KIND_ORDER: readonly UnitKind[] = Object.values(UnitKind);

/**
 * ASM-3 Ranks a year's units within each kind separately (villages among villages, communities
 * among communities): ordered by total, highest first; competition ranking for ties (1, 2, 2, 4:
 * a tied group shares the best rank and the next unit's rank counts every unit above it); totals
 * that differ by less than SCORE_EPSILON are a tie. "Last" (末位) is the lowest rank of the kind,
 * so every unit tied at the bottom is last, a kind with a single unit has it as rank 1 and last,
 * and when every unit of a kind ties, all are rank 1 and all are last.
 * The result lists villages, then communities, each by rank then unitId (stable for ties).
 * Refuses (ValidationError) a unit listed twice or a total outside 0..1000.
 */
export function rankUnits(rows: readonly UnitTotal[]): RankedRow[] {
  const problems = new Problems();
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (seen.has(row.unitId)) problems.add(`rows[${i}].unitId`, `unit ${row.unitId} is listed twice`, `单位 ${row.unitId} 重复列出`);
    seen.add(row.unitId);
    problems.check(KIND_ORDER.includes(row.kind), `rows[${i}].kind`, 'must be VILLAGE or COMMUNITY', '单位类型须为村或社区');
    checkUnitTotal(row.total, problems, `rows[${i}].total`);
  });
  problems.throwIfAny();

  const ranked: RankedRow[] = [];
  for (const kind of KIND_ORDER) {
    const ofKind = rows
      .filter((row) => row.kind === kind)
      .sort((a, b) => scoreKey(b.total) - scoreKey(a.total) || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
    let rank = 0;
    const ranks = ofKind.map((row, i) => {
      if (i === 0 || scoreKey(row.total) !== scoreKey(ofKind[i - 1].total)) rank = i + 1;
      return rank;
    });
    const lowest = ranks.length > 0 ? ranks[ranks.length - 1] : 0;
    ofKind.forEach((row, i) => {
      ranked.push({ unitId: row.unitId, kind: row.kind, total: row.total, rank: ranks[i], isLast: ranks[i] === lowest });
    });
  }
  return ranked;
}
