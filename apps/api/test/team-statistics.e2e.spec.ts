import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { EntityManager } from '@mikro-orm/core';
import { Role, TeamDimension, teamFigures, type Viewer } from '@liangwei/domain';
import { backends, codeOf, TestApi } from './support/api';
import { buildWorld, createAppointment, createPost, type World } from './support/fixture';
import { piiValue } from '../src/graphql/pii';
import { Cadre } from '../src/cadre/cadre.entity';
import { Appointment } from '../src/cadre/appointment.entity';

/**
 * ORG-3 RES-4 RES-1 The team statistics on a date: the team = cadres holding an appointment open on
 * the date; ages in full years exactly as the domain computes them (someone exactly 35 that day is
 * in ≤35, exactly 45 in 36–45); a unit user's figures are its own unit's; the people behind each
 * bucket; a fixed number of statements whatever the page size and the number of units.
 */
const D = '2026-06-30';
const STATS = `query($d: Date, $u: ID, $k: UnitKind) { teamStatistics(asOf: $d, unitId: $u, kind: $k) {
  asOf teamSize averageAge posts vacancies pairedPosts coverage
  byAgeBand { key label labelEn count } byEducation { key count } byGender { key count } byPartyMembership { key label count }
  byEthnicity { key label count } byCollegeGraduateOfficial { key count } byAgeBandAndGender { key count }
  reservesByStatus { key count } reservesBySource { key count }
} }`;
const PEOPLE = `query($dim: TeamDimension!, $key: String!, $d: Date, $u: ID, $n: Int, $p: Int) {
  teamStatisticsPeople(dimension: $dim, key: $key, asOf: $d, unitId: $u, perPage: $n, page: $p) { id name unitId birthDate idNumber phone age }
  _teamStatisticsPeopleMeta(dimension: $dim, key: $key, asOf: $d, unitId: $u) { count }
}`;

type Bucket = { key: string; count: number; label?: string; labelEn?: string };
type Stats = {
  asOf: string; teamSize: number; averageAge: number | null; posts: number; vacancies: number; pairedPosts: number; coverage: number | null;
  byAgeBand: Bucket[]; byEducation: Bucket[]; byGender: Bucket[]; byPartyMembership: Bucket[]; byEthnicity: Bucket[]; byCollegeGraduateOfficial: Bucket[]; byAgeBandAndGender: Bucket[];
  reservesByStatus: Bucket[]; reservesBySource: Bucket[];
};

const counts = (buckets: Bucket[]) => Object.fromEntries(buckets.filter((b) => b.count > 0).map((b) => [b.key, b.count]));
const analystViewer = { role: Role.SUBDISTRICT_ANALYST, unitId: null } as Viewer;

