import { afterEach, describe, expect, it, vi } from 'vitest';
import { accessQuestion } from './access';
import { apiPageOf, getRuleQueryList, isPagedRuleQuery, isRuleQuery, monthOf, pageRows, yearOf } from './ruleQueries';

/** The API answering `data` to every request; the requests sent, as { query, variables }. */
function apiAnswering(data: Record<string, unknown>): { query: string; variables: Record<string, unknown> }[] {
  const sent: { query: string; variables: Record<string, unknown> }[] = [];
  vi.stubGlobal('fetch', async (_url: unknown, init?: RequestInit) => {
    sent.push(JSON.parse(String(init?.body)));
    return new Response(JSON.stringify({ data }), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  return sent;
}

const unit = (id: string, name: string) => ({ id, name, kind: 'VILLAGE' });
const gap = (id: string, u: ReturnType<typeof unit>) => ({ id, name: '书记', title: 'PARTY_SECRETARY', unitId: u.id, isMainLeader: true, unit: u });

const rows = [
  { id: 'u1', unit: { name: '王家湾村' }, compliant: false, teamSize: 9 },
  { id: 'u2', unit: { name: '白沙洲村' }, compliant: true, teamSize: 12 },
  { id: 'u3', unit: { name: '柳树店村' }, compliant: false, teamSize: 8 },
];

describe('rule queries paged and counted by the API', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks for the API page (zero-based) of react-admin\'s page, and at most 1000 rows', () => {
    expect(apiPageOf({ page: 2, perPage: 25 })).toEqual({ page: 1, perPage: 25 });
    expect(apiPageOf({ page: 1, perPage: 1 })).toEqual({ page: 0, perPage: 1 });
    expect(apiPageOf({ page: 1, perPage: 5000 })).toEqual({ page: 0, perPage: 1000 });
    expect(apiPageOf(undefined)).toEqual({ page: 0, perPage: 1000 });
  });

  it('RES-1 sends page 2 of 25 as page 1 / perPage 25 with the filters, and takes the total from the count in the same request', async () => {
    const u = unit('u1', '王家湾村');
    const sent = apiAnswering({ successionGaps: [gap('p26', u), gap('p27', u)], _successionGapsMeta: { count: 38000 } });
    const result = await getRuleQueryList('successionGaps', { pagination: { page: 2, perPage: 25 }, sort: { field: 'id', order: 'ASC' }, filter: { asOf: '2026-11-30', unitId: 'u1' } });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.variables).toEqual({ page: 1, perPage: 25, asOf: '2026-11-30', unitId: 'u1' });
    expect(sent[0]!.query).toContain('successionGaps(page: $page, perPage: $perPage, asOf: $asOf, unitId: $unitId)');
    expect(sent[0]!.query).toContain('_successionGapsMeta(asOf: $asOf, unitId: $unitId) { count }');
    expect(result.total).toBe(38000);
    expect(result.data.map((r) => [r.id, r.postId])).toEqual([
      ['p26', 'p26'],
      ['p27', 'p27'],
    ]);
  });

  it('keeps the API order when a column sort is asked for (RES-4: non-compliant units first)', async () => {
    const row = (id: string, name: string, compliant: boolean, teamSize: number) => ({
      unit: unit(id, name),
      asOf: '2026-11-30',
      compliant,
      teamSize,
      aged45OrUnder: 2,
      aged35OrUnder: 1,
      femaleReserves: 1,
      shortfalls: [],
    });
    const sent = apiAnswering({ reserveCompliance: [row('u1', '王家湾村', false, 9), row('u3', '柳树店村', false, 8), row('u2', '白沙洲村', true, 12)], _reserveComplianceMeta: { count: 5000 } });
    const result = await getRuleQueryList('reserveCompliance', { pagination: { page: 1, perPage: 3 }, sort: { field: 'teamSize', order: 'DESC' }, filter: { asOf: '2026-11-30' } });
    expect(result.data.map((r) => r.id)).toEqual(['u1', 'u3', 'u2']);
    expect(result.total).toBe(5000);
    expect(sent[0]!.variables).toEqual({ page: 0, perPage: 3, asOf: '2026-11-30', kind: null, compliant: null });
  });

  it('counts with a filter the API knows (RES-4 compliant units, PAY-1 records below their floor)', async () => {
    const compliance = apiAnswering({ reserveCompliance: [], _reserveComplianceMeta: { count: 4210 } });
    expect((await getRuleQueryList('reserveCompliance', { pagination: { page: 1, perPage: 1 }, filter: { asOf: '2026-11-30', compliant: true } })).total).toBe(4210);
    expect(compliance[0]!.variables).toMatchObject({ page: 0, perPage: 1, compliant: true });
    expect(compliance[0]!.query).toContain('_reserveComplianceMeta(asOf: $asOf, kind: $kind, compliant: $compliant) { count }');
    const pay = apiAnswering({ payReport: [], _payReportMeta: { count: 17 } });
    expect((await getRuleQueryList('payReport', { pagination: { page: 1, perPage: 1 }, filter: { year: 2026, belowFloor: true } })).total).toBe(17);
    expect(pay[0]!.variables).toEqual({ page: 0, perPage: 1, year: 2026, unitId: null, belowFloor: true });
  });

  it('pages each of the ten list-shaped rule queries on the server, in one request with its count', async () => {
    const paged = ['reserveCompliance', 'successionGaps', 'trainingHours', 'untrainedCadres', 'cadreWarnings', 'assessmentRanking', 'threeLinks', 'payReport', 'allowanceReport', 'careDue'];
    for (const resource of paged) {
      expect(isPagedRuleQuery(resource)).toBe(true);
      const sent = apiAnswering({ [resource]: [], [`_${resource}Meta`]: { count: 1234 } });
      const result = await getRuleQueryList(resource as never, { pagination: { page: 3, perPage: 50 }, filter: { year: 2025, month: '2025-06' } });
      expect(result).toEqual({ data: [], total: 1234 });
      expect(sent).toHaveLength(1);
      expect(sent[0]!.variables).toMatchObject({ page: 2, perPage: 50 });
      expect(sent[0]!.query).toContain(`_${resource}Meta(`);
    }
    for (const resource of ['policyParameters', 'assessmentHistory', 'targetAwards', 'realisationAwards']) {
      expect(isRuleQuery(resource)).toBe(true);
      expect(isPagedRuleQuery(resource)).toBe(false);
    }
  });

  it('keeps sorting and paging the other rule queries on the client (policy parameters)', async () => {
    const parameter = (key: string, value: number) => ({ year: 2026, key, value, defaultValue: value, isDefault: true, unit: '元', rules: [], labelZh: key, labelEn: key, yearlyFigure: false });
    const sent = apiAnswering({ policyParameters: [parameter('b', 2), parameter('a', 1), parameter('c', 3)] });
    const result = await getRuleQueryList('policyParameters', { pagination: { page: 2, perPage: 2 }, sort: { field: 'value', order: 'ASC' }, filter: { year: 2026 } });
    expect(sent[0]!.variables).toEqual({ year: 2026 });
    expect(result).toMatchObject({ total: 3, data: [{ id: 'c' }] });
  });
});

describe('rule queries as list resources', () => {
  it('keeps the API order without a sort and pages on the client', () => {
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
