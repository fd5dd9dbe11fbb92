import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import {
  addYears,
  cadresWithoutTraining,
  effectivePolicy,
  inPoolOn,
  isOpenOn,
  reserveCompliance,
  successionGaps,
  trainingHoursByCadre,
  type Gender,
  type PolicyValues,
} from '@liangwei/domain';
import { backends, TestApi } from './support/api';
import { buildWorld, type World } from './support/fixture';
import { Unit } from '../src/org/unit.entity';
import { Post } from '../src/org/post.entity';
import { Cadre } from '../src/cadre/cadre.entity';
import { Appointment } from '../src/cadre/appointment.entity';
import { ReserveCandidate, SuccessionPair } from '../src/reserve/reserve.entities';
import { TrainingParticipation, TrainingSession } from '../src/training/training.entities';
import { ExitRecord } from '../src/exit/exit-record.entity';
import { DutyLogCheck } from '../src/pay/pay.entities';
import { seeded } from './support/seeded';
import { fillNameSortKeys, nameSortKey } from '../src/common/name-sort';

/**
 * RES-4, RES-1, TRN-2 and MGT-4 are computed in the database; the domain's pure functions are their
 * specification. Random data from a seeded generator, with the boundary cases placed on purpose,
 * is written straight to the database; each rule query's answer through the API is compared row by
 * row with the domain function run on the same rows read back, people in pinyin order (the sort
 * key of name-sort.ts, then the id) on both sides. Paging, counts, the unit scope (ROLE-3/4) and
 * the number of statements per request are checked as well.
 */

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
function shiftDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const SEED = 20261201;
/** reference dates: mid-year, the last day of February in a common year, a leap day, the last day of a month */
const DATES = ['2026-06-30', '2027-02-28', '2028-02-29', '2026-11-30'];
const YEARS = [2025, 2026, 2027];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '阿', '欧阳'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '艳', '军'];
const TITLES = ['PARTY_SECRETARY', 'DEPUTY_PARTY_SECRETARY', 'DIRECTOR', 'COMMITTEE_MEMBER', 'WOMENS_DIRECTOR', 'ACCOUNTANT'];

/** Birth dates around the RES-4 boundaries of each reference date: exactly 35 / 45, a day either side, 29 February. */
function birthDate(g: ReturnType<typeof seeded>): string {
  const ref = g.pick(DATES);
  const age = g.pick([25, 34, 35, 36, 40, 44, 45, 46, 55]);
  const born = addYears(ref, -age);
  switch (g.int(0, 4)) {
    case 0:
      return born; // the birthday is the reference date: exactly `age`
    case 1:
      return shiftDays(born, 1); // turns `age` tomorrow
    case 2:
      return shiftDays(born, -1);
    case 3:
      return `${[1980, 1984, 1992, 1996][g.int(0, 3)]}-02-29`;
    default:
      return `${g.int(1960, 2000)}-${pad(g.int(1, 12))}-${pad(g.int(1, 28))}`;
  }
}

/** A date near a reference date or a year boundary: the same day, a day either side, or some months off. */
function nearDate(g: ReturnType<typeof seeded>): string {
  const ref = g.pick([...DATES, '2026-01-01', '2026-12-31', '2025-12-31', '2027-01-01']);
  return shiftDays(ref, g.pick([0, 0, 1, -1, -40, 120, -400]));
}

interface Generated {
  units: number;
  cadres: number;
}

