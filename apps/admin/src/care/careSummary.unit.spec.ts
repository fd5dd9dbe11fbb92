import { describe, expect, it } from 'vitest';
import { careSummary } from './careSummary';

describe('PAY-5 the care list in figures', () => {
  it('counts the overdue items of the rows and all items due, from the API\'s count when there is one', () => {
    const rows = [{ overdue: true }, { overdue: true }, { overdue: false }];
    expect(careSummary(rows)).toEqual({ overdue: 2, due: 3 });
    expect(careSummary(rows, 12_400)).toEqual({ overdue: 2, due: 12_400 });
  });
});
