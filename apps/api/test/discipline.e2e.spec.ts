import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, codeOf, TestApi, TODAY } from './support/api';
import { buildWorld, createAppointment, createCadre, createPost, type World } from './support/fixture';
import { fieldsOf } from './support/helpers';
import { Role, type Viewer } from '@liangwei/domain';
import type { Context } from '../src/graphql/context';
import { scopeToViewer, unitScopedEntities } from '../src/db/scope';
import { evidenceSections } from '../src/evidence/evidence';
import { workSources } from '../src/work/work';

/**
 * MGT-1 discipline cases end to end through the API (clock fixed at 2026-11-25): opened and decided
 * by the subdistrict, the rectification answered by the unit and accepted or returned, closed;
 * MGT-3 an adjustment that ends service carried out as an exit; MGT-4 an open case is a warning.
 */

const FIELDS = 'id unitId cadreId status level facts openedOn decision decisionNumber decidedOn decidedByName rectificationRequirement rectificationDeadline rectificationAnswer answeredOn acceptedOn returnReason closedOn exitRecordId findingIds allowedSteps overdue version';

interface CaseRow {
  id: string;
  unitId: string;
  cadreId: string;
  status: string;
  level: string | null;
  facts: string;
  openedOn: string;
  decision: string | null;
  decisionNumber: string | null;
  decidedOn: string | null;
  decidedByName: string | null;
  rectificationRequirement: string | null;
  rectificationDeadline: string | null;
  rectificationAnswer: string | null;
  answeredOn: string | null;
  acceptedOn: string | null;
  returnReason: string | null;
  closedOn: string | null;
  exitRecordId: string | null;
  findingIds: string[];
  allowedSteps: string[];
  overdue: boolean;
  version: number;
}

const OPEN = `mutation($c: ID!, $f: String!, $o: Date, $fi: [ID!]) { openDisciplineCase(cadreId: $c, facts: $f, openedOn: $o, findingIds: $fi) { ${FIELDS} } }`;
const DECIDE = `mutation($id: ID!, $l: DisciplineLevel!, $d: String!, $on: Date, $r: String, $dl: Date, $x: ExitKind, $xd: Date, $n: String) {
  decideDisciplineCase(id: $id, level: $l, decision: $d, decidedOn: $on, rectificationRequirement: $r, rectificationDeadline: $dl, exitKind: $x, exitEffectiveDate: $xd, decisionNumber: $n) { ${FIELDS} } }`;
const ANSWER = `mutation($id: ID!, $a: String!) { answerDisciplineRectification(id: $id, answer: $a) { ${FIELDS} } }`;
const ACCEPT = `mutation($id: ID!, $v: Int) { acceptDisciplineRectification(id: $id, note: "整改到位", version: $v) { ${FIELDS} } }`;
const RETURN = `mutation($id: ID!, $r: String!) { returnDisciplineRectification(id: $id, reason: $r) { ${FIELDS} } }`;
const CLOSE = `mutation($id: ID!) { closeDisciplineCase(id: $id) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { DisciplineCase(id: $id) { ${FIELDS} } }`;
const WARNINGS = 'query($u: ID, $k: WarningKind) { cadreWarnings(unitId: $u, kind: $k) { cadre { id } kind since detail } }';

