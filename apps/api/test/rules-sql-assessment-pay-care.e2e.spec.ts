import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection, EntityManager } from '@mikro-orm/core';
import {
  addYears,
  allowanceForMonth,
  careDue,
  checkPayRecord,
  effectivePolicy,
  monthRange,
  payFloor,
  rankUnits,
  type CareEvent as DomainCareEvent,
  type PolicyValues,
  type PostTitle as PostTitleT,
  type UnitKind as UnitKindT,
} from '@liangwei/domain';
import { ADMIN_PASSWORD, backends, TestApi, TODAY } from './support/api';
import { Unit } from '../src/org/unit.entity';
import { Post } from '../src/org/post.entity';
import { Cadre } from '../src/cadre/cadre.entity';
import { Appointment } from '../src/cadre/appointment.entity';
import { CareEvent } from '../src/care/care.entities';
import { DutyLogCheck, PayRecord } from '../src/pay/pay.entities';
import { PolicyValue } from '../src/policy/policy.entity';
import { AssessmentIndicator, AssessmentScore, AssessmentYear, RankingEntry } from '../src/assessment/assessment.entities';
import { AssessmentYearStatus } from '../src/assessment/enums';
import { seeded } from './support/seeded';
import { nameSortKey } from '../src/common/name-sort';

/**
 * The rule queries computed in the database (PAY-5 careDue, PAY-2 allowanceReport, PAY-1
 * payReport, ASM-3 assessmentRanking, TGT-6 threeLinks) against the domain's pure functions, their
 * specification: random data from a seeded generator, with the rules' boundary cases seeded on
 * purpose, written straight into the database, then every row of the API's answer compared with
 * the pure function's on the same data, people in pinyin order (the sort key of name-sort.ts, then
 * the id) on both sides. Also: paging and counts agree with the whole list, a unit user gets its
 * own unit's rows only (ROLE-3), and the number of statements a query runs does not grow with the
 * page size or the number of units.
 */

const SEED = 20261125;
const NAME_CHARS = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '明', '华', '军', '芳', '强'];
const TITLES: PostTitleT[] = ['PARTY_SECRETARY', 'DEPUTY_PARTY_SECRETARY', 'DIRECTOR', 'COMMITTEE_MEMBER', 'WOMENS_DIRECTOR', 'ACCOUNTANT'];
/** PAY-1 the year's income and parameters the pay report is checked with (floors: 1.5 × income × ratio). */
const POLICY_2026 = { priorYearRuralIncome: 18345.67 };
/** PAY-2 / PAY-5 different parameters for 2025, bound as parameters in the statements. */
const POLICY_2025 = { postAllowanceMonthly: 300, homeVisitsPerYear: 2, examIntervalYears: 3 };

/**
 * PAY-5 care events of a current secretary: an exam exactly two years before TODAY (due today),
 * two years and a day (overdue), on 29 February (due 28 February), visits on 1 January and the
 * 31 December before, events after TODAY (not yet happened), none.
 */
const BOUNDARIES: [string, string][][] = [
  [['PHYSICAL_EXAM', addYears(TODAY, -2)]],
  [['PHYSICAL_EXAM', '2024-11-24']],
  [['PHYSICAL_EXAM', '2024-02-29']],
  [['HOME_VISIT', '2026-01-01'], ['PHYSICAL_EXAM', '2025-02-28']],
  [['HOME_VISIT', '2025-12-31']],
  [['HOME_VISIT', '2026-11-26'], ['PHYSICAL_EXAM', '2026-11-26']],
  [],
];

/**
 * ASM-3 the draft scores of 2026 by unit: totals of 1000 and over 1000 (capped: a tie at 1000), the
 * same 700.3 reached in four ways (0.1 + 0.2 + 700 carries floating-point noise), tied at the bottom.
 */
const POINTS: number[][] = [[400, 300, 300], [600, 500, 0.5], [0.1, 0.2, 700], [0.3, 0, 700], [300, 300, 100.3], [500, 200, 0.3], [200, 300, 299.5]];

interface Generated {
  units: Unit[];
  cadres: Cadre[];
  appointments: { id: string; unitId: string; cadreId: string; title: PostTitleT; startDate: string; endDate: string | null }[];
  care: { cadreId: string; unitId: string; kind: 'HOME_VISIT' | 'PHYSICAL_EXAM'; date: string }[];
  checks: { cadreId: string; unitId: string; month: string; outcome: 'PASS' | 'FAIL'; remarks: string | null }[];
  pay: { id: string; cadreId: string; unitId: string; title: PostTitleT; amount: number }[];
  scores: Map<string, number[]>;
}

