import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type Viewer } from '@liangwei/domain';
import { backends, codeOf, TestApi, TODAY } from './support/api';
import { buildWorld, type World } from './support/fixture';
import { fieldsOf, newAuditEntries } from './support/helpers';
import { catalogue, score } from './support/matrix-assessment';
import { documentDefinition } from '../src/documents/model';
import { evidenceSections } from '../src/evidence/evidence';
import { workSources } from '../src/work/work';
import { scopeToViewer, unitScopedEntities } from '../src/db/scope';
import { EntityLoaders } from '../src/graphql/loaders';
import type { Context } from '../src/graphql/context';
import '../src/inspection';

/** INS-1 monthly inspections, notices and rectifications; INS-3 deductions on the assessment (the server's clock is fixed at 2026-11-25). */

const FINDING_FIELDS = 'id unitId roundId cadreId category severity facts requiredRectification deadline status overdue issuedOn noticeId allowedSteps proposedDeduction deductionApplied version';
const CREATE_FINDING = `mutation($r: ID!, $u: ID!, $c: ID, $d: Date, $facts: String!, $cat: FindingCategory!, $i: ID, $p: Float) {
  createInspectionFinding(roundId: $r, unitId: $u, cadreId: $c, category: $cat, facts: $facts, requiredRectification: "限期整改并报送整改情况", deadline: $d, proposedIndicatorId: $i, proposedDeduction: $p) { ${FINDING_FIELDS} }
}`;

interface Finding {
  id: string;
  unitId: string;
  status: string;
  overdue: boolean;
  issuedOn: string | null;
  noticeId: string | null;
  deadline: string | null;
  allowedSteps: string[];
  deductionApplied: boolean;
  version: number;
}

let monthSeq = 0;

