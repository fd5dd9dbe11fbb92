import { describe, expect, it } from 'vitest';
import { accessQuestion } from './access';
import { monthOf, pageRows, yearOf } from './ruleQueries';

const rows = [
  { id: 'u1', unit: { name: '王家湾村' }, compliant: false, teamSize: 9 },
  { id: 'u2', unit: { name: '白沙洲村' }, compliant: true, teamSize: 12 },
  { id: 'u3', unit: { name: '柳树店村' }, compliant: false, teamSize: 8 },
];

describe('rule queries as list resources', () => {
  it('keeps the API order without a sort (RES-4: non-compliant units first) and pages on the client', () => {
    expect(pageRows(rows, { pagination: { page: 1, perPage: 2 }, sort: { field: 'id', order: 'ASC' } })).toEqual({ data: rows.slice(0, 2), total: 3 });
    expect(pageRows(rows, { pagination: { page: 2, perPage: 2 }, sort: { field: 'id', order: 'ASC' } }).data.map((r) => r.id)).toEqual(['u3']);
  });

  it('sorts numbers, booleans and nested text', () => {
    expect(pageRows(rows, { sort: { field: 'teamSize', order: 'DESC' } }).data.map((r) => r.teamSize)).toEqual([12, 9, 8]);
    expect(pageRows(rows, { sort: { field: 'compliant', order: 'DESC' } }).data[0]!.id).toBe('u2');
    expect(pageRows(rows, { sort: { field: 'unit.name', order: 'ASC' } }).data).toHaveLength(3);
  });

  it('takes the year of a filter from a number or the URL, else this year', () => {
    expect(yearOf(2025)).toBe(2025);
    expect(yearOf('2024')).toBe(2024);
    expect(yearOf(undefined, '2026-11-26')).toBe(2026);
    expect(yearOf('soon', '2026-11-26')).toBe(2026);
  });

  it('ROLE-1..4 asks the access rule about the resource the API checks, and lets nobody write a rule query', () => {
    expect(accessQuestion('reserveCompliance', 'list')).toEqual({ resource: 'reserveCandidates', action: 'list' });
    expect(accessQuestion('successionGaps', 'show')).toEqual({ resource: 'successionPairs', action: 'list' });
    expect(accessQuestion('cadreWarnings', 'export')).toEqual({ resource: 'cadres', action: 'list' });
    expect(accessQuestion('trainingHours', 'create')).toBeNull();
    expect(accessQuestion('cadres', 'edit')).toEqual({ resource: 'cadres', action: 'edit' });
  });

  it('ASM-2 / PAY / TGT-6 reads the new rule queries like their sources, and writes none of them', () => {
    expect(accessQuestion('assessmentRanking', 'list')).toEqual({ resource: 'assessmentYears', action: 'list' });
    expect(accessQuestion('careDue', 'list')).toEqual({ resource: 'careEvents', action: 'list' });
    expect(accessQuestion('threeLinks', 'show')).toEqual({ resource: 'cadres', action: 'list' });
    // the parameters are changed with setPolicyParameter, which asks the domain rule itself
    expect(accessQuestion('policyParameters', 'edit')).toBeNull();
  });

  it('takes a month of a filter only as YYYY-MM', () => {
    expect(monthOf('2026-10')).toBe('2026-10');
    expect(monthOf('2026-13')).toBeNull();
    expect(monthOf(undefined)).toBeNull();
  });
});
