import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, TestApi } from './support/api';
import { buildWorld, type World } from './support/fixture';
import { catalogue, score } from './support/matrix-assessment';

/**
 * TGT-6 三挂钩: per cadre and year, the results that feed pay, awards and appointment decisions in
 * one place; and ASM-5: what was decided when a year was published does not move afterwards.
 */

const SET_POLICY = 'mutation($y: Int!, $k: String!, $v: Float) { setPolicyParameter(year: $y, key: $k, value: $v) { value } }';
const THREE_LINKS = `query($y: Int!, $u: ID, $c: ID) { threeLinks(year: $y, unitId: $u, cadreId: $c) {
  cadre { id unitId } unit { id } year posts assessmentTotal assessmentRank assessmentLast realisationAward
  pay payFloor payBelowFloor allowanceMonthsPassed allowanceMonthsFailed allowanceDue targetAward
  honours { kind } consequences { kind status year } inReservePool exit { kind } } }`;

interface Row {
  cadre: { id: string; unitId: string };
  posts: string[];
  assessmentTotal: number | null;
  assessmentRank: number | null;
  assessmentLast: boolean | null;
  realisationAward: number | null;
  pay: number | null;
  payFloor: number | null;
  payBelowFloor: boolean | null;
  allowanceMonthsPassed: number;
  allowanceMonthsFailed: number;
  allowanceDue: number;
  targetAward: number | null;
  honours: { kind: string }[];
  consequences: { kind: string; status: string; year: number }[];
  inReservePool: boolean;
  exit: { kind: string } | null;
}

