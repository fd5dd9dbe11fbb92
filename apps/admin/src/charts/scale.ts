/** Small helpers for the console's SVG charts (no chart library: a few bars and lines). */

/** A linear map from `domain` to `range`. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): (value: number) => number {
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** Round tick values ("nice" steps of 1, 2 or 5 × 10^n) covering `min`..`max`, about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return ticks;
}

/**
 * The vertical range of a trend of totals: from a round number below the lowest value (and the
 * threshold, so that its line shows) up to `top` (1000 points).
 */
export function trendDomain(values: readonly number[], threshold: number | null, top = 1000, step = 50): [number, number] {
  const lowest = Math.min(...values, ...(threshold != null ? [threshold] : []), top);
  const bottom = Math.max(0, Math.floor((lowest - step / 2) / step) * step);
  return [bottom, top];
}