describe.each(backends)('team statistics (%s)', (backend) => {
  let api: TestApi;
  let world: World;
  let em: EntityManager;
  const people: Record<string, string> = {};

  const CREATE = `mutation($u: ID!, $n: String!, $g: Gender!, $b: Date!, $e: Education, $p: PoliticalStatus, $eth: String, $cg: Boolean) {
    createCadre(unitId: $u, name: $n, gender: $g, birthDate: $b, education: $e, politicalStatus: $p, ethnicity: $eth, isCollegeGraduateOfficial: $cg, phone: "13912345678") { id } }`;
  async function cadre(name: string, birthDate: string, extra: Record<string, unknown> = {}, unitId = world.a.unitId): Promise<string> {
    const { createCadre: c } = await api.ok<{ createCadre: { id: string } }>(CREATE, { u: unitId, n: name, g: 'MALE', b: birthDate, ...extra }, world.admin);
    people[name] = c.id;
    return c.id;
  }

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
    em = api.app.orm.em.fork();
    // unit A: the secretary of the fixture (born 1985-06-15: 41 on D) and these
    const a = world.a.unitId;
    await api.ok('mutation($id: ID!) { updateCadre(id: $id, education: BACHELOR, politicalStatus: PARTY_MEMBER, ethnicity: "汉族") { id } }', { id: world.a.cadreId }, world.admin);
    const p1 = await createPost(api, world.admin, a, 'DIRECTOR');
    const p2 = await createPost(api, world.admin, a, 'COMMITTEE_MEMBER');
    const p3 = await createPost(api, world.admin, a, 'COMMITTEE_MEMBER');
    const p4 = await createPost(api, world.admin, a, 'WOMENS_DIRECTOR');
    await createPost(api, world.admin, a, 'ACCOUNTANT'); // never held: vacant
    // exactly 35 on D (birthday on D), starting on D: on the team, in ≤35
    await createAppointment(api, world.admin, await cadre('三十五整', '1991-06-30', { g: 'FEMALE', e: 'BACHELOR', p: 'PARTY_MEMBER', eth: '回族', cg: true }), p1, D);
    // exactly 45 on D: 36–45
    await createAppointment(api, world.admin, await cadre('四十五整', '1981-06-30', { e: 'SENIOR_HIGH', p: 'MASSES', eth: '汉族' }), p2, '2020-01-01');
    // 36 on D exactly (turned 36 that day): 36–45
    await createAppointment(api, world.admin, await cadre('三十六整', '1990-06-30', { g: 'FEMALE', p: 'PROBATIONARY_MEMBER' }), p3, '2020-01-01', '2026-07-01');
    // 45 on D, 46 the next day: 36–45 on D
    await createAppointment(api, world.admin, await cadre('明日四十六', '1980-07-01', { e: 'JUNIOR_COLLEGE', p: 'PARTY_MEMBER' }), p4, '2019-01-01');
    // left on D (the end date is the day the post is left): not on the team
    const gone = await createPost(api, world.admin, a, 'DEPUTY_DIRECTOR');
    await createAppointment(api, world.admin, await cadre('当日离任', '1960-05-05'), gone, '2015-01-01', D);
    // starts the day after D: not on the team on D
    await createAppointment(api, world.admin, await cadre('次日到任', '1966-05-05'), gone, '2026-07-01');
    // a reserve in the pool on D, paired with the accountant's post on D (RES-1): coverage 1 of 7
    const reserveCadre = await cadre('后备人选', '1995-01-01', { g: 'FEMALE' });
    const now = new Date();
    const stamp = { createdAt: now, updatedAt: now, version: 1 };
    const candidate = randomUUID();
    const post = (await em.fork().find('Post', { unit: a, title: 'ACCOUNTANT' }))[0] as { id: string };
    await em.insertMany('ReserveCandidate', [
      { id: candidate, ...stamp, unit: a, cadre: reserveCadre, source: 'DEMOCRATIC', status: 'IN_POOL', recommendedOn: '2026-01-01', proposedOn: '2026-02-01', committeeReviewedOn: '2026-03-01', subdistrictReviewedOn: D, inPoolFrom: D },
      { id: randomUUID(), ...stamp, unit: a, cadre: people['三十五整'], source: 'SELF', status: 'PROPOSED', recommendedOn: '2026-05-01', proposedOn: '2026-07-01' },
    ]);
    await em.insertMany('SuccessionPair', [{ id: randomUUID(), ...stamp, unit: a, post: post.id, reserveCandidate: candidate, pairedOn: D }]);
    // unit B (a community): its secretary of the fixture and one more
    await createAppointment(api, world.admin, await cadre('乙单位委员', '1970-01-01', {}, world.b.unitId), await createPost(api, world.admin, world.b.unitId), '2020-01-01');
  }, 120_000);
  afterAll(() => api?.close());

  const stats = async (vars: Record<string, unknown>, token = world.admin) => (await api.ok<{ teamStatistics: Stats }>(STATS, vars, token)).teamStatistics;

  it('ORG-3 RES-4 on the boundary date: exactly 35 is in ≤35, exactly 45 and 36 are in 36–45; the day’s starter counts, the day’s leaver does not', async () => {
    const s = await stats({ d: D, u: world.a.unitId });
    expect(s.asOf).toBe(D);
    expect(s.teamSize).toBe(5);
    expect(counts(s.byAgeBand)).toEqual({ UP_TO_35: 1, FROM_36_TO_45: 4 });
    expect(s.byAgeBand.map((b) => b.key)).toEqual(['UP_TO_35', 'FROM_36_TO_45', 'FROM_46_TO_55', 'OVER_55']);
    expect(s.byAgeBand[0]).toMatchObject({ label: '35岁及以下', labelEn: '35 and under' });
    expect(s.averageAge).toBe(Math.round(((35 + 45 + 36 + 45 + 41) / 5) * 10) / 10);
    expect(counts(s.byGender)).toEqual({ MALE: 3, FEMALE: 2 });
    expect(counts(s.byEducation)).toEqual({ BACHELOR: 2, SENIOR_HIGH: 1, JUNIOR_COLLEGE: 1, UNKNOWN: 1 });
    expect(counts(s.byPartyMembership)).toEqual({ PARTY_MEMBER: 3, MASSES: 1, PROBATIONARY_MEMBER: 1 });
    expect(s.byEthnicity).toEqual([
      { key: '汉族', label: '汉族', count: 2 },
      { key: '回族', label: '回族', count: 1 },
      { key: 'UNKNOWN', label: '未填写', count: 2 },
    ]);
    expect(counts(s.byCollegeGraduateOfficial)).toEqual({ YES: 1, NO: 4 });
    expect(counts(s.byAgeBandAndGender)).toEqual({ 'UP_TO_35:FEMALE': 1, 'FROM_36_TO_45:FEMALE': 1, 'FROM_36_TO_45:MALE': 3 });
    for (const key of ['byAgeBand', 'byEducation', 'byGender', 'byPartyMembership', 'byEthnicity', 'byCollegeGraduateOfficial', 'byAgeBandAndGender'] as const) {
      expect({ key, sum: s[key].reduce((n, b) => n + b.count, 0) }).toEqual({ key, sum: s.teamSize });
    }
    // RES-1 seven posts, the deputy director's and the accountant's vacant on D, the accountant's paired
    expect({ posts: s.posts, vacancies: s.vacancies, pairedPosts: s.pairedPosts }).toEqual({ posts: 7, vacancies: 2, pairedPosts: 1 });
    expect(s.coverage).toBeCloseTo(1 / 7);
    // RES-3 the reserves on D: one in the pool (reviewed on D), one recommended (proposed only later)
    expect(counts(s.reservesByStatus)).toEqual({ IN_POOL: 1, RECOMMENDED: 1 });
    expect(counts(s.reservesBySource)).toEqual({ DEMOCRATIC: 1 });
  });

  it('ORG-3 RES-4 the day after: the 36-year-old left, the 45-year-old turned 46, the next starter joined, the proposal is on record', async () => {
    const s = await stats({ d: '2026-07-01', u: world.a.unitId });
    expect(s.teamSize).toBe(5);
    expect(counts(s.byAgeBand)).toEqual({ UP_TO_35: 1, FROM_36_TO_45: 2, FROM_46_TO_55: 1, OVER_55: 1 });
    expect(counts(s.reservesByStatus)).toEqual({ IN_POOL: 1, PROPOSED: 1 });
    // the day before D: the reserve is not in the pool yet, nothing is paired
    const before = await stats({ d: '2026-06-29', u: world.a.unitId });
    expect(before.pairedPosts).toBe(0);
    expect(counts(before.reservesByStatus)).toEqual({ COMMITTEE_APPROVED: 1, RECOMMENDED: 1 });
    expect(before.coverage).toBe(0);
  });

  it('ORG-3 the figures equal the domain’s teamFigures on the stored rows, for every unit, each kind and boundary dates', async () => {
    const fresh = em.fork();
    const [cadres, appointments] = await Promise.all([fresh.find(Cadre, {}), fresh.find(Appointment, {})]);
    const rows = appointments.map((a) => ({ cadreId: a.cadre.id, unitId: a.unit.id, startDate: a.startDate, endDate: a.endDate }));
    for (const d of ['2026-06-29', D, '2026-07-01', '2026-11-25', '2015-01-01']) {
      for (const [vars, units] of [[{}, undefined], [{ k: 'COMMUNITY' }, new Set([world.b.unitId])], [{ u: world.a.unitId }, new Set([world.a.unitId])]] as const) {
        const s = await stats({ d, ...vars });
        const expected = teamFigures(cadres, rows, d, units);
        expect({ d, vars, teamSize: s.teamSize }).toEqual({ d, vars, teamSize: expected.teamSize });
        expect(counts(s.byAgeBand)).toEqual(expected.counts[TeamDimension.AGE_BAND]);
        expect(counts(s.byEducation)).toEqual(expected.counts[TeamDimension.EDUCATION]);
        expect(counts(s.byPartyMembership)).toEqual(expected.counts[TeamDimension.PARTY_MEMBERSHIP]);
        expect(counts(s.byAgeBandAndGender)).toEqual(expected.counts[TeamDimension.AGE_BAND_AND_GENDER]);
        expect(s.averageAge).toBe(expected.averageAge == null ? null : Math.round(expected.averageAge * 10) / 10);
      }
    }
  });

  it('ROLE-3 a unit user’s figures are its own unit’s only, whatever it asks for', async () => {
    const own = await stats({ d: D }, world.a.token);
    expect(own).toEqual(await stats({ d: D, u: world.a.unitId }));
    const other = await stats({ d: D, u: world.b.unitId }, world.a.token);
    expect({ teamSize: other.teamSize, posts: other.posts, averageAge: other.averageAge, reserves: counts(other.reservesByStatus) }).toEqual({ teamSize: 0, posts: 0, averageAge: null, reserves: {} });
    expect((await stats({ d: D, k: 'COMMUNITY' }, world.a.token)).teamSize).toBe(0);
    // the subdistrict sees both units
    expect((await stats({ d: D })).teamSize).toBe(5 + 2);
    expect(codeOf(await api.gql(STATS, { d: D }, null))).toBe('UNAUTHENTICATED');
  });

  it('ORG-3 the people behind a bucket: who is in ≤35 and 36–45 on D, paged with a count; a unit user sees only its own; the analyst sees masked personal data', async () => {
    const young = await api.ok<{ teamStatisticsPeople: { id: string; name: string }[]; _teamStatisticsPeopleMeta: { count: number } }>(PEOPLE, { dim: 'AGE_BAND', key: 'UP_TO_35', d: D }, world.admin);
    expect(young.teamStatisticsPeople.map((p) => p.name)).toEqual(['三十五整']);
    const middle = await api.ok<{ teamStatisticsPeople: { name: string }[]; _teamStatisticsPeopleMeta: { count: number } }>(PEOPLE, { dim: 'AGE_BAND', key: 'FROM_36_TO_45', d: D, u: world.a.unitId }, world.admin);
    expect(middle._teamStatisticsPeopleMeta.count).toBe(4);
    const names = middle.teamStatisticsPeople.map((p) => p.name);
    expect(names.filter((n) => !n.startsWith('测试')).sort()).toEqual(['三十六整', '四十五整', '明日四十六'].sort());
    expect(names.filter((n) => n.startsWith('测试'))).toHaveLength(1); // the fixture's secretary, 41
    // paging: two pages of 3 and 1, the same people as one page
    const page0 = await api.ok<{ teamStatisticsPeople: { name: string }[] }>(PEOPLE, { dim: 'AGE_BAND', key: 'FROM_36_TO_45', d: D, n: 3, p: 0 }, world.admin);
    const page1 = await api.ok<{ teamStatisticsPeople: { name: string }[] }>(PEOPLE, { dim: 'AGE_BAND', key: 'FROM_36_TO_45', d: D, n: 3, p: 1 }, world.admin);
    expect([...page0.teamStatisticsPeople, ...page1.teamStatisticsPeople].map((p) => p.name)).toEqual(
      (await api.ok<{ teamStatisticsPeople: { name: string }[] }>(PEOPLE, { dim: 'AGE_BAND', key: 'FROM_36_TO_45', d: D }, world.admin)).teamStatisticsPeople.map((p) => p.name),
    );
    // every bucket's people add up to its count
    const s = await stats({ d: D });
    for (const [dim, list] of [['EDUCATION', s.byEducation], ['ETHNICITY', s.byEthnicity], ['AGE_BAND_AND_GENDER', s.byAgeBandAndGender]] as const) {
      for (const b of list) {
        const { _teamStatisticsPeopleMeta: meta } = await api.ok<{ _teamStatisticsPeopleMeta: { count: number } }>(PEOPLE, { dim, key: b.key, d: D, n: 1 }, world.admin);
        expect({ dim, key: b.key, n: meta.count }).toEqual({ dim, key: b.key, n: b.count });
      }
    }
    // ROLE-3 a unit user: the other unit's people never appear
    const fromB = await api.ok<{ teamStatisticsPeople: { unitId: string }[]; _teamStatisticsPeopleMeta: { count: number } }>(PEOPLE, { dim: 'GENDER', key: 'MALE', d: D, u: world.b.unitId }, world.a.token);
    expect({ rows: fromB.teamStatisticsPeople, count: fromB._teamStatisticsPeopleMeta.count }).toEqual({ rows: [], count: 0 });
    const mine = await api.ok<{ teamStatisticsPeople: { unitId: string }[] }>(PEOPLE, { dim: 'GENDER', key: 'MALE', d: D }, world.a.token);
    expect(new Set(mine.teamStatisticsPeople.map((p) => p.unitId))).toEqual(new Set([world.a.unitId]));
    // ROLE-2 the analyst: ID numbers, phones and birth dates masked; ages exact
    const seen = await api.ok<{ teamStatisticsPeople: { name: string; birthDate: string; phone: string; idNumber: string | null; age: number }[] }>(PEOPLE, { dim: 'AGE_BAND', key: 'UP_TO_35', d: D }, world.analyst);
    expect(seen.teamStatisticsPeople[0]).toMatchObject({ name: '三十五整', birthDate: '1991-06', phone: piiValue('phone', '13912345678', analystViewer), idNumber: null, age: 35 });
  });

  it('ORG-3 a page size outside 1..1000 is BAD_USER_INPUT; an unknown dimension is refused before anything runs', async () => {
    expect(codeOf(await api.gql(PEOPLE, { dim: 'AGE_BAND', key: 'UP_TO_35', n: 0 }, world.admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(PEOPLE, { dim: 'SHOE_SIZE', key: 'x' }, world.admin))).toBe('BAD_USER_INPUT');
  });

  it('ORG-3 the number of statements does not grow with the page size or the number of units', async () => {
    const connection = api.app.orm.em.getConnection();
    const original = connection.execute.bind(connection);
    let statements = 0;
    connection.execute = ((...args: Parameters<typeof connection.execute>) => {
      statements++;
      return original(...args);
    }) as typeof connection.execute;
    const countOf = async (q: string, vars: Record<string, unknown>) => {
      statements = 0;
      await api.ok(q, vars, world.admin);
      return statements;
    };
    const WITH_UNITS = `query($d: Date) { teamStatistics(asOf: $d) { teamSize byAgeBand { key count } byUnit { unit { id name } posts vacancies coverage teamSize } } }`;
    try {
      const before = await countOf(WITH_UNITS, { d: D });
      const peopleSmall = await countOf(PEOPLE, { dim: 'GENDER', key: 'MALE', d: D, n: 1 });
      const peopleLarge = await countOf(PEOPLE, { dim: 'GENDER', key: 'MALE', d: D, n: 1000 });
      // 30 more units, each with a post, a cadre and an appointment
      const now = new Date();
      const stamp = { createdAt: now, updatedAt: now, version: 1 };
      const rows: Record<string, Record<string, unknown>[]> = { Unit: [], Post: [], Cadre: [], Appointment: [] };
      for (let i = 0; i < 30; i++) {
        const unit = randomUUID();
        const post = randomUUID();
        const cadre = randomUUID();
        rows.Unit!.push({ id: unit, ...stamp, name: `加测村${i}`, kind: 'VILLAGE', code: `x${i}` });
        rows.Post!.push({ id: post, ...stamp, unit, title: 'PARTY_SECRETARY', name: '党组织书记' });
        rows.Cadre!.push({ id: cadre, ...stamp, unit, name: `加测${i}`, gender: 'MALE', birthDate: '1980-01-01', isCollegeGraduateOfficial: false });
        rows.Appointment!.push({ id: randomUUID(), ...stamp, unit, post, cadre, startDate: '2020-01-01' });
      }
      for (const [entity, list] of Object.entries(rows)) await em.fork().insertMany(entity, list);
      const after = await countOf(WITH_UNITS, { d: D });
      expect(after).toBe(before);
      expect(peopleLarge).toBe(peopleSmall);
      // the viewer, the statistics, the per-unit figures, one batched read of the units
      expect(before).toBeLessThanOrEqual(4);
      // the viewer, the page, the count
      expect(peopleSmall).toBeLessThanOrEqual(3);
      expect((await stats({ d: D })).teamSize).toBe(7 + 30);
    } finally {
      connection.execute = original;
    }
  });

  it('ORG-3 the .xlsx export carries the "as of" date and a unit user’s workbook holds its own unit only', async () => {
    const download = async (query: string, token: string | null) => fetch(`${api.url}/excel/team-statistics.xlsx?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const res = await download(`asOf=${D}`, world.a.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent(`班子结构统计-${D}.xlsx`));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const summary = book.getWorksheet('班子结构统计')!;
    expect(String(summary.getRow(1).getCell(1).value)).toContain(`截至 ${D}`);
    expect(summary.getRow(4).getCell(2).value).toBe(5);
    const perUnit = book.getWorksheet('各单位')!;
    expect(perUnit.rowCount).toBe(2);
    expect(perUnit.getRow(2).getCell(1).value).toBe('单位ua');
    expect(perUnit.getRow(2).getCell(2).value).toBe('村');
    expect((await download(`asOf=${D}`, null)).status).toBe(401);
    const bad = await download('asOf=2026-13-01', world.admin);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { extensions: { code: string; messageZh: string } }[] }).errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