describe.each(backends)('TGT-6 three links and ASM-5 frozen decisions (%s)', (backend) => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
    const admin = world.admin;
    // 2025: income entered, unit a (the only village) at 750 points → rank 1, last, ≤ 800
    await api.ok(SET_POLICY, { y: 2025, k: 'priorYearRuralIncome', v: 20000 }, admin);
    const indicators = await catalogue(api, admin, 2025);
    await score(api, admin, world.a.unitId, 2025, indicators, [500, 250]);
    await score(api, admin, world.b.unitId, 2025, indicators, [600, 360]);
    await api.ok('mutation { publishAssessmentYear(year: 2025) }', {}, admin);
    await api.ok('mutation($c: ID!) { createPayRecord(cadreId: $c, year: 2025, title: PARTY_SECRETARY, amount: 29999) { id } }', { c: world.a.cadreId }, admin);
    await api.ok('mutation($c: ID!) { createDutyLogCheck(cadreId: $c, month: "2025-03", outcome: PASS) { id } }', { c: world.a.cadreId }, admin);
    await api.ok('mutation($c: ID!) { createDutyLogCheck(cadreId: $c, month: "2025-04", outcome: FAIL, remarks: "记录不全") { id } }', { c: world.a.cadreId }, admin);
    await api.ok('mutation($c: ID!) { createHonour(cadreId: $c, kind: COMMENDATION, date: "2025-07-01", description: "优秀书记") { id } }', { c: world.a.cadreId }, admin);
  });
  afterAll(() => api?.close());

  async function rowOf(token: string, cadreId: string): Promise<Row | undefined> {
    const data = await api.ok<{ threeLinks: Row[] }>(THREE_LINKS, { y: 2025, c: cadreId }, token);
    return data.threeLinks.find((r) => r.cadre.id === cadreId);
  }

  it('TGT-6 the secretary’s row brings together the assessment, pay, allowance, awards and consequences of the year', async () => {
    const row = (await rowOf(world.admin, world.a.cadreId))!;
    expect(row.posts).toEqual(['PARTY_SECRETARY']);
    expect([row.assessmentTotal, row.assessmentRank, row.assessmentLast]).toEqual([750, 1, true]);
    expect(row.realisationAward).toBe(2250); // PAY-3: 3000 × 750 / 1000
    expect([row.pay, row.payFloor, row.payBelowFloor]).toEqual([29999, 30000, true]); // PAY-1: 1.5 × 20000
    expect([row.allowanceMonthsPassed, row.allowanceMonthsFailed, row.allowanceDue]).toEqual([1, 1, 200]); // PAY-2: only the passed month pays
    expect(row.targetAward).toBe(5000); // PAY-4: top village's main leader
    expect(row.honours).toEqual([{ kind: 'COMMENDATION' }]);
    expect(row.consequences).toEqual([{ kind: 'ADMONISHMENT_TALK', status: 'PROPOSED', year: 2025 }]); // MGT-2
    expect(row.inReservePool).toBe(false);
    expect(row.exit).toBeNull();
  });

  it('TGT-6 ROLE-3 a unit user gets its own cadres only; another unit’s cadre is not there', async () => {
    const own = await api.ok<{ threeLinks: Row[] }>(THREE_LINKS, { y: 2025 }, world.a.token);
    expect(own.threeLinks.length).toBeGreaterThan(0);
    expect(new Set(own.threeLinks.map((r) => r.cadre.unitId))).toEqual(new Set([world.a.unitId]));
    expect(await rowOf(world.a.token, world.b.cadreId)).toBeUndefined();
  });

  it('ASM-5 PAY-4 PAY-3 awards of a published year use the parameters in force when it was published', async () => {
    await api.ok(SET_POLICY, { y: 2025, k: 'targetAwardMinimum', v: 9999 }, world.admin);
    await api.ok(SET_POLICY, { y: 2025, k: 'realisationAwardAtFull', v: 6000 }, world.admin);
    const awards = await api.ok<{ targetAwards: { unit: { id: string }; minimumAmount: number }[] }>('{ targetAwards(year: 2025) { unit { id } minimumAmount } }', {}, world.admin);
    expect(awards.targetAwards.map((a) => a.minimumAmount)).toEqual([5000, 5000]);
    const realisation = await api.ok<{ realisationAwards: { amount: number }[] }>('query($u: ID) { realisationAwards(year: 2025, unitId: $u) { amount } }', { u: world.a.unitId }, world.admin);
    expect(realisation.realisationAwards.map((r) => r.amount)).toContain(2250);
    expect((await rowOf(world.admin, world.a.cadreId))!.targetAward).toBe(5000);
    // a re-opening makes the year a draft again; republishing takes the parameters then in force
    await api.ok('mutation { reopenAssessmentYear(year: 2025, reason: "更正") { id } }', {}, world.admin);
    await api.ok('mutation { publishAssessmentYear(year: 2025) }', {}, world.admin);
    const again = await api.ok<{ targetAwards: { minimumAmount: number }[] }>('{ targetAwards(year: 2025) { minimumAmount } }', {}, world.admin);
    expect(again.targetAwards.map((a) => a.minimumAmount)).toEqual([9999, 9999]);
  });

  it('ASM-5 MGT-2 a proposal an admin dismissed is not proposed again when the year is re-opened and republished; an open one is', async () => {
    const admin = world.admin;
    const year = 2024;
    const indicators = await catalogue(api, admin, year);
    await score(api, admin, world.a.unitId, year, indicators, [500, 300]);
    await score(api, admin, world.b.unitId, year, indicators, [500, 300]);
    await api.ok('mutation($y: Int!) { publishAssessmentYear(year: $y) }', { y: year }, admin);
    const first = await api.ok<{ assessmentConsequences: { id: string; unit: { id: string } }[] }>('query($y: Int!) { assessmentConsequences(year: $y) { id unit { id } } }', { y: year }, admin);
    expect(first.assessmentConsequences).toHaveLength(2);
    const ofA = first.assessmentConsequences.find((c) => c.unit.id === world.a.unitId)!;
    await api.ok('mutation($id: ID!) { dismissConsequence(id: $id, reason: "已另行处理") { id } }', { id: ofA.id }, admin);
    await api.ok('mutation($y: Int!) { reopenAssessmentYear(year: $y, reason: "更正") { id } }', { y: year }, admin);
    await api.ok('mutation($y: Int!) { publishAssessmentYear(year: $y) }', { y: year }, admin);
    const after = await api.ok<{ assessmentConsequences: { unit: { id: string }; status: string; withdrawnByReopen: boolean }[] }>(
      'query($y: Int!) { assessmentConsequences(year: $y) { unit { id } status withdrawnByReopen } }',
      { y: year },
      admin,
    );
    const summary = after.assessmentConsequences.map((c) => `${c.unit.id === world.a.unitId ? 'a' : 'b'}:${c.status}:${c.withdrawnByReopen}`).sort();
    expect(summary).toEqual(['a:DISMISSED:false', 'b:DISMISSED:true', 'b:PROPOSED:false']);
  });
});
