import type { TestApi } from './api';
import type { Case, Target, WorldPreparer } from './authorization-matrix';
import type { World } from './fixture';
import { adminOnly, adminToken, byUnit, everyoneReads, extra, mutation, one, resourceReads, scopedRead } from './matrix-kit';

/** ROLE-1..4 rows of the assessment module (ASM-1..5, MGT-2, PAY-3/4) and the policy parameters. */

let yearSeq = 2040;
const freshYear = () => (yearSeq += 1);

/** A catalogue of two indicators (600 + 400 = 1000, ASM-1) for a year; returns their ids. */
export async function catalogue(api: TestApi, admin: string, year: number): Promise<[string, string]> {
  const a = await api.ok<{ createAssessmentIndicator: { id: string } }>('mutation($y: Int!) { createAssessmentIndicator(year: $y, name: "党建工作", maxPoints: 600) { id } }', { y: year }, admin);
  const b = await api.ok<{ createAssessmentIndicator: { id: string } }>('mutation($y: Int!) { createAssessmentIndicator(year: $y, name: "经济发展", maxPoints: 400) { id } }', { y: year }, admin);
  return [a.createAssessmentIndicator.id, b.createAssessmentIndicator.id];
}

/** Scores a unit on the two indicators (a deduction needs its note). */
export async function score(api: TestApi, admin: string, unitId: string, year: number, [a, b]: [string, string], points: [number, number]): Promise<void> {
  await api.ok(
    'mutation($u: ID!, $y: Int!, $s: [ScoreInput!]!) { setAssessmentScores(unitId: $u, year: $y, scores: $s) { id } }',
    { u: unitId, y: year, s: [{ indicatorId: a, points: points[0], note: points[0] < 600 ? '扣分' : null }, { indicatorId: b, points: points[1], note: points[1] < 400 ? '扣分' : null }] },
    admin,
  );
}

/** A published year in which the unit alone is assessed with 750 points: last of its kind and ≤ 800 → an admonishment is proposed (MGT-2). */
async function publishedWithProposal(api: TestApi, admin: string, unitId: string): Promise<{ year: number; consequenceId: string }> {
  const year = freshYear();
  await score(api, admin, unitId, year, await catalogue(api, admin, year), [500, 250]);
  await api.ok('mutation($y: Int!) { publishAssessmentYear(year: $y) }', { y: year }, admin);
  const { assessmentConsequences } = await api.ok<{ assessmentConsequences: { id: string }[] }>('query($y: Int!) { assessmentConsequences(year: $y) { id } }', { y: year }, admin);
  return { year, consequenceId: assessmentConsequences[0]!.id };
}

/** 2025 published with both units (each alone and last in its kind, 750 points); 2026 a draft catalogue. */
const prepareAssessment: WorldPreparer = async (api: TestApi, world: World) => {
  yearSeq = 2040; // each world is a fresh database
  const admin = world.admin;
  const [i1, i2] = await catalogue(api, admin, 2025);
  await score(api, admin, world.a.unitId, 2025, [i1, i2], [500, 250]);
  await score(api, admin, world.b.unitId, 2025, [i1, i2], [600, 150]);
  await api.ok('mutation { publishAssessmentYear(year: 2025) }', {}, admin);
  const [draftIndicator] = await catalogue(api, admin, 2026);
  const years = await api.ok<{ allAssessmentYears: { id: string; year: number }[] }>('{ allAssessmentYears { id year } }', {}, admin);
  return { publishedYearId: years.allAssessmentYears.find((y) => y.year === 2025)!.id, publishedIndicatorId: i1, draftIndicatorId: draftIndicator };
};

async function unitYear(t: Target, key: 'scoreId' | 'consequenceId'): Promise<string> {
  if (key === 'scoreId') {
    const { allAssessmentScores } = await t.api.ok<{ allAssessmentScores: { id: string }[] }>('query($u: ID) { allAssessmentScores(filter: { unitId: $u, year: 2025 }) { id } }', { u: t.unit.unitId }, t.world.admin);
    return allAssessmentScores[0]!.id;
  }
  const { allConsequences } = await t.api.ok<{ allConsequences: { id: string }[] }>('query($u: ID) { allConsequences(filter: { unitId: $u, year: 2025 }) { id } }', { u: t.unit.unitId }, t.world.admin);
  return allConsequences[0]!.id;
}

