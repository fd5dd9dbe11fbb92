import type { Connection } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, codeOf, DEMO_PASSWORD, type GqlResult, TestApi } from './support/api';
import { buildWorld, createAppointment, createCadre, createPost, type World } from './support/fixture';
import { auditCount, fieldsOf } from './support/helpers';

/** TGT-3 duty reports, TGT-4 三评, TGT-5 the evidence view, end to end (the server's clock is fixed at 2026-11-25). */

const REPORT_FIELDS = `id unitId cadreId year half summary subdistrictCommitteeDate partyMembersAssemblyDate residentsMeetingDate givenTo
  selfEvaluationScore pollBallotsIssued pollBallotsReturned pollGood pollFairlyGood pollAverage pollPoor higherEvaluationScore pollScore poorShare poorPoll combinedScore version`;
const CREATE = `mutation($c: ID!, $y: Int!, $h: Int!, $s: String, $d1: Date, $d2: Date, $d3: Date, $self: Float, $issued: Int, $returned: Int, $good: Int, $fair: Int, $avg: Int, $poor: Int, $higher: Float) {
  createDutyReport(cadreId: $c, year: $y, half: $h, summary: $s, subdistrictCommitteeDate: $d1, partyMembersAssemblyDate: $d2, residentsMeetingDate: $d3,
    selfEvaluationScore: $self, pollBallotsIssued: $issued, pollBallotsReturned: $returned, pollGood: $good, pollFairlyGood: $fair, pollAverage: $avg, pollPoor: $poor,
    higherEvaluationScore: $higher) { ${REPORT_FIELDS} }
}`;
const MISSING = `query($y: Int!, $h: Int!, $asOf: Date, $u: ID) {
  missingDutyReports(year: $y, half: $h, asOf: $asOf, unitId: $u) { cadre { id } unit { id } year half since }
  _missingDutyReportsMeta(year: $y, half: $h, asOf: $asOf, unitId: $u) { count }
}`;
const WARNINGS = 'query($asOf: Date, $u: ID, $k: WarningKind) { cadreWarnings(asOf: $asOf, unitId: $u, kind: $k) { cadre { id } kind since detail } }';
const EVIDENCE = 'query($c: ID!, $y: Int!) { cadreEvidence(cadreId: $c, year: $y) { year cadre { id } sections { key title items { date title detail status } } } }';

interface Report {
  id: string;
  unitId: string;
  cadreId: string;
  year: number;
  half: number;
  givenTo: string[];
  pollScore: number | null;
  poorShare: number | null;
  poorPoll: boolean;
  combinedScore: number | null;
  higherEvaluationScore: number | null;
  version: number;
}

interface Missing {
  cadre: { id: string };
  unit: { id: string };
  year: number;
  half: number;
  since: string;
}

const HAN = /[\u4e00-\u9fff]/;
let seq = 0;

