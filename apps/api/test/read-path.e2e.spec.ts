import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type Viewer } from '@liangwei/domain';
import type { AbstractSqlConnection } from '@mikro-orm/knex';
import { backends, TestApi } from './support/api';
import { buildWorld, createAppointment, createCadre, createPost, type World } from './support/fixture';
import { piiValue } from '../src/graphql/pii';

/**
 * The read path of lists and gets (resource/projection.ts): a constant number of statements
 * whatever the page size, values bound as parameters, the unit scope on every level (ROLE-3/4),
 * personal data masked in lists and nested objects (ROLE-2), computed fields and relations
 * resolved on its plain rows.
 */
const APPOINTMENTS = `query($perPage: Int, $filter: AppointmentFilter) {
  allAppointments(perPage: $perPage, filter: $filter, sortField: "startDate", sortOrder: "ASC") {
    id unitId cadreId postId startDate status
    cadre { id unitId name age phone idNumber unit { id name } }
    post { id name isMainLeader unit { id name kind } }
  }
}`;

interface Statement {
  sql: string;
  bindings: unknown[];
}

type AppointmentRow = {
  id: string; unitId: string; cadreId: string; postId: string; startDate: string; status: string;
  cadre: { id: string; unitId: string; name: string; age: number; phone: string | null; idNumber: string | null; unit: { id: string; name: string } };
  post: { id: string; name: string; isMainLeader: boolean; unit: { id: string; name: string; kind: string } };
};

const analystViewer: Viewer = { userId: 'x', username: 'analyst', role: Role.SUBDISTRICT_ANALYST, unitId: null } as Viewer;