describe.each(backends)('INS-1 / INS-3 inspections (%s)', (backend) => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
    monthSeq = 0; // each backend is a fresh database
  });
  afterAll(() => api?.close());

  /** A fresh round in a month of 2026 not used yet in this database (January … October, then of 2025). */
  async function round(month?: string): Promise<string> {
    monthSeq += 1;
    const m = month ?? `${2026 - Math.floor((monthSeq - 1) / 10)}-${String(((monthSeq - 1) % 10) + 1).padStart(2, '0')}`;
    const { createInspectionRound } = await api.ok<{ createInspectionRound: { id: string } }>('mutation($m: String!) { createInspectionRound(month: $m, inspectors: "组织办 王某、李某", scope: "全部村(社区)") { id } }', { m }, world.admin);
    return createInspectionRound.id;
  }

  async function finding(roundId: string, unitId: string, deadline: string | null, facts = '值班记录不全', extra: Record<string, unknown> = {}): Promise<Finding> {
    return (await api.ok<{ createInspectionFinding: Finding }>(CREATE_FINDING, { r: roundId, u: unitId, d: deadline, facts, cat: 'DUTY_NOT_DONE', ...extra }, world.admin)).createInspectionFinding;
  }

  async function notice(roundId: string, number?: number): Promise<{ id: string; number: number; year: number }> {
    const r = await api.gql<{ createInspectionNotice: { id: string; number: number; year: number } }>(
      'mutation($r: ID!, $n: Int) { createInspectionNotice(roundId: $r, date: "2026-11-20", body: "现将本月督查情况通报如下。", number: $n) { id number year } }',
      { r: roundId, n: number ?? null },
      world.admin,
    );
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.createInspectionNotice;
  }

  async function issue(noticeId: string): Promise<void> {
    await api.ok('mutation($id: ID!) { issueInspectionNotice(id: $id) { id status } }', { id: noticeId }, world.admin);
  }

  async function read(id: string, token: string): Promise<Finding | null> {
    return (await api.ok<{ InspectionFinding: Finding | null }>(`query($id: ID!) { InspectionFinding(id: $id) { ${FINDING_FIELDS} } }`, { id }, token)).InspectionFinding;
  }

  const SUBMIT = 'mutation($id: ID!, $m: String!, $d: Date) { submitRectification(findingId: $id, measures: $m, doneOn: $d) { id status overdue } }';
  const ACCEPT = 'mutation($id: ID!) { acceptRectification(findingId: $id, note: "整改到位") { id status overdue } }';
  const RETURN = 'mutation($id: ID!, $r: String!) { returnRectification(findingId: $id, reason: $r) { id status } }';

  it('INS-1 a deadline of today is not overdue; a deadline of yesterday with no accepted report is, in the field and in the filter', async () => {
    const r = await round();
    const today = await finding(r, world.a.unitId, TODAY, '今日到期');
    const yesterday = await finding(r, world.a.unitId, '2026-11-24', '昨日到期');
    const none = await finding(r, world.a.unitId, null, '未定时限');
    expect([today.overdue, yesterday.overdue, none.overdue]).toEqual([false, true, false]);
    const overdue = await api.ok<{ allInspectionFindings: { id: string }[] }>('query($r: ID) { allInspectionFindings(filter: { roundId: $r, overdue: true }) { id } }', { r }, world.admin);
    expect(overdue.allInspectionFindings.map((f) => f.id)).toEqual([yesterday.id]);
    const notOverdue = await api.ok<{ allInspectionFindings: { id: string }[] }>('query($r: ID) { allInspectionFindings(filter: { roundId: $r, overdue: false }, sortField: "createdAt") { id } }', { r }, world.admin);
    expect(notOverdue.allInspectionFindings.map((f) => f.id).sort()).toEqual([today.id, none.id].sort());
    // accepted → no longer overdue, even past its deadline
    await issue((await notice(r)).id);
    await api.ok(SUBMIT, { id: yesterday.id, m: '已补齐值班记录' }, world.a.token);
    expect((await read(yesterday.id, world.admin))!.overdue).toBe(true);
    const accepted = await api.ok<{ acceptRectification: { status: string; overdue: boolean } }>(ACCEPT, { id: yesterday.id }, world.admin);
    expect(accepted.acceptRectification).toMatchObject({ status: 'ACCEPTED', overdue: false });
    const counted = await api.ok<{ _allInspectionFindingsMeta: { count: number } }>('query($r: ID) { _allInspectionFindingsMeta(filter: { roundId: $r, overdue: true }) { count } }', { r }, world.admin);
    expect(counted._allInspectionFindingsMeta.count).toBe(0);
  });

  it('INS-1 the rectification workflow: submit (unit) → return with a reason → submit → accept; every step kept', async () => {
    const r = await round();
    const f = await finding(r, world.a.unitId, '2026-12-10');
    await issue((await notice(r)).id);
    expect((await read(f.id, world.a.token))!.allowedSteps).toEqual(['SUBMIT']);
    const future = await api.gql(SUBMIT, { id: f.id, m: '已整改', d: '2026-11-26' }, world.a.token);
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(future)).toEqual(['doneOn']);
    expect(codeOf(await api.gql(SUBMIT, { id: f.id, m: '  ' }, world.a.token))).toBe('BAD_USER_INPUT');
    expect((await api.ok<{ submitRectification: { status: string } }>(SUBMIT, { id: f.id, m: '召开专题会，补齐台账', d: '2026-11-23' }, world.a.token)).submitRectification.status).toBe('SUBMITTED');
    expect((await read(f.id, world.admin))!.allowedSteps).toEqual(['ACCEPT', 'RETURN']);
    const noReason = await api.gql(RETURN, { id: f.id, r: '' }, world.admin);
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(noReason)).toEqual(['reason']);
    expect((await api.ok<{ returnRectification: { status: string } }>(RETURN, { id: f.id, r: '台账仍缺10月记录' }, world.admin)).returnRectification.status).toBe('RETURNED');
    await api.ok(SUBMIT, { id: f.id, m: '已补齐10月记录' }, world.a.token);
    await api.ok(ACCEPT, { id: f.id }, world.admin);
    const history = await api.ok<{ InspectionFinding: { status: string; rectifications: { step: string; content: string; statusAfter: string; byUsername: string; date: string }[] } }>(
      'query($id: ID!) { InspectionFinding(id: $id) { status rectifications { step content statusAfter byUsername date } } }',
      { id: f.id },
      world.a.token,
    );
    expect(history.InspectionFinding.rectifications.map((x) => [x.step, x.statusAfter, x.byUsername])).toEqual([
      ['SUBMIT', 'SUBMITTED', world.a.username],
      ['RETURN', 'RETURNED', 'admin'],
      ['SUBMIT', 'SUBMITTED', world.a.username],
      ['ACCEPT', 'ACCEPTED', 'admin'],
    ]);
    expect(history.InspectionFinding.rectifications[1]!.content).toBe('台账仍缺10月记录');
    expect(history.InspectionFinding.rectifications[0]!.date).toBe('2026-11-23');
  });

  it('ROLE-3 a unit accepting or returning its own report → FORBIDDEN; the analyst takes no step; another unit’s finding is not found', async () => {
    const r = await round();
    const f = await finding(r, world.a.unitId, '2026-12-10');
    const other = await finding(r, world.b.unitId, '2026-12-10');
    await issue((await notice(r)).id);
    await api.ok(SUBMIT, { id: f.id, m: '已整改' }, world.a.token);
    const accept = await api.gql(ACCEPT, { id: f.id }, world.a.token);
    expect(codeOf(accept)).toBe('FORBIDDEN');
    expect(accept.errors?.[0]?.extensions?.messageZh).toBeTruthy();
    expect(codeOf(await api.gql(RETURN, { id: f.id, r: '自己退回' }, world.a.token))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(ACCEPT, { id: f.id }, world.analyst))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(SUBMIT, { id: other.id, m: '代为整改' }, world.a.token))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(SUBMIT, { id: other.id, m: '代为报送' }, world.admin))).toBe('FORBIDDEN');
    expect((await read(f.id, world.admin))!.status).toBe('SUBMITTED');
  });

  it('INS-1 a step out of order → CONFLICT, and nothing is written', async () => {
    const r = await round();
    const f = await finding(r, world.a.unitId, '2026-12-10');
    await issue((await notice(r)).id);
    const early = await api.gql(ACCEPT, { id: f.id }, world.admin);
    expect(codeOf(early)).toBe('CONFLICT');
    expect(early.errors?.[0]?.extensions?.messageZh).toContain('待整改');
    await api.ok(SUBMIT, { id: f.id, m: '已整改' }, world.a.token);
    expect(codeOf(await api.gql(SUBMIT, { id: f.id, m: '再次报送' }, world.a.token))).toBe('CONFLICT');
    await api.ok(ACCEPT, { id: f.id }, world.admin);
    expect(codeOf(await api.gql(RETURN, { id: f.id, r: '再退回' }, world.admin))).toBe('CONFLICT');
    const reports = await api.ok<{ _allRectificationReportsMeta: { count: number } }>('query($f: ID) { _allRectificationReportsMeta(filter: { findingId: $f }) { count } }', { f: f.id }, world.admin);
    expect(reports._allRectificationReportsMeta.count).toBe(2);
  });

  it('ROLE-3 a unit reading another unit’s rectification records gets nothing', async () => {
    const r = await round();
    const theirs = await finding(r, world.b.unitId, '2026-12-10', '乙社区问题');
    await issue((await notice(r)).id);
    await api.ok(SUBMIT, { id: theirs.id, m: '乙社区整改情况' }, world.b.token);
    const { allRectificationReports } = await api.ok<{ allRectificationReports: { id: string }[] }>('query($f: ID) { allRectificationReports(filter: { findingId: $f }) { id } }', { f: theirs.id }, world.admin);
    expect(allRectificationReports).toHaveLength(1);
    const reportId = allRectificationReports[0]!.id;
    const asA = await api.ok<{ allRectificationReports: unknown[]; _allRectificationReportsMeta: { count: number }; RectificationReport: unknown; InspectionFinding: unknown; all: unknown[] }>(
      `query($f: ID!, $id: ID!) {
        allRectificationReports(filter: { findingId: $f }) { id }
        _allRectificationReportsMeta(filter: { findingId: $f }) { count }
        RectificationReport(id: $id) { id content }
        InspectionFinding(id: $f) { id rectifications { id } }
        all: allInspectionFindings(filter: { ids: [$f] }) { id }
      }`,
      { f: theirs.id, id: reportId },
      world.a.token,
    );
    expect(asA).toEqual({ allRectificationReports: [], _allRectificationReportsMeta: { count: 0 }, RectificationReport: null, InspectionFinding: null, all: [] });
  });

  it('ROLE-3 a unit sees other units’ findings only as the issued notice’s text; drafts and unissued findings are invisible to it', async () => {
    const r = await round();
    const mine = await finding(r, world.a.unitId, '2026-12-10', '甲村会议记录缺失');
    await finding(r, world.b.unitId, '2026-12-10', '乙社区值班脱岗');
    const n = await notice(r);
    // before the issue: the unit sees neither the draft nor its finding
    const before = await api.ok<{ InspectionNotice: unknown; allInspectionNotices: { id: string }[]; InspectionFinding: unknown }>(
      'query($n: ID!, $f: ID!) { InspectionNotice(id: $n) { id } allInspectionNotices(filter: { ids: [$n] }) { id } InspectionFinding(id: $f) { id } }',
      { n: n.id, f: mine.id },
      world.a.token,
    );
    expect(before).toEqual({ InspectionNotice: null, allInspectionNotices: [], InspectionFinding: null });
    expect(codeOf(await api.gql(SUBMIT, { id: mine.id, m: '提前报送' }, world.a.token))).toBe('NOT_FOUND');
    await issue(n.id);
    const after = await api.ok<{ InspectionNotice: { numberText: string; status: string; items: { unitName: string; facts: string; category: string; deadline: string }[] }; allInspectionFindings: { id: string; unitId: string }[] }>(
      'query($n: ID!, $r: ID) { InspectionNotice(id: $n) { numberText status items { unitName cadreName category severity facts requiredRectification deadline } } allInspectionFindings(filter: { roundId: $r }) { id unitId } }',
      { n: n.id, r },
      world.a.token,
    );
    expect(after.InspectionNotice.status).toBe('ISSUED');
    expect(after.InspectionNotice.numberText).toBe(`〔${n.year}〕第${n.number}期`);
    expect(after.InspectionNotice.items.map((i) => [i.unitName, i.facts, i.category])).toEqual([
      ['单位ua', '甲村会议记录缺失', '履职不到位'],
      ['单位ub', '乙社区值班脱岗', '履职不到位'],
    ]);
    // the notice item type carries text only: no status, no rectification, no unit id
    const leak = await api.gql('query($n: ID!) { InspectionNotice(id: $n) { items { status } } }', { n: n.id }, world.a.token);
    expect(codeOf(leak)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(after.allInspectionFindings).toEqual([{ id: mine.id, unitId: world.a.unitId }]);
  });

  it('INS-1 an issued notice is frozen: any update → CONFLICT; a re-issue with a reason keeps the old one and drafts a corrected revision, audited', async () => {
    const r = await round();
    const f = await finding(r, world.a.unitId, '2026-12-10', '原文');
    const n = await notice(r);
    await api.ok('mutation($id: ID!) { updateInspectionNotice(id: $id, body: "修改草稿") { id } }', { id: n.id }, world.admin);
    await issue(n.id);
    const edit = await api.gql('mutation($id: ID!) { updateInspectionNotice(id: $id, body: "印发后修改") { id } }', { id: n.id }, world.admin);
    expect(codeOf(edit)).toBe('CONFLICT');
    expect(edit.errors?.[0]?.extensions?.messageZh).toContain('已印发');
    expect(codeOf(await api.gql('mutation($id: ID!) { issueInspectionNotice(id: $id) { id } }', { id: n.id }, world.admin))).toBe('CONFLICT');
    // a finding written in the issued notice cannot be changed either, nor can the month get a new one
    expect(codeOf(await api.gql('mutation($id: ID!) { updateInspectionFinding(id: $id, facts: "改写") { id } }', { id: f.id }, world.admin))).toBe('CONFLICT');
    expect(codeOf(await api.gql(CREATE_FINDING, { r, u: world.a.unitId, facts: '补充', cat: 'OTHER' }, world.admin))).toBe('CONFLICT');
    expect(codeOf(await api.gql('mutation($id: ID!) { reissueInspectionNotice(id: $id, reason: " ") { id } }', { id: n.id }, world.admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql('mutation($id: ID!) { reissueInspectionNotice(id: $id, reason: "更正") { id } }', { id: n.id }, world.a.token))).toBe('FORBIDDEN');
    let copyId = '';
    const audit = await newAuditEntries(api, world.admin, async () => {
      const { reissueInspectionNotice } = await api.ok<{ reissueInspectionNotice: { id: string; revision: number; status: string; previousId: string; number: number; reissueReason: string; numberText: string } }>(
        'mutation($id: ID!) { reissueInspectionNotice(id: $id, reason: "第二条问题表述有误") { id revision status previousId number reissueReason numberText } }',
        { id: n.id },
        world.admin,
      );
      expect(reissueInspectionNotice).toMatchObject({ revision: 2, status: 'DRAFT', previousId: n.id, number: n.number, reissueReason: '第二条问题表述有误' });
      expect(reissueInspectionNotice.numberText).toBe(`〔${n.year}〕第${n.number}期（更正）`);
      copyId = reissueInspectionNotice.id;
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.action).toBe('reissueInspectionNotice');
    expect(audit[0]!.changes.some((c) => c.field === 'reissueReason' && c.after === '第二条问题表述有误')).toBe(true);
    expect(audit[0]!.changes.some((c) => c.entityId === n.id && c.field === 'status' && c.after === 'SUPERSEDED')).toBe(true);
    // the old one stays readable (as superseded); the correction is a draft the unit does not see yet
    const seen = await api.ok<{ old: { status: string } | null; copy: unknown }>('query($a: ID!, $b: ID!) { old: InspectionNotice(id: $a) { status } copy: InspectionNotice(id: $b) { id } }', { a: n.id, b: copyId }, world.a.token);
    expect(seen).toEqual({ old: { status: 'SUPERSEDED' }, copy: null });
    await issue(copyId);
    expect((await read(f.id, world.a.token))!.noticeId).toBe(copyId);
  });

  it('INS-1 the notice number is unique per year: a second notice with a used number → CONFLICT; numbers run on per year', async () => {
    const a = await notice(await round('2024-01'));
    const b = await notice(await round('2024-02'));
    expect([a.year, a.number, b.number]).toEqual([2024, 1, 2]);
    const dup = await api.gql('mutation($r: ID!) { createInspectionNotice(roundId: $r, date: "2026-11-20", number: 1) { id } }', { r: await round('2024-03') }, world.admin);
    expect(codeOf(dup)).toBe('CONFLICT');
    expect(dup.errors?.[0]?.extensions?.messageZh).toContain('第1期');
    expect((await notice(await round('2023-12'))).number).toBe(1);
  });

  it('INS-1 the notice number under parallel requests: 10 notices asking for the same number → 1 success and 9 CONFLICT', async () => {
    const rounds = await Promise.all(Array.from({ length: 10 }, (_, i) => round(`2022-${String(i + 1).padStart(2, '0')}`)));
    const results = await Promise.all(rounds.map((r) => api.gql('mutation($r: ID!) { createInspectionNotice(roundId: $r, date: "2026-11-20", number: 7) { id } }', { r }, world.admin)));
    expect(results.filter((x) => !x.errors).length).toBe(1);
    expect(results.filter((x) => codeOf(x) === 'CONFLICT').length).toBe(9);
    const { _allInspectionNoticesMeta } = await api.ok<{ _allInspectionNoticesMeta: { count: number } }>('{ _allInspectionNoticesMeta(filter: { year: 2022 }) { count } }', {}, world.admin);
    expect(_allInspectionNoticesMeta.count).toBe(1);
  });

  it('INS-3 a proposed deduction shows beside the score and is applied exactly once under 2 parallel calls; refused on a published year', async () => {
    const [i1, i2] = await catalogue(api, world.admin, 2026);
    await score(api, world.admin, world.a.unitId, 2026, [i1, i2], [600, 400]);
    const r = await round('2026-11');
    const f = await finding(r, world.a.unitId, '2026-12-10', '值班脱岗两次', { i: i1, p: 5 });
    const wrongYear = await api.gql(CREATE_FINDING, { r, u: world.a.unitId, facts: 'x', cat: 'OTHER', i: i1, p: null }, world.admin);
    expect(fieldsOf(wrongYear)).toEqual(['proposedDeduction']);
    const DEDUCTIONS = 'query { inspectionDeductions(year: 2026) { id unitId indicatorId points reason issued applied } }';
    const before = (await api.ok<{ inspectionDeductions: { id: string; points: number; reason: string; issued: boolean; applied: boolean }[] }>(DEDUCTIONS, {}, world.admin)).inspectionDeductions;
    expect(before.find((d) => d.id === f.id)).toMatchObject({ points: 5, issued: false, applied: false, reason: '2026年11月督查：履职不到位，值班脱岗两次' });
    const APPLY = 'mutation($id: ID!) { applyInspectionDeduction(findingId: $id) { points note } }';
    expect(codeOf(await api.gql(APPLY, { id: f.id }, world.admin))).toBe('CONFLICT'); // not yet issued
    await issue((await notice(r)).id);
    expect(codeOf(await api.gql(APPLY, { id: f.id }, world.a.token))).toBe('FORBIDDEN');
    const results = await Promise.all([api.gql<{ applyInspectionDeduction: { points: number; note: string } }>(APPLY, { id: f.id }, world.admin), api.gql(APPLY, { id: f.id }, world.admin)]);
    expect(results.filter((x) => !x.errors).length).toBe(1);
    expect(results.filter((x) => codeOf(x) === 'CONFLICT').length).toBe(1);
    const scores = await api.ok<{ allAssessmentScores: { points: number; note: string }[] }>('query($u: ID, $i: ID) { allAssessmentScores(filter: { unitId: $u, indicatorId: $i }) { points note } }', { u: world.a.unitId, i: i1 }, world.admin);
    expect(scores.allAssessmentScores).toEqual([{ points: 595, note: '督查扣5分（2026年11月督查：履职不到位，值班脱岗两次）' }]);
    expect(codeOf(await api.gql(APPLY, { id: f.id }, world.admin))).toBe('CONFLICT');
    const after = (await api.ok<{ inspectionDeductions: { id: string; applied: boolean }[] }>(DEDUCTIONS, {}, world.admin)).inspectionDeductions;
    expect(after.find((d) => d.id === f.id)!.applied).toBe(true);
    // a unit does not see a draft year's deductions (ASM-5)
    expect((await api.ok<{ inspectionDeductions: unknown[] }>(DEDUCTIONS, {}, world.a.token)).inspectionDeductions).toEqual([]);
    // a published year is frozen
    const [p1, p2] = await catalogue(api, world.admin, 2021);
    await score(api, world.admin, world.a.unitId, 2021, [p1, p2], [600, 400]);
    const r21 = await round('2021-06');
    const old = await finding(r21, world.a.unitId, '2021-07-10', '旧问题', { i: p1, p: 3 });
    await issue((await notice(r21)).id);
    await api.ok('mutation { publishAssessmentYear(year: 2021) }', {}, world.admin);
    const frozen = await api.gql(APPLY, { id: old.id }, world.admin);
    expect(codeOf(frozen)).toBe('CONFLICT');
    expect(frozen.errors?.[0]?.extensions?.messageZh).toContain('已公布');
  });

  it('INS-1 the printable notice: issuer, title, number, date, body and the findings per unit as a table', async () => {
    const r = await round('2025-03');
    await finding(r, world.a.unitId, '2025-04-10', '甲村问题一');
    await finding(r, world.a.unitId, null, '甲村问题二');
    await finding(r, world.b.unitId, '2025-04-15', '乙社区问题');
    const n = await notice(r);
    await issue(n.id);
    const orm = api.app.orm;
    const ctxOf = (viewer: Viewer): Context => {
      const em = orm.em.fork();
      scopeToViewer(em, unitScopedEntities(orm), viewer);
      return { em, viewer, userId: null, username: null, now: new Date(`${TODAY}T04:00:00Z`), today: TODAY, ip: '127.0.0.1', loaders: new EntityLoaders(em), auth: null as never };
    };
    const load = documentDefinition('inspection-notice')!.load;
    const model = await load(ctxOf({ role: Role.UNIT_USER, unitId: world.a.unitId }), n.id);
    expect(model.issuer).toBe('中共XX街道工作委员会');
    expect(model.title).toBe('关于2025年3月份村（社区）“两委”干部履职情况督查的通报');
    expect(model.docNumber).toBe(`〔2025〕第${n.number}期`);
    expect(model.date).toBe('2026年11月20日');
    expect(model.blocks).toContainEqual({ kind: 'paragraph', text: '现将本月督查情况通报如下。' });
    const table = model.blocks.find((b) => b.kind === 'table') as { header: string[]; rows: unknown[][] };
    expect(table.header).toEqual(['村（社区）', '干部', '问题类别', '存在问题', '整改要求', '整改时限']);
    expect(table.rows).toEqual([
      [{ text: '1. 单位ua', rowSpan: 2 }, '—', '履职不到位（一般）', '甲村问题一', '限期整改并报送整改情况', '2025年4月10日'],
      ['—', '履职不到位（一般）', '甲村问题二', '限期整改并报送整改情况', '—'],
      [{ text: '2. 单位ub', rowSpan: 1 }, '—', '履职不到位（一般）', '乙社区问题', '限期整改并报送整改情况', '2025年4月15日'],
    ]);
    expect(model.blocks.at(-1)).toEqual({ kind: 'signature', lines: ['中共XX街道工作委员会', '2026年11月20日'] });
    // a draft is the subdistrict's: a unit gets NOT_FOUND
    const draft = await notice(await round('2025-04'));
    await expect(load(ctxOf({ role: Role.UNIT_USER, unitId: world.a.unitId }), draft.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await load(ctxOf({ role: Role.SUBDISTRICT_ADMIN, unitId: null }), draft.id)).blocks).toContainEqual({ kind: 'paragraph', text: '本月督查未发现需通报的问题。' });
  });
});

describe('INS-1 / INS-3 demo inspections', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await TestApi.start('sqlite', { seedDemo: true, adminPassword: null });
  });
  afterAll(() => api?.close());

  it('INS-1 demo: 2026 notices 第1–3期 issued and November’s a draft; accepted, returned and overdue rectifications; cun01 among the units with findings', async () => {
    const admin = await api.login('admin', 'demo-pass-123');
    const { allInspectionNotices } = await api.ok<{ allInspectionNotices: { numberText: string; status: string }[] }>('{ allInspectionNotices(sortField: "number", sortOrder: "ASC") { numberText status } }', {}, admin);
    expect(allInspectionNotices).toEqual([
      { numberText: '〔2026〕第1期', status: 'ISSUED' },
      { numberText: '〔2026〕第2期', status: 'ISSUED' },
      { numberText: '〔2026〕第3期', status: 'ISSUED' },
      { numberText: '〔2026〕第4期', status: 'DRAFT' },
    ]);
    const { allInspectionFindings } = await api.ok<{ allInspectionFindings: { status: string; overdue: boolean; unit: { code: string } }[] }>('{ allInspectionFindings(perPage: 100) { status overdue unit { code } } }', {}, admin);
    const statuses = new Set(allInspectionFindings.map((f) => f.status));
    expect([...statuses].sort()).toEqual(['ACCEPTED', 'OPEN', 'RETURNED', 'SUBMITTED']);
    expect(allInspectionFindings.some((f) => f.overdue)).toBe(true);
    expect(allInspectionFindings.filter((f) => f.unit.code === 'cun01').length).toBeGreaterThanOrEqual(3);
    // INS-3 one deduction applied in the 2026 draft, one proposed
    const { inspectionDeductions } = await api.ok<{ inspectionDeductions: { applied: boolean; unit: { code: string } }[] }>('{ inspectionDeductions(year: 2026) { applied unit { code } } }', {}, admin);
    expect(inspectionDeductions.map((d) => [d.unit.code, d.applied])).toEqual([
      ['cun01', true],
      ['cun01', false],
    ]);
    // cun01 reads the issued notices (not the draft) and its own issued findings only
    const cun01 = await api.login('cun01', 'demo-pass-123');
    const seen = await api.ok<{ allInspectionNotices: unknown[]; allInspectionFindings: { unitId: string; issuedOn: string | null }[]; me: { unit: { id: string } } }>(
      '{ allInspectionNotices { id } allInspectionFindings { unitId issuedOn } me { unit { id } } }',
      {},
      cun01,
    );
    expect(seen.allInspectionNotices).toHaveLength(3);
    expect(seen.allInspectionFindings).toHaveLength(3);
    expect(seen.allInspectionFindings.every((f) => f.unitId === seen.me.unit.id && f.issuedOn)).toBe(true);
  });

  it('TGT-5 / INS-1 demo: the evidence of cun01’s secretary lists the year’s findings with their state; My work counts findings to rectify and reports to review', async () => {
    const orm = api.app.orm;
    const admin = await api.login('admin', 'demo-pass-123');
    const { allInspectionFindings } = await api.ok<{ allInspectionFindings: { cadreId: string; unitId: string }[] }>(
      '{ allInspectionFindings(filter: { category: ABSENCE }) { cadreId unitId } }',
      {},
      admin,
    );
    const { cadreId, unitId } = allInspectionFindings[0]!;
    const ctxOf = (viewer: Viewer): Context => {
      const em = orm.em.fork();
      scopeToViewer(em, unitScopedEntities(orm), viewer);
      return { em, viewer, userId: null, username: null, now: new Date(`${TODAY}T04:00:00Z`), today: TODAY, ip: '127.0.0.1', loaders: new EntityLoaders(em), auth: null as never };
    };
    const unitViewer = { role: Role.UNIT_USER, unitId };
    const section = evidenceSections().find((s) => s.key === 'inspections')!;
    const items = await section.load(ctxOf(unitViewer), { id: cadreId, unitId }, 2026);
    expect(items.map((i) => i.title)).toEqual(['2026年8月督查：履职不到位', '2026年9月督查：值班在岗缺位', '2026年10月督查：台账纪实不全']);
    expect(items[1]!.status).toBe('已退回重改，已逾期');
    expect(items[0]!.status).toBe('整改已验收');
    // the draft November finding is the subdistrict's: the admin sees it, marked as not yet notified
    const all = await section.load(ctxOf({ role: Role.SUBDISTRICT_ADMIN, unitId: null }), { id: cadreId, unitId }, 2026);
    expect(all).toHaveLength(4);
    expect(all[3]!.status).toBe('待整改，尚未通报');
    const rectify = workSources().find((w) => w.key === 'inspection-rectify')!;
    const review = workSources().find((w) => w.key === 'inspection-review')!;
    expect(rectify.roles).toEqual([Role.UNIT_USER]);
    expect(await rectify.count(ctxOf(unitViewer))).toBe(2);
    expect(await review.count(ctxOf({ role: Role.SUBDISTRICT_ADMIN, unitId: null }))).toBe(1);
  });
});
