import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, codeOf, TestApi } from './support/api';
import { buildWorld, createAppointment, createCadre, createPost, type World } from './support/fixture';
import { fieldsOf } from './support/helpers';

/** PAY-5 care (home visits, physical exams, the care list) and PAY-6 honours, end to end (the server's clock is fixed at 2026-11-25). */

const CARE_FIELDS = 'id unitId cadreId kind date ledById ledBy { id username } ledByName note version';
const CREATE_CARE = `mutation($c: ID!, $k: CareKind!, $d: Date!, $l: ID, $n: String, $name: String) {
  createCareEvent(cadreId: $c, kind: $k, date: $d, ledById: $l, note: $n, ledByName: $name) { ${CARE_FIELDS} }
}`;
const CARE_DUE = 'query($asOf: Date, $u: ID) { careDue(asOf: $asOf, unitId: $u) { kind lastDate dueDate overdue cadre { id unitId } unit { id } } }';
const HONOUR_FIELDS = 'id unitId cadreId kind date description version';
const CREATE_HONOUR = `mutation($c: ID!, $k: HonourKind!, $d: Date!, $text: String) { createHonour(cadreId: $c, kind: $k, date: $d, description: $text) { ${HONOUR_FIELDS} } }`;

interface CareRow {
  id: string;
  unitId: string;
  cadreId: string;
  kind: string;
  date: string;
  ledById: string | null;
  ledBy: { id: string; username: string } | null;
  ledByName: string | null;
  note: string | null;
  version: number;
}

interface DueRow {
  kind: string;
  lastDate: string | null;
  dueDate: string;
  overdue: boolean;
  cadre: { id: string; unitId: string };
  unit: { id: string };
}

let unitSeq = 0;