describe.each(backends)('TGT-3 duty reports, TGT-4 三评, TGT-5 evidence (%s)', (backend) => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
  }, 120_000);
  afterAll(() => api?.close());

  /** A fresh unit with a secretary holding the post from `start` (to `end`), and a unit user. */
  async function team(start = '2021-03-20', end: string | null = null): Promise<{ unitId: string; cadreId: string; postId: string; token: string }> {
    seq += 1;
    const code = `dr${seq}${backend[0]}`;
    const { createUnit } = await api.ok<{ createUnit: { id: string } }>('mutation($n: String!, $c: String!) { createUnit(name: $n, kind: VILLAGE, code: $c) { id } }', { n: `述职村${code}`, c: code }, world.admin);
    const postId = await createPost(api, world.admin, createUnit.id, 'PARTY_SECRETARY');
    const cadre = await createCadre(api, world.admin, createUnit.id);
    await createAppointment(api, world.admin, cadre.id, postId, start, end);
    const username = `user_${code}`;
    await api.ok('mutation($u: String!, $unit: ID) { createUser(username: $u, password: "unit-pass-123", role: UNIT_USER, unitId: $unit) { id } }', { u: username, unit: createUnit.id }, world.admin);
    return { unitId: createUnit.id, cadreId: cadre.id, postId, token: await api.login(username, 'unit-pass-123') };
  }

  async function member(unitId: string, start = '2022-01-01', end: string | null = null): Promise<string> {
    const postId = await createPost(api, world.admin, unitId, 'COMMITTEE_MEMBER');
    const cadre = await createCadre(api, world.admin, unitId);
    await createAppointment(api, world.admin, cadre.id, postId, start, end);
    return cadre.id;
  }

  function create(vars: Record<string, unknown>, token = world.admin): Promise<GqlResult<{ createDutyReport: Report }>> {
    return api.gql<{ createDutyReport: Report }>(CREATE, { y: 2026, h: 1, ...vars }, token);
  }

  async function missing(year: number, half: number, asOf: string | null, unitId: string | null, token = world.admin): Promise<{ rows: Missing[]; count: number }> {
    const data = await api.ok<{ missingDutyReports: Missing[]; _missingDutyReportsMeta: { count: number } }>(MISSING, { y: year, h: half, asOf, u: unitId }, token);
    return { rows: data.missingDutyReports, count: data._missingDutyReportsMeta.count };
  }

  it('TGT-3 a report records the day it was given to each of the three audiences; the unit keeps its own', async () => {
    const t = await team();
    const r = await create({ c: t.cadreId, s: '上半年履职情况', d1: '2026-07-03', d2: '2026-07-05' }, t.token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.createDutyReport).toMatchObject({ unitId: t.unitId, cadreId: t.cadreId, year: 2026, half: 1, givenTo: ['SUBDISTRICT_COMMITTEE', 'PARTY_MEMBERS_ASSEMBLY'], combinedScore: null });
    // a day before the half began, or in the future, is refused with the field named
    const bad = await create({ c: t.cadreId, h: 2, d1: '2026-06-30', d3: '2026-11-26' }, t.token);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad).sort()).toEqual(['residentsMeetingDate', 'subdistrictCommitteeDate']);
    expect(bad.errors![0]!.extensions!.messageZh).toMatch(HAN);
  });

  it('TGT-3 a second report of the same cadre and half is a CONFLICT; a cadre not on the team that half is refused', async () => {
    const t = await team('2026-08-01');
    expect(codeOf(await create({ c: t.cadreId, h: 1 }))).toBe('BAD_USER_INPUT');
    expect((await create({ c: t.cadreId, h: 2 })).errors).toBeUndefined();
    const again = await create({ c: t.cadreId, h: 2 });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0]!.extensions!.messageZh).toMatch(HAN);
  });

  it('TGT-3 an H1 report missing on 30 June is not flagged; on 1 July it is, since 1 July', async () => {
    const t = await team();
    const other = await member(t.unitId);
    await create({ c: other });
    expect(await missing(2026, 1, '2026-06-30', t.unitId)).toEqual({ rows: [], count: 0 });
    const flagged = await missing(2026, 1, '2026-07-01', t.unitId);
    expect(flagged).toEqual({ rows: [{ cadre: { id: t.cadreId }, unit: { id: t.unitId }, year: 2026, half: 1, since: '2026-07-01' }], count: 1 });
    // H2 of 2025 is flagged from 1 January 2026, not on 31 December
    expect((await missing(2025, 2, '2025-12-31', t.unitId)).count).toBe(0);
    expect((await missing(2025, 2, '2026-01-01', t.unitId)).rows.map((r) => r.since)).toEqual(['2026-01-01', '2026-01-01']);
    // asOf defaults to today (2026-11-25): H1 is over, H2 is not
    expect((await missing(2026, 1, null, t.unitId)).count).toBe(1);
    expect((await missing(2026, 2, null, t.unitId)).count).toBe(0);
  });

  it('TGT-3 the reporters are the team members of the half: a post left on 1 January or taken on 1 July does not count for H1', async () => {
    const t = await team();
    const leftOnFirst = await member(t.unitId, '2020-01-01', '2026-01-01');
    const leftOnSecond = await member(t.unitId, '2020-01-01', '2026-01-02');
    const fromJuly = await member(t.unitId, '2026-07-01');
    const ids = (await missing(2026, 1, '2026-07-01', t.unitId)).rows.map((r) => r.cadre.id);
    expect(ids).toContain(leftOnSecond);
    expect(ids).toContain(t.cadreId);
    expect(ids).not.toContain(leftOnFirst);
    expect(ids).not.toContain(fromJuly);
  });

  it('ROLE-3 TGT-3 a unit user’s missing list is its own unit’s only, also when it asks for another unit', async () => {
    const t = await team();
    const u = await team();
    const mine = await missing(2026, 1, '2026-07-01', null, t.token);
    expect(mine.rows.length).toBeGreaterThan(0);
    expect(new Set(mine.rows.map((r) => r.unit.id))).toEqual(new Set([t.unitId]));
    expect(mine.count).toBe(mine.rows.length);
    expect(await missing(2026, 1, '2026-07-01', u.unitId, t.token)).toEqual({ rows: [], count: 0 });
    // the admin sees both
    const all = await missing(2026, 1, '2026-07-01', null);
    expect(all.rows.some((r) => r.unit.id === u.unitId) && all.rows.some((r) => r.unit.id === t.unitId)).toBe(true);
    expect(all.count).toBe(all.rows.length);
  });

  it('TGT-3 missingDutyReports refuses a half other than 1 or 2', async () => {
    const r = await api.gql(MISSING, { y: 2026, h: 3 }, world.admin);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  it('TGT-4 poll counts exceeding the ballots returned, and ballots returned exceeding those issued → BAD_USER_INPUT naming the fields; nothing written', async () => {
    const t = await team();
    const before = await auditCount(api, world.admin);
    const tooMany = await create({ c: t.cadreId, issued: 60, returned: 50, good: 30, fair: 10, avg: 10, poor: 1 });
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(tooMany)).toEqual(['pollGood', 'pollFairlyGood', 'pollAverage', 'pollPoor']);
    expect(tooMany.errors![0]!.extensions!.messageZh).toContain('不能多于收回票数');
    const returnedMore = await create({ c: t.cadreId, issued: 50, returned: 51, good: 30 });
    expect(codeOf(returnedMore)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(returnedMore)).toEqual(['pollBallotsReturned']);
    expect(returnedMore.errors![0]!.extensions!.messageZh).toContain('不能多于发放票数');
    expect(await auditCount(api, world.admin)).toBe(before);
    // exactly at the limits is accepted
    const ok = await create({ c: t.cadreId, issued: 50, returned: 50, good: 30, fair: 10, avg: 10, poor: 0 });
    expect(ok.errors).toBeUndefined();
    // and an update is checked the same way
    const upd = await api.gql('mutation($id: ID!) { updateDutyReport(id: $id, pollPoor: 1) { id } }', { id: ok.data!.createDutyReport.id }, world.admin);
    expect(fieldsOf(upd)).toEqual(['pollGood', 'pollFairlyGood', 'pollAverage', 'pollPoor']);
  });

  it('TGT-4 the combined score is the weighted sum with the year’s weights (default 0.3 / 0.3 / 0.4)', async () => {
    const t = await team();
    const r = (await create({ c: t.cadreId, self: 90, issued: 12, returned: 10, good: 5, fair: 3, avg: 1, poor: 1, higher: 85 })).data!.createDutyReport;
    // poll: (5×100 + 3×80 + 1×60 + 1×0) / 10 = 80; 90×0.3 + 80×0.3 + 85×0.4 = 85
    expect(r).toMatchObject({ pollScore: 80, poorShare: 0.1, poorPoll: false, combinedScore: 85 });
  });

  it('TGT-4 weights not summing to 1 are refused; set together they apply to the year’s combined scores', async () => {
    const refused = await api.gql('mutation { setPolicyParameter(year: 2024, key: "dutyWeightSelf", value: 0.5) { value } }', {}, world.admin);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(refused)).toEqual(['value']);
    expect(refused.errors![0]!.extensions!.messageZh).toContain('之和须为 1');
    const together = await api.gql(
      'mutation { setPolicyParameters(year: 2024, values: [{ key: "dutyWeightSelf", value: 0.5 }, { key: "dutyWeightPoll", value: 0.4 }]) { key value } }',
      {},
      world.admin,
    );
    expect(codeOf(together)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(together)).toEqual(['values']);
    const set = await api.ok<{ setPolicyParameters: { key: string; value: number }[] }>(
      'mutation { setPolicyParameters(year: 2024, values: [{ key: "dutyWeightSelf", value: 0.2 }, { key: "dutyWeightPoll", value: 0.5 }, { key: "dutyWeightHigher", value: 0.3 }]) { key value } }',
      {},
      world.admin,
    );
    expect(set.setPolicyParameters.filter((p) => p.key.startsWith('dutyWeight')).map((p) => p.value)).toEqual([0.2, 0.5, 0.3]);
    const t = await team('2020-01-01');
    const r = (await create({ c: t.cadreId, y: 2024, self: 90, issued: 12, returned: 10, good: 5, fair: 3, avg: 1, poor: 1, higher: 85 })).data!.createDutyReport;
    // 90×0.2 + 80×0.5 + 85×0.3 = 18 + 40 + 25.5
    expect(r.combinedScore).toBe(83.5);
    // returning one weight to its default alone would break the sum: refused
    expect(codeOf(await api.gql('mutation { setPolicyParameter(year: 2024, key: "dutyWeightSelf", value: null) { value } }', {}, world.admin))).toBe('BAD_USER_INPUT');
  });

  it('TGT-4 MGT-4 the share of 差 exactly at the threshold (0.2) is no warning; above it is', async () => {
    const t = await team();
    const other = await member(t.unitId);
    const at = (await create({ c: t.cadreId, issued: 10, returned: 10, good: 8, poor: 2, d2: '2026-07-05' })).data!.createDutyReport;
    const above = (await create({ c: other, issued: 10, returned: 10, good: 7, poor: 3, d2: '2026-07-06' })).data!.createDutyReport;
    expect([at.poorPoll, above.poorPoll]).toEqual([false, true]);
    const signs = (await api.ok<{ cadreWarnings: { cadre: { id: string }; kind: string; since: string; detail: string }[] }>(WARNINGS, { u: t.unitId, k: 'POOR_POLL' }, world.admin)).cadreWarnings;
    expect(signs).toEqual([{ cadre: { id: other }, kind: 'POOR_POLL', since: '2026-07-06', detail: '2026年上半年党员群众测评“差”票 3 张，共 10 张' }]);
  });

  it('MGT-4 TGT-3 a missing report is a warning from the day after the half ended', async () => {
    const t = await team();
    type Sign = { cadre: { id: string }; kind: string; since: string; detail: string };
    const signs = async (asOf: string) => (await api.ok<{ cadreWarnings: Sign[] }>(WARNINGS, { asOf, u: t.unitId, k: 'DUTY_REPORT_MISSING' }, world.admin)).cadreWarnings;
    // on 30 June the last ended half is H2 of 2025 (the cadre was on the team then), not H1 of 2026
    expect(await signs('2026-06-30')).toEqual([{ cadre: { id: t.cadreId }, kind: 'DUTY_REPORT_MISSING', since: '2026-01-01', detail: '2025年下半年述职未登记' }]);
    expect(await signs('2026-07-01')).toEqual([{ cadre: { id: t.cadreId }, kind: 'DUTY_REPORT_MISSING', since: '2026-07-01', detail: '2026年上半年述职未登记' }]);
    await create({ c: t.cadreId });
    expect((await api.ok<{ cadreWarnings: unknown[] }>(WARNINGS, { asOf: '2026-07-01', u: t.unitId, k: 'DUTY_REPORT_MISSING' }, world.admin)).cadreWarnings).toEqual([]);
  });

  it('ROLE-3 the higher-level evaluation is the subdistrict’s: a unit user cannot set or change it, but may resend it unchanged', async () => {
    const t = await team();
    expect(codeOf(await create({ c: t.cadreId, higher: 80 }, t.token))).toBe('FORBIDDEN');
    const r = (await create({ c: t.cadreId, self: 88 }, t.token)).data!.createDutyReport;
    const set = await api.ok<{ updateDutyReport: Report }>('mutation($id: ID!) { updateDutyReport(id: $id, higherEvaluationScore: 86) { higherEvaluationScore version } }', { id: r.id }, world.admin);
    expect(set.updateDutyReport.higherEvaluationScore).toBe(86);
    expect(codeOf(await api.gql('mutation($id: ID!) { updateDutyReport(id: $id, higherEvaluationScore: 99) { id } }', { id: r.id }, t.token))).toBe('FORBIDDEN');
    const same = await api.gql('mutation($id: ID!) { updateDutyReport(id: $id, higherEvaluationScore: 86, summary: "补充") { id } }', { id: r.id }, t.token);
    expect(same.errors).toBeUndefined();
  });

  it('ROLE-3 a unit user cannot report for, read or find another unit’s reports', async () => {
    const t = await team();
    const u = await team();
    const theirs = (await create({ c: u.cadreId })).data!.createDutyReport;
    expect(codeOf(await create({ c: u.cadreId, h: 2 }, t.token))).toBe('BAD_USER_INPUT');
    expect((await api.ok<{ DutyReport: unknown }>('query($id: ID!) { DutyReport(id: $id) { id } }', { id: theirs.id }, t.token)).DutyReport).toBeNull();
    const list = await api.ok<{ allDutyReports: { unitId: string }[] }>('{ allDutyReports(perPage: 1000) { unitId } }', {}, t.token);
    expect(list.allDutyReports.every((r) => r.unitId === t.unitId)).toBe(true);
  });

  it('TGT-5 cadreEvidence gathers the registered sections in order with Chinese titles; another unit’s cadre is NOT_FOUND', async () => {
    const t = await team();
    await create({ c: t.cadreId, self: 90, issued: 12, returned: 10, good: 5, fair: 3, avg: 1, poor: 1, higher: 85, d1: '2026-07-03', d2: '2026-07-05', d3: '2026-07-08' });
    const ev = (await api.ok<{ cadreEvidence: { year: number; cadre: { id: string }; sections: { key: string; title: string; items: { date: string | null; title: string; detail: string | null; status: string | null }[] }[] } }>(EVIDENCE, { c: t.cadreId, y: 2026 }, t.token)).cadreEvidence;
    expect(ev.cadre.id).toBe(t.cadreId);
    const keys = ev.sections.map((s) => s.key);
    expect(keys).toContain('dutyReports');
    expect(keys).toContain('assessment');
    expect(keys.indexOf('dutyReports')).toBeLessThan(keys.indexOf('assessment'));
    const reports = ev.sections.find((s) => s.key === 'dutyReports')!;
    expect(reports.title).toBe('述职与三评');
    expect(reports.items).toHaveLength(1);
    expect(reports.items[0]).toMatchObject({ date: '2026-07-08', title: '2026年上半年述职', status: '三评完成，综合 85 分' });
    expect(reports.items[0]!.detail).toContain('向党员大会述职：2026年7月5日');
    // a draft year shows nothing of the assessment to a unit
    expect(ev.sections.find((s) => s.key === 'assessment')!.items).toEqual([]);
    // 2025: H1 and H2 have ended without reports
    const old = (await api.ok<{ cadreEvidence: { sections: { key: string; items: { status: string }[] }[] } }>(EVIDENCE, { c: t.cadreId, y: 2025 }, world.admin)).cadreEvidence;
    expect(old.sections.find((s) => s.key === 'dutyReports')!.items.map((i) => i.status)).toEqual(['未按期述职', '未按期述职']);
    const u = await team();
    const other = await api.gql(EVIDENCE, { c: u.cadreId, y: 2026 }, t.token);
    expect(codeOf(other)).toBe('NOT_FOUND');
    expect(other.data).toBeNull();
    expect(codeOf(await api.gql(EVIDENCE, { c: u.cadreId, y: 2026 }, null))).toBe('UNAUTHENTICATED');
  });

  it('TGT-3 statements of missingDutyReports do not grow with the number of units nor with the page size', async () => {
    const connection: Connection = api.app.orm.em.getConnection();
    const execute = connection.execute.bind(connection);
    let statements = 0;
    connection.execute = ((...args: Parameters<typeof execute>) => {
      statements += 1;
      return execute(...args);
    }) as typeof connection.execute;
    const q = 'query($n: Int) { missingDutyReports(year: 2026, half: 1, perPage: $n) { cadre { id name } unit { id name } since } _missingDutyReportsMeta(year: 2026, half: 1) { count } }';
    const measure = async (): Promise<number[]> => {
      const out: number[] = [];
      for (const n of [2, 40]) {
        statements = 0;
        const r = await api.gql(q, { n }, world.admin);
        expect(r.errors).toBeUndefined();
        out.push(statements);
      }
      return out;
    };
    try {
      const before = await measure();
      expect(before[1]).toBe(before[0]);
      for (let i = 0; i < 4; i += 1) {
        const t = await team();
        await member(t.unitId);
      }
      expect(await measure()).toEqual(before);
    } finally {
      connection.execute = execute;
    }
  }, 120_000);

  it.runIf(backend === 'postgres')('TGT-3 20 parallel createDutyReport for one cadre and half: exactly one report, 19 CONFLICT, one audit entry', async () => {
    const t = await team();
    const before = await auditCount(api, world.admin);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => create({ c: t.cadreId, h: 1, s: `并发${i}` })));
    const winners = results.filter((r) => !r.errors?.length);
    const losers = results.filter((r) => r.errors?.length);
    expect(winners).toHaveLength(1);
    expect(losers.map(codeOf)).toEqual(Array(19).fill('CONFLICT'));
    for (const l of losers) expect(l.errors![0]!.extensions!.messageZh).toMatch(HAN);
    const list = await api.ok<{ allDutyReports: unknown[] }>('query($c: ID) { allDutyReports(filter: { cadreId: $c }) { id } }', { c: t.cadreId }, world.admin);
    expect(list.allDutyReports).toHaveLength(1);
    expect(await auditCount(api, world.admin)).toBe(before + 1);
  }, 60_000);
});

