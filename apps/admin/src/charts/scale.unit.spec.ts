import { describe, expect, it } from 'vitest';
import { linearScale, niceTicks, trendDomain } from './scale';

describe('chart scales', () => {
  it('maps a domain onto a range', () => {
    const x = linearScale([0, 1000], [100, 600]);
    expect(x(0)).toBe(100);
    expect(x(800)).toBe(500);
    expect(linearScale([5, 5], [0, 10])(5)).toBe(0);
  });

  it('gives round ticks', () => {
    expect(niceTicks(0, 1000, 5)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(niceTicks(750, 1000, 5)).toEqual([750, 800, 850, 900, 950, 1000]);
    expect(niceTicks(3, 3)).toEqual([3]);
  });

  it('shows a trend from below its lowest total and the 800 line up to 1000', () => {
    expect(trendDomain([785, 790.5, 772], 800)).toEqual([700, 1000]);
    expect(trendDomain([930, 958], 800)).toEqual([750, 1000]);
    expect(trendDomain([930], null)).toEqual([900, 1000]);
  });
});
