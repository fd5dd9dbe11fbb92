import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, codeOf, TestApi } from './support/api';
import { buildWorld, createAppointment, createCadre, createPost, type World } from './support/fixture';
import { fieldsOf } from './support/helpers';

/**
 * PAY-1 pay floors, PAY-2 post allowances and INS-2 duty logs and their checks, MGT-4 failed
 * checks as warnings, end to end through the API (the server's clock is fixed at 2026-11-25).
 */

const PAY_FIELDS = 'id unitId cadreId year title amount note floor belowFloor shortfall version';
const CREATE_PAY = `mutation($c: ID!, $y: Int!, $t: PostTitle!, $a: Float!) { createPayRecord(cadreId: $c, year: $y, title: $t, amount: $a) { ${PAY_FIELDS} } }`;
const SET_POLICY = 'mutation($y: Int!, $k: String!, $v: Float) { setPolicyParameter(year: $y, key: $k, value: $v) { value } }';
const CHECK_FIELDS = 'id unitId cadreId month outcome remarks checkedBy version';
const CREATE_CHECK = `mutation($c: ID!, $m: String!, $o: LogCheckOutcome!, $r: String) { createDutyLogCheck(cadreId: $c, month: $m, outcome: $o, remarks: $r) { ${CHECK_FIELDS} } }`;
const ALLOWANCE = 'query($y: Int!, $m: String, $u: ID) { allowanceReport(year: $y, month: $m, unitId: $u) { month due amount reason remarks cadre { id unitId } unit { id } } }';
const ENTRY_FIELDS = 'id unitId cadreId date content category version';
const CREATE_ENTRY = `mutation($c: ID!, $d: Date!, $t: String!, $cat: String) { createDutyLogEntry(cadreId: $c, date: $d, content: $t, category: $cat) { ${ENTRY_FIELDS} } }`;
const WARNINGS = 'query($asOf: Date, $u: ID) { cadreWarnings(asOf: $asOf, unitId: $u) { kind since detail cadre { id } } }';

interface PayRow {
  id: string;
  unitId: string;
  cadreId: string;
  year: number;
  title: string;
  amount: number;
  note: string | null;
  floor: number | null;
  belowFloor: boolean | null;
  shortfall: number | null;
  version: number;
}

interface AllowanceRow {
  month: string;
  due: boolean;
  amount: number;
  reason: string;
  remarks: string | null;
  cadre: { id: string; unitId: string };
  unit: { id: string };
}

let unitSeq = 0;

