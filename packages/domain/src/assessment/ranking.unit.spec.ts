import { describe, expect, it } from 'vitest';
import { UnitKind } from '../org/unit';
import { ValidationError } from '../shared/errors';
import { rankUnits, type UnitTotal } from './ranking';

const village = (unitId: string, total: number): UnitTotal => ({ unitId, kind: UnitKind.VILLAGE, total });
const community = (unitId: string, total: number): UnitTotal => ({ unitId, kind: UnitKind.COMMUNITY, total });

/** unitId → [rank, isLast], for compact assertions. */
function summary(rows: UnitTotal[]): Record<string, [number, boolean]> {
  return Object.fromEntries(rankUnits(rows).map((r) => [r.unitId, [r.rank, r.isLast]]));
}

describe('ASM-3 rankUnits: competition ranking per kind', () => {
  it('ASM-3 competition ranking 1, 2, 2, 4: a tied pair shares rank 2 and the next unit is 4th', () => {
    const ranked = rankUnits([village('a', 950), village('b', 900), village('c', 900), village('d', 850)]);
    expect(ranked.map((r) => [r.unitId, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('ASM-3 units are ordered by total, highest first, whatever the input order', () => {
    const ranked = rankUnits([village('low', 700), village('high', 990), village('mid', 850)]);
    expect(ranked.map((r) => r.unitId)).toEqual(['high', 'mid', 'low']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it('ASM-3 ties are listed in a stable order (by unitId), whatever the input order', () => {
    const a = rankUnits([village('v3', 900), village('v1', 900), village('v2', 900)]);
    const b = rankUnits([village('v2', 900), village('v3', 900), village('v1', 900)]);
    expect(a.map((r) => r.unitId)).toEqual(['v1', 'v2', 'v3']);
    expect(b).toEqual(a);
  });

  it('ASM-3 villages and communities are ranked separately: each kind has its own rank 1 and its own last', () => {
    const result = summary([village('v1', 900), village('v2', 700), community('c1', 650), community('c2', 980), community('c3', 800)]);
    expect(result).toEqual({
      v1: [1, false],
      v2: [2, true],
      c2: [1, false],
      c3: [2, false],
      c1: [3, true],
    });
  });

  it('ASM-3 villages are listed before communities, each by rank', () => {
    const ranked = rankUnits([community('c1', 900), village('v1', 500), community('c2', 950), village('v2', 600)]);
    expect(ranked.map((r) => r.unitId)).toEqual(['v2', 'v1', 'c2', 'c1']);
  });

  it('ASM-3 last (末位) is the lowest rank: one unit alone at the bottom is last, no one else', () => {
    expect(summary([village('a', 900), village('b', 850), village('c', 700)])).toEqual({ a: [1, false], b: [2, false], c: [3, true] });
  });

  it('ASM-3 two units tied for last are both last, with the same rank', () => {
    expect(summary([village('a', 900), village('b', 750), village('c', 750)])).toEqual({ a: [1, false], b: [2, true], c: [2, true] });
  });

  it('ASM-3 a kind with a single unit: it is rank 1 and last', () => {
    expect(summary([village('v1', 900), village('v2', 800), community('only', 990)])).toEqual({ v1: [1, false], v2: [2, true], only: [1, true] });
  });

  it('ASM-3 when all units of a kind tie, all are rank 1 and all are last', () => {
    expect(summary([village('a', 800), village('b', 800), village('c', 800)])).toEqual({ a: [1, true], b: [1, true], c: [1, true] });
  });

  it('ASM-3 totals that differ only by floating-point noise are a tie', () => {
    const ranked = rankUnits([village('a', 0.1 + 0.2 + 799.7), village('b', 800), village('c', 900)]);
    expect(ranked.map((r) => [r.unitId, r.rank])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 2],
    ]);
  });

  it('ASM-3 half a point is a real difference', () => {
    expect(summary([village('a', 800.5), village('b', 800)])).toEqual({ a: [1, false], b: [2, true] });
  });

  it('ASM-3 no rows: an empty ranking; a missing kind simply has no rows', () => {
    expect(rankUnits([])).toEqual([]);
    expect(rankUnits([village('v', 900)]).map((r) => r.kind)).toEqual([UnitKind.VILLAGE]);
  });

  it('ASM-3 the result keeps unitId, kind and total and does not change the input', () => {
    const input = [village('b', 700), village('a', 900)];
    const copy = structuredClone(input);
    expect(rankUnits(input)).toEqual([
      { unitId: 'a', kind: UnitKind.VILLAGE, total: 900, rank: 1, isLast: false },
      { unitId: 'b', kind: UnitKind.VILLAGE, total: 700, rank: 2, isLast: true },
    ]);
    expect(input).toEqual(copy);
  });

  it('ASM-3 a unit listed twice, or a total outside 0..1000, is refused with a ValidationError naming the row', () => {
    expect(() => rankUnits([village('a', 900), village('a', 800)])).toThrow(ValidationError);
    try {
      rankUnits([village('a', 900), village('a', 800), village('b', 1000.5), village('c', -1)]);
      expect.unreachable('rankUnits should throw');
    } catch (error) {
      expect((error as ValidationError).fields).toEqual(['rows[1].unitId', 'rows[2].total', 'rows[3].total']);
    }
  });

  it('ASM-3 an unknown kind is refused', () => {
    expect(() => rankUnits([{ unitId: 'x', kind: 'TOWN' as UnitKind, total: 900 }])).toThrow(ValidationError);
  });
});
