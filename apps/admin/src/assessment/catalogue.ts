import { ASSESSMENT_FULL_MARKS, SCORE_EPSILON } from '@liangwei/domain';
import { roundPoints } from './scoreGrid';

/** ASM-1 Where a catalogue stands against the thousand points it must total before publishing. */
export interface CatalogueStatus {
  total: number;
  /** points still to allot (negative: too many) */
  remaining: number;
  state: 'complete' | 'short' | 'over';
}

export function catalogueStatus(maxPoints: readonly number[]): CatalogueStatus {
  const total = roundPoints(maxPoints.reduce((sum, p) => sum + p, 0));
  const remaining = roundPoints(ASSESSMENT_FULL_MARKS - total);
  const state = Math.abs(remaining) <= SCORE_EPSILON ? 'complete' : remaining > 0 ? 'short' : 'over';
  return { total, remaining, state };
}

/** ASM-1 The latest earlier year with a catalogue, to copy from ("copy from last year"); null when none. */
export function previousCatalogueYear(years: readonly { year: number; catalogueTotal?: number | null }[], year: number): number | null {
  const earlier = years.filter((y) => y.year < year && (y.catalogueTotal ?? 0) > 0).map((y) => y.year);
  return earlier.length ? Math.max(...earlier) : null;
}

/** The sort order of an indicator added at the end. */
export function nextSortOrder(indicators: readonly { sortOrder?: number | null }[]): number {
  return indicators.reduce((max, i) => Math.max(max, i.sortOrder ?? 0), 0) + 1;
}
