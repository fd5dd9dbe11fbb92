import type { TestApi } from './api';
import type { Case, Preparer } from './authorization-matrix';
import { createAppointment, createCadre, createPost, type UnitFixture, type World } from './fixture';
import { adminOnly, adminToken as admin, expectAll, extra, mutation, resourceReads, scopedRead, unitWrite } from './matrix-kit';

/**
 * ROLE-1..4 The authorization matrix rows of the duty reports module (TGT-3, TGT-4, TGT-5) and the
 * records they read. `authorization-matrix.ts` calls `registerReportsMatrix(cases, preparers)` at
 * its end: this file imports only types from it, so there is no import cycle at run time.
 */

/** A fresh team member of the unit (a new committee member post held since 2024). */
async function freshMember(api: TestApi, token: string, unitId: string): Promise<string> {
  const postId = await createPost(api, token, unitId, 'COMMITTEE_MEMBER');
  const cadre = await createCadre(api, token, unitId);
  await createAppointment(api, token, cadre.id, postId, '2024-01-01');
  return cadre.id;
}

/** Creates, as the admin, the unit's secretary's 2026 H2 report (H1 stays missing for the missing-reports list). */
export const prepareReports: Preparer = async (api: TestApi, world: World, unit: UnitFixture) => {
  const data = await api.ok<{ r: { id: string } }>(
    'mutation($c: ID!) { r: createDutyReport(cadreId: $c, year: 2026, half: 2, summary: "下半年履职情况", subdistrictCommitteeDate: "2026-11-20", selfEvaluationScore: 90) { id } }',
    { c: unit.cadreId },
    world.admin,
  );
  return { dutyReportId: data.r.id };
};

export const reportsCases: Record<string, Case> = {
  // --- TGT-3 duty reports: the unit keeps its own
  ...resourceReads('DutyReport', 'DutyReports', 'id unitId cadre { unitId } year half givenTo selfEvaluationScore pollScore poorPoll combinedScore', (t) => extra(t, 'dutyReportId')),
  // another unit's cadre is unknown to a unit user (ROLE-4: answered like a wrong id)
  createDutyReport: mutation(
    'mutation($c: ID!) { createDutyReport(cadreId: $c, year: 2026, half: 1, partyMembersAssemblyDate: "2026-07-05") { id unitId } }',
    async (t) => ({ c: await freshMember(t.api, admin(t), t.unit.unitId) }),
    unitWrite('BAD_USER_INPUT'),
  ),
  updateDutyReport: mutation('mutation($id: ID!) { updateDutyReport(id: $id, summary: "补充说明") { id unitId } }', (t) => ({ id: extra(t, 'dutyReportId') }), unitWrite('NOT_FOUND')),
  missingDutyReports: {
    call: (t) => ({ query: 'query($u: ID) { missingDutyReports(year: 2026, half: 1, unitId: $u) { cadre { id unitId } unit { id } since } }', variables: { u: t.unit.unitId } }),
    expect: scopedRead('empty'),
  },
  _missingDutyReportsMeta: {
    call: (t) => ({ query: 'query($u: ID) { _missingDutyReportsMeta(year: 2026, half: 1, unitId: $u) { count } }', variables: { u: t.unit.unitId } }),
    expect: scopedRead('empty'),
  },
  // --- TGT-5 the evidence view: a cadre the viewer cannot see is not found
  cadreEvidence: {
    call: (t) => ({ query: 'query($c: ID!) { cadreEvidence(cadreId: $c, year: 2026) { year cadre { id unitId } sections { key title items { title status } } } }', variables: { c: t.unit.cadreId } }),
    expect: expectAll('ok', { unitOther: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' }),
  },
  // --- TGT-4 the year's parameters set together (the three 三评 weights sum to 1)
  setPolicyParameters: mutation(
    'mutation { setPolicyParameters(year: 2026, values: [{ key: "dutyWeightSelf", value: 0.3 }, { key: "dutyWeightPoll", value: 0.3 }, { key: "dutyWeightHigher", value: 0.4 }]) { key value } }',
    () => ({}),
    adminOnly,
  ),
};

/** The hook `authorization-matrix.ts` calls once, at its end: adds these cases and the preparer. */
export function registerReportsMatrix(cases: Record<string, Case>, preparers: Preparer[]): void {
  Object.assign(cases, reportsCases);
  if (!preparers.includes(prepareReports)) preparers.push(prepareReports);
}
