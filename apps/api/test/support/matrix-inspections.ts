import type { TestApi } from './api';
import type { Case, Preparer, Target } from './authorization-matrix';
import type { UnitFixture, World } from './fixture';
import { adminOnly, adminToken as admin, byUnit, everyoneReads, expectAll, extra, mutation, resourceReads } from './matrix-kit';

/**
 * ROLE-1..4 The authorization matrix rows of the inspection module (INS-1, INS-3). Findings and
 * rectification reports are the unit's own (another unit's are not there); rounds and issued notices
 * are read by everyone; the unit alone reports on its findings, the admin alone accepts or returns.
 */

let monthSeq = 0;
/** A month of 2039 not used yet in this database (the matrix's own year: no other suite's catalogue). */
const nextMonth = () => {
  monthSeq += 1;
  return `${2039 - Math.floor((monthSeq - 1) / 12)}-${String(((monthSeq - 1) % 12) + 1).padStart(2, '0')}`;
};

async function newRound(api: TestApi, token: string, month = nextMonth()): Promise<string> {
  const { createInspectionRound } = await api.ok<{ createInspectionRound: { id: string } }>('mutation($m: String!) { createInspectionRound(month: $m, inspectors: "组织办") { id } }', { m: month }, token);
  return createInspectionRound.id;
}

async function newFinding(api: TestApi, token: string, roundId: string, unitId: string, extra: Record<string, unknown> = {}): Promise<string> {
  const { createInspectionFinding } = await api.ok<{ createInspectionFinding: { id: string } }>(
    'mutation($r: ID!, $u: ID!, $i: ID, $p: Float) { createInspectionFinding(roundId: $r, unitId: $u, category: POOR_STYLE, facts: "值班脱岗", requiredRectification: "限期整改", proposedIndicatorId: $i, proposedDeduction: $p) { id } }',
    { r: roundId, u: unitId, i: null, p: null, ...extra },
    token,
  );
  return createInspectionFinding.id;
}

async function newNotice(api: TestApi, token: string, roundId: string, issued: boolean): Promise<string> {
  const { createInspectionNotice } = await api.ok<{ createInspectionNotice: { id: string } }>('mutation($r: ID!) { createInspectionNotice(roundId: $r, date: "2026-11-20", body: "通报如下") { id } }', { r: roundId }, token);
  if (issued) await api.ok('mutation($id: ID!) { issueInspectionNotice(id: $id) { id } }', { id: createInspectionNotice.id }, token);
  return createInspectionNotice.id;
}

/** The unit's records: an issued round with an open finding, two submitted ones (to accept, to return) and one proposing a deduction; a draft round, finding and notice. */
export const prepareInspections: Preparer = async (api: TestApi, world: World, unit: UnitFixture) => {
  const token = world.admin;
  const { createAssessmentIndicator } = await api.ok<{ createAssessmentIndicator: { id: string } }>(
    'mutation($n: String!) { createAssessmentIndicator(year: 2039, name: $n, maxPoints: 100) { id } }',
    { n: `督查指标${unit.username}` },
    token,
  );
  // INS-3 the round of the indicator's year
  const roundId = await newRound(api, token, '2039-06');
  const openFindingId = await newFinding(api, token, roundId, unit.unitId);
  const acceptFindingId = await newFinding(api, token, roundId, unit.unitId);
  const returnFindingId = await newFinding(api, token, roundId, unit.unitId);
  const deductionFindingId = await newFinding(api, token, roundId, unit.unitId, { i: createAssessmentIndicator.id, p: 5 });
  const noticeId = await newNotice(api, token, roundId, true);
  for (const id of [acceptFindingId, returnFindingId]) {
    await api.ok('mutation($id: ID!) { submitRectification(findingId: $id, measures: "已整改") { id } }', { id }, unit.token);
  }
  const { allRectificationReports } = await api.ok<{ allRectificationReports: { id: string }[] }>('query($f: ID) { allRectificationReports(filter: { findingId: $f }) { id } }', { f: acceptFindingId }, token);
  const draftRoundId = await newRound(api, token);
  const draftFindingId = await newFinding(api, token, draftRoundId, unit.unitId);
  const draftNoticeId = await newNotice(api, token, draftRoundId, false);
  return {
    inspectionRoundId: roundId,
    openFindingId,
    acceptFindingId,
    returnFindingId,
    deductionFindingId,
    inspectionNoticeId: noticeId,
    rectificationReportId: allRectificationReports[0]!.id,
    draftRoundId,
    draftFindingId,
    draftNoticeId,
  };
};

