import type { TestApi } from './api';
import { createAppointment, createCadre, createPost, type UnitFixture } from './fixture';

/** Test helpers for the reserve, exit, selection and training workflows, driven as the admin. */

export async function candidateAt(api: TestApi, admin: string, unitId: string, status: 'RECOMMENDED' | 'PROPOSED' | 'COMMITTEE_APPROVED' | 'IN_POOL', cadre: Record<string, unknown> = {}): Promise<{ id: string; cadreId: string }> {
  const { id: cadreId } = await createCadre(api, admin, unitId, { gender: 'FEMALE', birthDate: '1995-03-08', ...cadre });
  const { recommendReserve } = await api.ok<{ recommendReserve: { id: string } }>('mutation($c: ID!) { recommendReserve(cadreId: $c, source: SELF, date: "2026-01-10") { id } }', { c: cadreId }, admin);
  const id = recommendReserve.id;
  if (status === 'RECOMMENDED') return { id, cadreId };
  await api.ok('mutation($id: ID!) { proposeReserve(id: $id, date: "2026-02-10") { id } }', { id }, admin);
  if (status === 'PROPOSED') return { id, cadreId };
  await api.ok('mutation($id: ID!) { committeeReviewReserve(id: $id, approve: true, date: "2026-03-10", minutes: "两委会议纪要") { id } }', { id }, admin);
  if (status === 'COMMITTEE_APPROVED') return { id, cadreId };
  await api.ok('mutation($id: ID!) { subdistrictReviewReserve(id: $id, approve: true, date: "2026-04-10") { id } }', { id }, admin);
  return { id, cadreId };
}

export async function exitCadre(api: TestApi, admin: string, cadreId: string, kind = 'RESIGNATION', effectiveDate = '2026-11-01'): Promise<string> {
  const { exitCadre: exit } = await api.ok<{ exitCadre: { id: string } }>(
    'mutation($c: ID!, $k: ExitKind!, $d: Date!) { exitCadre(cadreId: $c, kind: $k, effectiveDate: $d, reason: "个人原因", basis: "《村民委员会组织法》") { id } }',
    { c: cadreId, k: kind, d: effectiveDate },
    admin,
  );
  return exit.id;
}

/** A post held by a cadre and backed by an in-pool reserve; the holder exits → a successor proposal. */
export async function proposalIn(api: TestApi, admin: string, unitId: string): Promise<{ proposalId: string; pairId: string; exitId: string; candidateId: string; postId: string }> {
  const candidate = await candidateAt(api, admin, unitId, 'IN_POOL');
  const postId = await createPost(api, admin, unitId, 'DEPUTY_DIRECTOR');
  const holder = await createCadre(api, admin, unitId, { birthDate: '1970-05-05' });
  await createAppointment(api, admin, holder.id, postId, '2021-03-20');
  const { createSuccessionPair } = await api.ok<{ createSuccessionPair: { id: string } }>('mutation($p: ID!, $r: ID!) { createSuccessionPair(postId: $p, reserveCandidateId: $r, pairedOn: "2026-05-01") { id } }', { p: postId, r: candidate.id }, admin);
  const exitId = await exitCadre(api, admin, holder.id);
  const { ExitRecord } = await api.ok<{ ExitRecord: { successionProposals: { id: string }[] } }>('query($id: ID!) { ExitRecord(id: $id) { successionProposals { id } } }', { id: exitId }, admin);
  return { proposalId: ExitRecord.successionProposals[0]!.id, pairId: createSuccessionPair.id, exitId, candidateId: candidate.id, postId };
}

export async function trainingSession(api: TestApi, admin: string, startDate = '2026-06-01', hours = 8): Promise<string> {
  const { createTrainingSession } = await api.ok<{ createTrainingSession: { id: string } }>(
    'mutation($s: Date!, $h: Float!) { createTrainingSession(title: "村干部履职能力培训", kind: TRAINING, startDate: $s, hours: $h, place: "党校") { id } }',
    { s: startDate, h: hours },
    admin,
  );
  return createTrainingSession.id;
}

export async function participation(api: TestApi, admin: string, sessionId: string, cadreId: string, attended: boolean | null = null): Promise<string> {
  const { createTrainingParticipation } = await api.ok<{ createTrainingParticipation: { id: string } }>(
    'mutation($s: ID!, $c: ID!, $a: Boolean) { createTrainingParticipation(sessionId: $s, cadreId: $c, attended: $a) { id } }',
    { s: sessionId, c: cadreId, a: attended },
    admin,
  );
  return createTrainingParticipation.id;
}

/** A fresh Party secretary appointment (for a selection record). */
export async function secretaryAppointment(api: TestApi, admin: string, unitId: string): Promise<string> {
  const postId = await createPost(api, admin, unitId, 'PARTY_SECRETARY');
  const cadre = await createCadre(api, admin, unitId);
  return createAppointment(api, admin, cadre.id, postId, '2024-01-01');
}

export const SELECTION_ARGS = 'sourceCategory: CURRENT_CADRE, method: TWO_RECOMMENDATIONS_ONE_ELECTION, developmentAbility: MEETS, stabilityAbility: MEETS, servesPeople: MEETS, buildsOrganisation: PARTLY';

export async function selection(api: TestApi, admin: string, appointmentId: string): Promise<string> {
  const { createSecretarySelection } = await api.ok<{ createSecretarySelection: { id: string } }>(`mutation($a: ID!) { createSecretarySelection(appointmentId: $a, ${SELECTION_ARGS}) { id } }`, { a: appointmentId }, admin);
  return createSecretarySelection.id;
}

/** Everything the reserve/exit/training operations need to find in a unit. */
export interface UnitExtras {
  candidateId: string;
  stepId: string;
  assignmentId: string;
  pairId: string;
  proposalId: string;
  exitId: string;
  selectionId: string;
  sessionId: string;
  participationId: string;
}

export async function prepareUnit(api: TestApi, admin: string, unit: UnitFixture, sessionId: string): Promise<UnitExtras> {
  const { proposalId, pairId, exitId, candidateId } = await proposalIn(api, admin, unit.unitId);
  const { createReserveAssignment } = await api.ok<{ createReserveAssignment: { id: string } }>(
    'mutation($r: ID!) { createReserveAssignment(reserveCandidateId: $r, kind: INDEPENDENT_RESPONSIBILITY, title: "负责村集体经济合作社", startDate: "2026-05-01") { id } }',
    { r: candidateId },
    admin,
  );
  const { ReserveCandidate } = await api.ok<{ ReserveCandidate: { steps: { id: string }[] } }>('query($id: ID!) { ReserveCandidate(id: $id) { steps { id } } }', { id: candidateId }, admin);
  const selectionId = await selection(api, admin, unit.appointmentId);
  const participationId = await participation(api, admin, sessionId, unit.cadreId, true);
  // a pending exit (MGT-4 warning) and an untrained team member (TRN-2)
  const leaving = await createCadre(api, admin, unit.unitId, { birthDate: '1966-01-01' });
  await createAppointment(api, admin, leaving.id, await createPost(api, admin, unit.unitId), '2021-03-20');
  await exitCadre(api, admin, leaving.id, 'DISMISSAL', '2026-12-31');
  return { candidateId, stepId: ReserveCandidate.steps[0]!.id, assignmentId: createReserveAssignment.id, pairId, proposalId, exitId, selectionId, sessionId, participationId };
}