describe.each(backends)('PAY-5 care and PAY-6 honours (%s)', (backend) => {
  let api: TestApi;
  let world: World;
  let adminId: string;
  let analystId: string;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
    adminId = (await api.ok<{ me: { id: string } }>('{ me { id } }', {}, world.admin)).me.id;
    analystId = (await api.ok<{ me: { id: string } }>('{ me { id } }', {}, world.analyst)).me.id;
  });
  afterAll(() => api?.close());

  /** A fresh unit whose Party secretary post is held from `start` (to `end`, the day left). */
  async function secretary(start = '2021-03-20', end: string | null = null): Promise<{ unitId: string; postId: string; cadreId: string }> {
    unitSeq += 1;
    const code = `care${unitSeq}${backend[0]}`;
    const { createUnit } = await api.ok<{ createUnit: { id: string } }>('mutation($n: String!, $c: String!) { createUnit(name: $n, kind: COMMUNITY, code: $c) { id } }', { n: `关怀社区${code}`, c: code }, world.admin);
    const postId = await createPost(api, world.admin, createUnit.id, 'PARTY_SECRETARY');
    const cadre = await createCadre(api, world.admin, createUnit.id);
    await createAppointment(api, world.admin, cadre.id, postId, start, end);
    return { unitId: createUnit.id, postId, cadreId: cadre.id };
  }

  async function care(cadreId: string, kind: 'HOME_VISIT' | 'PHYSICAL_EXAM', date: string, extra: { l?: string; name?: string; n?: string } = {}): Promise<CareRow> {
    const leader = kind === 'HOME_VISIT' && !extra.l && !extra.name ? { l: adminId } : {};
    return (await api.ok<{ createCareEvent: CareRow }>(CREATE_CARE, { c: cadreId, k: kind, d: date, ...leader, ...extra }, world.admin)).createCareEvent;
  }

  async function due(asOf: string | null, unitId: string | null, token = world.admin): Promise<DueRow[]> {
    return (await api.ok<{ careDue: DueRow[] }>(CARE_DUE, { asOf, u: unitId }, token)).careDue;
  }

  it('PAY-5 a secretary never examined is due for an exam on asOf (not overdue that day) and for a home visit on 31 Dec', async () => {
    const s = await secretary();
    expect(await due('2026-11-25', s.unitId)).toEqual([
      { kind: 'PHYSICAL_EXAM', lastDate: null, dueDate: '2026-11-25', overdue: false, cadre: { id: s.cadreId, unitId: s.unitId }, unit: { id: s.unitId } },
      { kind: 'HOME_VISIT', lastDate: null, dueDate: '2026-12-31', overdue: false, cadre: { id: s.cadreId, unitId: s.unitId }, unit: { id: s.unitId } },
    ]);
    // asOf defaults to today (2026-11-25)
    expect(await due(null, s.unitId)).toEqual(await due('2026-11-25', s.unitId));
  });

  it('PAY-5 an exam exactly two years before asOf is due on asOf, not overdue; two years and one day before is overdue and listed first', async () => {
    const onTime = await secretary();
    const late = await secretary();
    await care(onTime.cadreId, 'PHYSICAL_EXAM', '2024-11-25');
    await care(late.cadreId, 'PHYSICAL_EXAM', '2024-11-24');
    const rows = await due('2026-11-25', null);
    const exam = (cadreId: string) => rows.findIndex((r) => r.cadre.id === cadreId && r.kind === 'PHYSICAL_EXAM');
    expect(rows[exam(onTime.cadreId)]).toMatchObject({ lastDate: '2024-11-25', dueDate: '2026-11-25', overdue: false });
    expect(rows[exam(late.cadreId)]).toMatchObject({ lastDate: '2024-11-24', dueDate: '2026-11-24', overdue: true });
    expect(exam(late.cadreId)).toBeLessThan(exam(onTime.cadreId));
    // every overdue item comes before every item that is not
    const firstNotOverdue = rows.findIndex((r) => !r.overdue);
    expect(rows.slice(firstNotOverdue).every((r) => !r.overdue)).toBe(true);
    expect(rows[0]!.overdue).toBe(true);
  });

  it('PAY-5 an exam due after 31 Dec of asOf’s year is not listed yet', async () => {
    const s = await secretary();
    await care(s.cadreId, 'PHYSICAL_EXAM', '2025-03-01');
    expect((await due('2026-11-25', s.unitId)).map((r) => r.kind)).toEqual(['HOME_VISIT']);
    expect(await due('2027-01-10', s.unitId)).toContainEqual(expect.objectContaining({ kind: 'PHYSICAL_EXAM', lastDate: '2025-03-01', dueDate: '2027-03-01', overdue: false }));
  });

  it('PAY-5 a home visit this year removes the HOME_VISIT item; one last year does not', async () => {
    const visited = await secretary();
    const lastYear = await secretary();
    await care(visited.cadreId, 'HOME_VISIT', '2026-02-10', { name: '王主任' });
    await care(lastYear.cadreId, 'HOME_VISIT', '2025-12-20');
    expect((await due('2026-11-25', visited.unitId)).map((r) => r.kind)).toEqual(['PHYSICAL_EXAM']);
    expect(await due('2026-11-25', lastYear.unitId)).toContainEqual(expect.objectContaining({ kind: 'HOME_VISIT', lastDate: '2025-12-20', dueDate: '2026-12-31', overdue: false }));
    // on a date before this year's visit, the visit has not happened yet
    expect((await due('2026-02-01', visited.unitId)).map((r) => r.kind)).toContain('HOME_VISIT');
  });

  it('PAY-5 the care list is about current secretaries: a former holder is not listed, the successor is', async () => {
    const s = await secretary('2020-01-01', '2026-10-01');
    const successor = await createCadre(api, world.admin, s.unitId);
    await createAppointment(api, world.admin, successor.id, s.postId, '2026-10-01');
    const member = await createCadre(api, world.admin, s.unitId);
    await createAppointment(api, world.admin, member.id, await createPost(api, world.admin, s.unitId, 'DIRECTOR'), '2020-01-01');
    expect(new Set((await due('2026-11-25', s.unitId)).map((r) => r.cadre.id))).toEqual(new Set([successor.id]));
    expect(new Set((await due('2026-09-30', s.unitId)).map((r) => r.cadre.id))).toEqual(new Set([s.cadreId]));
  });

  it('PAY-5 the care list follows the asOf year’s parameters (examIntervalYears, homeVisitsPerYear)', async () => {
    const s = await secretary();
    await care(s.cadreId, 'PHYSICAL_EXAM', '2025-06-01');
    await care(s.cadreId, 'HOME_VISIT', '2025-06-01');
    expect((await due('2025-11-25', s.unitId)).map((r) => r.kind)).toEqual([]);
    await api.ok('mutation { setPolicyParameter(year: 2025, key: "homeVisitsPerYear", value: 2) { value } }', {}, world.admin);
    expect((await due('2025-11-25', s.unitId)).map((r) => r.kind)).toEqual(['HOME_VISIT']);
    expect(await due('2026-11-25', s.unitId)).toContainEqual(expect.objectContaining({ kind: 'HOME_VISIT', lastDate: '2025-06-01' }));
    await api.ok('mutation { setPolicyParameter(year: 2026, key: "examIntervalYears", value: 1) { value } }', {}, world.admin);
    expect(await due('2026-11-25', s.unitId)).toContainEqual(expect.objectContaining({ kind: 'PHYSICAL_EXAM', dueDate: '2026-06-01', overdue: true }));
    await api.ok('mutation { setPolicyParameter(year: 2026, key: "examIntervalYears", value: null) { value } }', {}, world.admin);
  });

  it('PAY-5 a unit user sees only its own unit’s care list rows', async () => {
    const own = await due(null, null, world.a.token);
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((r) => r.unit.id))).toEqual(new Set([world.a.unitId]));
    expect(new Set(own.map((r) => r.cadre.unitId))).toEqual(new Set([world.a.unitId]));
    expect(await due(null, world.b.unitId, world.a.token)).toEqual([]);
    expect((await due(null, null, world.analyst)).some((r) => r.unit.id === world.b.unitId)).toBe(true);
    expect(codeOf(await api.gql(CARE_DUE, {}, null))).toBe('UNAUTHENTICATED');
  });

  it('PAY-5 a home visit without a leader (neither ledById nor ledByName) is BAD_USER_INPUT; an exam needs none', async () => {
    const s = await secretary();
    const bare = await api.gql(CREATE_CARE, { c: s.cadreId, k: 'HOME_VISIT', d: '2026-11-01' }, world.admin);
    expect(codeOf(bare)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bare)).toEqual(['ledById']);
    expect(codeOf(await api.gql(CREATE_CARE, { c: s.cadreId, k: 'HOME_VISIT', d: '2026-11-01', name: '  ' }, world.admin))).toBe('BAD_USER_INPUT');
    const exam = await care(s.cadreId, 'PHYSICAL_EXAM', '2026-11-01');
    expect(exam).toMatchObject({ kind: 'PHYSICAL_EXAM', ledById: null, ledByName: null, unitId: s.unitId });
    const named = await care(s.cadreId, 'HOME_VISIT', '2026-11-02', { name: '李书记', n: '了解家庭困难' });
    expect(named).toMatchObject({ ledById: null, ledByName: '李书记', note: '了解家庭困难' });
    // removing the leader of a home visit later is refused as well
    expect(fieldsOf(await api.gql('mutation($id: ID!) { updateCareEvent(id: $id, ledByName: null) { id } }', { id: named.id }, world.admin))).toEqual(['ledById']);
  });

  it('PAY-5 the leader must be a subdistrict leadership member: ledById of a unit user is BAD_USER_INPUT; an admin or analyst is accepted', async () => {
    const s = await secretary();
    const unitUser = await api.gql(CREATE_CARE, { c: s.cadreId, k: 'HOME_VISIT', d: '2026-11-01', l: world.a.userId }, world.admin);
    expect(codeOf(unitUser)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(unitUser)).toEqual(['ledById']);
    expect(fieldsOf(await api.gql(CREATE_CARE, { c: s.cadreId, k: 'HOME_VISIT', d: '2026-11-01', l: '00000000-0000-0000-0000-000000000000' }, world.admin))).toEqual(['ledById']);
    const byAnalyst = await care(s.cadreId, 'HOME_VISIT', '2026-11-01', { l: analystId });
    expect(byAnalyst).toMatchObject({ ledById: analystId, ledBy: { id: analystId, username: 'analyst' } });
    const byAdmin = await care(s.cadreId, 'HOME_VISIT', '2026-11-03', { l: adminId });
    expect(byAdmin).toMatchObject({ ledById: adminId, ledBy: { id: adminId, username: 'admin' } });
    // users are the admin's to read: others get the id, not the user
    const asAnalyst = await api.ok<{ CareEvent: CareRow }>(`query($id: ID!) { CareEvent(id: $id) { ${CARE_FIELDS} } }`, { id: byAdmin.id }, world.analyst);
    expect(asAnalyst.CareEvent).toMatchObject({ ledById: adminId, ledBy: null });
  });

  it('PAY-5 care events are dated, not in the future, and recorded by the subdistrict only', async () => {
    const future = await api.gql(CREATE_CARE, { c: world.a.cadreId, k: 'PHYSICAL_EXAM', d: '2026-11-26' }, world.admin);
    expect(fieldsOf(future)).toEqual(['date']);
    expect(codeOf(await api.gql(CREATE_CARE, { c: world.a.cadreId, k: 'PHYSICAL_EXAM', d: '2026-11-20' }, world.a.token))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(CREATE_CARE, { c: world.a.cadreId, k: 'PHYSICAL_EXAM', d: '2026-11-20' }, world.analyst))).toBe('FORBIDDEN');
    const own = await care(world.a.cadreId, 'PHYSICAL_EXAM', '2026-11-20');
    const other = await care(world.b.cadreId, 'PHYSICAL_EXAM', '2026-11-20');
    const list = await api.ok<{ allCareEvents: { id: string; unitId: string }[] }>('{ allCareEvents(perPage: 100) { id unitId } }', {}, world.a.token);
    expect(list.allCareEvents.map((e) => e.id)).toContain(own.id);
    expect(list.allCareEvents.map((e) => e.id)).not.toContain(other.id);
  });

  it('PAY-6 honours: the admin creates, reads and updates them; the kind, date and description are checked', async () => {
    const created = await api.ok<{ createHonour: { id: string; unitId: string; kind: string; date: string; description: string | null; version: number } }>(
      CREATE_HONOUR,
      { c: world.a.cadreId, k: 'PEOPLES_CONGRESS_DEPUTY', d: '2026-01-15', text: '  当选区人大代表 ' },
      world.admin,
    );
    expect(created.createHonour).toMatchObject({ unitId: world.a.unitId, kind: 'PEOPLES_CONGRESS_DEPUTY', date: '2026-01-15', description: '当选区人大代表' });
    const id = created.createHonour.id;
    const read = await api.ok<{ Honour: { id: string; cadreId: string } }>(`query($id: ID!) { Honour(id: $id) { ${HONOUR_FIELDS} } }`, { id }, world.admin);
    expect(read.Honour.cadreId).toBe(world.a.cadreId);
    const updated = await api.ok<{ updateHonour: { kind: string; description: string | null; version: number } }>(
      'mutation($id: ID!, $v: Int) { updateHonour(id: $id, version: $v, kind: COMMENDATION, description: "优秀村党组织书记") { kind description version } }',
      { id, v: created.createHonour.version },
      world.admin,
    );
    expect(updated.updateHonour).toMatchObject({ kind: 'COMMENDATION', description: '优秀村党组织书记' });
    expect(updated.updateHonour.version).toBeGreaterThan(created.createHonour.version);
    expect(codeOf(await api.gql('mutation($id: ID!, $v: Int) { updateHonour(id: $id, version: $v, description: "x") { id } }', { id, v: created.createHonour.version }, world.admin))).toBe('CONFLICT');
    expect(fieldsOf(await api.gql(CREATE_HONOUR, { c: world.a.cadreId, k: 'COMMENDATION', d: '2026-11-26' }, world.admin))).toEqual(['date']);
    expect(fieldsOf(await api.gql(CREATE_HONOUR, { c: world.a.cadreId, k: 'COMMENDATION', d: '2026-11-01', text: '字'.repeat(501) }, world.admin))).toEqual(['description']);
    const filtered = await api.ok<{ allHonours: { id: string }[] }>('query($c: ID) { allHonours(filter: { cadreId: $c, kind: COMMENDATION }) { id } }', { c: world.a.cadreId }, world.admin);
    expect(filtered.allHonours.map((h) => h.id)).toContain(id);
  });

  it('PAY-6 a unit user reads its own unit’s honours only and cannot write them', async () => {
    const own = await api.ok<{ createHonour: { id: string } }>(CREATE_HONOUR, { c: world.a.cadreId, k: 'PARTY_CONGRESS_DELEGATE', d: '2026-06-01' }, world.admin);
    const other = await api.ok<{ createHonour: { id: string } }>(CREATE_HONOUR, { c: world.b.cadreId, k: 'CPPCC_MEMBER', d: '2026-06-01' }, world.admin);
    const list = await api.ok<{ allHonours: { id: string; unitId: string }[] }>('{ allHonours(perPage: 100) { id unitId } }', {}, world.a.token);
    expect(list.allHonours.map((h) => h.id)).toContain(own.createHonour.id);
    expect(new Set(list.allHonours.map((h) => h.unitId))).toEqual(new Set([world.a.unitId]));
    expect((await api.ok<{ Honour: unknown }>('query($id: ID!) { Honour(id: $id) { id } }', { id: other.createHonour.id }, world.a.token)).Honour).toBeNull();
    expect(codeOf(await api.gql(CREATE_HONOUR, { c: world.a.cadreId, k: 'COMMENDATION', d: '2026-06-01' }, world.a.token))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql('mutation($id: ID!) { updateHonour(id: $id, description: "x") { id } }', { id: own.createHonour.id }, world.a.token))).toBe('FORBIDDEN');
  });
});
