import { describe, expect, it } from 'vitest';
import { allowanceSummary, paySummary } from './paySummary';

describe('PAY-1 the pay report in figures', () => {
  it('counts the records below their floor and sums their shortfall', () => {
    expect(paySummary([{ belowFloor: true, shortfall: 1200.4 }, { belowFloor: false, shortfall: 0 }, { belowFloor: true, shortfall: 300 }])).toEqual({ below: 2, shortfall: 1500.4, floorKnown: true });
    expect(paySummary([{ belowFloor: null, shortfall: null }])).toEqual({ below: 0, shortfall: 0, floorKnown: false });
  });

  it('takes the number below their floor from the API\'s count, and knows the floor from a page of the report', () => {
    expect(paySummary([{ belowFloor: true, shortfall: 100 }], { below: 1500 })).toEqual({ below: 1500, shortfall: 100, floorKnown: true });
    expect(paySummary([], { below: 0, rows: [{ belowFloor: false, shortfall: 0 }] })).toEqual({ below: 0, shortfall: 0, floorKnown: true });
    expect(paySummary([], { below: 0, rows: [{ belowFloor: null, shortfall: null }] })).toEqual({ below: 0, shortfall: 0, floorKnown: false });
  });
});

describe('PAY-2 the allowance report in figures', () => {
  it('counts the months paid, failed and not checked', () => {
    const rows = [
      { due: true, amount: 200, reason: 'PASSED' },
      { due: false, amount: 0, reason: 'FAILED' },
      { due: false, amount: 0, reason: 'NOT_CHECKED' },
      { due: true, amount: 200, reason: 'PASSED' },
    ];
    expect(allowanceSummary(rows)).toEqual({ due: 2, amount: 400, failed: 1, notChecked: 1 });
  });
});
