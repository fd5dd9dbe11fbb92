import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageOn, checkIdNumber } from '@liangwei/domain';
import { DEMO_PASSWORD, TestApi, TODAY } from './support/api';

/** The demo data (SEED_DEMO=1): a believable subdistrict to try the console on. SQLite is enough here. */

const CHINESE = /^[\u4e00-\u9fff]+$/;

type Unit = { id: string; name: string; kind: string; code: string };
type Cadre = { id: string; unitId: string; name: string; gender: string; birthDate: string; age: number; idNumber: string | null };
type Appointment = { id: string; unitId: string; cadreId: string; postId: string; startDate: string; endDate: string | null; status: string };
type Post = { id: string; unitId: string; title: string; name: string };
interface Demo {
  units: Unit[];
  posts: Post[];
  cadres: Cadre[];
  appointments: Appointment[];
  users: { username: string; role: string; unitId: string | null }[];
}

async function demoOf(api: TestApi): Promise<Demo> {
  const admin = await api.login('admin', DEMO_PASSWORD);
  return api.ok<Demo>(
    `{
      units: allUnits(perPage: 1000, sortField: "code") { id name kind code }
      posts: allPosts(perPage: 1000) { id unitId title name }
      cadres: allCadres(perPage: 1000) { id unitId name gender birthDate age idNumber }
      appointments: allAppointments(perPage: 1000) { id unitId cadreId postId startDate endDate status }
      users: allUsers(perPage: 1000, sortField: "username") { username role unitId }
    }`,
    {},
    admin,
  );
}

/** Unit code → its cadres' names in a stable order: what "the same demo data" means to a reader. */
function namesOf(demo: Demo): Record<string, string[]> {
  const codeOf = new Map(demo.units.map((u) => [u.id, `${u.code} ${u.name}`]));
  const result: Record<string, string[]> = {};
  for (const c of demo.cadres) (result[codeOf.get(c.unitId)!] ??= []).push(`${c.name} ${c.birthDate} ${c.idNumber}`);
  for (const list of Object.values(result)) list.sort();
  return result;
}

