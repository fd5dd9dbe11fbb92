import { TODAY, type TestApi } from './api';
import type { Case, Preparer, Target } from './authorization-matrix';
import { createPost, type UnitFixture, type World } from './fixture';
import { adminToken as admin, everyoneReads, extra, mutation, resourceReads, scopedRead, unitWrite, adminOnly } from './matrix-kit';

/**
 * ROLE-1..4 The authorization matrix rows of the plans module (TGT-1, TGT-2). `authorization-matrix.ts`
 * calls `registerTargetsMatrix(cases, preparers)` at its end: this file imports only types from it.
 */

/** Each workflow call gets a plan of its own: one plan per unit and year (years counted down from 2100, clear of the prepared 2025/2026 plans). */
let nextYear = 2100;

async function planIn(api: TestApi, token: string, unitId: string, to: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'COMMITTED', year = nextYear--): Promise<string> {
  const { createAnnualPlan } = await api.ok<{ createAnnualPlan: { id: string } }>('mutation($u: ID!, $y: Int!) { createAnnualPlan(unitId: $u, year: $y) { id } }', { u: unitId, y: year }, token);
  const id = createAnnualPlan.id;
  if (to !== 'DRAFT') await api.ok('mutation($id: ID!) { submitAnnualPlan(id: $id) { id } }', { id }, token);
  if (to === 'APPROVED' || to === 'COMMITTED') await api.ok('mutation($id: ID!) { approveAnnualPlan(id: $id) { id } }', { id }, token);
  if (to === 'COMMITTED') await api.ok('mutation($id: ID!, $d: Date!) { commitAnnualPlan(id: $id, date: $d, how: NOTICE_BOARD) { id } }', { id, d: TODAY }, token);
  return id;
}

const pool = new Map<string, string>();

/**
 * A plan of the unit in state `to` for a workflow call: the one made for the previous call while it is
 * still in that state (a refused call leaves it so), else a new one — fewer requests per matrix run.
 */
async function planAt(t: Target, to: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'COMMITTED'): Promise<string> {
  const key = `${t.api.databaseUrl}|${t.unit.unitId}|${to}`;
  const cached = pool.get(key);
  if (cached) {
    const { AnnualPlan } = await t.api.ok<{ AnnualPlan: { status: string } | null }>('query($id: ID!) { AnnualPlan(id: $id) { status } }', { id: cached }, admin(t));
    if (AnnualPlan?.status === to) return cached;
  }
  const id = await planIn(t.api, admin(t), t.unit.unitId, to);
  pool.set(key, id);
  return id;
}

async function itemIn(api: TestApi, token: string, planId: string): Promise<string> {
  const { createPlanItem } = await api.ok<{ createPlanItem: { id: string } }>('mutation($p: ID!) { createPlanItem(planId: $p, kind: TARGET, title: "村集体经济收入增长10%") { id } }', { p: planId }, token);
  return createPlanItem.id;
}

/** Creates, as the admin, a record of each plans resource in the unit: post duties, a term target, a draft 2025 plan with an item, a committed 2026 plan with an item and a progress report. */
export const prepareTargets: Preparer = async (api: TestApi, world: World, unit: UnitFixture) => {
  const token = world.admin;
  const { allDutyTemplates } = await api.ok<{ allDutyTemplates: { id: string }[] }>('{ allDutyTemplates(perPage: 1) { id } }', {}, token);
  const dutyTemplateId =
    allDutyTemplates[0]?.id ?? (await api.ok<{ createDutyTemplate: { id: string } }>('mutation { createDutyTemplate(title: ACCOUNTANT, duties: "负责村级财务报账") { id } }', {}, token)).createDutyTemplate.id;
  const { createPostDuty } = await api.ok<{ createPostDuty: { id: string } }>('mutation($p: ID!) { createPostDuty(postId: $p, duties: "全面负责党组织建设") { id } }', { p: unit.postId }, token);
  const { createTermTarget } = await api.ok<{ createTermTarget: { id: string } }>(
    'mutation($u: ID!) { createTermTarget(unitId: $u, startYear: 2021, endYear: 2026, content: "建成美丽宜居村") { id } }',
    { u: unit.unitId },
    token,
  );
  const draftPlanId = await planIn(api, token, unit.unitId, 'DRAFT', 2025);
  const draftItemId = await itemIn(api, token, draftPlanId);
  const committedPlanId = await planIn(api, token, unit.unitId, 'DRAFT', 2026);
  const committedItemId = await itemIn(api, token, committedPlanId);
  await api.ok('mutation($id: ID!) { submitAnnualPlan(id: $id) { id } }', { id: committedPlanId }, token);
  await api.ok('mutation($id: ID!) { approveAnnualPlan(id: $id) { id } }', { id: committedPlanId }, token);
  await api.ok('mutation($id: ID!, $d: Date!) { commitAnnualPlan(id: $id, date: $d, how: PARTY_MEMBERS_ASSEMBLY) { id } }', { id: committedPlanId, d: TODAY }, token);
  const { recordPlanProgress } = await api.ok<{ recordPlanProgress: { id: string } }>(
    'mutation($i: ID!, $d: Date!) { recordPlanProgress(itemId: $i, status: IN_PROGRESS, percent: 40, date: $d) { id } }',
    { i: committedItemId, d: TODAY },
    token,
  );
  const { allPlanProgressUpdates } = await api.ok<{ allPlanProgressUpdates: { id: string }[] }>('query($i: ID) { allPlanProgressUpdates(filter: { itemId: $i }) { id } }', { i: recordPlanProgress.id }, token);
  return {
    dutyTemplateId,
    postDutyId: createPostDuty.id,
    termTargetId: createTermTarget.id,
    draftPlanId,
    draftItemId,
    committedPlanId,
    committedItemId,
    planProgressUpdateId: allPlanProgressUpdates[0]!.id,
  };
};

