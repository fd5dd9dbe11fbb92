import { describe, expect, it } from 'vitest';
import { catalogueStatus, nextSortOrder, previousCatalogueYear } from './catalogue';

describe('ASM-1 the catalogue against 1000 points', () => {
  it('says how many points are left to allot, or how many too many', () => {
    expect(catalogueStatus([200, 200, 150, 150, 100, 100, 100])).toEqual({ total: 1000, remaining: 0, state: 'complete' });
    expect(catalogueStatus([200, 650.5])).toEqual({ total: 850.5, remaining: 149.5, state: 'short' });
    expect(catalogueStatus([600, 400.5])).toEqual({ total: 1000.5, remaining: -0.5, state: 'over' });
    expect(catalogueStatus([0.1, 0.2, 999.7]).state).toBe('complete');
    expect(catalogueStatus([])).toEqual({ total: 0, remaining: 1000, state: 'short' });
  });

  it('copies from the latest earlier year that has a catalogue', () => {
    const years = [{ year: 2026, catalogueTotal: 0 }, { year: 2024, catalogueTotal: 1000 }, { year: 2025, catalogueTotal: 1000 }, { year: 2027, catalogueTotal: 1000 }];
    expect(previousCatalogueYear(years, 2026)).toBe(2025);
    expect(previousCatalogueYear(years, 2024)).toBeNull();
  });

  it('adds an indicator after the last one', () => {
    expect(nextSortOrder([{ sortOrder: 3 }, { sortOrder: 7 }])).toBe(8);
    expect(nextSortOrder([])).toBe(1);
  });
});
