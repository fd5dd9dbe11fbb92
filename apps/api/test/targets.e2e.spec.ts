import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, codeOf, TestApi, type GqlResult } from './support/api';
import { buildWorld, createAppointment, createCadre, createPost, type World } from './support/fixture';
import { auditCount, fieldsOf } from './support/helpers';
import { registerHttpRoute } from '../src/http/routes';
import { documentDefinition, type DocModel } from '../src/documents/model';
import { evidenceSections } from '../src/evidence/evidence';
import { workSources } from '../src/work/work';

/** TGT-1 / TGT-2 duties, term targets, annual plans and their workflow, end to end (the server's clock is fixed at 2026-11-25). */

const HAN = /\p{Script=Han}/u;
const PLAN_FIELDS = 'id unitId year status version submittedOn approvedOn approvedBy returnedOn returnComment committedOn commitmentMethod commitmentNote judgedOn overallFulfilment judgementNote allowedSteps';
const ITEM_FIELDS = 'id unitId planId kind title beneficiaries budget deadline progressStatus percent progressOn fulfilment judgementNote version';
const CREATE_PLAN = `mutation($u: ID!, $y: Int!) { createAnnualPlan(unitId: $u, year: $y, consultation: "召开党员群众座谈会征求意见") { ${PLAN_FIELDS} } }`;
const CREATE_ITEM = `mutation($p: ID!, $k: PlanItemKind!, $t: String!, $b: String, $m: Float, $d: Date) {
  createPlanItem(planId: $p, kind: $k, title: $t, beneficiaries: $b, budget: $m, deadline: $d) { ${ITEM_FIELDS} }
}`;
const STEP = {
  submit: `mutation($id: ID!) { submitAnnualPlan(id: $id) { ${PLAN_FIELDS} } }`,
  approve: `mutation($id: ID!) { approveAnnualPlan(id: $id) { ${PLAN_FIELDS} } }`,
  return: `mutation($id: ID!, $c: String!) { returnAnnualPlan(id: $id, comment: $c) { ${PLAN_FIELDS} } }`,
  commit: `mutation($id: ID!, $d: Date!) { commitAnnualPlan(id: $id, date: $d, how: PARTY_MEMBERS_ASSEMBLY, note: "公开栏同步公示") { ${PLAN_FIELDS} } }`,
  judge: `mutation($id: ID!, $items: [PlanItemJudgementInput!]!, $o: Fulfilment!) { judgeAnnualPlan(id: $id, items: $items, overall: $o, note: "总体较好") { ${PLAN_FIELDS} items { id fulfilment judgementNote } } }`,
};
const PROGRESS = `mutation($i: ID!, $s: ProgressStatus!, $p: Int!, $d: Date!, $n: String) { recordPlanProgress(itemId: $i, status: $s, percent: $p, date: $d, note: $n) { ${ITEM_FIELDS} } }`;

interface Plan {
  id: string;
  unitId: string;
  year: number;
  status: string;
  version: number;
  submittedOn: string | null;
  approvedOn: string | null;
  approvedBy: string | null;
  returnedOn: string | null;
  returnComment: string | null;
  committedOn: string | null;
  commitmentMethod: string | null;
  judgedOn: string | null;
  overallFulfilment: string | null;
  allowedSteps: string[];
}
interface Item {
  id: string;
  kind: string;
  title: string;
  budget: number | null;
  deadline: string | null;
  progressStatus: string;
  percent: number;
  progressOn: string | null;
  fulfilment: string | null;
}
interface Fresh {
  unitId: string;
  token: string;
  name: string;
}

let seq = 0;