describe('TGT-3 TGT-4 demo duty reports (sqlite)', () => {
  let api: TestApi;
  let admin: string;

  beforeAll(async () => {
    api = await TestApi.start('sqlite', { seedDemo: true, adminPassword: null });
    admin = await api.login('admin', DEMO_PASSWORD);
  }, 240_000);
  afterAll(() => api?.close());

  it('TGT-3 demo: 2025 H1 and H2 and 2026 H1 reports; in 王家湾村 (cun01) exactly one member has no 2026 H1 report', async () => {
    const counts = await api.ok<Record<string, { count: number }>>(
      '{ h1: _allDutyReportsMeta(filter: { year: 2025, half: 1 }) { count } h2: _allDutyReportsMeta(filter: { year: 2025, half: 2 }) { count } now: _allDutyReportsMeta(filter: { year: 2026, half: 1 }) { count } }',
      {},
      admin,
    );
    expect(counts.h1!.count).toBeGreaterThan(100);
    expect(counts.h2!.count).toBeGreaterThan(100);
    expect(counts.now!.count).toBeGreaterThan(100);
    const missing = await api.ok<{ missingDutyReports: { unit: { code: string } }[] }>('{ missingDutyReports(year: 2026, half: 1) { unit { code } } }', {}, admin);
    expect(missing.missingDutyReports.map((m) => m.unit.code)).toEqual(['cun01']);
    const cun01 = await api.login('cun01', DEMO_PASSWORD);
    expect((await api.ok<{ _missingDutyReportsMeta: { count: number } }>('{ _missingDutyReportsMeta(year: 2026, half: 1) { count } }', {}, cun01))._missingDutyReportsMeta.count).toBe(1);
  });

  it('TGT-4 MGT-4 demo: one poll with many 差 is a warning; combined scores are computed', async () => {
    const warnings = await api.ok<{ cadreWarnings: { cadre: { unit: { code: string } } }[] }>('{ cadreWarnings(kind: POOR_POLL) { cadre { unit { code } } } }', {}, admin);
    expect(warnings.cadreWarnings.map((w) => w.cadre.unit.code)).toEqual(['cun02']);
    const reports = await api.ok<{ allDutyReports: { combinedScore: number | null }[] }>('{ allDutyReports(filter: { year: 2026, half: 1 }, perPage: 50) { combinedScore } }', {}, admin);
    expect(reports.allDutyReports.every((r) => typeof r.combinedScore === 'number')).toBe(true);
  });
});
