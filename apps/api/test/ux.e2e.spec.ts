import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, codeOf, TestApi } from './support/api';
import { buildWorld, createAppointment, createCadre, createPost, type World } from './support/fixture';
import { newAuditEntries } from './support/helpers';
import { candidateAt, participation, trainingSession } from './support/workflows';

/**
 * "My work" (pending work per role), the bulk actions (TRN-1 attendance, INS-2 monthly checks),
 * the pinyin order of names and the names shown for usernames. The server's clock is fixed at
 * 2026-11-25: "last month" is 2026-10.
 */

interface WorkItem {
  key: string;
  label: string;
  labelEn: string;
  count: number;
  link: string;
}
const MY_WORK = '{ myWork { key label labelEn count link } }';
const RECORD_CHECKS = 'mutation($m: String!, $o: LogCheckOutcome, $r: String) { recordDutyLogChecks(month: $m, outcome: $o, remarks: $r) { id month outcome remarks cadreId unitId checkedBy } }';
const CONFIRM = 'mutation($s: ID!) { confirmTrainingAttendance(sessionId: $s) { id unitId cadreId attended hours confirmedBy } }';

let seq = 0;

describe.each(backends)('My work, bulk actions and Chinese order (%s)', (backend) => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
  });
  afterAll(() => api?.close());

  async function work(token: string): Promise<Map<string, WorkItem>> {
    const { myWork } = await api.ok<{ myWork: WorkItem[] }>(MY_WORK, {}, token);
    return new Map(myWork.map((w) => [w.key, w]));
  }

  /** A fresh unit whose Party secretary holds the post from `start`; its unit user's token. */
  async function secretaryUnit(start = '2024-01-01'): Promise<{ unitId: string; cadreId: string }> {
    seq += 1;
    const code = `ux${seq}${backend[0]}`;
    const { createUnit } = await api.ok<{ createUnit: { id: string } }>('mutation($n: String!, $c: String!) { createUnit(name: $n, kind: VILLAGE, code: $c) { id } }', { n: `测试村${code}`, c: code }, world.admin);
    const postId = await createPost(api, world.admin, createUnit.id, 'PARTY_SECRETARY');
    const cadre = await createCadre(api, world.admin, createUnit.id);
    await createAppointment(api, world.admin, cadre.id, postId, start);
    return { unitId: createUnit.id, cadreId: cadre.id };
  }

  it('RES-3 My work: each role counts the candidacies at the step it takes, a unit only its own', async () => {
    const before = { admin: await work(world.admin), a: await work(world.a.token), b: await work(world.b.token) };
    await candidateAt(api, world.admin, world.a.unitId, 'RECOMMENDED');
    await candidateAt(api, world.admin, world.a.unitId, 'COMMITTEE_APPROVED');
    const after = { admin: await work(world.admin), a: await work(world.a.token), b: await work(world.b.token) };
    // the unit proposes (RECOMMENDED → PROPOSED); only the subdistrict reviews (COMMITTEE_APPROVED → IN_POOL)
    expect(after.a.get('reserve.PROPOSE')!.count).toBe(before.a.get('reserve.PROPOSE')!.count + 1);
    expect(after.a.has('reserve.SUBDISTRICT_REVIEW')).toBe(false);
    expect(after.admin.get('reserve.SUBDISTRICT_REVIEW')!.count).toBe(before.admin.get('reserve.SUBDISTRICT_REVIEW')!.count + 1);
    expect(after.admin.get('reserve.PROPOSE')!.count).toBe(before.admin.get('reserve.PROPOSE')!.count + 1);
    // ROLE-3 the other unit counts nothing of this one
    expect(after.b.get('reserve.PROPOSE')!.count).toBe(before.b.get('reserve.PROPOSE')!.count);
    const item = after.a.get('reserve.PROPOSE')!;
    expect(item.label).toBe('后备干部人选待党组织提议');
    expect(item.labelEn).toBe('Reserve candidates awaiting the party organisation proposal');
    expect(JSON.parse(decodeURIComponent(item.link.split('filter=')[1]!))).toEqual({ status: 'RECOMMENDED' });
  });

  it('ROLE-2 My work: the analyst takes no step and has no work; a unit user never gets the admin-only items', async () => {
    const { myWork } = await api.ok<{ myWork: WorkItem[] }>(MY_WORK, {}, world.analyst);
    expect(myWork).toEqual([]);
    const keys = [...(await work(world.a.token)).keys()];
    expect(keys).not.toContain('assessment.consequences');
    expect(keys).not.toContain('pay.logChecks');
    expect(keys).toEqual(expect.arrayContaining(['reserve.PROPOSE', 'reserve.COMMITTEE_REVIEW', 'exit.pending', 'care.due']));
    expect(codeOf(await api.gql(MY_WORK))).toBe('UNAUTHENTICATED');
  });

  it('MGT-3 My work: an exit counts while its effective date is ahead (tomorrow yes, today no)', async () => {
    const before = (await work(world.a.token)).get('exit.pending')!.count;
    const exit = (id: string, date: string) =>
      api.ok('mutation($c: ID!, $d: Date!) { exitCadre(cadreId: $c, kind: DISMISSAL, effectiveDate: $d, reason: "违纪") { id } }', { c: id, d: date }, world.admin);
    await exit((await createCadre(api, world.admin, world.a.unitId)).id, '2026-11-26');
    await exit((await createCadre(api, world.admin, world.a.unitId)).id, '2026-11-25');
    expect((await work(world.a.token)).get('exit.pending')!.count).toBe(before + 1);
  });

  it('INS-2 recordDutyLogChecks: one check per secretary of the month, existing checks kept, My work count down to 0', async () => {
    const s1 = await secretaryUnit();
    const s2 = await secretaryUnit();
    // s2 already checked: kept as it is
    await api.ok('mutation($c: ID!) { createDutyLogCheck(cadreId: $c, month: "2026-10", outcome: FAIL, remarks: "日志不全") { id } }', { c: s2.cadreId }, world.admin);
    // a secretary from 1 November did not hold the post in October
    const late = await secretaryUnit('2026-11-01');
    expect((await work(world.admin)).get('pay.logChecks')!.count).toBeGreaterThanOrEqual(1);
    const entries = await newAuditEntries(api, world.admin, async () => {
      const { recordDutyLogChecks } = await api.ok<{ recordDutyLogChecks: { cadreId: string; outcome: string; month: string; checkedBy: string }[] }>(RECORD_CHECKS, { m: '2026-10' }, world.admin);
      const cadres = recordDutyLogChecks.map((c) => c.cadreId);
      expect(cadres).toContain(s1.cadreId);
      expect(cadres).not.toContain(s2.cadreId);
      expect(cadres).not.toContain(late.cadreId);
      expect(new Set(cadres).size).toBe(cadres.length);
      expect(recordDutyLogChecks.every((c) => c.outcome === 'PASS' && c.month === '2026-10')).toBe(true);
    });
    // one mutation, one audit entry with every check in it
    expect(entries).toHaveLength(1);
    expect(entries[0]!.action).toBe('recordDutyLogChecks');
    expect((await work(world.admin)).get('pay.logChecks')!.count).toBe(0);
    const { allDutyLogChecks } = await api.ok<{ allDutyLogChecks: { outcome: string }[] }>('query($c: ID) { allDutyLogChecks(filter: { cadreId: $c }) { outcome } }', { c: s2.cadreId }, world.admin);
    expect(allDutyLogChecks).toEqual([{ outcome: 'FAIL' }]);
    // nothing left: a second call records nothing
    expect((await api.ok<{ recordDutyLogChecks: unknown[] }>(RECORD_CHECKS, { m: '2026-10' }, world.admin)).recordDutyLogChecks).toEqual([]);
  });

  it('INS-2 recordDutyLogChecks: this month yes, next month no; a failure needs remarks; admins only', async () => {
    await secretaryUnit();
    expect(codeOf(await api.gql(RECORD_CHECKS, { m: '2026-12' }, world.admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(RECORD_CHECKS, { m: '2026-13' }, world.admin))).toBe('BAD_USER_INPUT');
    const noRemarks = await api.gql(RECORD_CHECKS, { m: '2026-09', o: 'FAIL' }, world.admin);
    expect(codeOf(noRemarks)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(noRemarks.errors)).toContain('须在备注中说明原因');
    expect(codeOf(await api.gql(RECORD_CHECKS, { m: '2026-09' }, world.a.token))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(RECORD_CHECKS, { m: '2026-09' }, world.analyst))).toBe('FORBIDDEN');
    const { recordDutyLogChecks } = await api.ok<{ recordDutyLogChecks: unknown[] }>(RECORD_CHECKS, { m: '2026-11' }, world.admin);
    expect(recordDutyLogChecks.length).toBeGreaterThan(0);
  });

  it.runIf(backend === 'postgres')('INS-2 recordDutyLogChecks raced 10 times: one check per secretary and month, the rest CONFLICT or nothing to do', async () => {
    const s = await secretaryUnit();
    const results = await Promise.all(Array.from({ length: 10 }, () => api.gql<{ recordDutyLogChecks: { cadreId: string }[] }>(RECORD_CHECKS, { m: '2026-08' }, world.admin)));
    for (const r of results) expect([null, 'CONFLICT']).toContain(codeOf(r));
    const written = results.flatMap((r) => r.data?.recordDutyLogChecks ?? []).filter((c) => c.cadreId === s.cadreId);
    expect(written).toHaveLength(1);
    const { _allDutyLogChecksMeta } = await api.ok<{ _allDutyLogChecksMeta: { count: number } }>('query($c: ID) { _allDutyLogChecksMeta(filter: { cadreId: $c, month: "2026-08" }) { count } }', { c: s.cadreId }, world.admin);
    expect(_allDutyLogChecksMeta.count).toBe(1);
  });

  it('TRN-1 confirmTrainingAttendance: a unit confirms its own unrecorded participants in one mutation; absences and other units untouched', async () => {
    const session = await trainingSession(api, world.admin, '2026-06-01', 6);
    const a1 = await participation(api, world.admin, session, world.a.cadreId);
    const a2 = await participation(api, world.admin, session, (await createCadre(api, world.admin, world.a.unitId)).id, false);
    const b1 = await participation(api, world.admin, session, world.b.cadreId);
    const entries = await newAuditEntries(api, world.admin, async () => {
      const { confirmTrainingAttendance } = await api.ok<{ confirmTrainingAttendance: { id: string; attended: boolean; hours: number; confirmedBy: string }[] }>(CONFIRM, { s: session }, world.a.token);
      expect(confirmTrainingAttendance.map((p) => p.id)).toEqual([a1]);
      expect(confirmTrainingAttendance[0]).toMatchObject({ attended: true, hours: 6, confirmedBy: world.a.username });
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.unitId).toBe(world.a.unitId);
    const { allTrainingParticipations } = await api.ok<{ allTrainingParticipations: { id: string; attended: boolean | null }[] }>(
      'query($s: ID) { allTrainingParticipations(filter: { sessionId: $s }) { id attended } }',
      { s: session },
      world.admin,
    );
    const byId = new Map(allTrainingParticipations.map((p) => [p.id, p.attended]));
    expect(byId.get(a2)).toBe(false);
    expect(byId.get(b1)).toBe(null);
    expect(codeOf(await api.gql(CONFIRM, { s: session }, world.analyst))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(CONFIRM, { s: '00000000-0000-0000-0000-000000000000' }, world.admin))).toBe('BAD_USER_INPUT');
    // the admin confirms the rest (the other unit's)
    const { confirmTrainingAttendance } = await api.ok<{ confirmTrainingAttendance: { id: string }[] }>(CONFIRM, { s: session }, world.admin);
    expect(confirmTrainingAttendance.map((p) => p.id)).toEqual([b1]);
  });

  it('ORG-2 / SEL-1 names sort by pinyin on both databases, and follow a rename', async () => {
    const { unitId } = await secretaryUnit();
    for (const name of ['张三', '阿里', '梁山', '李明', '汪洋', '王家明']) await createCadre(api, world.admin, unitId, { name });
    const names = async (order: 'ASC' | 'DESC') =>
      (await api.ok<{ allCadres: { name: string }[] }>('query($u: ID, $o: String) { allCadres(filter: { unitId: $u }, sortField: "name", sortOrder: $o, perPage: 50) { name } }', { u: unitId, o: order }, world.admin)).allCadres
        .map((c) => c.name)
        .filter((n) => ['张三', '阿里', '梁山', '李明', '汪洋', '王家明', '艾青'].includes(n));
    expect(await names('ASC')).toEqual(['阿里', '李明', '梁山', '汪洋', '王家明', '张三']);
    expect(await names('DESC')).toEqual(['张三', '王家明', '汪洋', '梁山', '李明', '阿里']);
    const { allCadres } = await api.ok<{ allCadres: { id: string; version: number }[] }>('query($u: ID) { allCadres(filter: { unitId: $u, q: "张三" }) { id version } }', { u: unitId }, world.admin);
    await api.ok('mutation($id: ID!, $v: Int) { updateCadre(id: $id, version: $v, name: "艾青") { id } }', { id: allCadres[0]!.id, v: allCadres[0]!.version }, world.admin);
    expect(await names('ASC')).toEqual(['阿里', '艾青', '李明', '梁山', '汪洋', '王家明']);
  });

  it('ROLE-3 userNames: display names for usernames; a unit user learns no other unit’s users', async () => {
    await api.ok('mutation { createUser(username: "zhang.wei", password: "long-enough-1", role: SUBDISTRICT_ADMIN, displayName: " 张伟 ") { id displayName } }', {}, world.admin);
    const ask = (token: string) => api.ok<{ userNames: { username: string; name: string }[] }>('query($u: [String!]!) { userNames(usernames: $u) { username name } }', { u: ['zhang.wei', world.a.username, world.b.username, 'nobody'] }, token);
    const own = (await ask(world.a.token)).userNames;
    expect(own).toEqual(expect.arrayContaining([{ username: 'zhang.wei', name: '张伟' }, { username: world.a.username, name: world.a.username }]));
    expect(own.map((u) => u.username)).not.toContain(world.b.username);
    expect((await ask(world.admin)).userNames.map((u) => u.username).sort()).toEqual(['zhang.wei', world.a.username, world.b.username].sort());
    const users = await api.ok<{ allUsers: { username: string }[] }>('{ allUsers(sortField: "displayName", perPage: 100) { username } }', {}, world.admin);
    expect(users.allUsers.map((u) => u.username)).toContain('zhang.wei');
  });
  it('MGT-4 a pending exit warns since its approval, not since the day it was recorded', async () => {
    const cadre = await createCadre(api, world.admin, world.a.unitId);
    await api.ok('mutation($c: ID!) { exitCadre(cadreId: $c, kind: RESIGNATION, effectiveDate: "2026-12-10", reason: "个人原因", submittedOn: "2026-10-20", approvedOn: "2026-11-03") { id } }', { c: cadre.id }, world.admin);
    const { cadreWarnings } = await api.ok<{ cadreWarnings: { kind: string; since: string; cadre: { id: string } }[] }>('query($u: ID) { cadreWarnings(unitId: $u, kind: EXIT_PENDING) { kind since cadre { id } } }', { u: world.a.unitId }, world.admin);
    expect(cadreWarnings.find((w) => w.cadre.id === cadre.id)?.since).toBe('2026-11-03');
  });
});