/** Writes a generated subdistrict of `unitCount` units straight into the database (codes `prefix…`). */
async function generate(em: EntityManager, seed: number, prefix: string, unitCount: number): Promise<Generated> {
  const g = seeded(seed);
  const out: Generated = { units: [], cadres: [], appointments: [], care: [], checks: [], pay: [], scores: new Map() };
  const policy2026 = effectivePolicy(POLICY_2026);
  for (let u = 0; u < unitCount; u += 1) {
    const unit = Object.assign(new Unit(), { name: `生成${prefix}${u}`, kind: u % 3 === 2 ? 'COMMUNITY' : 'VILLAGE', code: `${prefix}${String(u).padStart(3, '0')}` });
    em.persist(unit);
    out.units.push(unit);
    const posts = new Map(TITLES.map((title) => [title, Object.assign(new Post(), { unit, title, name: title })]));
    posts.forEach((p) => em.persist(p));
    const cadres = Array.from({ length: 6 }, () => {
      // short names from few characters: equal names happen, and the cadre id breaks the tie
      const cadre = Object.assign(new Cadre(), { unit, name: `${g.pick(NAME_CHARS)}${g.pick(NAME_CHARS)}`, gender: g.next() < 0.3 ? 'FEMALE' : 'MALE', birthDate: g.date('1965-01-01', '2000-12-31') });
      em.persist(cadre);
      out.cadres.push(cadre);
      return cadre;
    });
    const appoint = (cadre: Cadre, title: PostTitleT, startDate: string, endDate: string | null): void => {
      const a = Object.assign(new Appointment(), { unit, cadre, post: posts.get(title)!, startDate, endDate });
      em.persist(a);
      out.appointments.push({ id: a.id, unitId: unit.id, cadreId: cadre.id, title, startDate, endDate });
    };
    // the secretary post changes hands: on a random day, on the first or last day of a month, on TODAY
    const changes = [g.date('2024-06-01', '2025-12-31'), u < BOUNDARIES.length ? '2026-01-31' : g.pick(['2026-03-01', '2026-02-28', '2026-01-31', TODAY, '2026-11-24', '2026-11-26'])].sort();
    appoint(cadres[0]!, 'PARTY_SECRETARY', '2020-01-01', changes[0]!);
    appoint(cadres[1]!, 'PARTY_SECRETARY', changes[0]!, changes[1]!);
    if (u % 4 !== 3 || u < BOUNDARIES.length) appoint(cadres[2]!, 'PARTY_SECRETARY', changes[1]!, null); // some units have no secretary now
    for (const [i, title] of (['DIRECTOR', 'COMMITTEE_MEMBER', 'WOMENS_DIRECTOR'] as const).entries()) appoint(cadres[3 + i]!, title, g.date('2019-01-01', '2026-06-30'), g.next() < 0.2 ? g.date('2026-07-01', '2026-12-31') : null);
    if (u % 5 === 1) appoint(cadres[3]!, 'DEPUTY_PARTY_SECRETARY', '2023-01-01', null);

    // PAY-5 care events of the secretaries: the boundaries held by the current secretaries of the first units, random otherwise
    for (const [i, cadre] of cadres.slice(0, 3).entries()) {
      const events: [string, string][] = [];
      if (i === 2 && u < BOUNDARIES.length) events.push(...BOUNDARIES[u]!);
      else {
        for (let n = g.int(0, 3); n > 0; n -= 1) events.push([g.pick(['HOME_VISIT', 'PHYSICAL_EXAM']), g.date('2022-01-01', '2026-12-31')]);
        events.push(...g.pick(BOUNDARIES));
      }
      for (const [kind, date] of events) {
        em.persist(Object.assign(new CareEvent(), { unit, cadre, kind, date }));
        out.care.push({ cadreId: cadre.id, unitId: unit.id, kind: kind as 'HOME_VISIT' | 'PHYSICAL_EXAM', date });
      }
      // PAY-2 one check or none per month (2025-01 … 2026-11); remarks with spaces, or only spaces
      for (const month of monthRange('2025-01', '2026-11')) {
        const r = g.next();
        if (r < 0.35) continue;
        const outcome = r < 0.8 ? 'PASS' : 'FAIL';
        const remarks = g.pick([null, '  日志缺记  ', '   ', '按时记录']);
        em.persist(Object.assign(new DutyLogCheck(), { unit, cadre, month, outcome, remarks, checkedBy: 'admin' }));
        out.checks.push({ cadreId: cadre.id, unitId: unit.id, month, outcome, remarks });
      }
    }

    // PAY-1 pay records of 2026 around each post's floor: exactly at it, a cent below, far below, above
    for (const cadre of cadres.slice(1, 6)) {
      const title = g.pick(TITLES);
      const floor = payFloor(title, policy2026.priorYearRuralIncome, policy2026);
      const amount = Math.round(g.pick([floor, floor - 0.01, floor - 1000, floor + 500, floor - g.int(1, 500000) / 100, 0]) * 100) / 100;
      const r = Object.assign(new PayRecord(), { unit, cadre, year: 2026, title, amount: Math.max(0, amount) });
      em.persist(r);
      out.pay.push({ id: r.id, cadreId: cadre.id, unitId: unit.id, title, amount: r.amount });
    }

    const points = POINTS[u % POINTS.length]!;
    out.scores.set(unit.id, points);
  }
  return out;
}