describe.each(backends)('MGT-1 discipline cases (%s)', (backend) => {
  let api: TestApi;
  let world: World;
  let admin: string;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
    admin = world.admin;
  });
  afterAll(() => api?.close());

  async function open(cadreId = world.a.cadreId, facts = '值班期间脱岗', extra: Record<string, unknown> = {}): Promise<CaseRow> {
    return (await api.ok<{ openDisciplineCase: CaseRow }>(OPEN, { c: cadreId, f: facts, ...extra }, admin)).openDisciplineCase;
  }

  async function decideCriticism(id: string, extra: Record<string, unknown> = {}): Promise<CaseRow> {
    return (await api.ok<{ decideDisciplineCase: CaseRow }>(DECIDE, { id, l: 'CRITICISM', d: '批评教育，限期整改', r: '建立值班签到制度', dl: '2026-12-10', ...extra }, admin)).decideDisciplineCase;
  }

  async function warnings(unitId: string, token = admin) {
    return (await api.ok<{ cadreWarnings: { cadre: { id: string }; kind: string; since: string; detail: string }[] }>(WARNINGS, { u: unitId, k: 'DISCIPLINE_CASE' }, token)).cadreWarnings;
  }

  it('MGT-1 ROLE-3 a unit user may not open a case (FORBIDDEN), nor the analyst; nothing is written', async () => {
    for (const token of [world.a.token, world.analyst]) {
      const result = await api.gql(OPEN, { c: world.a.cadreId, f: '事实' }, token);
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(result.errors?.[0]?.extensions?.messageZh).toBeTruthy();
    }
    expect((await api.ok<{ _allDisciplineCasesMeta: { count: number } }>('{ _allDisciplineCasesMeta { count } }', {}, admin))._allDisciplineCasesMeta.count).toBe(0);
    expect(codeOf(await api.gql(OPEN, { c: world.a.cadreId, f: '事实' }, null))).toBe('UNAUTHENTICATED');
  });

  it('MGT-1 opening needs facts; an opening date in the future is refused', async () => {
    expect(fieldsOf(await api.gql(OPEN, { c: world.a.cadreId, f: '   ' }, admin))).toEqual(['facts']);
    expect(fieldsOf(await api.gql(OPEN, { c: world.a.cadreId, f: '事实', o: '2026-11-26' }, admin))).toEqual(['openedOn']);
  });

  it('MGT-1 the full course: open, decide with rectification, answer, return, answer, accept, close; MGT-4 the warning shown until closed', async () => {
    const c = await open(world.a.cadreId, '值班期间多次脱岗', { o: '2026-11-02', fi: ['finding-2', 'finding-1', 'finding-2'] });
    expect(c).toMatchObject({ status: 'OPEN', level: null, openedOn: '2026-11-02', findingIds: ['finding-1', 'finding-2'], allowedSteps: ['DECIDE'], unitId: world.a.unitId });
    expect(await warnings(world.a.unitId)).toEqual([{ cadre: { id: world.a.cadreId }, kind: 'DISCIPLINE_CASE', since: '2026-11-02', detail: '待作出处理决定，待决定' }]);
    // the unit sees its own case and its warning
    expect((await api.ok<{ DisciplineCase: CaseRow }>(ONE, { id: c.id }, world.a.token)).DisciplineCase.allowedSteps).toEqual([]);
    expect(await warnings(world.a.unitId, world.a.token)).toHaveLength(1);

    // out of order: nothing to answer yet; closing an undecided case
    const early = await api.gql(ANSWER, { id: c.id, a: '已整改' }, world.a.token);
    expect(codeOf(early)).toBe('CONFLICT');
    expect(early.errors?.[0]?.extensions?.messageZh).toBe('“报告整改情况”须在“整改中”状态下进行，该案件当前为“待决定”');
    expect(codeOf(await api.gql(CLOSE, { id: c.id }, admin))).toBe('CONFLICT');
    // a unit user may not decide
    expect(codeOf(await api.gql(DECIDE, { id: c.id, l: 'CRITICISM', d: '批评', r: '整改', dl: '2026-12-10' }, world.a.token))).toBe('FORBIDDEN');
    // criticism without rectification is refused
    expect(fieldsOf(await api.gql(DECIDE, { id: c.id, l: 'CRITICISM', d: '批评' }, admin))).toEqual(['rectificationRequirement', 'rectificationDeadline']);

    const decided = await decideCriticism(c.id, { n: '街纪〔2026〕1号' });
    expect(decided).toMatchObject({ status: 'RECTIFYING', level: 'CRITICISM', decidedOn: '2026-11-25', decidedByName: 'admin', decisionNumber: '街纪〔2026〕1号', rectificationDeadline: '2026-12-10', overdue: false, allowedSteps: ['ANSWER'] });
    expect((await api.ok<{ DisciplineCase: CaseRow }>(ONE, { id: c.id }, world.a.token)).DisciplineCase.allowedSteps).toEqual(['ANSWER']);
    expect(codeOf(await api.gql(DECIDE, { id: c.id, l: 'ADJUSTMENT', d: '调整' }, admin))).toBe('CONFLICT');
    expect((await warnings(world.a.unitId))[0]!.detail).toBe('批评教育并整改，整改中');

    // ROLE-3/4 the other unit's user neither reads nor answers it
    expect((await api.ok<{ DisciplineCase: CaseRow | null }>(ONE, { id: c.id }, world.b.token)).DisciplineCase).toBeNull();
    expect((await api.ok<{ allDisciplineCases: CaseRow[] }>('{ allDisciplineCases { id unitId } }', {}, world.b.token)).allDisciplineCases).toEqual([]);
    expect(await warnings(world.a.unitId, world.b.token)).toEqual([]);
    expect(codeOf(await api.gql(ANSWER, { id: c.id, a: '已整改' }, world.b.token))).toBe('NOT_FOUND');

    const answered = (await api.ok<{ answerDisciplineRectification: CaseRow }>(ANSWER, { id: c.id, a: '已建立签到制度' }, world.a.token)).answerDisciplineRectification;
    expect(answered).toMatchObject({ status: 'ANSWERED', rectificationAnswer: '已建立签到制度', answeredOn: '2026-11-25', allowedSteps: [] });
    expect(codeOf(await api.gql(ACCEPT, { id: c.id }, world.a.token))).toBe('FORBIDDEN');
    expect(fieldsOf(await api.gql(RETURN, { id: c.id, r: ' ' }, admin))).toEqual(['reason']);
    const returned = (await api.ok<{ returnDisciplineRectification: CaseRow }>(RETURN, { id: c.id, r: '签到记录不全' }, admin)).returnDisciplineRectification;
    expect(returned).toMatchObject({ status: 'RECTIFYING', returnReason: '签到记录不全' });
    await api.ok(ANSWER, { id: c.id, a: '已补齐签到记录' }, world.a.token);
    const accepted = (await api.ok<{ acceptDisciplineRectification: CaseRow }>(ACCEPT, { id: c.id }, admin)).acceptDisciplineRectification;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', acceptedOn: '2026-11-25', rectificationAnswer: '已补齐签到记录', allowedSteps: ['CLOSE'] });
    expect(codeOf(await api.gql(CLOSE, { id: c.id }, world.analyst))).toBe('FORBIDDEN');
    const closed = (await api.ok<{ closeDisciplineCase: CaseRow }>(CLOSE, { id: c.id }, admin)).closeDisciplineCase;
    expect(closed).toMatchObject({ status: 'CLOSED', closedOn: '2026-11-25', allowedSteps: [] });
    expect(codeOf(await api.gql(CLOSE, { id: c.id }, admin))).toBe('CONFLICT');
    // MGT-4 gone once closed
    expect(await warnings(world.a.unitId)).toEqual([]);
  });

  it('MGT-1 a rectification is overdue from the day after its deadline (deadline yesterday: overdue; today: not)', async () => {
    const yesterday = await decideCriticism((await open(world.a.cadreId, '事实', { o: '2026-11-01' })).id, { on: '2026-11-01', dl: '2026-11-24' });
    expect(yesterday.overdue).toBe(true);
    const today = await decideCriticism((await open(world.a.cadreId, '事实', { o: '2026-11-01' })).id, { on: '2026-11-01', dl: '2026-11-25' });
    expect(today.overdue).toBe(false);
    expect((await api.ok<{ allDisciplineCases: { id: string }[] }>('{ allDisciplineCases(filter: { status: RECTIFYING }) { id } }', {}, admin)).allDisciplineCases.map((r) => r.id)).toEqual(expect.arrayContaining([yesterday.id, today.id]));
  });

  it('MGT-1 / MGT-3 an adjustment that ends service is carried out as an exit linked to the case: the appointment ends', async () => {
    const postId = await createPost(api, admin, world.a.unitId);
    const cadre = await createCadre(api, admin, world.a.unitId);
    const appointmentId = await createAppointment(api, admin, cadre.id, postId, '2021-03-20');
    const c = await open(cadre.id, '严重失职，群众强烈不满', { o: '2026-11-01' });
    expect(fieldsOf(await api.gql(DECIDE, { id: c.id, l: 'ADJUSTMENT', d: '免去职务', on: '2026-11-20', x: 'RECALL', xd: '2026-11-20' }, admin))).toEqual(['exitKind']);
    const decided = (await api.ok<{ decideDisciplineCase: CaseRow }>(DECIDE, { id: c.id, l: 'ADJUSTMENT', d: '免去其村委委员职务', on: '2026-11-20', x: 'REMOVAL', xd: '2026-11-20', n: '街纪〔2026〕2号' }, admin)).decideDisciplineCase;
    expect(decided).toMatchObject({ status: 'DECIDED', level: 'ADJUSTMENT', allowedSteps: ['CLOSE'] });
    expect(decided.exitRecordId).toBeTruthy();
    const { ExitRecord } = await api.ok<{ ExitRecord: { cadreId: string; kind: string; effectiveDate: string; reason: string; decisionNumber: string; approvedBy: string } }>(
      'query($id: ID!) { ExitRecord(id: $id) { cadreId kind effectiveDate reason decisionNumber approvedBy } }',
      { id: decided.exitRecordId },
      admin,
    );
    expect(ExitRecord).toEqual({ cadreId: cadre.id, kind: 'REMOVAL', effectiveDate: '2026-11-20', reason: '调整：免去其村委委员职务', decisionNumber: '街纪〔2026〕2号', approvedBy: 'admin' });
    const { Appointment } = await api.ok<{ Appointment: { endDate: string; endedByExitId: string } }>('query($id: ID!) { Appointment(id: $id) { endDate endedByExitId } }', { id: appointmentId }, admin);
    expect(Appointment).toEqual({ endDate: '2026-11-20', endedByExitId: decided.exitRecordId });
    // nothing to rectify: the unit has no step; the admin closes
    expect(codeOf(await api.gql(ANSWER, { id: c.id, a: '整改' }, world.a.token))).toBe('CONFLICT');
    expect((await api.ok<{ closeDisciplineCase: CaseRow }>(CLOSE, { id: c.id }, admin)).closeDisciplineCase.status).toBe('CLOSED');
  });

  it('MGT-1 a decision that fails leaves the case open and writes no exit (one transaction)', async () => {
    const postId = await createPost(api, admin, world.a.unitId);
    const cadre = await createCadre(api, admin, world.a.unitId);
    // an appointment starting after the exit: the exit is refused, and with it the whole decision
    await createAppointment(api, admin, cadre.id, postId, '2026-11-24');
    const c = await open(cadre.id, '违反纪律', { o: '2026-11-01' });
    const result = await api.gql(DECIDE, { id: c.id, l: 'SERIOUS', d: '解聘', on: '2026-11-10', x: 'TERMINATION', xd: '2026-11-10' }, admin);
    expect(codeOf(result)).toBe('CONFLICT');
    const after = (await api.ok<{ DisciplineCase: CaseRow }>(ONE, { id: c.id }, admin)).DisciplineCase;
    expect(after).toMatchObject({ status: 'OPEN', level: null, exitRecordId: null, version: c.version });
    expect((await api.ok<{ allExitRecords: unknown[] }>('query($c: ID) { allExitRecords(filter: { cadreId: $c }) { id } }', { c: cadre.id }, admin)).allExitRecords).toEqual([]);
  });

  it('MGT-1 a stale version is a CONFLICT; of parallel acceptances exactly one succeeds', async () => {
    const c = await decideCriticism((await open()).id);
    const answered = (await api.ok<{ answerDisciplineRectification: CaseRow }>(ANSWER, { id: c.id, a: '已整改' }, world.a.token)).answerDisciplineRectification;
    expect(codeOf(await api.gql(ACCEPT, { id: c.id, v: answered.version - 1 }, admin))).toBe('CONFLICT');
    const results = await Promise.all(Array.from({ length: 10 }, () => api.gql(ACCEPT, { id: c.id }, admin)));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(9);
    expect((await api.ok<{ DisciplineCase: CaseRow }>(ONE, { id: c.id }, admin)).DisciplineCase.status).toBe('ACCEPTED');
  });

  it('ROLE-3 a unit user lists only its own unit’s cases; the analyst reads every unit and takes no step', async () => {
    await open(world.b.cadreId, '社区问题');
    const own = (await api.ok<{ allDisciplineCases: { unitId: string }[] }>('{ allDisciplineCases(perPage: 100) { unitId } }', {}, world.a.token)).allDisciplineCases;
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((r) => r.unitId))).toEqual(new Set([world.a.unitId]));
    const all = (await api.ok<{ allDisciplineCases: { unitId: string; allowedSteps: string[] }[] }>('{ allDisciplineCases(perPage: 100) { unitId allowedSteps } }', {}, world.analyst)).allDisciplineCases;
    expect(new Set(all.map((r) => r.unitId))).toEqual(new Set([world.a.unitId, world.b.unitId]));
    expect(all.every((r) => r.allowedSteps.length === 0)).toBe(true);
  });

  /** A request context for the registries (evidence, pending work), scoped like a request of this viewer. */
  function contextOf(viewer: Viewer): Context {
    const em = api.app.orm.em.fork();
    scopeToViewer(em, unitScopedEntities(api.app.orm), viewer);
    return { em, viewer, userId: null, username: null, now: new Date(`${TODAY}T04:00:00Z`), today: TODAY, ip: '127.0.0.1', loaders: null as never, auth: null as never };
  }

  it('TGT-5 / MGT-1 the evidence section lists the cadre’s cases of the year with their state in words; pending work counts per role and unit', async () => {
    const cadre = await createCadre(api, admin, world.b.unitId);
    const c = await open(cadre.id, '会议记录不实', { o: '2026-10-01' });
    await decideCriticism(c.id, { on: '2026-10-02', dl: '2026-10-31' });
    const section = evidenceSections().find((s) => s.key === 'disciplineCases')!;
    const items = await section.load(contextOf({ role: Role.SUBDISTRICT_ADMIN, unitId: null }), { id: cadre.id, unitId: world.b.unitId }, 2026);
    expect(items).toEqual([{ date: '2026-10-01', title: '问题处理：批评教育并整改', detail: '会议记录不实；批评教育，限期整改', status: '整改逾期' }]);
    expect(await section.load(contextOf({ role: Role.SUBDISTRICT_ADMIN, unitId: null }), { id: cadre.id, unitId: world.b.unitId }, 2025)).toEqual([]);
    // ROLE-3 the other unit's user gets nothing of it
    expect(await section.load(contextOf({ role: Role.UNIT_USER, unitId: world.a.unitId }), { id: cadre.id, unitId: world.b.unitId }, 2026)).toEqual([]);

    const due = workSources().find((s) => s.key === 'disciplineRectificationDue')!;
    const toAccept = workSources().find((s) => s.key === 'disciplineAnswerToAccept')!;
    expect(due.roles).toEqual([Role.UNIT_USER]);
    expect(toAccept.roles).toEqual([Role.SUBDISTRICT_ADMIN]);
    const dueB = await due.count(contextOf({ role: Role.UNIT_USER, unitId: world.b.unitId }));
    expect(dueB).toBeGreaterThanOrEqual(1);
    await api.ok(ANSWER, { id: c.id, a: '已整改' }, admin);
    expect(await due.count(contextOf({ role: Role.UNIT_USER, unitId: world.b.unitId }))).toBe(dueB - 1);
    const acceptAll = await toAccept.count(contextOf({ role: Role.SUBDISTRICT_ADMIN, unitId: null }));
    expect(acceptAll).toBeGreaterThanOrEqual(1);
    expect(await toAccept.count(contextOf({ role: Role.UNIT_USER, unitId: world.b.unitId }))).toBe(1);
  });
});