describe('demo data (sqlite)', () => {
  let api: TestApi;
  let demo: Demo;

  beforeAll(async () => {
    // no ADMIN_PASSWORD: the demo's own admin gets DEMO_PASSWORD like every demo user
    api = await TestApi.start('sqlite', { seedDemo: true, adminPassword: null });
    demo = await demoOf(api);
  });
  afterAll(() => api?.close());

  it('ORG-2 demo: at least 20 villages and 6 communities, with Chinese names and unique codes', () => {
    const kinds = demo.units.map((u) => u.kind);
    expect(kinds.filter((k) => k === 'VILLAGE').length).toBeGreaterThanOrEqual(20);
    expect(kinds.filter((k) => k === 'COMMUNITY').length).toBeGreaterThanOrEqual(6);
    for (const unit of demo.units) {
      expect(unit.name, unit.code).toMatch(CHINESE);
      expect(unit.name.endsWith(unit.kind === 'VILLAGE' ? '村' : '社区'), unit.name).toBe(true);
    }
    expect(new Set(demo.units.map((u) => u.code)).size).toBe(demo.units.length);
    expect(new Set(demo.units.map((u) => u.name)).size).toBe(demo.units.length);
  });

  it('ORG-4 SEL-2 demo: every unit has 8..12 current appointments and a Party secretary post held today', () => {
    for (const unit of demo.units) {
      const current = demo.appointments.filter((a) => a.unitId === unit.id && a.status === 'CURRENT');
      expect(current.length, unit.name).toBeGreaterThanOrEqual(8);
      expect(current.length, unit.name).toBeLessThanOrEqual(12);
      const secretary = demo.posts.filter((p) => p.unitId === unit.id && p.title === 'PARTY_SECRETARY');
      expect(secretary, unit.name).toHaveLength(1);
      expect(current.some((a) => a.postId === secretary[0]!.id), `${unit.name} has a current secretary`).toBe(true);
      // one holder per post at a time
      const posts = current.map((a) => a.postId);
      expect(new Set(posts).size, unit.name).toBe(posts.length);
      // every appointment stays inside its unit
      for (const a of demo.appointments.filter((x) => x.unitId === unit.id)) {
        expect(demo.cadres.find((c) => c.id === a.cadreId)?.unitId).toBe(unit.id);
        expect(demo.posts.find((p) => p.id === a.postId)?.unitId).toBe(unit.id);
      }
    }
    expect(demo.posts.every((p) => CHINESE.test(p.name.replace(/[()（）]/g, '')))).toBe(true);
  });

  it('SEL-2 demo: some appointments have ENDED (history), and the successor took the post over on that day', () => {
    const ended = demo.appointments.filter((a) => a.status === 'ENDED');
    expect(ended.length).toBeGreaterThan(0);
    for (const a of ended) {
      expect(a.endDate! <= TODAY).toBe(true);
      const successor = demo.appointments.find((b) => b.postId === a.postId && b.startDate === a.endDate);
      expect(successor, `successor of ${a.id}`).toBeDefined();
      expect(successor!.cadreId).not.toBe(a.cadreId);
    }
    expect(demo.appointments.filter((a) => a.status === 'FUTURE')).toEqual([]);
  });

  it('SEL-1 demo: cadre names are Chinese (2 to 4 characters, unique)', () => {
    expect(demo.cadres.length).toBeGreaterThan(26 * 8);
    expect(demo.cadres.filter((c) => !CHINESE.test(c.name) || c.name.length < 2 || c.name.length > 4).map((c) => c.name)).toEqual([]);
    expect(new Set(demo.cadres.map((c) => c.name)).size).toBe(demo.cadres.length);
  });

  it('SEL-1 demo: every ID number passes the GB 11643 check and agrees with birth date and gender; ages count on 2026-11-25', () => {
    for (const cadre of demo.cadres) {
      const checked = checkIdNumber(cadre.idNumber ?? '');
      expect(checked.ok, `${cadre.name} ${cadre.idNumber}`).toBe(true);
      if (checked.ok) expect(checked.info, cadre.name).toEqual({ birthDate: cadre.birthDate, gender: cadre.gender });
      expect(cadre.age).toBe(ageOn(cadre.birthDate, TODAY));
    }
    expect(new Set(demo.cadres.map((c) => c.idNumber)).size).toBe(demo.cadres.length);
    expect(demo.cadres.some((c) => c.gender === 'FEMALE')).toBe(true);
  });

  it('RES-4 demo: the age part (>= 2 current team members aged <= 45, of whom >= 1 aged <= 35) holds for some units and fails for others', () => {
    const verdicts = demo.units.map((unit) => {
      const team = new Set(demo.appointments.filter((a) => a.unitId === unit.id && a.status === 'CURRENT').map((a) => a.cadreId));
      const ages = demo.cadres.filter((c) => team.has(c.id)).map((c) => c.age);
      return ages.filter((a) => a <= 45).length >= 2 && ages.filter((a) => a <= 35).length >= 1;
    });
    expect(verdicts.filter(Boolean).length, 'units that comply').toBeGreaterThan(0);
    expect(verdicts.filter((v) => !v).length, 'units that do not comply').toBeGreaterThan(0);
  });

  it('ROLE-1..3 demo: admin, analyst and cun01 log in with DEMO_PASSWORD and get their roles; cun01 sees only its village', async () => {
    const users = new Map(demo.users.map((u) => [u.username, u]));
    expect(users.get('admin')).toMatchObject({ role: 'SUBDISTRICT_ADMIN', unitId: null });
    expect(users.get('analyst')).toMatchObject({ role: 'SUBDISTRICT_ANALYST', unitId: null });
    const cun01Unit = demo.units.find((u) => u.code === 'cun01')!;
    expect(users.get('cun01')).toMatchObject({ role: 'UNIT_USER', unitId: cun01Unit.id });
    // every unit has its user
    for (const unit of demo.units) expect(users.get(unit.code)?.unitId, unit.code).toBe(unit.id);

    for (const [username, role] of [['admin', 'SUBDISTRICT_ADMIN'], ['analyst', 'SUBDISTRICT_ANALYST'], ['cun01', 'UNIT_USER']] as const) {
      const token = await api.login(username, DEMO_PASSWORD);
      const { me } = await api.ok<{ me: { role: string } }>('{ me { role } }', {}, token);
      expect(me.role, username).toBe(role);
    }
    const cun01 = await api.login('cun01', DEMO_PASSWORD);
    const { allUnits, allCadres } = await api.ok<{ allUnits: { id: string }[]; allCadres: { unitId: string }[] }>('{ allUnits(perPage: 1000) { id } allCadres(perPage: 1000) { unitId } }', {}, cun01);
    expect(allUnits).toEqual([{ id: cun01Unit.id }]);
    expect(allCadres.length).toBe(demo.cadres.filter((c) => c.unitId === cun01Unit.id).length);
    expect(allCadres.every((c) => c.unitId === cun01Unit.id)).toBe(true);
  });

  describe('on its own database file', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'liangwei-demo-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('demo: restarting on the same SQLite file does not load the demo data again; a second fresh database gets the same (deterministic) data', async () => {
      const databaseUrl = join(dir, 'demo.sqlite');
      const first = await TestApi.start('sqlite', { seedDemo: true, adminPassword: null, databaseUrl });
      let before: Demo;
      try {
        before = await demoOf(first);
      } finally {
        await first.close();
      }
      // the restart also carries ADMIN_PASSWORD: users exist, so it changes nothing either
      const restarted = await TestApi.start('sqlite', { seedDemo: true, adminPassword: 'another-admin-pass', databaseUrl });
      try {
        const after = await demoOf(restarted);
        for (const key of ['units', 'posts', 'cadres', 'appointments', 'users'] as const) {
          expect(after[key].length, key).toBe(before[key].length);
        }
        expect(after.cadres.map((c) => c.id).sort()).toEqual(before.cadres.map((c) => c.id).sort());
        expect(namesOf(after)).toEqual(namesOf(before));
      } finally {
        await restarted.close();
      }
      // deterministic: the same names, birth dates and ID numbers as the suite's own fresh database
      expect(namesOf(before)).toEqual(namesOf(demo));
    });
  });
});