const unitOwnedReads = (name: string, plural: string, fields: string, key: string): Record<string, Case> => resourceReads(name, plural, fields, (t) => extra(t, key));
/** approved, returned and judged by the subdistrict only (TGT-2): a unit is refused its own plan, another unit's is not there */
const subdistrictStep = { admin: 'ok', analyst: 'FORBIDDEN', unitOwn: 'FORBIDDEN', unitOther: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' } as const;

/** The title the admin's createDutyTemplate uses: one without a template yet (one template per title). */
async function freeTitle(t: Target): Promise<string> {
  const titles = ['WOMENS_DIRECTOR', 'ACCOUNTANT', 'DEPUTY_DIRECTOR', 'COMMITTEE_MEMBER', 'PARTY_COMMITTEE_MEMBER', 'DEPUTY_PARTY_SECRETARY', 'DIRECTOR', 'PARTY_SECRETARY'];
  const { allDutyTemplates } = await t.api.ok<{ allDutyTemplates: { title: string }[] }>('{ allDutyTemplates(perPage: 100) { title } }', {}, admin(t));
  return titles.find((x) => !allDutyTemplates.some((d) => d.title === x)) ?? 'ACCOUNTANT';
}

const templateId = (t: Target) => extra(t, 'dutyTemplateId');

export const targetsCases: Record<string, Case> = {
  // --- TGT-1 duty templates: subdistrict data every role reads, admins edit
  allDutyTemplates: { call: () => ({ query: '{ allDutyTemplates(perPage: 50) { id title duties } }' }), expect: everyoneReads },
  _allDutyTemplatesMeta: { call: () => ({ query: '{ _allDutyTemplatesMeta { count } }' }), expect: everyoneReads },
  DutyTemplate: { call: async (t) => ({ query: 'query($id: ID!) { DutyTemplate(id: $id) { id title duties } }', variables: { id: await templateId(t) } }), expect: everyoneReads },
  createDutyTemplate: mutation('mutation($t: PostTitle!) { createDutyTemplate(title: $t, duties: "岗位职责") { id } }', async (t) => ({ t: await freeTitle(t) }), adminOnly),
  updateDutyTemplate: mutation('mutation($id: ID!) { updateDutyTemplate(id: $id, duties: "岗位职责(修订)") { id } }', async (t) => ({ id: await templateId(t) }), adminOnly),

  // --- TGT-1 a post's own duties: the unit refines its own
  // (the plural's filter type is PostDutyFilter, not what the kit derives from "PostDuties")
  allPostDuties: { call: (t) => ({ query: 'query($f: PostDutyFilter) { allPostDuties(filter: $f, perPage: 50) { id unitId post { unitId } duties } }', variables: { f: { unitId: t.unit.unitId } } }), expect: scopedRead('empty') },
  _allPostDutiesMeta: { call: (t) => ({ query: 'query($f: PostDutyFilter) { _allPostDutiesMeta(filter: $f) { count } }', variables: { f: { unitId: t.unit.unitId } } }), expect: scopedRead('empty') },
  PostDuty: { call: (t) => ({ query: 'query($id: ID!) { PostDuty(id: $id) { id unitId post { unitId } duties } }', variables: { id: extra(t, 'postDutyId') } }), expect: scopedRead('null') },
  createPostDuty: mutation('mutation($p: ID!) { createPostDuty(postId: $p, duties: "负责妇女儿童工作") { id unitId } }', async (t) => ({ p: await createPost(t.api, admin(t), t.unit.unitId, 'WOMENS_DIRECTOR') }), unitWrite('BAD_USER_INPUT')),
  updatePostDuty: mutation('mutation($id: ID!) { updatePostDuty(id: $id, duties: "全面负责党组织建设和村级事务") { id unitId } }', (t) => ({ id: extra(t, 'postDutyId') }), unitWrite('NOT_FOUND')),

  // --- TGT-1 term targets
  ...unitOwnedReads('TermTarget', 'TermTargets', 'id unitId startYear endYear content', 'termTargetId'),
  createTermTarget: mutation('mutation($u: ID!) { createTermTarget(unitId: $u, startYear: 2021, endYear: 2026, content: "村集体经济收入翻番") { id unitId } }', (t) => ({ u: t.unit.unitId }), unitWrite('FORBIDDEN')),
  updateTermTarget: mutation('mutation($id: ID!) { updateTermTarget(id: $id, note: "经党员大会讨论") { id unitId } }', (t) => ({ id: extra(t, 'termTargetId') }), unitWrite('NOT_FOUND')),
  deleteTermTarget: mutation(
    'mutation($id: ID!) { deleteTermTarget(id: $id) { id unitId } }',
    async (t) => {
      const { createTermTarget } = await t.api.ok<{ createTermTarget: { id: string } }>('mutation($u: ID!) { createTermTarget(unitId: $u, startYear: 2021, endYear: 2026, content: "临时") { id } }', { u: t.unit.unitId }, admin(t));
      return { id: createTermTarget.id };
    },
    unitWrite('NOT_FOUND'),
  ),

  // --- TGT-1/2 annual plans and their items: the unit drafts; the workflow decides the rest
  ...unitOwnedReads('AnnualPlan', 'AnnualPlans', 'id unitId year status allowedSteps items { id unitId }', 'committedPlanId'),
  createAnnualPlan: mutation('mutation($u: ID!, $y: Int!) { createAnnualPlan(unitId: $u, year: $y) { id unitId } }', (t) => ({ u: t.unit.unitId, y: nextYear-- }), unitWrite('FORBIDDEN')),
  updateAnnualPlan: mutation('mutation($id: ID!) { updateAnnualPlan(id: $id, consultation: "入户走访征求意见") { id unitId } }', (t) => ({ id: extra(t, 'draftPlanId') }), unitWrite('NOT_FOUND')),
  ...unitOwnedReads('PlanItem', 'PlanItems', 'id unitId planId plan { unitId } kind title progressStatus percent', 'committedItemId'),
  createPlanItem: mutation(
    'mutation($p: ID!) { createPlanItem(planId: $p, kind: PRACTICAL_MATTER, title: "安装路灯", beneficiaries: "全体村民", budget: 30000, deadline: "2025-12-31") { id unitId } }',
    (t) => ({ p: extra(t, 'draftPlanId') }),
    unitWrite('BAD_USER_INPUT'),
  ),
  updatePlanItem: mutation('mutation($id: ID!) { updatePlanItem(id: $id, detail: "年底前完成") { id unitId } }', (t) => ({ id: extra(t, 'draftItemId') }), unitWrite('NOT_FOUND')),
  deletePlanItem: mutation('mutation($id: ID!) { deletePlanItem(id: $id) { id unitId } }', async (t) => ({ id: await itemIn(t.api, admin(t), extra(t, 'draftPlanId')) }), unitWrite('NOT_FOUND')),
  ...unitOwnedReads('PlanProgressUpdate', 'PlanProgressUpdates', 'id unitId itemId item { unitId } status percent date', 'planProgressUpdateId'),

  // --- TGT-2 the workflow
  submitAnnualPlan: mutation('mutation($id: ID!) { submitAnnualPlan(id: $id) { id unitId status } }', async (t) => ({ id: await planAt(t, 'DRAFT') }), unitWrite('NOT_FOUND')),
  approveAnnualPlan: mutation('mutation($id: ID!) { approveAnnualPlan(id: $id) { id unitId status } }', async (t) => ({ id: await planAt(t, 'SUBMITTED') }), subdistrictStep),
  returnAnnualPlan: mutation('mutation($id: ID!) { returnAnnualPlan(id: $id, comment: "请补充实事预算") { id unitId status } }', async (t) => ({ id: await planAt(t, 'SUBMITTED') }), subdistrictStep),
  commitAnnualPlan: mutation(
    'mutation($id: ID!, $d: Date!) { commitAnnualPlan(id: $id, date: $d, how: PARTY_MEMBERS_ASSEMBLY) { id unitId status } }',
    async (t) => ({ id: await planAt(t, 'APPROVED'), d: TODAY }),
    unitWrite('NOT_FOUND'),
  ),
  recordPlanProgress: mutation(
    'mutation($i: ID!, $d: Date!) { recordPlanProgress(itemId: $i, status: IN_PROGRESS, percent: 55, date: $d) { id unitId percent } }',
    (t) => ({ i: extra(t, 'committedItemId'), d: TODAY }),
    unitWrite('NOT_FOUND'),
  ),
  judgeAnnualPlan: mutation(
    'mutation($id: ID!) { judgeAnnualPlan(id: $id, items: [], overall: FULFILLED) { id unitId status } }',
    async (t) => ({ id: await planAt(t, 'COMMITTED') }),
    subdistrictStep,
  ),
};

/** The hook `authorization-matrix.ts` calls once, at its end: adds these cases and the preparer. */
export function registerTargetsMatrix(cases: Record<string, Case>, preparers: Preparer[]): void {
  Object.assign(cases, targetsCases);
  if (!preparers.includes(prepareTargets)) preparers.push(prepareTargets);
}