const byId = (key: string) => (t: Target) => ({ ids: [extra(t, key)] });
/** ROLE-3 rounds and issued notices: every signed-in role reads them */
const everyone = { list: everyoneReads, one: everyoneReads };
const finding = (key: string) => (t: Target) => ({ id: extra(t, key) });
/** The unit alone reports on its own findings (another unit's is not found). */
const unitOnly = { admin: 'FORBIDDEN', analyst: 'FORBIDDEN', unitOwn: 'ok', unitOther: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' } as const;

export const inspectionCases: Record<string, Case> = {
  ...resourceReads('InspectionRound', 'InspectionRounds', 'id month inspectors scope', (t) => extra(t, 'inspectionRoundId'), byId('inspectionRoundId'), everyone),
  createInspectionRound: mutation('mutation($m: String!) { createInspectionRound(month: $m) { id } }', () => ({ m: nextMonth() }), adminOnly),
  updateInspectionRound: mutation('mutation($id: ID!) { updateInspectionRound(id: $id, note: "已完成") { id } }', (t) => ({ id: extra(t, 'inspectionRoundId') }), adminOnly),

  ...resourceReads('InspectionFinding', 'InspectionFindings', 'id unitId cadre { unitId } category facts deadline status overdue allowedSteps rectifications { id unitId }', (t) => extra(t, 'acceptFindingId')),
  createInspectionFinding: mutation(
    'mutation($r: ID!, $u: ID!) { createInspectionFinding(roundId: $r, unitId: $u, category: COMPLAINTS, facts: "群众反映", requiredRectification: "核实整改") { id unitId } }',
    (t) => ({ r: extra(t, 'draftRoundId'), u: t.unit.unitId }),
    adminOnly,
  ),
  updateInspectionFinding: mutation('mutation($id: ID!) { updateInspectionFinding(id: $id, severity: SERIOUS) { id unitId } }', (t) => ({ id: extra(t, 'draftFindingId') }), adminOnly),
  ...resourceReads('RectificationReport', 'RectificationReports', 'id unitId findingId step content statusAfter', (t) => extra(t, 'rectificationReportId')),

  ...resourceReads('InspectionNotice', 'InspectionNotices', 'id year number numberText status items { unitName facts category deadline }', (t) => extra(t, 'inspectionNoticeId'), byId('inspectionNoticeId'), everyone),
  createInspectionNotice: mutation('mutation($r: ID!) { createInspectionNotice(roundId: $r, date: "2026-11-20") { id } }', async (t) => ({ r: await newRound(t.api, admin(t)) }), adminOnly),
  updateInspectionNotice: mutation('mutation($id: ID!) { updateInspectionNotice(id: $id, body: "修改草稿") { id } }', (t) => ({ id: extra(t, 'draftNoticeId') }), adminOnly),
  issueInspectionNotice: mutation('mutation($id: ID!) { issueInspectionNotice(id: $id) { id status } }', async (t) => ({ id: await newNotice(t.api, admin(t), await newRound(t.api, admin(t)), false) }), adminOnly),
  reissueInspectionNotice: mutation(
    'mutation($id: ID!) { reissueInspectionNotice(id: $id, reason: "更正表述") { id status } }',
    async (t) => ({ id: await newNotice(t.api, admin(t), await newRound(t.api, admin(t)), true) }),
    adminOnly,
  ),

  submitRectification: mutation('mutation($id: ID!) { submitRectification(findingId: $id, measures: "已整改到位") { id unitId status } }', finding('openFindingId'), unitOnly),
  acceptRectification: mutation('mutation($id: ID!) { acceptRectification(findingId: $id) { id unitId status } }', finding('acceptFindingId'), expectAll('FORBIDDEN', { admin: 'ok', unitOther: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' })),
  returnRectification: mutation('mutation($id: ID!) { returnRectification(findingId: $id, reason: "材料不全") { id unitId status } }', finding('returnFindingId'), expectAll('FORBIDDEN', { admin: 'ok', unitOther: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' })),

  // INS-3 a unit sees no deduction of a draft year (ASM-5)
  inspectionDeductions: {
    call: (t) => ({ query: 'query($unitId: ID) { inspectionDeductions(year: 2039, unitId: $unitId) { id unitId points applied unit { id } } }', variables: byUnit(t) }),
    expect: expectAll('empty', { admin: 'ok', analyst: 'ok', anonymous: 'UNAUTHENTICATED' }),
  },
  applyInspectionDeduction: mutation('mutation($id: ID!) { applyInspectionDeduction(findingId: $id) { id unitId points } }', finding('deductionFindingId'), adminOnly),
};

/** The hook `authorization-matrix.ts` calls once, at its end: adds these cases and the preparer. */
export function registerInspectionMatrix(cases: Record<string, Case>, preparers: Preparer[]): void {
  monthSeq = 0;
  Object.assign(cases, inspectionCases);
  if (!preparers.includes(prepareInspections)) preparers.push(prepareInspections);
}