describe.each(backends)('read path (%s)', (backend) => {
  let api: TestApi;
  let world: World;
  let statements: Statement[] | null = null;
  const EXTRA = 24;

  /** The SQL statements a request runs (the hook listens on the connection's query event). */
  async function recorded<T>(run: () => Promise<T>): Promise<{ result: T; statements: Statement[] }> {
    statements = [];
    try {
      const result = await run();
      return { result, statements };
    } finally {
      statements = null;
    }
  }

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
    (api.app.orm.em.getConnection() as AbstractSqlConnection).getKnex().on('query', (q: { sql: string; bindings?: unknown[] }) => {
      statements?.push({ sql: q.sql, bindings: q.bindings ?? [] });
    });
    // more appointments in both units, so a small page and a large page differ in rows
    for (let i = 0; i < EXTRA; i += 1) {
      const unit = i % 2 === 0 ? world.a : world.b;
      const cadre = await createCadre(api, world.admin, unit.unitId, { birthDate: `19${70 + (i % 20)}-03-0${1 + (i % 9)}` });
      const post = await createPost(api, world.admin, unit.unitId, i % 3 === 0 ? 'DIRECTOR' : 'COMMITTEE_MEMBER');
      await createAppointment(api, world.admin, cadre.id, post, `2022-01-${String(1 + i).padStart(2, '0')}`);
    }
  });
  afterAll(() => api?.close());

  it('a list with nested cadre, post and post unit runs the same number of statements for a page of 2 and of 200 rows', async () => {
    const small = await recorded(() => api.ok<{ allAppointments: AppointmentRow[] }>(APPOINTMENTS, { perPage: 2 }, world.admin));
    const large = await recorded(() => api.ok<{ allAppointments: AppointmentRow[] }>(APPOINTMENTS, { perPage: 200 }, world.admin));
    expect(small.result.allAppointments).toHaveLength(2);
    expect(large.result.allAppointments).toHaveLength(EXTRA + 2);
    expect(large.statements.length).toBe(small.statements.length);
    // the token's user, then the page with its cadres, posts and their units joined
    expect(large.statements.length).toBe(2);
    // the same for a unit user (ROLE-3: the scope is a condition of each statement, not a statement more)
    const unitSmall = await recorded(() => api.ok<{ allAppointments: AppointmentRow[] }>(APPOINTMENTS, { perPage: 2 }, world.a.token));
    const unitLarge = await recorded(() => api.ok<{ allAppointments: AppointmentRow[] }>(APPOINTMENTS, { perPage: 200 }, world.a.token));
    expect(unitLarge.result.allAppointments).toHaveLength(EXTRA / 2 + 1);
    expect(unitLarge.statements.length).toBe(unitSmall.statements.length);
  });

  it('computed fields and relations resolve on list rows: status, age, isMainLeader, xId, nested units', async () => {
    const { allAppointments } = await api.ok<{ allAppointments: AppointmentRow[] }>(APPOINTMENTS, { perPage: 200 }, world.admin);
    const first = allAppointments.find((a) => a.cadreId === world.a.cadreId)!;
    expect(first).toMatchObject({ unitId: world.a.unitId, postId: world.a.postId, status: 'CURRENT' });
    expect(first.cadre).toMatchObject({ id: world.a.cadreId, unitId: world.a.unitId, age: 41, unit: { id: world.a.unitId, name: '单位ua' } });
    expect(first.post).toMatchObject({ id: world.a.postId, isMainLeader: true, unit: { id: world.a.unitId, kind: 'VILLAGE' } });
    for (const a of allAppointments) {
      expect(a.cadre.unit.id).toBe(a.unitId);
      expect(a.post.unit.id).toBe(a.unitId);
      expect(a.cadreId).toBe(a.cadre.id);
    }
  });

  it('values are bound as parameters, not written into the SQL text (a search, an id, a date)', async () => {
    const needle = 'needle\u5b57%_';
    const { statements: run } = await recorded(() =>
      api.ok(`query($q: String, $id: ID!) { allCadres(filter: { q: $q, birthDate_gte: "1971-03-02" }) { id unit { id } } Cadre(id: $id) { id } }`, { q: needle, id: world.b.cadreId }, world.admin),
    );
    const reads = run.filter((s) => /from\s+["`]?cadre/i.test(s.sql));
    expect(reads.length).toBeGreaterThanOrEqual(2);
    for (const s of reads) {
      expect(s.sql).not.toContain('needle');
      expect(s.sql).not.toContain(world.b.cadreId);
      expect(s.sql).not.toContain('1971-03-02');
    }
    expect(reads.some((s) => s.bindings.some((b) => typeof b === 'string' && b.includes('needle')))).toBe(true);
    expect(reads.some((s) => s.bindings.includes(world.b.cadreId))).toBe(true);
  });

  it('a count without a join counts rows (the database answers it from an index), with the same total as the list; a search keeps its bound value', async () => {
    const query = 'query($q: String) { allCadres(perPage: 1000, filter: { q: $q }) { id } _allCadresMeta(filter: { q: $q }) { count } }';
    const { allCadres } = await api.ok<{ allCadres: { name: string }[] }>('{ allCadres(perPage: 1) { name } }', {}, world.admin);
    for (const q of [null, allCadres[0]!.name.slice(0, 1)]) {
      const { result, statements: run } = await recorded(() => api.ok<{ allCadres: { id: string }[]; _allCadresMeta: { count: number } }>(query, { q }, world.admin));
      const counts = run.filter((s) => /count\(/i.test(s.sql));
      expect(counts).toHaveLength(1);
      expect(counts[0]!.sql).toMatch(/count\(\*\)/i);
      expect(counts[0]!.sql).not.toMatch(/distinct/i);
      expect(result._allCadresMeta.count).toBe(result.allCadres.length);
      expect(result.allCadres.length).toBeGreaterThan(0);
    }
  });

  it('values stay bound when a statement of the same shape runs again, in rule queries and in reading the token user', async () => {
    const GET = 'query($id: ID!) { Cadre(id: $id) { id name unit { id } } }';
    const first = await api.ok<{ Cadre: { id: string } | null }>(GET, { id: world.a.cadreId }, world.admin);
    expect(first.Cadre?.id).toBe(world.a.cadreId);
    // the second request of the same shape runs the kept statement text: same answer for the other id, values still bound
    const { result: second, statements: run } = await recorded(() => api.ok<{ Cadre: { id: string } | null }>(GET, { id: world.b.cadreId }, world.admin));
    expect(second.Cadre?.id).toBe(world.b.cadreId);
    const reads = run.filter((s) => /from\s+["`]?cadre/i.test(s.sql));
    expect(reads).toHaveLength(1);
    expect(reads[0]!.sql).not.toContain(world.b.cadreId);
    expect(reads[0]!.bindings).toContain(world.b.cadreId);
    const user = run.filter((s) => /from\s+["`]?app_user/i.test(s.sql));
    expect(user).toHaveLength(1);
    expect(user[0]!.bindings.length).toBeGreaterThan(0);
    for (const b of user[0]!.bindings) expect(user[0]!.sql).not.toContain(String(b));
    const { statements: rule } = await recorded(() => api.ok('{ cadreWarnings(asOf: "2026-11-20") { since } _cadreWarningsMeta(asOf: "2026-11-20") { count } }', {}, world.admin));
    expect(rule.length).toBeGreaterThan(1);
    for (const s of rule) expect(s.sql).not.toContain('2026-11-20');
    expect(rule.some((s) => s.bindings.includes('2026-11-20'))).toBe(true);
  });

  it('ROLE-3/4 a unit user gets its own unit only, on every level and through a get', async () => {
    const { allAppointments } = await api.ok<{ allAppointments: AppointmentRow[] }>(APPOINTMENTS, { perPage: 200 }, world.a.token);
    expect(allAppointments.length).toBeGreaterThan(0);
    const text = JSON.stringify(allAppointments);
    expect(text).not.toContain(world.b.unitId);
    expect(text).not.toContain(world.b.cadreId);
    const other = await api.ok<{ Cadre: unknown; Appointment: unknown; Unit: unknown; allCadres: unknown[] }>(
      'query($c: ID!, $a: ID!, $u: ID!) { Cadre(id: $c) { id } Appointment(id: $a) { id } Unit(id: $u) { id } allCadres(filter: { ids: [$c] }) { id } }',
      { c: world.b.cadreId, a: world.b.appointmentId, u: world.b.unitId },
      world.a.token,
    );
    expect(other).toEqual({ Cadre: null, Appointment: null, Unit: null, allCadres: [] });
  });

  it('ROLE-2 personal data is masked for the analyst in lists, nested objects and gets; computed fields still use the stored value', async () => {
    const QUERY = `query($id: ID!) {
      allCadres(perPage: 200, filter: { unitId: "${world.a.unitId}" }) { id age phone idNumber }
      allAppointments(perPage: 200) { cadre { id age phone idNumber } }
      Cadre(id: $id) { id age phone idNumber }
    }`;
    type C = { id: string; age: number; phone: string | null; idNumber: string | null };
    type R = { allCadres: C[]; allAppointments: { cadre: C }[]; Cadre: C };
    const full = await api.ok<R>(QUERY, { id: world.a.cadreId }, world.admin);
    const masked = await api.ok<R>(QUERY, { id: world.a.cadreId }, world.analyst);
    const stored = new Map(full.allCadres.map((c) => [c.id, c]));
    for (const c of full.allAppointments.map((a) => a.cadre)) stored.set(c.id, c);
    const seen = [...masked.allCadres, ...masked.allAppointments.map((a) => a.cadre), masked.Cadre];
    expect(seen.length).toBeGreaterThan(EXTRA);
    for (const c of seen) {
      const original = stored.get(c.id)!;
      expect(original.phone).toBeTruthy();
      expect(c.phone).toBe(piiValue('phone', original.phone, analystViewer));
      expect(c.idNumber).toBe(piiValue('idNumber', original.idNumber, analystViewer));
      expect(c.phone).not.toBe(original.phone);
      expect(c.idNumber).not.toBe(original.idNumber);
      expect(c.age).toBe(original.age);
    }
  });

  it('a mutation answers through the entity: relations and computed fields of updateAppointment and createCadre resolve', async () => {
    const { updateAppointment } = await api.ok<{ updateAppointment: AppointmentRow }>(
      `mutation($id: ID!) { updateAppointment(id: $id, note: "备注") { id status cadre { id name unit { id } } post { id isMainLeader unit { name } } } }`,
      { id: world.a.appointmentId },
      world.admin,
    );
    expect(updateAppointment).toMatchObject({ id: world.a.appointmentId, status: 'CURRENT', cadre: { id: world.a.cadreId, unit: { id: world.a.unitId } }, post: { id: world.a.postId, isMainLeader: true, unit: { name: '单位ua' } } });
    const { updateCadre } = await api.ok<{ updateCadre: { phone: string; unit: { id: string } } }>(
      'mutation($id: ID!) { updateCadre(id: $id, phone: "13900139000") { phone unit { id } } }',
      { id: world.a.cadreId },
      world.admin,
    );
    expect(updateCadre).toEqual({ phone: '13900139000', unit: { id: world.a.unitId } });
  });

  it('ROLE-3 RES-4 a rule query reads the units its rows point to as rows of what is selected: one statement, only when selected, scoped', async () => {
    type Compliance = { reserveCompliance: { unit: { id: string; name: string; kind: string }; teamSize: number }[] };
    const query = '{ reserveCompliance { unit { id name kind } teamSize } }';
    const withUnits = await recorded(() => api.ok<Compliance>(query, {}, world.admin));
    const byId = new Map(withUnits.result.reserveCompliance.map((row) => [row.unit.id, row.unit]));
    expect(byId.get(world.a.unitId)).toEqual({ id: world.a.unitId, name: '单位ua', kind: 'VILLAGE' });
    expect(byId.get(world.b.unitId)).toEqual({ id: world.b.unitId, name: '单位ub', kind: 'COMMUNITY' });
    // without the unit selected, nothing is read for it: one statement fewer
    const without = await recorded(() => api.ok<Compliance>('{ reserveCompliance { teamSize } }', {}, world.admin));
    expect(without.statements.length).toBe(withUnits.statements.length - 1);
    // a unit user: its own unit only
    const own = await api.ok<Compliance>(query, {}, world.a.token);
    expect(own.reserveCompliance.map((row) => row.unit.id)).toEqual([world.a.unitId]);
  });
});
