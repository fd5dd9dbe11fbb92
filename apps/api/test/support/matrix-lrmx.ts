import type { TestApi } from './api';
import type { Case, Preparer } from './authorization-matrix';
import type { UnitFixture, World } from './fixture';
import { adminToken as admin, expectAll, extra, mutation, resourceReads, unitWrite } from './matrix-kit';

/**
 * ROLE-1..4 The authorization matrix rows of the appointment form (resume lines, family members,
 * the .lrmx export). `authorization-matrix.ts` calls `registerLrmxMatrix(cases, preparers)` at its
 * end: this file imports only types from it, so there is no import cycle at run time.
 */

const LINE = 'mutation($c: ID!) { createCadreResumeLine(cadreId: $c, fromMonth: "2010-01", content: "村委会委员") { id unitId } }';
const MEMBER = 'mutation($c: ID!) { createCadreFamilyMember(cadreId: $c, relation: "妻子", name: "李梅", birthMonth: "1987-03") { id unitId } }';

async function made(api: TestApi, token: string, query: string, cadreId: string): Promise<string> {
  const data = await api.ok<Record<string, { id: string }>>(query, { c: cadreId }, token);
  return Object.values(data)[0]!.id;
}

/** A resume line and a family member of the unit's fixture cadre, made by the admin. */
export const prepareLrmx: Preparer = async (api: TestApi, world: World, unit: UnitFixture) => ({
  resumeLineId: await made(api, world.admin, LINE, unit.cadreId),
  familyMemberId: await made(api, world.admin, MEMBER, unit.cadreId),
});

export const lrmxCases: Record<string, Case> = {
  // the appointment form's resume and family: kept by the cadre's unit (ROLE-3), read like the cadre
  ...resourceReads('CadreResumeLine', 'CadreResumeLines', 'id unitId cadreId position fromMonth toMonth content cadre { unitId }', (t) => extra(t, 'resumeLineId')),
  // another unit's cadre is unknown to a unit user (ROLE-4: answered like a wrong id)
  createCadreResumeLine: mutation(LINE, (t) => ({ c: t.unit.cadreId }), unitWrite('BAD_USER_INPUT')),
  updateCadreResumeLine: mutation('mutation($id: ID!) { updateCadreResumeLine(id: $id, content: "村委会副主任") { id unitId } }', (t) => ({ id: extra(t, 'resumeLineId') }), unitWrite('NOT_FOUND')),
  deleteCadreResumeLine: mutation('mutation($id: ID!) { deleteCadreResumeLine(id: $id) { id unitId } }', async (t) => ({ id: await made(t.api, admin(t), LINE, t.unit.cadreId) }), unitWrite('NOT_FOUND')),
  ...resourceReads('CadreFamilyMember', 'CadreFamilyMembers', 'id unitId cadreId position relation name birthMonth cadre { unitId }', (t) => extra(t, 'familyMemberId')),
  createCadreFamilyMember: mutation(MEMBER, (t) => ({ c: t.unit.cadreId }), unitWrite('BAD_USER_INPUT')),
  updateCadreFamilyMember: mutation('mutation($id: ID!) { updateCadreFamilyMember(id: $id, workUnitAndPost: "某小学教师") { id unitId } }', (t) => ({ id: extra(t, 'familyMemberId') }), unitWrite('NOT_FOUND')),
  deleteCadreFamilyMember: mutation('mutation($id: ID!) { deleteCadreFamilyMember(id: $id) { id unitId } }', async (t) => ({ id: await made(t.api, admin(t), MEMBER, t.unit.cadreId) }), unitWrite('NOT_FOUND')),
  // the .lrmx of a cadre: whoever reads the cadre (ROLE-2 masks the ID number in it); another unit's cadre is not there
  cadreLrmx: { call: (t) => ({ query: 'query($c: ID!) { cadreLrmx(cadreId: $c) }', variables: { c: t.unit.cadreId } }), expect: expectAll('ok', { unitOther: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' }) },
};

/** The hook `authorization-matrix.ts` calls once, at its end: adds these cases and the preparer. */
export function registerLrmxMatrix(cases: Record<string, Case>, preparers: Preparer[]): void {
  Object.assign(cases, lrmxCases);
  if (!preparers.includes(prepareLrmx)) preparers.push(prepareLrmx);
}
