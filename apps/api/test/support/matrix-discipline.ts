import type { TestApi } from './api';
import type { Case, Preparer, Target, Who, Outcome } from './authorization-matrix';
import type { UnitFixture, World } from './fixture';
import { adminOnly, adminToken, everyoneReads, extra, mutation, resourceReads, unitWrite } from './matrix-kit';

/** ROLE-1..4 rows of the discipline cases (MGT-1) and of the printed documents' formats. */

/** a step the subdistrict alone takes on a visible case: the unit user is refused by role, another unit's case is not found */
const subdistrictStep: Record<Who, Outcome> = { admin: 'ok', analyst: 'FORBIDDEN', unitOwn: 'FORBIDDEN', unitOther: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' };

async function openCase(api: TestApi, admin: string, cadreId: string): Promise<string> {
  const { openDisciplineCase } = await api.ok<{ openDisciplineCase: { id: string } }>('mutation($c: ID!) { openDisciplineCase(cadreId: $c, facts: "值班脱岗", openedOn: "2026-11-01") { id } }', { c: cadreId }, admin);
  return openDisciplineCase.id;
}

async function rectifying(api: TestApi, admin: string, cadreId: string): Promise<string> {
  const id = await openCase(api, admin, cadreId);
  await api.ok('mutation($id: ID!) { decideDisciplineCase(id: $id, level: CRITICISM, decision: "批评教育", decidedOn: "2026-11-02", rectificationRequirement: "整改", rectificationDeadline: "2026-12-31") { id } }', { id }, admin);
  return id;
}

async function answered(api: TestApi, admin: string, cadreId: string): Promise<string> {
  const id = await rectifying(api, admin, cadreId);
  await api.ok('mutation($id: ID!) { answerDisciplineRectification(id: $id, answer: "已整改") { id } }', { id }, admin);
  return id;
}

const prepareDiscipline: Preparer = async (api: TestApi, world: World, unit: UnitFixture) => ({ disciplineCaseId: await openCase(api, world.admin, unit.cadreId) });

const disciplineCases: Record<string, Case> = {
  ...resourceReads('DisciplineCase', 'DisciplineCases', 'id unitId cadreId status level facts findingIds allowedSteps overdue cadre { id unitId }', (t) => extra(t, 'disciplineCaseId')),
  openDisciplineCase: mutation('mutation($c: ID!) { openDisciplineCase(cadreId: $c, facts: "事实") { id unitId } }', (t) => ({ c: t.unit.cadreId }), adminOnly),
  decideDisciplineCase: mutation(
    'mutation($id: ID!) { decideDisciplineCase(id: $id, level: ADJUSTMENT, decision: "调整") { id unitId status } }',
    async (t: Target) => ({ id: await openCase(t.api, adminToken(t), t.unit.cadreId) }),
    subdistrictStep,
  ),
  answerDisciplineRectification: mutation(
    'mutation($id: ID!) { answerDisciplineRectification(id: $id, answer: "已整改") { id unitId status } }',
    async (t: Target) => ({ id: await rectifying(t.api, adminToken(t), t.unit.cadreId) }),
    unitWrite('NOT_FOUND'),
  ),
  acceptDisciplineRectification: mutation(
    'mutation($id: ID!) { acceptDisciplineRectification(id: $id) { id unitId status } }',
    async (t: Target) => ({ id: await answered(t.api, adminToken(t), t.unit.cadreId) }),
    subdistrictStep,
  ),
  returnDisciplineRectification: mutation(
    'mutation($id: ID!) { returnDisciplineRectification(id: $id, reason: "不到位") { id unitId status } }',
    async (t: Target) => ({ id: await answered(t.api, adminToken(t), t.unit.cadreId) }),
    subdistrictStep,
  ),
  closeDisciplineCase: mutation(
    'mutation($id: ID!) { closeDisciplineCase(id: $id) { id unitId status } }',
    async (t: Target) => {
      const id = await openCase(t.api, adminToken(t), t.unit.cadreId);
      await t.api.ok('mutation($id: ID!) { decideDisciplineCase(id: $id, level: ADJUSTMENT, decision: "调整") { id } }', { id }, adminToken(t));
      return { id };
    },
    subdistrictStep,
  ),
  documentFormats: { call: () => ({ query: '{ documentFormats }' }), expect: everyoneReads },
};

/** The hook `authorization-matrix.ts` calls: adds these cases and the preparer of one open case per unit. */
export function registerDisciplineMatrix(cases: Record<string, Case>, preparers: Preparer[]): void {
  Object.assign(cases, disciplineCases);
  preparers.push(prepareDiscipline);
}
