import { describe, expect, it } from 'vitest';
import { UnitKind } from '../org/unit';
import { defaultPolicy, effectivePolicy } from '../policy/parameters';
import { ValidationError } from '../shared/errors';
import { realisationAward, targetAwardUnits } from './awards';
import { rankUnits, type UnitTotal } from './ranking';

const policy = defaultPolicy;

/** Ranks totals: ids starting with c are communities, the others villages. */
function ranked(totals: Record<string, number>) {
  const rows: UnitTotal[] = Object.entries(totals).map(([unitId, total]) => ({ unitId, kind: unitId.startsWith('c') ? UnitKind.COMMUNITY : UnitKind.VILLAGE, total }));
  return rankUnits(rows);
}

const ids = (rows: { unitId: string }[]): string[] => rows.map((r) => r.unitId);

describe('PAY-4 targetAwardUnits: top 3 villages and top 2 communities', () => {
  it('PAY-4 without ties: exactly 3 villages and 2 communities, each with the minimum amount', () => {
    const awarded = targetAwardUnits(ranked({ v1: 990, v2: 980, v3: 970, v4: 960, v5: 950, c1: 900, c2: 890, c3: 880 }), policy);
    expect(ids(awarded)).toEqual(['v1', 'v2', 'v3', 'c1', 'c2']);
    expect(awarded.every((a) => a.minimumAmount === defaultPolicy.targetAwardMinimum)).toBe(true);
    expect(awarded[0]).toEqual({ unitId: 'v1', kind: UnitKind.VILLAGE, rank: 1, total: 990, minimumAmount: defaultPolicy.targetAwardMinimum });
  });

  it('PAY-4 a tie at third place among villages: 4 villages are awarded when 2 tie for 3rd', () => {
    const awarded = targetAwardUnits(ranked({ v1: 990, v2: 980, v3: 970, v4: 970, v5: 960 }), policy);
    expect(ids(awarded)).toEqual(['v1', 'v2', 'v3', 'v4']);
    expect(awarded.map((a) => a.rank)).toEqual([1, 2, 3, 3]);
  });

  it('PAY-4 a tie at second place (1, 2, 2, 4): 3 villages, the 4th is out', () => {
    expect(ids(targetAwardUnits(ranked({ v1: 990, v2: 980, v3: 980, v4: 970 }), policy))).toEqual(['v1', 'v2', 'v3']);
  });

  it('PAY-4 a tie at second place among communities: 3 communities awarded', () => {
    expect(ids(targetAwardUnits(ranked({ c1: 990, c2: 980, c3: 980, c4: 970 }), policy))).toEqual(['c1', 'c2', 'c3']);
  });

  it('PAY-4 villages and communities are separate: a community scoring more than every village does not take a village place', () => {
    const awarded = targetAwardUnits(ranked({ v1: 700, v2: 690, v3: 680, v4: 670, c1: 999, c2: 998, c3: 997 }), policy);
    expect(ids(awarded)).toEqual(['v1', 'v2', 'v3', 'c1', 'c2']);
  });

  it('PAY-4 fewer units than places: all are awarded', () => {
    expect(ids(targetAwardUnits(ranked({ v1: 900, v2: 800, c1: 700 }), policy))).toEqual(['v1', 'v2', 'c1']);
  });

  it('PAY-4 places and minimum amount are policy parameters; 0 places awards none of that kind', () => {
    const custom = effectivePolicy({ targetAwardTopVillages: 1, targetAwardTopCommunities: 0, targetAwardMinimum: 8000 });
    const awarded = targetAwardUnits(ranked({ v1: 990, v2: 980, c1: 990 }), custom);
    expect(awarded).toEqual([{ unitId: 'v1', kind: UnitKind.VILLAGE, rank: 1, total: 990, minimumAmount: 8000 }]);
  });

  it('PAY-4 the order is villages then communities by rank, whatever the input order', () => {
    const rows = ranked({ c1: 990, c2: 980, v1: 990, v2: 980, v3: 970 }).reverse();
    expect(ids(targetAwardUnits(rows, policy))).toEqual(['v1', 'v2', 'v3', 'c1', 'c2']);
  });

  it('PAY-4 an empty ranking awards nobody', () => {
    expect(targetAwardUnits([], policy)).toEqual([]);
  });
});

describe('PAY-3 realisationAward: linear in the thousand-point total', () => {
  it('PAY-3 3000 yuan at 1000 points by default, proportional below', () => {
    expect(defaultPolicy.realisationAwardAtFull).toBe(3000);
    expect(realisationAward(1000, policy)).toBe(3000);
    expect(realisationAward(800, policy)).toBe(2400);
    expect(realisationAward(873.5, policy)).toBe(2620.5);
    expect(realisationAward(0, policy)).toBe(0);
  });

  it('PAY-3 the amount is rounded to the cent, half up', () => {
    expect(realisationAward(333.333, effectivePolicy({ realisationAwardAtFull: 1000 }))).toBe(333.33);
    expect(realisationAward(0.005, effectivePolicy({ realisationAwardAtFull: 1000 }))).toBe(0.01);
    expect(realisationAward(777.77, policy)).toBe(2333.31);
  });

  it('PAY-3 by default (minimum score 0) every total is paid', () => {
    expect(defaultPolicy.realisationAwardMinScore).toBe(0);
    expect(realisationAward(1, policy)).toBe(3);
  });

  it('PAY-3 below the minimum score nothing is paid; exactly at it the linear amount is paid', () => {
    const withFloor = effectivePolicy({ realisationAwardMinScore: 600 });
    expect(realisationAward(599.5, withFloor)).toBe(0);
    expect(realisationAward(600, withFloor)).toBe(1800);
    expect(realisationAward(900, withFloor)).toBe(2700);
  });

  it('PAY-3 a total outside 0..1000 is refused with a ValidationError on "total"', () => {
    expect(() => realisationAward(1000.5, policy)).toThrow(ValidationError);
    expect(() => realisationAward(-1, policy)).toThrow(ValidationError);
    expect(() => realisationAward(Number.NaN, policy)).toThrow(ValidationError);
  });

  it('PAY-3 a negative amount at full marks is refused', () => {
    expect(() => realisationAward(900, effectivePolicy({ realisationAwardAtFull: -1 }))).toThrow(ValidationError);
  });
});