interface World {
  admin: string;
  data: Generated;
  /** a unit user of the first generated unit */
  unitToken: string;
  unitId: string;
}

describe.each(backends)('rule queries in SQL against the domain (%s)', (backend) => {
  let api: TestApi;
  let world: World;
  let statements = 0;
  let connection: Connection;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    const em = api.app.orm.em.fork();
    // the policy of the years (PolicyValue rows), the assessment years and their catalogue
    for (const [year, values] of [[2026, POLICY_2026], [2025, POLICY_2025]] as const) {
      for (const [key, value] of Object.entries(values)) em.persist(Object.assign(new PolicyValue(), { year, key, value }));
    }
    const data = await generate(em, SEED, 'g', 14);
    const indicators = [0, 1, 2].map((i) => Object.assign(new AssessmentIndicator(), { year: 2026, name: `指标${i}`, maxPoints: [400, 400, 200][i]!, sortOrder: i }));
    indicators.forEach((i) => em.persist(i));
    em.persist(Object.assign(new AssessmentYear(), { year: 2026, status: AssessmentYearStatus.DRAFT }));
    em.persist(Object.assign(new AssessmentYear(), { year: 2025, status: AssessmentYearStatus.PUBLISHED }));
    for (const unit of data.units) {
      data.scores.get(unit.id)!.forEach((p, i) => em.persist(Object.assign(new AssessmentScore(), { unit, indicator: indicators[i]!, year: 2026, points: p })));
    }
    // the published 2025 ranking is stored (ASM-5): here, the domain's ranking of some totals
    const published = rankUnits(data.units.map((u, i) => ({ unitId: u.id, kind: u.kind, total: [900, 850, 850, 700, 990, 800][i % 6]! })));
    for (const r of published) em.persist(Object.assign(new RankingEntry(), { year: 2025, rankedUnit: data.units.find((u) => u.id === r.unitId)!, kind: r.kind, total: r.total, rank: r.rank, isLast: r.isLast }));
    await em.flush();

    const admin = await api.login('admin', ADMIN_PASSWORD);
    const unitId = data.units[0]!.id;
    await api.ok('mutation($u: ID!) { createUser(username: "gen_unit", password: "gen-unit-pass-1", role: UNIT_USER, unitId: $u) { id } }', { u: unitId }, admin);
    world = { admin, data, unitToken: await api.login('gen_unit', 'gen-unit-pass-1'), unitId };

    // every statement of the API goes through the one connection: count them
    connection = api.app.orm.em.getConnection();
    const execute = connection.execute.bind(connection);
    connection.execute = ((...args: Parameters<typeof execute>) => {
      statements += 1;
      return execute(...args);
    }) as typeof connection.execute;
  }, 240_000);

  afterAll(async () => {
    await api?.close();
  });

  async function counted<T>(run: () => Promise<T>): Promise<{ result: T; statements: number }> {
    statements = 0;
    const result = await run();
    return { result, statements };
  }

  const policyOf = (year: number): PolicyValues => effectivePolicy(year === 2025 ? POLICY_2025 : year === 2026 ? POLICY_2026 : {});
  const unitOf = (id: string) => world.data.units.find((u) => u.id === id)!;
  const cadreOf = (id: string) => world.data.cadres.find((c) => c.id === id)!;
  const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  /** a cadre's name in pinyin order: the sort key of its name (the one stored in `name_sort`) */
  const nameKeys = new Map<string, string>();
  const nameKeyOf = (cadreId: string): string => {
    let key = nameKeys.get(cadreId);
    if (key === undefined) {
      key = nameSortKey(cadreOf(cadreId).name);
      nameKeys.set(cadreId, key);
    }
    return key;
  };

  // --- PAY-5 careDue

  const CARE = 'query($a: Date, $u: ID, $k: CareKind, $p: Int, $n: Int) { careDue(asOf: $a, unitId: $u, kind: $k, page: $p, perPage: $n) { cadre { id } unit { id } kind lastDate dueDate overdue } }';
  const CARE_META = 'query($a: Date, $u: ID, $k: CareKind) { _careDueMeta(asOf: $a, unitId: $u, kind: $k) { count } }';
  type CareRow = { cadre: { id: string }; unit: { id: string }; kind: string; lastDate: string | null; dueDate: string; overdue: boolean };

  /** The specification: the secretaries on asOf (their latest appointment's unit), careDue on their events. */
  function expectedCare(asOf: string, scopeUnit: string | null) {
    const open = world.data.appointments
      .filter((a) => a.title === 'PARTY_SECRETARY' && a.startDate <= asOf && (a.endDate == null || a.endDate > asOf) && (scopeUnit == null || a.unitId === scopeUnit))
      .sort((a, b) => byCode(a.startDate, b.startDate) || byCode(a.id, b.id));
    const unitOfHolder = new Map(open.map((a) => [a.cadreId, a.unitId]));
    const events: DomainCareEvent[] = world.data.care.filter((e) => scopeUnit == null || e.unitId === scopeUnit).map((e) => ({ cadreId: e.cadreId, kind: e.kind, date: e.date }));
    return careDue([...unitOfHolder.keys()].map((cadreId) => ({ cadreId })), events, asOf, policyOf(Number(asOf.slice(0, 4)))).map((item) => ({ ...item, unitId: unitOfHolder.get(item.cadreId)! }));
  }

  it.each([TODAY, '2026-02-28', '2026-12-31', '2025-06-30', '2026-01-01'])('PAY-5 careDue on %s equals the domain’s careDue row for row (exam two years ago due today, 29 Feb → 28 Feb, visits per year)', async (asOf) => {
    const expected = expectedCare(asOf, null);
    const rows = (await api.ok<{ careDue: CareRow[] }>(CARE, { a: asOf }, world.admin)).careDue;
    expect(rows.map((r) => ({ cadreId: r.cadre.id, unitId: r.unit.id, kind: r.kind, lastDate: r.lastDate, dueDate: r.dueDate, overdue: r.overdue }))).toEqual(
      expected.map((e) => ({ cadreId: e.cadreId, unitId: e.unitId, kind: e.kind, lastDate: e.lastDate, dueDate: e.dueDate, overdue: e.overdue })),
    );
    expect(expected.length).toBeGreaterThan(5);
    expect((await api.ok<{ _careDueMeta: { count: number } }>(CARE_META, { a: asOf }, world.admin))._careDueMeta.count).toBe(expected.length);
  });

  it('PAY-5 the seeded boundaries are there: an exam due exactly today (not overdue), an overdue one, a due date moved from 29 Feb', async () => {
    const expected = expectedCare(TODAY, null);
    expect(expected.some((e) => e.kind === 'PHYSICAL_EXAM' && e.dueDate === TODAY && !e.overdue && e.lastDate === addYears(TODAY, -2))).toBe(true);
    expect(expected.some((e) => e.kind === 'PHYSICAL_EXAM' && e.overdue)).toBe(true);
    expect(expectedCare('2026-02-28', null).some((e) => e.lastDate === '2024-02-29' && e.dueDate === '2026-02-28')).toBe(true);
  });

  it('PAY-5 careDue pages, filters by kind and unit, and counts like the whole list', async () => {
    const all = expectedCare(TODAY, null);
    const page1 = (await api.ok<{ careDue: CareRow[] }>(CARE, { p: 1, n: 4 }, world.admin)).careDue;
    expect(page1.map((r) => `${r.cadre.id}:${r.kind}`)).toEqual(all.slice(4, 8).map((e) => `${e.cadreId}:${e.kind}`));
    const exams = (await api.ok<{ careDue: CareRow[] }>(CARE, { k: 'PHYSICAL_EXAM' }, world.admin)).careDue;
    expect(exams.map((r) => `${r.cadre.id}:${r.kind}`)).toEqual(all.filter((e) => e.kind === 'PHYSICAL_EXAM').map((e) => `${e.cadreId}:${e.kind}`));
    const unitId = world.data.units[5]!.id;
    expect((await api.ok<{ careDue: CareRow[] }>(CARE, { u: unitId }, world.admin)).careDue.map((r) => r.cadre.id)).toEqual(all.filter((e) => e.unitId === unitId).map((e) => e.cadreId));
    expect((await api.ok<{ _careDueMeta: { count: number } }>(CARE_META, { k: 'HOME_VISIT' }, world.admin))._careDueMeta.count).toBe(all.filter((e) => e.kind === 'HOME_VISIT').length);
  });

  it('ROLE-3 PAY-5 a unit user’s careDue is its own unit’s (also when it asks for another unit), counted the same', async () => {
    const own = (await api.ok<{ careDue: CareRow[] }>(CARE, {}, world.unitToken)).careDue;
    const expected = expectedCare(TODAY, world.unitId);
    expect(own.map((r) => `${r.cadre.id}:${r.kind}:${r.unit.id}`)).toEqual(expected.map((e) => `${e.cadreId}:${e.kind}:${e.unitId}`));
    expect(new Set(own.map((r) => r.unit.id))).toEqual(new Set([world.unitId]));
    expect((await api.ok<{ careDue: CareRow[] }>(CARE, { u: world.data.units[1]!.id }, world.unitToken)).careDue).toEqual([]);
    expect((await api.ok<{ _careDueMeta: { count: number } }>(CARE_META, { u: world.data.units[1]!.id }, world.unitToken))._careDueMeta.count).toBe(0);
  });

  // --- PAY-2 allowanceReport

  const ALLOWANCE = 'query($y: Int!, $m: String, $u: ID, $p: Int, $n: Int) { allowanceReport(year: $y, month: $m, unitId: $u, page: $p, perPage: $n) { cadre { id } unit { id } month due amount reason remarks } }';
  const ALLOWANCE_META = 'query($y: Int!, $m: String, $u: ID) { _allowanceReportMeta(year: $y, month: $m, unitId: $u) { count } }';
  type AllowanceLine = { cadre: { id: string }; unit: { id: string }; month: string; due: boolean; amount: number; reason: string; remarks: string | null };

  /** The specification: per month, each secretary in office during it once (earliest appointment's unit), allowanceForMonth on its checks. */
  function expectedAllowance(year: number, month: string | null, scopeUnit: string | null) {
    const last = `${year}-12` < TODAY.slice(0, 7) ? `${year}-12` : TODAY.slice(0, 7);
    const months = month ? [month] : monthRange(`${year}-01`, last);
    const rows = [];
    for (const m of months) {
      const first = `${m}-01`;
      const lastDay = new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).toISOString().slice(0, 10);
      const open = world.data.appointments
        .filter((a) => a.title === 'PARTY_SECRETARY' && a.startDate <= lastDay && (a.endDate == null || a.endDate > first) && (scopeUnit == null || a.unitId === scopeUnit))
        .sort((a, b) => byCode(a.startDate, b.startDate) || byCode(a.id, b.id));
      const seen = new Set<string>();
      for (const a of open) {
        if (seen.has(a.cadreId)) continue;
        seen.add(a.cadreId);
        const checks = world.data.checks.filter((c) => c.cadreId === a.cadreId && (scopeUnit == null || c.unitId === scopeUnit));
        const allowance = allowanceForMonth(m, checks, policyOf(year));
        rows.push({ cadreId: a.cadreId, unitId: a.unitId, month: m, due: allowance.due, amount: allowance.amount, reason: allowance.reason, remarks: allowance.remarks });
      }
    }
    return rows.sort((a, b) => byCode(unitOf(a.unitId).code, unitOf(b.unitId).code) || byCode(nameKeyOf(a.cadreId), nameKeyOf(b.cadreId)) || byCode(a.cadreId, b.cadreId) || byCode(a.month, b.month));
  }

  it.each([
    [2026, null],
    [2025, null],
    [2026, '2026-02'],
    [2026, '2026-11'],
  ] as const)('PAY-2 allowanceReport %s %s equals allowanceForMonth row for row (passed, failed with trimmed remarks, not checked; the year’s amount)', async (year, month) => {
    const expected = expectedAllowance(year, month, null);
    const rows = (await api.ok<{ allowanceReport: AllowanceLine[] }>(ALLOWANCE, { y: year, m: month }, world.admin)).allowanceReport;
    expect(rows.map((r) => ({ cadreId: r.cadre.id, unitId: r.unit.id, month: r.month, due: r.due, amount: r.amount, reason: r.reason, remarks: r.remarks }))).toEqual(expected);
    expect(new Set(expected.map((e) => e.reason))).toEqual(new Set(['PASSED', 'FAILED', 'NOT_CHECKED']));
    expect((await api.ok<{ _allowanceReportMeta: { count: number } }>(ALLOWANCE_META, { y: year, m: month }, world.admin))._allowanceReportMeta.count).toBe(expected.length);
  });

  it('PAY-2 allowanceReport pages like the whole list; ROLE-3 a unit user gets its own unit’s lines only', async () => {
    const all = expectedAllowance(2026, null, null);
    const page = (await api.ok<{ allowanceReport: AllowanceLine[] }>(ALLOWANCE, { y: 2026, p: 3, n: 10 }, world.admin)).allowanceReport;
    expect(page.map((r) => `${r.cadre.id}:${r.month}`)).toEqual(all.slice(30, 40).map((e) => `${e.cadreId}:${e.month}`));
    const own = (await api.ok<{ allowanceReport: AllowanceLine[] }>(ALLOWANCE, { y: 2026 }, world.unitToken)).allowanceReport;
    expect(own.map((r) => `${r.cadre.id}:${r.month}:${r.reason}`)).toEqual(expectedAllowance(2026, null, world.unitId).map((e) => `${e.cadreId}:${e.month}:${e.reason}`));
    expect(own.length).toBeGreaterThan(0);
    expect((await api.ok<{ allowanceReport: AllowanceLine[] }>(ALLOWANCE, { y: 2026, u: world.data.units[2]!.id }, world.unitToken)).allowanceReport).toEqual([]);
  });

  // --- PAY-1 payReport

  const PAY = 'query($y: Int!, $u: ID, $b: Boolean, $p: Int, $n: Int) { payReport(year: $y, unitId: $u, belowFloor: $b, page: $p, perPage: $n) { id unitId floor belowFloor shortfall } }';
  const PAY_META = 'query($y: Int!, $u: ID, $b: Boolean) { _payReportMeta(year: $y, unitId: $u, belowFloor: $b) { count } }';
  type PayLine = { id: string; unitId: string; floor: number | null; belowFloor: boolean | null; shortfall: number | null };

  function expectedPay(scopeUnit: string | null) {
    const policy = policyOf(2026);
    return world.data.pay
      .filter((r) => scopeUnit == null || r.unitId === scopeUnit)
      .map((r) => {
        const { floor, belowFloor, shortfall } = checkPayRecord(r, policy.priorYearRuralIncome, policy);
        return { id: r.id, unitId: r.unitId, floor, belowFloor, shortfall, code: unitOf(r.unitId).code, name: nameKeyOf(r.cadreId) };
      })
      .sort((a, b) => b.shortfall - a.shortfall || byCode(a.code, b.code) || byCode(a.name, b.name) || byCode(a.id, b.id));
  }

  it('PAY-1 payReport: below their floor first, largest shortfall first, then unit code and name (pinyin); exactly at the floor is not below, a cent under is', async () => {
    const expected = expectedPay(null);
    const rows = (await api.ok<{ payReport: PayLine[] }>(PAY, { y: 2026 }, world.admin)).payReport;
    expect(rows).toEqual(expected.map(({ id, unitId, floor, belowFloor, shortfall }) => ({ id, unitId, floor, belowFloor, shortfall })));
    expect(expected.some((e) => e.shortfall === 0 && world.data.pay.find((p) => p.id === e.id)!.amount === e.floor)).toBe(true);
    expect(expected.some((e) => e.shortfall === 0.01)).toBe(true);
    const below = (await api.ok<{ payReport: PayLine[] }>(PAY, { y: 2026, b: true }, world.admin)).payReport;
    expect(below.map((r) => r.id)).toEqual(expected.filter((e) => e.belowFloor).map((e) => e.id));
    expect((await api.ok<{ _payReportMeta: { count: number } }>(PAY_META, { y: 2026, b: false }, world.admin))._payReportMeta.count).toBe(expected.filter((e) => !e.belowFloor).length);
    const page = (await api.ok<{ payReport: PayLine[] }>(PAY, { y: 2026, p: 2, n: 5 }, world.admin)).payReport;
    expect(page.map((r) => r.id)).toEqual(expected.slice(10, 15).map((e) => e.id));
  });

  it('ROLE-3 PAY-1 a unit user’s payReport holds its own unit’s records only', async () => {
    const own = (await api.ok<{ payReport: PayLine[] }>(PAY, { y: 2026 }, world.unitToken)).payReport;
    expect(own.map((r) => r.id)).toEqual(expectedPay(world.unitId).map((e) => e.id));
    expect(own.length).toBeGreaterThan(0);
    expect((await api.ok<{ _payReportMeta: { count: number } }>(PAY_META, { y: 2026, u: world.data.units[3]!.id }, world.unitToken))._payReportMeta.count).toBe(0);
  });

  // --- ASM-3 assessmentRanking

  const RANKING = 'query($y: Int!, $k: UnitKind!, $p: Int, $n: Int) { assessmentRanking(year: $y, kind: $k, page: $p, perPage: $n) { unit { id code } year kind total rank isLast published } }';
  type RankLine = { unit: { id: string; code: string }; year: number; kind: string; total: number; rank: number; isLast: boolean; published: boolean };

  it.each(['VILLAGE', 'COMMUNITY'] as const)('ASM-3 the draft ranking of %s equals rankUnits: totals capped at 1000, ties (also through 0.1 + 0.2), all tied at the bottom last', async (kind: UnitKindT) => {
    const totals = world.data.units.filter((u) => u.kind === kind).map((u) => ({ unitId: u.id, kind: u.kind, total: Math.min(1000, world.data.scores.get(u.id)!.reduce((s, p) => s + p, 0)) }));
    const expected = rankUnits(totals).sort((a, b) => a.rank - b.rank || byCode(unitOf(a.unitId).code, unitOf(b.unitId).code));
    const rows = (await api.ok<{ assessmentRanking: RankLine[] }>(RANKING, { y: 2026, k: kind }, world.admin)).assessmentRanking;
    expect(rows.map((r) => ({ unitId: r.unit.id, rank: r.rank, isLast: r.isLast, published: r.published }))).toEqual(expected.map((e) => ({ unitId: e.unitId, rank: e.rank, isLast: e.isLast, published: false })));
    rows.forEach((r, i) => expect(r.total).toBeCloseTo(expected[i]!.total, 9));
    expect(new Set(expected.map((e) => e.rank)).size).toBeLessThan(expected.length); // ties seeded
    expect(expected.filter((e) => e.isLast).length).toBeGreaterThanOrEqual(1);
    const meta = await api.ok<{ _assessmentRankingMeta: { count: number } }>('query($k: UnitKind!) { _assessmentRankingMeta(year: 2026, kind: $k) { count } }', { k: kind }, world.admin);
    expect(meta._assessmentRankingMeta.count).toBe(expected.length);
  });

  it('ASM-3 / ASM-5 the published ranking is the stored one, by rank then unit code, for every role; a draft year is hidden from unit users', async () => {
    const stored = rankUnits(world.data.units.map((u, i) => ({ unitId: u.id, kind: u.kind, total: [900, 850, 850, 700, 990, 800][i % 6]! })))
      .filter((r) => r.kind === 'VILLAGE')
      .sort((a, b) => a.rank - b.rank || byCode(unitOf(a.unitId).code, unitOf(b.unitId).code));
    for (const token of [world.admin, world.unitToken]) {
      const rows = (await api.ok<{ assessmentRanking: RankLine[] }>(RANKING, { y: 2025, k: 'VILLAGE' }, token)).assessmentRanking;
      expect(rows.map((r) => [r.unit.id, r.rank, r.isLast, r.total, r.published])).toEqual(stored.map((e) => [e.unitId, e.rank, e.isLast, e.total, true]));
    }
    const page = (await api.ok<{ assessmentRanking: RankLine[] }>(RANKING, { y: 2025, k: 'VILLAGE', p: 1, n: 3 }, world.unitToken)).assessmentRanking;
    expect(page.map((r) => r.unit.id)).toEqual(stored.slice(3, 6).map((e) => e.unitId));
    expect((await api.ok<{ assessmentRanking: RankLine[] }>(RANKING, { y: 2026, k: 'VILLAGE' }, world.unitToken)).assessmentRanking).toEqual([]);
    const meta = await api.ok<{ _assessmentRankingMeta: { count: number } }>('{ _assessmentRankingMeta(year: 2026, kind: VILLAGE) { count } }', {}, world.unitToken);
    expect(meta._assessmentRankingMeta.count).toBe(0);
  });

  // --- TGT-6 threeLinks

  const LINKS = 'query($y: Int!, $u: ID, $k: UnitKind, $p: Int, $n: Int) { threeLinks(year: $y, unitId: $u, kind: $k, page: $p, perPage: $n) { cadre { id } unit { id code } posts pay payFloor allowanceMonthsPassed allowanceDue } }';
  type LinkLine = { cadre: { id: string }; unit: { id: string; code: string }; posts: string[]; pay: number | null; payFloor: number | null; allowanceMonthsPassed: number; allowanceDue: number };

  it('TGT-6 threeLinks lists each cadre on a team during the year once, by unit code and name (pinyin), pages and counts like the whole list; ROLE-3 a unit user gets its own unit only', async () => {
    const inYear = world.data.appointments.filter((a) => a.startDate <= '2026-12-31' && (a.endDate == null || a.endDate > '2026-01-01'));
    const all = (await api.ok<{ threeLinks: LinkLine[] }>(LINKS, { y: 2026 }, world.admin)).threeLinks;
    expect(all.map((r) => r.cadre.id).sort()).toEqual([...new Set(inYear.map((a) => a.cadreId))].sort());
    expect(all.map((r) => r.cadre.id)).toEqual([...all].sort((a, b) => byCode(a.unit.code, b.unit.code) || byCode(nameKeyOf(a.cadre.id), nameKeyOf(b.cadre.id)) || byCode(a.cadre.id, b.cadre.id)).map((r) => r.cadre.id));
    const page = (await api.ok<{ threeLinks: LinkLine[] }>(LINKS, { y: 2026, p: 2, n: 7 }, world.admin)).threeLinks;
    expect(page.map((r) => r.cadre.id)).toEqual(all.slice(14, 21).map((r) => r.cadre.id));
    const meta = await api.ok<{ _threeLinksMeta: { count: number } }>('{ _threeLinksMeta(year: 2026) { count } }', {}, world.admin);
    expect(meta._threeLinksMeta.count).toBe(all.length);
    const communities = (await api.ok<{ threeLinks: LinkLine[] }>(LINKS, { y: 2026, k: 'COMMUNITY' }, world.admin)).threeLinks;
    expect(communities.map((r) => r.cadre.id)).toEqual(all.filter((r) => unitOf(r.unit.id).kind === 'COMMUNITY').map((r) => r.cadre.id));
    // PAY-1 / PAY-2 on a row: the pay record and its floor, the months whose check passed
    for (const row of all) {
      const record = world.data.pay.find((p) => p.cadreId === row.cadre.id);
      expect(row.pay).toBe(record?.amount ?? null);
      if (record) expect(row.payFloor).toBe(payFloor(record.title, POLICY_2026.priorYearRuralIncome, policyOf(2026)));
      expect(row.allowanceMonthsPassed).toBe(world.data.checks.filter((c) => c.cadreId === row.cadre.id && c.month.startsWith('2026-') && c.outcome === 'PASS').length);
    }
    const own = (await api.ok<{ threeLinks: LinkLine[] }>(LINKS, { y: 2026 }, world.unitToken)).threeLinks;
    expect(own.map((r) => r.cadre.id)).toEqual(all.filter((r) => r.unit.id === world.unitId).map((r) => r.cadre.id));
    expect((await api.ok<{ _threeLinksMeta: { count: number } }>('query($u: ID) { _threeLinksMeta(year: 2026, unitId: $u) { count } }', { u: world.data.units[4]!.id }, world.unitToken))._threeLinksMeta.count).toBe(0);
  });

  // --- statements: a fixed number per query, whatever the page size or the number of units

  const QUERIES: [string, string][] = [
    ['PAY-5 careDue', 'query($n: Int) { careDue(perPage: $n) { cadre { id name } unit { id code } kind dueDate overdue } _careDueMeta { count } }'],
    ['PAY-2 allowanceReport', 'query($n: Int) { allowanceReport(year: 2026, perPage: $n) { cadre { id name } unit { id code } month amount reason } _allowanceReportMeta(year: 2026) { count } }'],
    ['PAY-1 payReport', 'query($n: Int) { payReport(year: 2026, perPage: $n) { id amount floor belowFloor shortfall } _payReportMeta(year: 2026) { count } }'],
    ['ASM-3 assessmentRanking (draft)', 'query($n: Int) { assessmentRanking(year: 2026, kind: VILLAGE, perPage: $n) { unit { id code } total rank isLast } _assessmentRankingMeta(year: 2026, kind: VILLAGE) { count } }'],
    ['ASM-3 assessmentRanking (published)', 'query($n: Int) { assessmentRanking(year: 2025, kind: VILLAGE, perPage: $n) { unit { id code } total rank isLast } }'],
    ['TGT-6 threeLinks', 'query($n: Int) { threeLinks(year: 2026, perPage: $n) { cadre { id name } unit { id code } posts assessmentTotal realisationAward pay payFloor allowanceDue inReservePool } _threeLinksMeta(year: 2026) { count } }'],
  ];

  it('the statements of each rule query do not grow with the page size nor with the number of units', async () => {
    const measure = async () => {
      const out: Record<string, number[]> = {};
      for (const [name, q] of QUERIES) {
        out[name] = [];
        for (const n of [2, 40]) {
          const { result, statements: s } = await counted(() => api.gql(q, { n }, world.admin));
          expect(result.errors).toBeUndefined();
          out[name]!.push(s);
        }
      }
      return out;
    };
    const before = await measure();
    for (const [name, [small, large]] of Object.entries(before)) expect(large, `${name}: 2 rows against 40`).toBe(small);
    // twice as many units (and their cadres, appointments, events, checks, records)
    const em = api.app.orm.em.fork();
    const more = await generate(em, SEED + 1, 'h', 14);
    await em.flush();
    expect(more.units.length).toBe(14);
    const after = await measure();
    expect(after).toEqual(before);
  }, 120_000);
});