/** Writes the generated rows straight to the database (no audit, no validation: the rules read what is stored). */
async function generate(em: EntityManager, seed: number, unitCount: number): Promise<Generated> {
  const g = seeded(seed);
  const now = new Date('2026-11-01T00:00:00Z');
  const stamp = { createdAt: now, updatedAt: now, version: 1 };
  const rows: Record<string, Record<string, unknown>[]> = { Unit: [], Post: [], Cadre: [], Appointment: [], ReserveCandidate: [], SuccessionPair: [], TrainingSession: [], TrainingParticipation: [], ExitRecord: [], DutyLogCheck: [] };
  const sessions: { id: string; hours: number }[] = [];
  for (let i = 0; i < 8; i++) {
    const id = randomUUID();
    const hours = g.pick([0.5, 2, 8, 12.5]);
    const startDate = g.pick(['2025-12-31', '2026-01-01', '2026-06-15', '2026-12-31', '2027-01-01', '2027-03-03']);
    sessions.push({ id, hours });
    rows.TrainingSession!.push({ id, ...stamp, title: `培训${i}`, kind: 'TRAINING', startDate, endDate: startDate, hours });
  }
  let cadreCount = 0;
  for (let u = 0; u < unitCount; u++) {
    const unitId = randomUUID();
    // codes in an order that differs from the insertion order and from the names' order
    rows.Unit!.push({ id: unitId, ...stamp, name: `${g.pick(SURNAMES)}家村${u}`, kind: g.pick(['VILLAGE', 'COMMUNITY']), code: `g${pad((u * 7) % unitCount, 3)}` });
    const posts = Array.from({ length: g.int(1, 5) }, () => {
      const id = randomUUID();
      const title = g.pick(TITLES);
      rows.Post!.push({ id, ...stamp, unit: unitId, title, name: title });
      return id;
    });
    const cadres = Array.from({ length: g.int(0, 6) }, () => {
      const id = randomUUID();
      const gender: Gender = g.chance(0.4) ? 'FEMALE' : 'MALE';
      // duplicate names on purpose: ties are broken by id
      rows.Cadre!.push({ id, ...stamp, unit: unitId, name: `${g.pick(SURNAMES)}${g.pick(GIVEN)}`, gender, birthDate: birthDate(g), isCollegeGraduateOfficial: false });
      cadreCount++;
      return id;
    });
    for (const cadre of cadres) {
      for (let k = g.int(0, 2); k > 0; k--) {
        const startDate = nearDate(g);
        const endDate = g.chance(0.5) ? null : shiftDays(startDate, g.pick([1, 30, 200, 700]));
        const post = g.pick(posts);
        // SEL-2 a post has one holder at a time (the database refuses overlapping periods): skip a draw that overlaps
        const overlaps = rows.Appointment!.some((a) => a.post === post && (a.endDate == null || (a.endDate as string) > startDate) && (endDate == null || endDate > (a.startDate as string)));
        if (!overlaps) rows.Appointment!.push({ id: randomUUID(), ...stamp, unit: unitId, cadre, post, startDate, endDate });
      }
      if (g.chance(0.5)) {
        const inPoolFrom = g.chance(0.85) ? nearDate(g) : null;
        const leftPoolOn = inPoolFrom && g.chance(0.3) ? shiftDays(inPoolFrom, g.pick([1, 60, 500])) : null;
        const candidate = randomUUID();
        rows.ReserveCandidate!.push({ id: candidate, ...stamp, unit: unitId, cadre, source: 'COMMITTEE', status: inPoolFrom ? 'IN_POOL' : 'PROPOSED', recommendedOn: '2020-01-01', inPoolFrom, leftPoolOn });
        if (inPoolFrom && g.chance(0.6)) {
          const pairedOn = g.chance(0.5) ? inPoolFrom : nearDate(g);
          const releasedOn = g.chance(0.4) ? shiftDays(pairedOn, g.pick([1, 90, 365])) : null;
          const post = g.pick(posts);
          // RES-1 one unreleased pair per post (the database refuses a second): released pairs may repeat
          const taken = releasedOn == null && rows.SuccessionPair!.some((p) => p.post === post && p.releasedOn == null);
          if (!taken) rows.SuccessionPair!.push({ id: randomUUID(), ...stamp, unit: unitId, post, reserveCandidate: candidate, pairedOn, releasedOn });
        }
      }
      for (const session of sessions) {
        if (!g.chance(0.25)) continue;
        const attended = g.pick([true, true, false, null]);
        // 0 hours on purpose: attended but nothing credited (TRN-2: untrained, yet listed with 0 hours)
        const hours = g.pick([null, null, 0, session.hours / 2]);
        rows.TrainingParticipation!.push({ id: randomUUID(), ...stamp, unit: unitId, session: session.id, cadre, attended, hours });
      }
      if (g.chance(0.15)) {
        rows.ExitRecord!.push({ id: randomUUID(), ...stamp, createdAt: new Date(`${nearDate(g)}T17:30:00Z`), unit: unitId, cadre, kind: g.pick(['RESIGNATION', 'DISMISSAL', 'RECALL']), effectiveDate: nearDate(g), reason: '测试', approvedBy: '街道党工委', recordedBy: 'admin' });
      }
      if (g.chance(0.2)) {
        rows.DutyLogCheck!.push({ id: randomUUID(), ...stamp, unit: unitId, cadre, month: nearDate(g).slice(0, 7), outcome: g.pick(['PASS', 'FAIL']), remarks: g.chance(0.5) ? '未按时记录' : null, checkedBy: 'admin' });
      }
    }
  }
  for (const [entity, list] of Object.entries(rows)) if (list.length) await em.insertMany(entity, list);
  // rows written by plain inserts get their pinyin sort keys as at startup
  await fillNameSortKeys(em);
  return { units: unitCount, cadres: cadreCount };
}