describe.each(backends)('TGT-1/2 duties, term targets and annual plans (%s)', (backend) => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
  });
  afterAll(() => api?.close());

  /** A new unit with its own unit user. */
  async function freshUnit(kind: 'VILLAGE' | 'COMMUNITY' = 'VILLAGE'): Promise<Fresh> {
    seq += 1;
    const code = `pl${seq}${backend[0]}`;
    const name = `计划${kind === 'VILLAGE' ? '村' : '社区'}${code}`;
    const { createUnit } = await api.ok<{ createUnit: { id: string } }>('mutation($n: String!, $k: UnitKind!, $c: String!) { createUnit(name: $n, kind: $k, code: $c) { id } }', { n: name, k: kind, c: code }, world.admin);
    await api.ok('mutation($u: String!, $unit: ID) { createUser(username: $u, password: "unit-pass-123", role: UNIT_USER, unitId: $unit) { id } }', { u: `user_${code}`, unit: createUnit.id }, world.admin);
    return { unitId: createUnit.id, token: await api.login(`user_${code}`, 'unit-pass-123'), name };
  }

  async function plan(u: Fresh, year = 2026): Promise<Plan> {
    return (await api.ok<{ createAnnualPlan: Plan }>(CREATE_PLAN, { u: u.unitId, y: year }, u.token)).createAnnualPlan;
  }

  async function item(planId: string, token: string, kind: 'TARGET' | 'PRACTICAL_MATTER', title: string, extra: { b?: string; m?: number; d?: string } = {}): Promise<Item> {
    return (await api.ok<{ createPlanItem: Item }>(CREATE_ITEM, { p: planId, k: kind, t: title, ...extra }, token)).createPlanItem;
  }

  async function stepOf(which: keyof typeof STEP, id: string, token: string, extra: Record<string, unknown> = {}): Promise<GqlResult<Record<string, Plan>>> {
    return api.gql<Record<string, Plan>>(STEP[which], { id, ...extra }, token);
  }

  async function okStep(which: keyof typeof STEP, id: string, token: string, extra: Record<string, unknown> = {}): Promise<Plan> {
    const r = await stepOf(which, id, token, extra);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return Object.values(r.data!)[0]!;
  }

  /** A plan of a fresh unit with a target and a practical matter, taken to `to`. */
  async function planAt(to: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'COMMITTED'): Promise<{ u: Fresh; plan: Plan; target: Item; matter: Item }> {
    const u = await freshUnit();
    let p = await plan(u);
    const target = await item(p.id, u.token, 'TARGET', '村集体经济收入达到30万元', { d: '2026-12-31' });
    const matter = await item(p.id, u.token, 'PRACTICAL_MATTER', '硬化村组道路1.2公里', { b: '三组、四组村民', m: 186000.5, d: '2026-10-31' });
    if (to !== 'DRAFT') p = await okStep('submit', p.id, u.token);
    if (to === 'APPROVED' || to === 'COMMITTED') p = await okStep('approve', p.id, world.admin);
    if (to === 'COMMITTED') p = await okStep('commit', p.id, u.token, { d: '2026-11-25' });
    return { u, plan: p, target, matter };
  }

  it('TGT-2 the whole way: the unit drafts and submits, the subdistrict returns, the unit changes and resubmits, approval, public commitment, progress, judgement', async () => {
    const u = await freshUnit();
    const p = await plan(u);
    expect(p).toMatchObject({ status: 'DRAFT', year: 2026, unitId: u.unitId, allowedSteps: ['SUBMIT'] });
    const t = await item(p.id, u.token, 'TARGET', '发展壮大村集体经济');
    const m = await item(p.id, u.token, 'PRACTICAL_MATTER', '改造村卫生室', { b: '全体村民', m: 52000, d: '2026-09-30' });
    expect(m).toMatchObject({ kind: 'PRACTICAL_MATTER', budget: 52000, deadline: '2026-09-30', progressStatus: 'NOT_STARTED', percent: 0 });

    expect(await okStep('submit', p.id, u.token)).toMatchObject({ status: 'SUBMITTED', submittedOn: '2026-11-25', allowedSteps: [] });
    const returned = await okStep('return', p.id, world.admin, { c: '实事预算依据不足，请补充' });
    expect(returned).toMatchObject({ status: 'RETURNED', returnComment: '实事预算依据不足，请补充', returnedOn: '2026-11-25' });
    // returned: the unit edits and submits again
    await api.ok('mutation($id: ID!) { updatePlanItem(id: $id, budget: 48000) { id } }', { id: m.id }, u.token);
    expect((await okStep('submit', p.id, u.token)).status).toBe('SUBMITTED');
    const approved = await okStep('approve', p.id, world.admin);
    expect(approved).toMatchObject({ status: 'APPROVED', approvedOn: '2026-11-25', approvedBy: 'admin' });
    const committed = await okStep('commit', p.id, u.token, { d: '2026-11-25' });
    expect(committed).toMatchObject({ status: 'COMMITTED', committedOn: '2026-11-25', commitmentMethod: 'PARTY_MEMBERS_ASSEMBLY', allowedSteps: ['RECORD_PROGRESS'] });

    const progressed = await api.ok<{ recordPlanProgress: Item }>(PROGRESS, { i: m.id, s: 'COMPLETED', p: 100, d: '2026-11-20', n: '已竣工验收' }, u.token);
    expect(progressed.recordPlanProgress).toMatchObject({ progressStatus: 'COMPLETED', percent: 100, progressOn: '2026-11-20' });

    const judged = await okStep('judge', p.id, world.admin, { items: [{ itemId: t.id, fulfilment: 'PARTLY', note: '收入25万元' }, { itemId: m.id, fulfilment: 'FULFILLED' }], o: 'PARTLY' });
    expect(judged).toMatchObject({ status: 'JUDGED', judgedOn: '2026-11-25', overallFulfilment: 'PARTLY', allowedSteps: [] });
    expect((judged as unknown as { items: { id: string; fulfilment: string }[] }).items).toEqual([
      { id: t.id, fulfilment: 'PARTLY', judgementNote: '收入25万元' },
      { id: m.id, fulfilment: 'FULFILLED', judgementNote: null },
    ]);
  });

  it('TGT-2 / ROLE-3 a unit approving, returning or judging its own plan is FORBIDDEN and changes nothing; the analyst takes no step', async () => {
    const { u, plan: p } = await planAt('SUBMITTED');
    for (const [which, extra] of [['approve', {}], ['return', { c: '自己退回' }]] as const) {
      const r = await stepOf(which, p.id, u.token, extra);
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(r.errors![0]!.extensions!.messageZh).toMatch(/办事处管理员/);
    }
    expect(codeOf(await stepOf('approve', p.id, world.analyst))).toBe('FORBIDDEN');
    const { plan: c, u: u2, target, matter } = await planAt('COMMITTED');
    const items = [{ itemId: target.id, fulfilment: 'FULFILLED' }, { itemId: matter.id, fulfilment: 'FULFILLED' }];
    expect(codeOf(await stepOf('judge', c.id, u2.token, { items, o: 'FULFILLED' }))).toBe('FORBIDDEN');
    expect(codeOf(await stepOf('judge', c.id, world.analyst, { items, o: 'FULFILLED' }))).toBe('FORBIDDEN');
    const after = await api.ok<{ a: Plan; b: Plan }>(`query($a: ID!, $b: ID!) { a: AnnualPlan(id: $a) { ${PLAN_FIELDS} } b: AnnualPlan(id: $b) { ${PLAN_FIELDS} } }`, { a: p.id, b: c.id }, world.admin);
    expect(after.a.status).toBe('SUBMITTED');
    expect(after.b.status).toBe('COMMITTED');
  });

  it('TGT-2 a step out of order is a CONFLICT (approve a draft, commit a submitted plan, progress on an approved one, judge before commitment, submit twice)', async () => {
    const draft = await planAt('DRAFT');
    const r = await stepOf('approve', draft.plan.id, world.admin);
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0]!.extensions!.messageZh).toBe('“审定通过”须在“已报审”状态下进行，该计划当前为“草拟中”');
    const submitted = await planAt('SUBMITTED');
    expect(codeOf(await stepOf('commit', submitted.plan.id, submitted.u.token, { d: '2026-11-25' }))).toBe('CONFLICT');
    expect(codeOf(await stepOf('submit', submitted.plan.id, submitted.u.token))).toBe('CONFLICT');
    const approved = await planAt('APPROVED');
    expect(codeOf(await api.gql(PROGRESS, { i: approved.matter.id, s: 'IN_PROGRESS', p: 10, d: '2026-11-25' }, approved.u.token))).toBe('CONFLICT');
    expect(codeOf(await stepOf('judge', approved.plan.id, world.admin, { items: [], o: 'FULFILLED' }))).toBe('CONFLICT');
    expect(codeOf(await stepOf('approve', approved.plan.id, world.admin))).toBe('CONFLICT');
  });

  it('TGT-1 a second plan for the same unit and year is a CONFLICT; another year or another unit is not', async () => {
    const u = await freshUnit();
    await plan(u, 2026);
    const again = await api.gql(CREATE_PLAN, { u: u.unitId, y: 2026 }, world.admin);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0]!.extensions!.messageZh).toBe(`${u.name}已有2026年度计划，请修改原计划`);
    expect((await plan(u, 2027)).year).toBe(2027);
    expect((await plan(await freshUnit(), 2026)).year).toBe(2026);
  });

  it.runIf(backend === 'postgres')('TGT-1 20 parallel creates of a plan for one unit and year: one success, 19 CONFLICT, one row', async () => {
    const u = await freshUnit();
    const before = await auditCount(api, world.admin);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => api.gql(CREATE_PLAN, { u: u.unitId, y: 2026 }, i % 2 ? u.token : world.admin)));
    const winners = results.filter((r) => !r.errors?.length);
    const losers = results.filter((r) => r.errors?.length);
    expect(winners).toHaveLength(1);
    expect(losers.map(codeOf)).toEqual(Array(19).fill('CONFLICT'));
    for (const l of losers) expect(l.errors![0]!.extensions!.messageZh).toMatch(HAN);
    const { _allAnnualPlansMeta } = await api.ok<{ _allAnnualPlansMeta: { count: number } }>('query($u: ID) { _allAnnualPlansMeta(filter: { unitId: $u }) { count } }', { u: u.unitId }, world.admin);
    expect(_allAnnualPlansMeta.count).toBe(1);
    expect(await auditCount(api, world.admin)).toBe(before + 1);
  });

  it('ROLE-4 a unit reads nothing of another unit’s plan: not by id, not in lists, not its items or progress; its commands answer NOT_FOUND', async () => {
    const { plan: p, matter } = await planAt('COMMITTED');
    await api.ok(PROGRESS, { i: matter.id, s: 'IN_PROGRESS', p: 40, d: '2026-11-01' }, world.admin);
    const other = await freshUnit();
    const read = await api.ok<Record<string, unknown>>(
      `query($id: ID!, $i: ID!) {
        AnnualPlan(id: $id) { id } PlanItem(id: $i) { id }
        allAnnualPlans(filter: { ids: [$id] }) { id } _allAnnualPlansMeta(filter: { ids: [$id] }) { count }
        allPlanItems(filter: { planId: $id }) { id } allPlanProgressUpdates(filter: { itemId: $i }) { id }
      }`,
      { id: p.id, i: matter.id },
      other.token,
    );
    expect(read).toEqual({ AnnualPlan: null, PlanItem: null, allAnnualPlans: [], _allAnnualPlansMeta: { count: 0 }, allPlanItems: [], allPlanProgressUpdates: [] });
    expect(codeOf(await api.gql(PROGRESS, { i: matter.id, s: 'IN_PROGRESS', p: 50, d: '2026-11-25' }, other.token))).toBe('NOT_FOUND');
    expect(codeOf(await stepOf('submit', p.id, other.token))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql('mutation($u: ID!) { createAnnualPlan(unitId: $u, year: 2030) { id } }', { u: world.a.unitId }, other.token))).toBe('FORBIDDEN');
    // the analyst reads every unit's plan, writes nothing
    expect((await api.ok<{ AnnualPlan: { id: string } }>('query($id: ID!) { AnnualPlan(id: $id) { id } }', { id: p.id }, world.analyst)).AnnualPlan.id).toBe(p.id);
  });

  it('TGT-2 percent out of range (-1, 101) is BAD_USER_INPUT and writes nothing; 0 and 100 are accepted', async () => {
    const { u, matter, target } = await planAt('COMMITTED');
    const before = await auditCount(api, world.admin);
    for (const p of [-1, 101]) {
      const r = await api.gql(PROGRESS, { i: matter.id, s: 'IN_PROGRESS', p, d: '2026-11-25' }, u.token);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r)).toContain('percent');
    }
    // 100 percent is completed, and completed is 100
    expect(codeOf(await api.gql(PROGRESS, { i: matter.id, s: 'IN_PROGRESS', p: 100, d: '2026-11-25' }, u.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(PROGRESS, { i: matter.id, s: 'COMPLETED', p: 99, d: '2026-11-25' }, u.token))).toBe('BAD_USER_INPUT');
    // a report dated tomorrow is refused; today is accepted
    expect(codeOf(await api.gql(PROGRESS, { i: matter.id, s: 'IN_PROGRESS', p: 10, d: '2026-11-26' }, u.token))).toBe('BAD_USER_INPUT');
    expect(await auditCount(api, world.admin)).toBe(before);
    expect((await api.ok<{ recordPlanProgress: Item }>(PROGRESS, { i: target.id, s: 'NOT_STARTED', p: 0, d: '2026-11-25' }, u.token)).recordPlanProgress.percent).toBe(0);
    expect((await api.ok<{ recordPlanProgress: Item }>(PROGRESS, { i: matter.id, s: 'COMPLETED', p: 100, d: '2026-11-25' }, u.token)).recordPlanProgress.percent).toBe(100);
  });

  it('TGT-2 progress is kept as history; the item shows the latest by date (a late report of an earlier day is history only)', async () => {
    const { u, matter } = await planAt('COMMITTED');
    await api.ok(PROGRESS, { i: matter.id, s: 'IN_PROGRESS', p: 30, d: '2026-09-01', n: '完成路基' }, u.token);
    await api.ok(PROGRESS, { i: matter.id, s: 'DELAYED', p: 60, d: '2026-11-10', n: '雨季停工' }, u.token);
    const late = await api.ok<{ recordPlanProgress: Item }>(PROGRESS, { i: matter.id, s: 'IN_PROGRESS', p: 45, d: '2026-10-01' }, u.token);
    expect(late.recordPlanProgress).toMatchObject({ progressStatus: 'DELAYED', percent: 60, progressOn: '2026-11-10' });
    const history = await api.ok<{ allPlanProgressUpdates: { percent: number; date: string; note: string | null; byUsername: string }[] }>(
      'query($i: ID) { allPlanProgressUpdates(filter: { itemId: $i }, sortField: "date", sortOrder: "ASC") { percent date note byUsername } }',
      { i: matter.id },
      u.token,
    );
    expect(history.allPlanProgressUpdates.map((h) => [h.date, h.percent, h.note])).toEqual([
      ['2026-09-01', 30, '完成路基'],
      ['2026-10-01', 45, null],
      ['2026-11-10', 60, '雨季停工'],
    ]);
  });

  it('TGT-2 a submitted or approved plan is frozen: adding, changing or removing an item, or changing the plan, is a CONFLICT; progress is not', async () => {
    for (const to of ['SUBMITTED', 'APPROVED'] as const) {
      const { u, plan: p, target } = await planAt(to);
      const before = await auditCount(api, world.admin);
      for (const token of [u.token, world.admin]) {
        const add = await api.gql(CREATE_ITEM, { p: p.id, k: 'TARGET', t: '新增目标' }, token);
        expect(codeOf(add)).toBe('CONFLICT');
        expect(add.errors![0]!.extensions!.messageZh).toMatch(/不能再修改/);
        expect(codeOf(await api.gql('mutation($id: ID!) { updatePlanItem(id: $id, title: "改") { id } }', { id: target.id }, token))).toBe('CONFLICT');
        expect(codeOf(await api.gql('mutation($id: ID!) { deletePlanItem(id: $id) { id } }', { id: target.id }, token))).toBe('CONFLICT');
        expect(codeOf(await api.gql('mutation($id: ID!) { updateAnnualPlan(id: $id, consultation: "改") { id } }', { id: p.id }, token))).toBe('CONFLICT');
      }
      expect(await auditCount(api, world.admin)).toBe(before);
    }
    const { u, matter } = await planAt('COMMITTED');
    expect((await api.ok<{ recordPlanProgress: Item }>(PROGRESS, { i: matter.id, s: 'IN_PROGRESS', p: 20, d: '2026-11-25' }, u.token)).recordPlanProgress.percent).toBe(20);
  });

  it('TGT-2 judgement: only the subdistrict; every item once, none of another plan', async () => {
    const { plan: p, target, matter } = await planAt('COMMITTED');
    const other = await planAt('COMMITTED');
    const missing = await stepOf('judge', p.id, world.admin, { items: [{ itemId: target.id, fulfilment: 'FULFILLED' }], o: 'FULFILLED' });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors![0]!.extensions!.messageZh).toBe('还有 1 项目标或实事未评定');
    const foreign = await stepOf('judge', p.id, world.admin, { items: [{ itemId: target.id, fulfilment: 'FULFILLED' }, { itemId: matter.id, fulfilment: 'FULFILLED' }, { itemId: other.target.id, fulfilment: 'FULFILLED' }], o: 'FULFILLED' });
    expect(codeOf(foreign)).toBe('BAD_USER_INPUT');
    const judged = await okStep('judge', p.id, world.admin, { items: [{ itemId: target.id, fulfilment: 'NOT_FULFILLED' }, { itemId: matter.id, fulfilment: 'FULFILLED' }], o: 'PARTLY' });
    expect(judged.status).toBe('JUDGED');
    expect(codeOf(await stepOf('judge', p.id, world.admin, { items: [], o: 'FULFILLED' }))).toBe('CONFLICT');
  });

  it('TGT-2 the commitment date: today is accepted, tomorrow is not, nor a day before the approval; a return needs its comments', async () => {
    const { u, plan: p } = await planAt('APPROVED');
    const tomorrow = await stepOf('commit', p.id, u.token, { d: '2026-11-26' });
    expect(codeOf(tomorrow)).toBe('BAD_USER_INPUT');
    expect(codeOf(await stepOf('commit', p.id, u.token, { d: '2026-11-24' }))).toBe('BAD_USER_INPUT');
    expect((await okStep('commit', p.id, u.token, { d: '2026-11-25' })).committedOn).toBe('2026-11-25');
    const s = await planAt('SUBMITTED');
    const blank = await stepOf('return', s.plan.id, world.admin, { c: '  ' });
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(blank)).toEqual(['comment']);
  });

  it('TGT-1 items: a practical matter needs for whom and a deadline within the year; the budget is yuan to the fen', async () => {
    const u = await freshUnit();
    const p = await plan(u);
    const bad = await api.gql(CREATE_ITEM, { p: p.id, k: 'PRACTICAL_MATTER', t: '安装路灯', m: 1.005, d: '2027-01-01' }, u.token);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad).sort()).toEqual(['beneficiaries', 'budget', 'deadline']);
    expect(codeOf(await api.gql(CREATE_ITEM, { p: p.id, k: 'PRACTICAL_MATTER', t: '安装路灯', b: '全村', m: -1, d: '2026-12-31' }, u.token))).toBe('BAD_USER_INPUT');
    const ok = await item(p.id, u.token, 'PRACTICAL_MATTER', '安装路灯', { b: '全村', m: 0.1 + 0.2, d: '2026-12-31' });
    expect(ok.budget).toBe(0.3);
  });

  it('TGT-1 duty templates are the subdistrict’s; a unit refines its own post’s duties (one per post), never another unit’s', async () => {
    const tpl = await api.ok<{ createDutyTemplate: { id: string } }>('mutation { createDutyTemplate(title: ACCOUNTANT, duties: "负责村级财务报账") { id } }', {}, world.admin);
    expect(tpl.createDutyTemplate.id).toBeTruthy();
    expect(codeOf(await api.gql('mutation { createDutyTemplate(title: ACCOUNTANT, duties: "重复") { id } }', {}, world.admin))).toBe('CONFLICT');
    expect(codeOf(await api.gql('mutation { createDutyTemplate(title: DIRECTOR, duties: "x") { id } }', {}, world.a.token))).toBe('FORBIDDEN');
    expect((await api.ok<{ allDutyTemplates: unknown[] }>('{ allDutyTemplates(filter: { title: ACCOUNTANT }) { id title duties } }', {}, world.a.token)).allDutyTemplates).toHaveLength(1);
    const postId = await createPost(api, world.admin, world.a.unitId, 'ACCOUNTANT');
    const own = await api.ok<{ createPostDuty: { id: string; unitId: string } }>('mutation($p: ID!) { createPostDuty(postId: $p, duties: "负责报账，每月公开财务") { id unitId } }', { p: postId }, world.a.token);
    expect(own.createPostDuty.unitId).toBe(world.a.unitId);
    expect(codeOf(await api.gql('mutation($p: ID!) { createPostDuty(postId: $p, duties: "再来一份") { id } }', { p: postId }, world.a.token))).toBe('CONFLICT');
    expect(codeOf(await api.gql('mutation($p: ID!) { createPostDuty(postId: $p, duties: "越权") { id } }', { p: world.b.postId }, world.a.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql('mutation($id: ID!) { updatePostDuty(id: $id, duties: "越权") { id } }', { id: own.createPostDuty.id }, world.b.token))).toBe('NOT_FOUND');
  });

  it('TGT-1 term targets: at most five years, the end not before the start; the unit keeps its own', async () => {
    const ok = await api.ok<{ createTermTarget: { id: string; startYear: number; endYear: number } }>(
      'mutation($u: ID!) { createTermTarget(unitId: $u, startYear: 2021, endYear: 2026, content: "建成美丽宜居示范村") { id startYear endYear } }',
      { u: world.a.unitId },
      world.a.token,
    );
    expect(ok.createTermTarget).toMatchObject({ startYear: 2021, endYear: 2026 });
    expect(codeOf(await api.gql('mutation($u: ID!) { createTermTarget(unitId: $u, startYear: 2021, endYear: 2027, content: "x") { id } }', { u: world.a.unitId }, world.a.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql('mutation($u: ID!) { createTermTarget(unitId: $u, startYear: 2021, endYear: 2020, content: "x") { id } }', { u: world.a.unitId }, world.a.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql('mutation($u: ID!) { createTermTarget(unitId: $u, startYear: 2021, endYear: 2026, content: "x") { id } }', { u: world.b.unitId }, world.a.token))).toBe('FORBIDDEN');
    expect((await api.ok<{ TermTarget: null }>('query($id: ID!) { TermTarget(id: $id) { id } }', { id: ok.createTermTarget.id }, world.b.token)).TermTarget).toBeNull();
  });

  describe('through the registries (documents, evidence, work)', () => {
    let registered = false;
    beforeAll(() => {
      if (registered) return;
      registered = true;
      // a probe beside the real routes: the same request context as GraphQL and the document route
      registerHttpRoute({
        method: 'GET',
        path: /^\/__probe\/targets\/(document|work|evidence)\/([^/]*)(?:\/([^/]*))?$/,
        async handle(_req, res, ctx, m) {
          let body: unknown;
          if (m[1] === 'document') body = await documentDefinition('commitment-sheet')!.load(ctx, decodeURIComponent(m[2]!));
          else if (m[1] === 'work') body = Object.fromEntries(await Promise.all(workSources().filter((s) => s.roles.includes(ctx.viewer!.role)).map(async (s) => [s.key, await s.count(ctx)])));
          else {
            const [cadreId, unitId] = decodeURIComponent(m[2]!).split(',');
            const year = Number(m[3]);
            body = Object.fromEntries(await Promise.all(evidenceSections().map(async (s) => [s.key, await s.load(ctx, { id: cadreId!, unitId: unitId! }, year)])));
          }
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        },
      });
    });

    async function probe<T>(path: string, token: string): Promise<{ status: number; body: T }> {
      const res = await fetch(`${api.app.url}/__probe/targets/${path}`, { headers: { authorization: `Bearer ${token}` } });
      return { status: res.status, body: (await res.json()) as T };
    }

    it('TGT-2 the commitment sheet: title, the targets and practical matters with deadlines, when and how committed, signature lines; another unit gets NOT_FOUND', async () => {
      const { u, plan: p } = await planAt('COMMITTED');
      const { status, body } = await probe<DocModel>(`document/${p.id}`, u.token);
      expect(status).toBe(200);
      expect(body.title).toBe(`${u.name}2026年度公开承诺书`);
      expect(body.filename).toBe(`${u.name}2026年度公开承诺书`);
      expect(body.date).toBe('2026年11月25日');
      const tables = body.blocks.filter((b) => b.kind === 'table');
      expect(tables[0]).toMatchObject({ header: ['序号', '目标内容', '完成时限'], rows: [['1', '村集体经济收入达到30万元', '2026年12月31日']] });
      expect(tables[1]).toMatchObject({ header: ['序号', '实事内容', '受益对象', '预算', '完成时限'], rows: [['1', '硬化村组道路1.2公里', '三组、四组村民', '186,000.50 元', '2026年10月31日']] });
      const texts = body.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
      expect(texts).toContain('本承诺已于2026年11月25日通过党员大会向党员和村民群众公开(公开栏同步公示)。');
      expect(body.blocks.find((b) => b.kind === 'signature')).toEqual({ kind: 'signature', lines: ['党组织书记(签字)：____________', '村委会主任(签字)：____________', `${u.name}“两委”班子`, '2026年11月25日'] });
      const other = await freshUnit();
      expect((await probe(`document/${p.id}`, other.token)).status).toBe(404);
      // a draft prints as a draft
      const draft = await planAt('DRAFT');
      expect((await probe<DocModel>(`document/${draft.plan.id}`, world.admin)).body.title).toBe(`${draft.u.name}2026年度公开承诺书(草案)`);
    });

    it('TGT-2 work: plans awaiting approval for the admin; returned plans and progress due for the unit (deadline 30 days ahead counts, 31 does not)', async () => {
      const before = (await probe<Record<string, number>>('work/x', world.admin)).body['plans-awaiting-approval']!;
      const s = await planAt('SUBMITTED');
      expect((await probe<Record<string, number>>('work/x', world.admin)).body['plans-awaiting-approval']).toBe(before + 1);
      await okStep('return', s.plan.id, world.admin, { c: '请补充' });
      expect((await probe<Record<string, number>>('work/x', s.u.token)).body).toMatchObject({ 'plans-returned': 1, 'plan-progress-due': 0 });
      const c = await planAt('COMMITTED');
      // the matter's deadline (10-31) has passed, the target's (12-31) is 36 days ahead
      expect((await probe<Record<string, number>>('work/x', c.u.token)).body).toMatchObject({ 'plans-returned': 0, 'plan-progress-due': 1 });
      const d = await planAt('DRAFT');
      await item(d.plan.id, d.u.token, 'TARGET', '三十天整', { d: '2026-12-25' });
      await item(d.plan.id, d.u.token, 'TARGET', '三十一天', { d: '2026-12-26' });
      await okStep('submit', d.plan.id, d.u.token);
      await okStep('approve', d.plan.id, world.admin);
      await okStep('commit', d.plan.id, d.u.token, { d: '2026-11-25' });
      expect((await probe<Record<string, number>>('work/x', d.u.token)).body['plan-progress-due']).toBe(2);
      await api.ok(PROGRESS, { i: d.matter.id, s: 'COMPLETED', p: 100, d: '2026-11-25' }, d.u.token);
      expect((await probe<Record<string, number>>('work/x', d.u.token)).body['plan-progress-due']).toBe(1);
      const due = await api.ok<{ allPlanItems: { title: string }[] }>('{ allPlanItems(filter: { progressDue: true }) { title } }', {}, d.u.token);
      expect(due.allPlanItems.map((i) => i.title)).toEqual(['三十天整']);
    });

    it('TGT-5 evidence: the post’s duties (its own, else the template) and the unit’s plan with each item’s progress or fulfilment', async () => {
      const { u, plan: p, target, matter } = await planAt('COMMITTED');
      await api.ok(PROGRESS, { i: matter.id, s: 'IN_PROGRESS', p: 70, d: '2026-11-01' }, u.token);
      await api.ok('mutation { createDutyTemplate(title: PARTY_SECRETARY, duties: "全面负责党组织工作") { id } }', {}, world.admin).catch(() => undefined);
      const postId = await createPost(api, world.admin, u.unitId, 'PARTY_SECRETARY');
      const cadre = { createCadre: await createCadre(api, world.admin, u.unitId) };
      await createAppointment(api, world.admin, cadre.createCadre.id, postId, '2021-03-20');
      type Ev = Record<string, { title: string; detail: string | null; status: string | null }[]>;
      const ev = (await probe<Ev>(`evidence/${cadre.createCadre.id},${u.unitId}/2026`, u.token)).body;
      expect(ev.duties).toEqual([{ date: null, title: '岗位职责：党组织书记', detail: '全面负责党组织工作', status: null }]);
      expect(ev.commitments!.map((e) => [e.title, e.status])).toEqual([
        ['2026年度计划', '已公开承诺'],
        ['年度目标：村集体经济收入达到30万元', '未开始(0%)'],
        ['为民实事：硬化村组道路1.2公里', '推进中(70%)'],
      ]);
      await okStep('judge', p.id, world.admin, { items: [{ itemId: target.id, fulfilment: 'PARTLY' }, { itemId: matter.id, fulfilment: 'FULFILLED' }], o: 'PARTLY' });
      const judged = (await probe<Ev>(`evidence/${cadre.createCadre.id},${u.unitId}/2026`, u.token)).body;
      expect(judged.commitments!.map((e) => e.status)).toEqual(['总体评定：部分兑现', '部分兑现', '全面兑现']);
      expect((await probe<Ev>(`evidence/${cadre.createCadre.id},${u.unitId}/2025`, u.token)).body.commitments).toEqual([{ date: null, title: '2025年度计划', detail: null, status: '未制定' }]);
    });
  });
});