describe.each(backends)('PAY-1/2 pay and INS-2 duty logs (%s)', (backend) => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
  });
  afterAll(() => api?.close());

  const setPolicy = (year: number, key: string, value: number | null) => api.ok(SET_POLICY, { y: year, k: key, v: value }, world.admin);

  async function pay(cadreId: string, year: number, title: string, amount: number): Promise<PayRow> {
    return (await api.ok<{ createPayRecord: PayRow }>(CREATE_PAY, { c: cadreId, y: year, t: title, a: amount }, world.admin)).createPayRecord;
  }

  async function payRecord(id: string, token = world.admin): Promise<PayRow | null> {
    return (await api.ok<{ PayRecord: PayRow | null }>(`query($id: ID!) { PayRecord(id: $id) { ${PAY_FIELDS} } }`, { id }, token)).PayRecord;
  }

  /** A fresh unit whose Party secretary post is held from `start` (to `end`, the day left). */
  async function unitWithSecretary(start = '2021-03-20', end: string | null = null): Promise<{ unitId: string; postId: string; cadreId: string }> {
    unitSeq += 1;
    const code = `pay${unitSeq}${backend[0]}`;
    const { createUnit } = await api.ok<{ createUnit: { id: string } }>('mutation($n: String!, $c: String!) { createUnit(name: $n, kind: VILLAGE, code: $c) { id } }', { n: `薪酬村${code}`, c: code }, world.admin);
    const postId = await createPost(api, world.admin, createUnit.id, 'PARTY_SECRETARY');
    const cadre = await createCadre(api, world.admin, createUnit.id);
    await createAppointment(api, world.admin, cadre.id, postId, start, end);
    return { unitId: createUnit.id, postId, cadreId: cadre.id };
  }

  async function check(cadreId: string, month: string, outcome: 'PASS' | 'FAIL', remarks: string | null = null, token = world.admin) {
    return api.gql<{ createDutyLogCheck: { id: string; month: string; outcome: string; remarks: string | null; checkedBy: string; version: number } }>(CREATE_CHECK, { c: cadreId, m: month, o: outcome, r: remarks }, token);
  }

  async function allowance(year: number, month: string | null, unitId: string | null, token = world.admin): Promise<AllowanceRow[]> {
    return (await api.ok<{ allowanceReport: AllowanceRow[] }>(ALLOWANCE, { y: year, m: month, u: unitId }, token)).allowanceReport;
  }

  // --- PAY-1

  it('PAY-1 the floor is 1.5 × the previous year’s rural income for a secretary, the post’s ratio of it for others', async () => {
    await setPolicy(2025, 'priorYearRuralIncome', 20000);
    const secretary = await pay(world.a.cadreId, 2025, 'PARTY_SECRETARY', 31000);
    expect(secretary).toMatchObject({ floor: 30000, belowFloor: false, shortfall: 0, unitId: world.a.unitId });
    const deputy = await pay((await createCadre(api, world.admin, world.a.unitId)).id, 2025, 'DEPUTY_PARTY_SECRETARY', 20000);
    expect(deputy).toMatchObject({ floor: 24000, belowFloor: true, shortfall: 4000 });
    const director = await pay((await createCadre(api, world.admin, world.a.unitId)).id, 2025, 'DIRECTOR', 24000);
    expect(director).toMatchObject({ floor: 24000, belowFloor: false, shortfall: 0 });
    const member = await pay((await createCadre(api, world.admin, world.a.unitId)).id, 2025, 'WOMENS_DIRECTOR', 21000);
    expect(member).toMatchObject({ floor: 21000, belowFloor: false, shortfall: 0 });
  });

  it('PAY-1 a record exactly at the floor is not below it; one cent under is', async () => {
    await setPolicy(2021, 'priorYearRuralIncome', 18000);
    const at = await pay((await createCadre(api, world.admin, world.a.unitId)).id, 2021, 'PARTY_SECRETARY', 27000);
    expect(at).toMatchObject({ floor: 27000, belowFloor: false, shortfall: 0 });
    const under = await pay((await createCadre(api, world.admin, world.a.unitId)).id, 2021, 'PARTY_SECRETARY', 26999.99);
    expect(under).toMatchObject({ floor: 27000, belowFloor: true, shortfall: 0.01 });
  });

  it('PAY-1 while the year’s income is not entered (0) the floor is null, and nothing is flagged', async () => {
    const record = await pay(world.a.cadreId, 2024, 'PARTY_SECRETARY', 1);
    expect(record).toMatchObject({ floor: null, belowFloor: null, shortfall: null });
  });

  it('PAY-1 setPolicyParameter changes the floor of the records of that year (and only of that year)', async () => {
    const cadreId = (await createCadre(api, world.admin, world.a.unitId)).id;
    const record = await pay(cadreId, 2023, 'PARTY_SECRETARY', 30000);
    const other = await pay(cadreId, 2022, 'PARTY_SECRETARY', 30000);
    expect(record.floor).toBeNull();
    await setPolicy(2023, 'priorYearRuralIncome', 20000);
    expect(await payRecord(record.id)).toMatchObject({ floor: 30000, belowFloor: false });
    await setPolicy(2023, 'secretaryPayMultiplier', 2);
    expect(await payRecord(record.id)).toMatchObject({ floor: 40000, belowFloor: true, shortfall: 10000 });
    await setPolicy(2023, 'secretaryPayMultiplier', null);
    expect(await payRecord(record.id)).toMatchObject({ floor: 30000, belowFloor: false });
    expect((await payRecord(other.id))!.floor).toBeNull();
  });

  it('PAY-1 payReport lists the year’s records below their floor first, largest shortfall first', async () => {
    await setPolicy(2020, 'priorYearRuralIncome', 10000);
    const fine = await pay((await createCadre(api, world.admin, world.a.unitId)).id, 2020, 'PARTY_SECRETARY', 20000);
    const little = await pay((await createCadre(api, world.admin, world.a.unitId)).id, 2020, 'PARTY_SECRETARY', 14000);
    const much = await pay((await createCadre(api, world.admin, world.b.unitId)).id, 2020, 'PARTY_SECRETARY', 10000);
    const data = await api.ok<{ payReport: { id: string; belowFloor: boolean; shortfall: number }[] }>('query($y: Int!) { payReport(year: $y) { id belowFloor shortfall } }', { y: 2020 }, world.admin);
    expect(data.payReport.map((r) => r.id)).toEqual([much.id, little.id, fine.id]);
    expect(data.payReport.map((r) => r.shortfall)).toEqual([5000, 1000, 0]);
    // a unit user: its own unit's records only
    const own = await api.ok<{ payReport: { id: string; unitId: string }[] }>('query($y: Int!) { payReport(year: $y) { id unitId } }', { y: 2020 }, world.a.token);
    expect(own.payReport.map((r) => r.id)).toEqual([little.id, fine.id]);
  });

  it('PAY-1 one pay record per cadre and year: a second is a CONFLICT; bad amounts and years are BAD_USER_INPUT', async () => {
    const cadreId = (await createCadre(api, world.admin, world.a.unitId)).id;
    await pay(cadreId, 2019, 'DIRECTOR', 20000);
    expect(codeOf(await api.gql(CREATE_PAY, { c: cadreId, y: 2019, t: 'PARTY_SECRETARY', a: 30000 }, world.admin))).toBe('CONFLICT');
    const negative = await api.gql(CREATE_PAY, { c: cadreId, y: 2018, t: 'DIRECTOR', a: -1 }, world.admin);
    expect(codeOf(negative)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(negative)).toEqual(['amount']);
    expect(fieldsOf(await api.gql(CREATE_PAY, { c: cadreId, y: 1999, t: 'DIRECTOR', a: 1 }, world.admin))).toEqual(['year']);
  });

  it('PAY-1 pay records are the subdistrict’s: a unit user reads its own, cannot write them, and does not see another unit’s', async () => {
    const own = await pay((await createCadre(api, world.admin, world.a.unitId)).id, 2017, 'COMMITTEE_MEMBER', 15000);
    const other = await pay((await createCadre(api, world.admin, world.b.unitId)).id, 2017, 'COMMITTEE_MEMBER', 15000);
    expect((await payRecord(own.id, world.a.token))?.id).toBe(own.id);
    expect(await payRecord(other.id, world.a.token)).toBeNull();
    expect(codeOf(await api.gql(CREATE_PAY, { c: world.a.cadreId, y: 2016, t: 'PARTY_SECRETARY', a: 30000 }, world.a.token))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql('mutation($id: ID!) { updatePayRecord(id: $id, amount: 99999) { id } }', { id: own.id }, world.a.token))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql('mutation($id: ID!) { updatePayRecord(id: $id, amount: 99999) { id } }', { id: own.id }, world.analyst))).toBe('FORBIDDEN');
  });

  // --- PAY-2 / INS-2

  it('PAY-2 a month without a log check pays nothing and says NOT_CHECKED', async () => {
    const s = await unitWithSecretary();
    const rows = await allowance(2026, '2026-03', s.unitId);
    expect(rows).toEqual([{ month: '2026-03', due: false, amount: 0, reason: 'NOT_CHECKED', remarks: null, cadre: { id: s.cadreId, unitId: s.unitId }, unit: { id: s.unitId } }]);
  });

  it('PAY-2 a passed month is due with postAllowanceMonthly: 200 by default, or the year’s parameter', async () => {
    const s = await unitWithSecretary();
    const passed = await check(s.cadreId, '2026-04', 'PASS');
    expect(passed.data?.createDutyLogCheck).toMatchObject({ month: '2026-04', outcome: 'PASS', remarks: null, checkedBy: 'admin' });
    expect(await allowance(2026, '2026-04', s.unitId)).toMatchObject([{ month: '2026-04', due: true, amount: 200, reason: 'PASSED' }]);

    await setPolicy(2025, 'postAllowanceMonthly', 300);
    expect(codeOf(await check(s.cadreId, '2025-05', 'PASS'))).toBeNull();
    expect(await allowance(2025, '2025-05', s.unitId)).toMatchObject([{ month: '2025-05', due: true, amount: 300, reason: 'PASSED' }]);
  });

  it('INS-2 a failed check needs remarks; PAY-2 it pays 0 and the report gives the remarks', async () => {
    const s = await unitWithSecretary();
    const bare = await check(s.cadreId, '2026-05', 'FAIL');
    expect(codeOf(bare)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bare)).toEqual(['remarks']);
    expect(codeOf(await check(s.cadreId, '2026-05', 'FAIL', '   '))).toBe('BAD_USER_INPUT');
    expect(codeOf(await check(s.cadreId, '2026-05', 'FAIL', '5月日志缺记10天'))).toBeNull();
    expect(await allowance(2026, '2026-05', s.unitId)).toMatchObject([{ month: '2026-05', due: false, amount: 0, reason: 'FAILED', remarks: '5月日志缺记10天' }]);
  });

  it('INS-2 a second check of the same secretary and month is a CONFLICT; a re-check updates the first', async () => {
    const s = await unitWithSecretary();
    const first = await check(s.cadreId, '2026-06', 'FAIL', '未记录');
    expect(codeOf(await check(s.cadreId, '2026-06', 'PASS'))).toBe('CONFLICT');
    const id = first.data!.createDutyLogCheck.id;
    const stale = await api.gql('mutation($id: ID!) { updateDutyLogCheck(id: $id, version: 99, outcome: PASS) { id } }', { id }, world.admin);
    expect(codeOf(stale)).toBe('CONFLICT');
    const updated = await api.ok<{ updateDutyLogCheck: { outcome: string; remarks: string | null } }>('mutation($id: ID!) { updateDutyLogCheck(id: $id, outcome: PASS, remarks: null) { outcome remarks } }', { id }, world.admin);
    expect(updated.updateDutyLogCheck).toEqual({ outcome: 'PASS', remarks: null });
    expect(codeOf(await api.gql('mutation($id: ID!) { updateDutyLogCheck(id: $id, outcome: FAIL) { id } }', { id }, world.admin))).toBe('BAD_USER_INPUT');
    expect(await allowance(2026, '2026-06', s.unitId)).toMatchObject([{ reason: 'PASSED', amount: 200 }]);
  });

  it('INS-2 only the holder of the unit’s Party secretary post during the month is checked; the month is YYYY-MM and not in the future', async () => {
    const s = await unitWithSecretary('2026-06-15');
    expect(fieldsOf(await check(s.cadreId, '2026-05', 'PASS'))).toEqual(['cadreId']);
    expect(codeOf(await check(s.cadreId, '2026-06', 'PASS'))).toBeNull();
    const member = await createCadre(api, world.admin, s.unitId);
    await createAppointment(api, world.admin, member.id, await createPost(api, world.admin, s.unitId, 'DIRECTOR'), '2021-01-01');
    expect(fieldsOf(await check(member.id, '2026-07', 'PASS'))).toEqual(['cadreId']);
    expect(fieldsOf(await check(s.cadreId, '2026-13', 'PASS'))).toEqual(['month']);
    expect(fieldsOf(await check(s.cadreId, '2026-7', 'PASS'))).toEqual(['month']);
    expect(fieldsOf(await check(s.cadreId, '2026-12', 'PASS'))).toEqual(['month']);
    expect(codeOf(await check(s.cadreId, '2026-11', 'PASS'))).toBeNull();
  });

  it('PAY-2 the report lists every secretary during each month of the year up to the current one', async () => {
    const s = await unitWithSecretary('2024-01-01', '2026-03-10');
    const successor = await createCadre(api, world.admin, s.unitId);
    await createAppointment(api, world.admin, successor.id, s.postId, '2026-03-10');
    await check(successor.id, '2026-09', 'PASS');
    const rows = await allowance(2026, null, s.unitId);
    const monthsOf = (cadreId: string) => rows.filter((r) => r.cadre.id === cadreId).map((r) => r.month);
    expect(monthsOf(s.cadreId)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(monthsOf(successor.id)).toEqual(['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(rows.filter((r) => r.due).map((r) => `${r.cadre.id === successor.id}:${r.month}`)).toEqual(['true:2026-09']);
    // a past year: all twelve months; a future year: nothing
    expect((await allowance(2025, null, s.unitId)).map((r) => r.month)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12']);
    expect(await allowance(2027, null, s.unitId)).toEqual([]);
    // a month outside the year is refused
    expect(fieldsOf(await api.gql(ALLOWANCE, { y: 2026, m: '2025-05', u: s.unitId }, world.admin))).toEqual(['month']);
  });

  it('PAY-2 a unit user sees only its own unit’s allowance rows; the analyst reads all', async () => {
    const own = await allowance(2026, '2026-10', null, world.a.token);
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((r) => r.unit.id))).toEqual(new Set([world.a.unitId]));
    expect(await allowance(2026, '2026-10', world.b.unitId, world.a.token)).toEqual([]);
    const all = await allowance(2026, '2026-10', null, world.analyst);
    expect(all.some((r) => r.unit.id === world.b.unitId)).toBe(true);
    expect(codeOf(await api.gql(ALLOWANCE, { y: 2026 }, null))).toBe('UNAUTHENTICATED');
  });

  it('INS-2 a unit user writes its own unit’s duty log entries', async () => {
    const created = await api.ok<{ createDutyLogEntry: { id: string; unitId: string; content: string; category: string | null } }>(CREATE_ENTRY, { c: world.a.cadreId, d: '2026-11-25', t: '  召开支部委员会  ', cat: '会议' }, world.a.token);
    expect(created.createDutyLogEntry).toMatchObject({ unitId: world.a.unitId, content: '召开支部委员会', category: '会议' });
    const updated = await api.ok<{ updateDutyLogEntry: { content: string; version: number } }>('mutation($id: ID!) { updateDutyLogEntry(id: $id, content: "召开支部委员会，研究冬季防火") { content version } }', { id: created.createDutyLogEntry.id }, world.a.token);
    expect(updated.updateDutyLogEntry.content).toBe('召开支部委员会，研究冬季防火');
    const list = await api.ok<{ allDutyLogEntries: { id: string; unitId: string }[] }>('{ allDutyLogEntries(perPage: 100) { id unitId } }', {}, world.a.token);
    expect(list.allDutyLogEntries.map((e) => e.id)).toContain(created.createDutyLogEntry.id);
    expect(new Set(list.allDutyLogEntries.map((e) => e.unitId))).toEqual(new Set([world.a.unitId]));
  });

  it('INS-2 a unit user cannot write another unit’s duty log (its cadres and entries are not there for it)', async () => {
    expect(codeOf(await api.gql(CREATE_ENTRY, { c: world.b.cadreId, d: '2026-11-20', t: '入户走访' }, world.a.token))).toBe('BAD_USER_INPUT');
    const theirs = await api.ok<{ createDutyLogEntry: { id: string } }>(CREATE_ENTRY, { c: world.b.cadreId, d: '2026-11-20', t: '入户走访' }, world.b.token);
    expect(codeOf(await api.gql('mutation($id: ID!) { updateDutyLogEntry(id: $id, content: "改") { id } }', { id: theirs.createDutyLogEntry.id }, world.a.token))).toBe('NOT_FOUND');
    expect((await api.ok<{ DutyLogEntry: unknown }>('query($id: ID!) { DutyLogEntry(id: $id) { id } }', { id: theirs.createDutyLogEntry.id }, world.a.token)).DutyLogEntry).toBeNull();
  });

  it('INS-2 a unit user cannot check duty logs (FORBIDDEN), not even its own secretary’s', async () => {
    expect(codeOf(await check(world.a.cadreId, '2026-08', 'PASS', null, world.a.token))).toBe('FORBIDDEN');
    const made = await check(world.a.cadreId, '2026-08', 'PASS');
    expect(codeOf(await api.gql('mutation($id: ID!) { updateDutyLogCheck(id: $id, outcome: FAIL, remarks: "x") { id } }', { id: made.data!.createDutyLogCheck.id }, world.a.token))).toBe('FORBIDDEN');
    expect(codeOf(await check(world.a.cadreId, '2026-07', 'PASS', null, world.analyst))).toBe('FORBIDDEN');
    // it reads its own checks
    const own = await api.ok<{ allDutyLogChecks: { id: string }[] }>('{ allDutyLogChecks(perPage: 100) { id } }', {}, world.a.token);
    expect(own.allDutyLogChecks.map((c) => c.id)).toContain(made.data!.createDutyLogCheck.id);
  });

  it('INS-2 a duty log entry is dated, not in the future, with a content of 1 to 2000 characters', async () => {
    const future = await api.gql(CREATE_ENTRY, { c: world.a.cadreId, d: '2026-11-26', t: '明天的事' }, world.a.token);
    expect(fieldsOf(future)).toEqual(['date']);
    expect(fieldsOf(await api.gql(CREATE_ENTRY, { c: world.a.cadreId, d: '2026-11-20', t: '   ' }, world.a.token))).toEqual(['content']);
    expect(fieldsOf(await api.gql(CREATE_ENTRY, { c: world.a.cadreId, d: '2026-11-20', t: '记'.repeat(2001) }, world.a.token))).toEqual(['content']);
    expect(codeOf(await api.gql(CREATE_ENTRY, { c: world.a.cadreId, d: '2026-11-20', t: '记'.repeat(2000) }, world.a.token))).toBeNull();
  });

  it('MGT-4 a secretary whose log check failed in the last three months (asOf’s month and the two before) has a FAILED_LOG_CHECK warning', async () => {
    const s = await unitWithSecretary();
    await check(s.cadreId, '2026-07', 'FAIL', '7月未记录');
    await check(s.cadreId, '2026-09', 'FAIL', '9月记录不实');
    await check(s.cadreId, '2026-10', 'PASS');
    const warnings = async (asOf: string) =>
      (await api.ok<{ cadreWarnings: { kind: string; since: string; detail: string; cadre: { id: string } }[] }>(WARNINGS, { asOf, u: s.unitId }, world.admin)).cadreWarnings.filter((w) => w.kind === 'FAILED_LOG_CHECK');
    expect(await warnings('2026-11-25')).toEqual([{ kind: 'FAILED_LOG_CHECK', since: '2026-09-01', detail: '9月记录不实', cadre: { id: s.cadreId } }]);
    expect((await warnings('2026-09-15')).map((w) => w.since)).toEqual(['2026-07-01', '2026-09-01']);
    expect(await warnings('2026-06-30')).toEqual([]);
  });
});