const ids: Record<string, string> = {};
const cached = (key: 'scoreId' | 'consequenceId') => async (t: Target) => (ids[`${key}:${t.unit.unitId}`] ??= await unitYear(t, key));

export const assessmentCases: Record<string, Case> = {
  // policy parameters: everyone reads, admins set
  policyParameters: { call: () => ({ query: '{ policyParameters(year: 2025) { key value defaultValue rules } }' }), expect: everyoneReads },
  setPolicyParameter: mutation('mutation($y: Int!) { setPolicyParameter(year: $y, key: "targetAwardMinimum", value: 6000) { value } }', () => ({ y: freshYear() }), adminOnly),

  // ASM-1/5 years and catalogue: subdistrict data every role reads when published (drafts are hidden from units)
  ...resourceReads('AssessmentYear', 'AssessmentYears', 'id year status', (t) => extra(t, 'publishedYearId'), () => ({ year: 2025 }), { list: everyoneReads, one: everyoneReads }),
  createAssessmentYear: mutation('mutation($y: Int!) { createAssessmentYear(year: $y) { id } }', () => ({ y: freshYear() }), adminOnly),
  updateAssessmentYear: mutation('mutation($id: ID!) { updateAssessmentYear(id: $id, campaignYear: IMPLEMENTATION) { id } }', (t) => ({ id: extra(t, 'publishedYearId') }), adminOnly),
  ...resourceReads('AssessmentIndicator', 'AssessmentIndicators', 'id year name maxPoints', (t) => extra(t, 'publishedIndicatorId'), () => ({ year: 2025 }), { list: everyoneReads, one: everyoneReads }),
  createAssessmentIndicator: mutation('mutation($n: String!) { createAssessmentIndicator(year: 2026, name: $n, maxPoints: 10) { id } }', () => ({ n: `指标${freshYear()}` }), adminOnly),
  updateAssessmentIndicator: mutation('mutation($id: ID!) { updateAssessmentIndicator(id: $id, description: "说明") { id } }', (t) => ({ id: extra(t, 'draftIndicatorId') }), adminOnly),
  deleteAssessmentIndicator: mutation(
    'mutation($id: ID!) { deleteAssessmentIndicator(id: $id) { id } }',
    async (t) => ({ id: (await t.api.ok<{ createAssessmentIndicator: { id: string } }>('mutation($n: String!) { createAssessmentIndicator(year: 2026, name: $n, maxPoints: 5) { id } }', { n: `临时${freshYear()}` }, adminToken(t))).createAssessmentIndicator.id }),
    adminOnly,
  ),
  copyAssessmentCatalogue: mutation('mutation($y: Int!) { copyAssessmentCatalogue(fromYear: 2025, toYear: $y) { id } }', () => ({ y: freshYear() }), adminOnly),

  // ASM-2 scores: entered by the subdistrict; a unit reads its own of published years
  ...resourceReads('AssessmentScore', 'AssessmentScores', 'id unitId points indicator { id }', () => '', (t) => ({ ...byUnit(t), year: 2025 })),
  AssessmentScore: one('AssessmentScore', 'id unitId points', cached('scoreId')),
  createAssessmentScore: mutation(
    'mutation($u: ID!, $i: ID!) { createAssessmentScore(unitId: $u, indicatorId: $i, points: 5) { id unitId } }',
    async (t) => ({
      u: t.unit.unitId,
      i: (await t.api.ok<{ createAssessmentIndicator: { id: string } }>('mutation($n: String!) { createAssessmentIndicator(year: 2026, name: $n, maxPoints: 5) { id } }', { n: `单项${freshYear()}` }, adminToken(t))).createAssessmentIndicator.id,
    }),
    adminOnly,
  ),
  updateAssessmentScore: mutation(
    'mutation($id: ID!) { updateAssessmentScore(id: $id, points: 10, note: "复核扣分") { id unitId } }',
    async (t) => {
      const { allAssessmentIndicators } = await t.api.ok<{ allAssessmentIndicators: { id: string; maxPoints: number }[] }>('{ allAssessmentIndicators(filter: { year: 2026 }, perPage: 1, sortField: "sortOrder") { id maxPoints } }', {}, adminToken(t));
      const { setAssessmentScores } = await t.api.ok<{ setAssessmentScores: { id: string }[] }>(
        'mutation($u: ID!, $i: ID!) { setAssessmentScores(unitId: $u, year: 2026, scores: [{ indicatorId: $i, points: 20, note: "扣分" }]) { id } }',
        { u: t.unit.unitId, i: allAssessmentIndicators[0]!.id },
        adminToken(t),
      );
      return { id: setAssessmentScores[0]!.id };
    },
    adminOnly,
  ),
  setAssessmentScores: mutation(
    'mutation($u: ID!, $i: ID!) { setAssessmentScores(unitId: $u, year: 2026, scores: [{ indicatorId: $i, points: 30, note: "扣分" }]) { id unitId } }',
    (t) => ({ u: t.unit.unitId, i: extra(t, 'draftIndicatorId') }),
    adminOnly,
  ),
  publishAssessmentYear: mutation(
    'mutation($y: Int!) { publishAssessmentYear(year: $y) }',
    async (t) => {
      const year = freshYear();
      await score(t.api, adminToken(t), t.unit.unitId, year, await catalogue(t.api, adminToken(t), year), [600, 400]);
      return { y: year };
    },
    adminOnly,
  ),
  reopenAssessmentYear: mutation('mutation($y: Int!) { reopenAssessmentYear(year: $y, reason: "更正录入错误") { id } }', async (t) => ({ y: (await publishedWithProposal(t.api, adminToken(t), t.unit.unitId)).year }), adminOnly),

  // ASM-3 the published ranking: every role sees every unit's total and rank (no item scores)
  assessmentRanking: { call: () => ({ query: '{ assessmentRanking(year: 2025, kind: VILLAGE) { unit { name } total rank isLast } }' }), expect: everyoneReads },
  _assessmentRankingMeta: { call: () => ({ query: '{ _assessmentRankingMeta(year: 2025, kind: VILLAGE) { count } }' }), expect: everyoneReads },
  assessmentHistory: { call: (t) => ({ query: 'query($u: ID!) { assessmentHistory(unitId: $u) { year total rank } }', variables: { u: t.unit.unitId } }), expect: everyoneReads },

  // MGT-2 consequences: proposed on publishing; the unit reads its own; the admin decides
  assessmentConsequences: { call: () => ({ query: '{ assessmentConsequences(year: 2025) { id unit { id } kind status subject { unitId } } }' }), expect: everyoneReads },
  ...resourceReads('Consequence', 'Consequences', 'id unitId kind status evidence { year rank total }', () => '', (t) => ({ ...byUnit(t), year: 2025 })),
  Consequence: one('Consequence', 'id unitId kind', cached('consequenceId')),
  confirmConsequence: mutation('mutation($id: ID!) { confirmConsequence(id: $id) { id unitId status } }', async (t) => ({ id: (await publishedWithProposal(t.api, adminToken(t), t.unit.unitId)).consequenceId }), adminOnly),
  dismissConsequence: mutation('mutation($id: ID!) { dismissConsequence(id: $id, reason: "情况特殊") { id unitId status } }', async (t) => ({ id: (await publishedWithProposal(t.api, adminToken(t), t.unit.unitId)).consequenceId }), adminOnly),

  // PAY-4 / PAY-3 awards of the published year: the unit sees its own
  targetAwards: { call: () => ({ query: '{ targetAwards(year: 2025) { unit { id } rank minimumAmount recipient { unitId } } }' }), expect: everyoneReads },
  // TGT-6 the three links per cadre: the unit's own cadres only
  threeLinks: { call: (t) => ({ query: 'query($u: ID) { threeLinks(year: 2025, unitId: $u) { cadre { unitId } unit { id } assessmentTotal realisationAward consequences { unitId } honours { unitId } } }', variables: { u: t.unit.unitId } }), expect: scopedRead('empty') },
  _threeLinksMeta: { call: (t) => ({ query: 'query($u: ID) { _threeLinksMeta(year: 2025, unitId: $u) { count } }', variables: { u: t.unit.unitId } }), expect: scopedRead('empty') },
  realisationAwards: { call: (t) => ({ query: 'query($u: ID) { realisationAwards(year: 2025, unitId: $u) { amount cadre { unitId } unit { id } } }', variables: { u: t.unit.unitId } }), expect: scopedRead('empty') },
};

export function registerAssessmentMatrix(cases: Record<string, Case>, worldPreparers: WorldPreparer[]): void {
  Object.assign(cases, assessmentCases);
  worldPreparers.push(prepareAssessment);
}