/** Code-point order, as the SQL sorts (never a locale's). */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** A name's pinyin sort key (the one stored in `name_sort`), computed once per name. */
const sortKeys = new Map<string, string>();
function pinyinKey(name: string): string {
  let key = sortKeys.get(name);
  if (key === undefined) {
    key = nameSortKey(name);
    sortKeys.set(name, key);
  }
  return key;
}

describe.each(backends)('rule queries in SQL equal the domain rules (%s)', (backend) => {
  let api: TestApi;
  let world: World;
  let em: EntityManager;
  let unitToken: string;
  let unitOfUser: string;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
    em = api.app.orm.em.fork();
    await generate(em, SEED, 40);
    // RES-4 the year's policy: 2027 asks for three young cadres
    await api.ok('mutation($y: Int!, $k: String!, $v: Float) { setPolicyParameter(year: $y, key: $k, value: $v) { key } }', { y: 2027, k: 'reserveYoungCount', v: 3 }, world.admin);
    const someUnit = (await em.fork().find(Unit, { code: 'g007' }))[0]!;
    unitOfUser = someUnit.id;
    await api.ok('mutation($u: ID) { createUser(username: "generated_unit", password: "unit-pass-123", role: UNIT_USER, unitId: $u) { id } }', { u: unitOfUser }, world.admin);
    unitToken = await api.login('generated_unit', 'unit-pass-123');
  }, 120_000);
  afterAll(() => api?.close());

  async function stored() {
    const fresh = em.fork();
    const [units, posts, cadres, appointments, candidates, pairs, sessions, participations] = await Promise.all([
      fresh.find(Unit, {}),
      fresh.find(Post, {}),
      fresh.find(Cadre, {}),
      fresh.find(Appointment, {}),
      fresh.find(ReserveCandidate, {}),
      fresh.find(SuccessionPair, {}),
      fresh.find(TrainingSession, {}),
      fresh.find(TrainingParticipation, {}),
    ]);
    return { units, posts, cadres, appointments, candidates, pairs, sessions, participations };
  }

  /** Every page of a list query, `perPage` rows at a time, joined; also checks the count query. */
  async function allPages<T>(name: string, args: string, vars: Record<string, unknown>, fields: string, token: string, perPage = 7): Promise<T[]> {
    const decl = Object.keys(vars).length ? `(${Object.entries(vars).map(([k, v]) => `$${k}: ${typeof v === 'number' ? 'Int!' : k === 'd' ? 'Date' : k === 'k' ? 'UnitKind' : 'ID'}`).join(', ')}, $page: Int, $perPage: Int)` : '($page: Int, $perPage: Int)';
    const sep = args ? `${args}, ` : '';
    const rows: T[] = [];
    for (let page = 0; ; page++) {
      const data = await api.ok<Record<string, T[]>>(`query${decl} { ${name}(${sep}page: $page, perPage: $perPage) { ${fields} } }`, { ...vars, page, perPage }, token);
      rows.push(...data[name]!);
      if (data[name]!.length < perPage) break;
    }
    const countDecl = Object.keys(vars).length ? `(${decl.slice(1, decl.indexOf(', $page'))})` : '';
    const meta = await api.ok<Record<string, { count: number }>>(`query${countDecl} { _${name}Meta${args ? `(${args})` : ''} { count } }`, vars, token);
    expect(meta[`_${name}Meta`]!.count).toBe(rows.length);
    return rows;
  }

  interface ComplianceRow {
    unit: { id: string };
    compliant: boolean;
    teamSize: number;
    aged45OrUnder: number;
    aged35OrUnder: number;
    femaleReserves: number;
    missing: string[];
    shortfalls: { kind: string; required: number; actual: number }[];
  }
  const COMPLIANCE_FIELDS = 'unit { id } compliant teamSize aged45OrUnder aged35OrUnder femaleReserves missing shortfalls { kind required actual }';

  function complianceSpec(data: Awaited<ReturnType<typeof stored>>, asOf: string, policy: PolicyValues, unitIds?: Set<string>) {
    const cadre = new Map(data.cadres.map((c) => [c.id, c]));
    return data.units
      .filter((u) => !unitIds || unitIds.has(u.id))
      .map((unit) => {
        const team = data.appointments.filter((a) => a.unit.id === unit.id && isOpenOn(a, asOf)).map((a) => ({ cadreId: a.cadre.id, birthDate: cadre.get(a.cadre.id)!.birthDate }));
        const pool = data.candidates.filter((c) => c.unit.id === unit.id && inPoolOn(c, asOf)).map((c) => ({ cadreId: c.cadre.id, gender: cadre.get(c.cadre.id)!.gender }));
        const r = reserveCompliance(team, pool, asOf, policy);
        return {
          unit: { id: unit.id },
          code: unit.code,
          compliant: r.compliant,
          teamSize: new Set(team.map((t) => t.cadreId)).size,
          aged45OrUnder: r.aged45OrUnder,
          aged35OrUnder: r.aged35OrUnder,
          femaleReserves: r.femaleReserves,
          shortfalls: r.shortfalls,
        };
      })
      .sort((a, b) => Number(a.compliant) - Number(b.compliant) || cmp(a.code, b.code) || cmp(a.unit.id, b.unit.id))
      .map(({ code: _code, ...row }) => row);
  }

  it('RES-4 reserveCompliance equals the domain rule on every unit and reference date (exactly 45 / 35 on the date, 29 February, the year’s policy), non-compliant first, then by unit code', async () => {
    const data = await stored();
    for (const asOf of DATES) {
      const policy = effectivePolicy(asOf.startsWith('2027') ? { reserveYoungCount: 3 } : {});
      const rows = await allPages<ComplianceRow>('reserveCompliance', 'asOf: $d', { d: asOf }, COMPLIANCE_FIELDS, world.admin);
      expect(rows.map(({ missing: _m, ...r }) => r)).toEqual(complianceSpec(data, asOf, policy));
      expect(rows.every((r) => r.missing.length === r.shortfalls.length)).toBe(true);
    }
    // the boundary cases are there: someone exactly 45 and someone exactly 35 on a reference date, a leap-day birth
    const ages = data.cadres.map((c) => c.birthDate);
    expect(DATES.some((d) => ages.includes(addYears(d, -45)))).toBe(true);
    expect(DATES.some((d) => ages.includes(addYears(d, -35)))).toBe(true);
    expect(ages.some((b) => b.endsWith('-02-29'))).toBe(true);
  });

  it('RES-4 the compliant and kind filters narrow the same list; the count follows them', async () => {
    const asOf = DATES[0]!;
    const all = await allPages<ComplianceRow>('reserveCompliance', 'asOf: $d', { d: asOf }, COMPLIANCE_FIELDS, world.admin, 1000);
    const { reserveCompliance: failing } = await api.ok<{ reserveCompliance: ComplianceRow[] }>(`query($d: Date) { reserveCompliance(asOf: $d, compliant: false) { ${COMPLIANCE_FIELDS} } }`, { d: asOf }, world.admin);
    expect(failing).toEqual(all.filter((r) => !r.compliant));
    const { _reserveComplianceMeta: count } = await api.ok<{ _reserveComplianceMeta: { count: number } }>('query($d: Date) { _reserveComplianceMeta(asOf: $d, compliant: true) { count } }', { d: asOf }, world.admin);
    expect(count.count).toBe(all.filter((r) => r.compliant).length);
    const data = await stored();
    const villages = new Set(data.units.filter((u) => u.kind === 'VILLAGE').map((u) => u.id));
    const onlyVillages = await allPages<ComplianceRow>('reserveCompliance', 'asOf: $d, kind: $k', { d: asOf, k: 'VILLAGE' }, COMPLIANCE_FIELDS, world.admin);
    expect(onlyVillages).toEqual(all.filter((r) => villages.has(r.unit.id)));
  });

  it('RES-1 successionGaps equals the domain rule (a pair made on the date covers it, one released on the date does not), by unit code, title and id', async () => {
    const data = await stored();
    const code = new Map(data.units.map((u) => [u.id, u.code]));
    const ordered = [...data.posts].sort((a, b) => cmp(code.get(a.unit.id)!, code.get(b.unit.id)!) || cmp(a.title, b.title) || cmp(a.id, b.id));
    const pairs = data.pairs.map((p) => ({ postId: p.post.id, pairedOn: p.pairedOn, releasedOn: p.releasedOn }));
    expect(pairs.some((p) => DATES.includes(p.pairedOn))).toBe(true);
    for (const asOf of DATES) {
      const rows = await allPages<{ id: string; unitId: string; title: string }>('successionGaps', 'asOf: $d', { d: asOf }, 'id unitId title', world.admin, 25);
      expect(rows.map((p) => p.id)).toEqual(successionGaps(ordered, pairs, asOf).map((p) => p.id));
    }
    const one = await allPages<{ id: string }>('successionGaps', 'asOf: $d, unitId: $u', { d: DATES[0], u: unitOfUser }, 'id', world.admin);
    expect(one.map((p) => p.id)).toEqual(successionGaps(ordered.filter((p) => p.unit.id === unitOfUser), pairs, DATES[0]!).map((p) => p.id));
  });

  function trainingSpec(data: Awaited<ReturnType<typeof stored>>, year: number) {
    const session = new Map(data.sessions.map((s) => [s.id, s]));
    const records = data.participations.map((p) => ({ cadreId: p.cadre.id, sessionStart: session.get(p.session.id)!.startDate, attended: p.attended ?? null, hours: p.hours ?? session.get(p.session.id)!.hours }));
    const code = new Map(data.units.map((u) => [u.id, u.code]));
    const byUnitAndName = <C extends { id: string; name: string; unit: { id: string } }>(a: C, b: C) => cmp(code.get(a.unit.id)!, code.get(b.unit.id)!) || cmp(pinyinKey(a.name), pinyinKey(b.name)) || cmp(a.id, b.id);
    const hours = trainingHoursByCadre(records, year);
    const cadres = [...data.cadres].sort(byUnitAndName);
    const start = `${year}-01-01`;
    const end = `${year}-12-31`;
    const team = cadres.filter((c) => data.appointments.some((a) => a.cadre.id === c.id && a.startDate <= end && (a.endDate == null || a.endDate > start)));
    return {
      hours: cadres.filter((c) => hours.has(c.id)).map((c) => ({ cadre: { id: c.id }, hours: hours.get(c.id)!, sessions: records.filter((r) => r.cadreId === c.id && r.attended === true && r.sessionStart.startsWith(`${year}-`)).length })),
      untrained: cadresWithoutTraining(team, records, year).map((c) => c.id),
    };
  }

  it('TRN-2 trainingHours and untrainedCadres equal the domain rules in each year (sessions on 1 January and 31 December, 0 credited hours), by unit code and name (pinyin)', async () => {
    const data = await stored();
    // the stored keys are the names' pinyin keys
    expect(data.cadres.filter((c) => c.nameSort !== pinyinKey(c.name)).map((c) => c.name)).toEqual([]);
    for (const year of YEARS) {
      const spec = trainingSpec(data, year);
      const hours = await allPages<{ cadre: { id: string }; hours: number; sessions: number }>('trainingHours', 'year: $y', { y: year }, 'cadre { id } hours sessions', world.admin);
      expect(hours).toEqual(spec.hours);
      const untrained = await allPages<{ id: string }>('untrainedCadres', 'year: $y', { y: year }, 'id', world.admin);
      expect(untrained.map((c) => c.id)).toEqual(spec.untrained);
    }
    // a cadre credited 0 hours for an attended session is listed with 0 hours and counts as untrained
    const zero = trainingSpec(data, 2026).hours.filter((r) => r.hours === 0);
    expect(zero.length).toBeGreaterThan(0);
  });

  it('MGT-4 cadreWarnings pages through one sorted list (by unit code, name in pinyin, kind); a pending exit is one not yet effective on asOf, a failed check counts in asOf’s month and the two before', async () => {
    const asOf = DATES[3]!; // 2026-11-30: checks of 2026-09..11 count
    const fresh = em.fork();
    const exits = await fresh.find(ExitRecord, { effectiveDate: { $gt: asOf } });
    const failed = await fresh.find(DutyLogCheck, { outcome: 'FAIL', month: { $gte: '2026-09', $lte: '2026-11' } });
    const all = await allPages<{ kind: string; since: string; detail: string; cadre: { id: string } }>('cadreWarnings', 'asOf: $d', { d: asOf }, 'kind since detail cadre { id }', world.admin, 5);
    expect(all.filter((w) => w.kind === 'EXIT_PENDING').map((w) => w.cadre.id).sort()).toEqual(exits.map((e) => e.cadre.id).sort());
    expect(all.filter((w) => w.kind === 'FAILED_LOG_CHECK').map((w) => `${w.cadre.id}:${w.since}:${w.detail}`).sort()).toEqual(failed.map((c) => `${c.cadre.id}:${c.month}-01:${c.remarks ?? ''}`).sort());
    expect(exits.length + failed.length).toBeGreaterThan(0);
    // since of an exit: the day it was recorded in China (17:30 UTC is the next day there)
    for (const e of exits) expect(all.find((w) => w.kind === 'EXIT_PENDING' && w.cadre.id === e.cadre.id)!.since).toBe(shiftDays(e.createdAt.toISOString().slice(0, 10), 1));
    const data = await stored();
    const cadre = new Map(data.cadres.map((c) => [c.id, c]));
    const code = new Map(data.units.map((u) => [u.id, u.code]));
    const key = (w: { kind: string; cadre: { id: string } }) => [code.get(cadre.get(w.cadre.id)!.unit.id)!, pinyinKey(cadre.get(w.cadre.id)!.name), w.cadre.id, w.kind];
    const sorted = [...all].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return x.map((v, i) => cmp(v, y[i]!)).find((c) => c !== 0) ?? 0;
    });
    expect(all.map(key)).toEqual(sorted.map(key));
    const onlyExits = await allPages<{ kind: string }>('cadreWarnings', 'asOf: $d, kind: EXIT_PENDING', { d: asOf }, 'kind', world.admin, 1000);
    expect(onlyExits.length).toBe(exits.length);
  });

  it('ROLE-3/4 a unit user gets its own unit’s rows only from every rule query, the same rows the subdistrict sees for that unit', async () => {
    const asOf = DATES[0]!;
    const own = await allPages<ComplianceRow>('reserveCompliance', 'asOf: $d', { d: asOf }, COMPLIANCE_FIELDS, unitToken);
    expect(own.map((r) => r.unit.id)).toEqual([unitOfUser]);
    const admin = await allPages<ComplianceRow>('reserveCompliance', 'asOf: $d', { d: asOf }, COMPLIANCE_FIELDS, world.admin, 1000);
    expect(own).toEqual(admin.filter((r) => r.unit.id === unitOfUser));
    // asking for another unit gives nothing
    expect(await allPages('reserveCompliance', 'asOf: $d, unitId: $u', { d: asOf, u: world.a.unitId }, 'compliant', unitToken)).toEqual([]);

    const gaps = await allPages<{ unitId: string }>('successionGaps', 'asOf: $d', { d: asOf }, 'id unitId', unitToken);
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((p) => p.unitId === unitOfUser)).toBe(true);
    expect(await allPages('successionGaps', 'unitId: $u', { u: world.a.unitId }, 'id', unitToken)).toEqual([]);

    for (const year of YEARS) {
      const hours = await allPages<{ cadre: { id: string; unitId: string } }>('trainingHours', 'year: $y', { y: year }, 'cadre { id unitId } hours', unitToken);
      const allHours = await allPages<{ cadre: { id: string; unitId: string } }>('trainingHours', 'year: $y', { y: year }, 'cadre { id unitId } hours', world.admin, 1000);
      expect(hours).toEqual(allHours.filter((r) => r.cadre.unitId === unitOfUser));
      const untrained = await allPages<{ id: string; unitId: string }>('untrainedCadres', 'year: $y', { y: year }, 'id unitId', unitToken);
      const allUntrained = await allPages<{ id: string; unitId: string }>('untrainedCadres', 'year: $y', { y: year }, 'id unitId', world.admin, 1000);
      expect(untrained).toEqual(allUntrained.filter((c) => c.unitId === unitOfUser));
    }
    const warnings = await allPages<{ cadre: { unitId: string } }>('cadreWarnings', 'asOf: $d', { d: DATES[3] }, 'cadre { unitId }', unitToken);
    expect(warnings.every((w) => w.cadre.unitId === unitOfUser)).toBe(true);
  });

  it('TRN-2 RES-1 a cadre or post read by a rule statement is the same record, field for field, as read by id (dates, booleans, masked personal data)', async () => {
    const CADRE = 'id unitId name gender birthDate ethnicity education politicalStatus phone idNumber isCollegeGraduateOfficial note version createdAt updatedAt';
    const POST = 'id unitId title name version createdAt updatedAt';
    for (const token of [world.admin, unitToken]) {
      const { untrainedCadres } = await api.ok<{ untrainedCadres: Record<string, unknown>[] }>(`{ untrainedCadres(year: 2026, perPage: 5) { ${CADRE} } }`, {}, token);
      if (token === world.admin) expect(untrainedCadres.length).toBeGreaterThan(0);
      for (const c of untrainedCadres) expect(c).toEqual((await api.ok<{ Cadre: unknown }>(`query($id: ID!) { Cadre(id: $id) { ${CADRE} } }`, { id: c.id }, token)).Cadre);
      const { successionGaps: posts } = await api.ok<{ successionGaps: Record<string, unknown>[] }>(`{ successionGaps(perPage: 5) { ${POST} } }`, {}, token);
      if (token === world.admin) expect(posts.length).toBeGreaterThan(0);
      for (const p of posts) expect(p).toEqual((await api.ok<{ Post: unknown }>(`query($id: ID!) { Post(id: $id) { ${POST} } }`, { id: p.id }, token)).Post);
    }
  });

  it('a page size outside 1..1000 or a negative page is BAD_USER_INPUT on every rule query', async () => {
    for (const q of ['{ reserveCompliance(perPage: 0) { compliant } }', '{ successionGaps(perPage: 1001) { id } }', '{ trainingHours(year: 2026, page: -1) { hours } }', '{ untrainedCadres(year: 2026, perPage: 0) { id } }', '{ cadreWarnings(perPage: 5000) { kind } }']) {
      const result = await api.gql(q, {}, world.admin);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('the number of statements of each rule query does not grow with the page size or the number of units', async () => {
    const connection = api.app.orm.em.getConnection();
    const original = connection.execute.bind(connection);
    let statements = 0;
    connection.execute = ((...args: Parameters<typeof connection.execute>) => {
      statements++;
      return original(...args);
    }) as typeof connection.execute;
    const countOf = async (query: string, variables: Record<string, unknown>) => {
      statements = 0;
      await api.ok(query, variables, world.admin);
      return statements;
    };
    try {
      const queries: [string, string][] = [
        ['reserveCompliance', 'query($u: ID, $n: Int) { reserveCompliance(asOf: "2026-06-30", unitId: $u, perPage: $n) { unit { id name } compliant missing } }'],
        ['successionGaps', 'query($u: ID, $n: Int) { successionGaps(asOf: "2026-06-30", unitId: $u, perPage: $n) { id title } }'],
        ['trainingHours', 'query($u: ID, $n: Int) { trainingHours(year: 2026, unitId: $u, perPage: $n) { cadre { id name } hours sessions } }'],
        ['untrainedCadres', 'query($u: ID, $n: Int) { untrainedCadres(year: 2026, unitId: $u, perPage: $n) { id name } }'],
        ['cadreWarnings', 'query($u: ID, $n: Int) { cadreWarnings(asOf: "2026-11-30", unitId: $u, perPage: $n) { cadre { id name } kind since } }'],
      ];
      for (const [name, query] of queries) {
        const small = await countOf(query, { n: 1 });
        const large = await countOf(query, { n: 1000 });
        const oneUnit = await countOf(query, { u: unitOfUser, n: 1000 });
        expect({ name, large }).toEqual({ name, large: small });
        // one unit: the same statements (the batched read is skipped when the page is empty)
        expect(oneUnit).toBeGreaterThanOrEqual(small - 1);
        expect(oneUnit).toBeLessThanOrEqual(small);
        // reading the viewer, the year's policy (RES-4), the rule's statement, one batched read of the page's units or cadres
        expect(small).toBeLessThanOrEqual(4);
      }
    } finally {
      connection.execute = original;
    }
  });
});
