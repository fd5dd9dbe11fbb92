import { randomUUID } from 'node:crypto';
import { codeOf, type TestApi } from './api';
import { cadreArgs, createAppointment, createCadre, createPost, type UnitFixture, type World } from './fixture';
import { SELECTION_ARGS, candidateAt, participation, prepareUnit, proposalIn, secretaryAppointment, trainingSession, type UnitExtras } from './workflows';
import { adminOnly, adminToken, byUnit, everyoneReads, expectAll, list, meta, mutation, one, resourceReads, scopedRead, unitWrite } from './matrix-kit';
import { registerPayMatrix } from './matrix-pay';
import { registerAssessmentMatrix } from './matrix-assessment';
import { registerRulesMatrix } from './matrix-rules-a';
import { registerTeamMatrix } from './matrix-team';
import { registerLrmxMatrix } from './matrix-lrmx';
import { registerDisciplineMatrix } from './matrix-discipline';
import { registerInspectionMatrix } from './matrix-inspections';
import { registerTargetsMatrix } from './matrix-targets';
import { registerReportsMatrix } from './matrix-reports';
import { registerExcelMatrix } from './matrix-excel';
import { registerUxMatrix } from './matrix-ux';

/**
 * ROLE-1..4 The expected outcome of every query and mutation of the schema, for each viewer:
 * the subdistrict admin, the analyst, a unit user on its own unit's records, the same unit user on
 * another unit's records, and nobody logged in. A new operation without a row here fails the test.
 */
export type Outcome = 'ok' | 'empty' | 'null' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'BAD_USER_INPUT';
export type Who = 'admin' | 'analyst' | 'unitOwn' | 'unitOther' | 'anonymous';
export const WHO: Who[] = ['admin', 'analyst', 'unitOwn', 'unitOther', 'anonymous'];

export interface Call {
  query: string;
  variables?: Record<string, unknown>;
}

export interface Target {
  api: TestApi;
  world: World;
  /** the unit whose records the call is about */
  unit: UnitFixture;
  /** that unit's records made by the preparers (reserve, exit, selection, training, ...) */
  extras: UnitExtras & Record<string, string>;
}

/**
 * Prepares records in a unit (as the admin) that a module's cases need to find; each module adds
 * one. The returned ids are merged into `Target.extras`.
 */
export type Preparer = (api: TestApi, world: World, unit: UnitFixture) => Promise<Record<string, string>>;
export const preparers: Preparer[] = [];

/** Prepares records once for the whole world (e.g. a published assessment year); merged into every `Target.extras`. */
export type WorldPreparer = (api: TestApi, world: World) => Promise<Record<string, string>>;
export const worldPreparers: WorldPreparer[] = [];

export interface Case {
  call(t: Target): Promise<Call> | Call;
  expect: Record<Who, Outcome>;
}

const admin = adminToken;

async function auditEntryOf(t: Target): Promise<string> {
  const data = await t.api.ok<{ allAuditEntries: { id: string }[] }>('query($u: ID) { allAuditEntries(filter: { unitId: $u }, perPage: 1) { id } }', { u: t.unit.unitId }, t.world.admin);
  return data.allAuditEntries[0]!.id;
}

export const cases: Record<string, Case> = {
  // --- auth
  me: { call: () => ({ query: '{ me { id username role } }' }), expect: expectAll('ok', { anonymous: 'null' }) },
  login: { call: (t) => ({ query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', variables: { u: t.unit.username, p: 'unit-pass-123' } }), expect: expectAll('ok') },

  // --- units (ORG-2): subdistrict data, a unit reads its own
  allUnits: list('allUnits', 'id name kind', (t) => ({ ids: [t.unit.unitId] })),
  _allUnitsMeta: meta('_allUnitsMeta', (t) => ({ ids: [t.unit.unitId] })),
  Unit: one('Unit', 'id name', (t) => t.unit.unitId),
  createUnit: {
    call: () => ({ query: 'mutation($n: String!, $c: String!) { createUnit(name: $n, kind: VILLAGE, code: $c) { id } }', variables: { n: `新村${randomUUID().slice(0, 8)}`, c: `c${randomUUID().slice(0, 8)}` } }),
    expect: adminOnly,
  },
  updateUnit: { call: (t) => ({ query: 'mutation($id: ID!) { updateUnit(id: $id, kind: ' + (t.unit === t.world.a ? 'VILLAGE' : 'COMMUNITY') + ') { id } }', variables: { id: t.unit.unitId } }), expect: adminOnly },

  // --- posts (ORG-4)
  allPosts: list('allPosts', 'id unitId unit { id name } title isMainLeader', byUnit),
  _allPostsMeta: meta('_allPostsMeta', byUnit),
  Post: one('Post', 'id unitId unit { id }', (t) => t.unit.postId),
  createPost: { call: (t) => ({ query: 'mutation($u: ID!) { createPost(unitId: $u, title: "COMMITTEE_MEMBER") { id unitId } }', variables: { u: t.unit.unitId } }), expect: unitWrite('FORBIDDEN') },
  updatePost: { call: async (t) => ({ query: 'mutation($id: ID!) { updatePost(id: $id, name: "委员(治保)") { id unitId } }', variables: { id: await createPost(t.api, admin(t), t.unit.unitId) } }), expect: unitWrite('NOT_FOUND') },
  deletePost: { call: async (t) => ({ query: 'mutation($id: ID!) { deletePost(id: $id) { id unitId } }', variables: { id: await createPost(t.api, admin(t), t.unit.unitId) } }), expect: unitWrite('NOT_FOUND') },

  // --- cadres (SEL-1)
  allCadres: list('allCadres', 'id unitId name idNumber phone unit { id name }', byUnit),
  _allCadresMeta: meta('_allCadresMeta', byUnit),
  Cadre: one('Cadre', 'id unitId name idNumber', (t) => t.unit.cadreId),
  createCadre: {
    call: async (t) => ({
      query: 'mutation($unitId: ID!, $name: String!, $gender: Gender!, $birthDate: Date!, $idNumber: String) { createCadre(unitId: $unitId, name: $name, gender: $gender, birthDate: $birthDate, idNumber: $idNumber) { id unitId } }',
      variables: await cadreArgs(t.unit.unitId, { phone: undefined }),
    }),
    expect: unitWrite('FORBIDDEN'),
  },
  updateCadre: { call: async (t) => ({ query: 'mutation($id: ID!) { updateCadre(id: $id, ethnicity: "汉族") { id unitId } }', variables: { id: (await createCadre(t.api, admin(t), t.unit.unitId)).id } }), expect: unitWrite('NOT_FOUND') },

  // --- appointments (SEL-2)
  allAppointments: list('allAppointments', 'id unitId cadreId postId cadre { id unitId name } post { id unitId }', byUnit),
  _allAppointmentsMeta: meta('_allAppointmentsMeta', byUnit),
  Appointment: one('Appointment', 'id unitId cadre { unitId } post { unitId }', (t) => t.unit.appointmentId),
  createAppointment: {
    call: async (t) => ({
      query: 'mutation($c: ID!, $p: ID!) { createAppointment(cadreId: $c, postId: $p, startDate: "2024-01-01") { id unitId } }',
      variables: { c: (await createCadre(t.api, admin(t), t.unit.unitId)).id, p: await createPost(t.api, admin(t), t.unit.unitId) },
    }),
    // another unit's post is unknown to a unit user (ROLE-4: answered as not found)
    expect: unitWrite('BAD_USER_INPUT'),
  },
  updateAppointment: {
    call: async (t) => {
      const cadre = await createCadre(t.api, admin(t), t.unit.unitId);
      const id = await createAppointment(t.api, admin(t), cadre.id, await createPost(t.api, admin(t), t.unit.unitId), '2022-01-01');
      return { query: 'mutation($id: ID!) { updateAppointment(id: $id, note: "换届") { id unitId } }', variables: { id } };
    },
    expect: unitWrite('NOT_FOUND'),
  },

  // --- users and audit: subdistrict admins only
  allUsers: { ...list('allUsers', 'id username unitId', byUnit), expect: adminOnly },
  _allUsersMeta: { ...meta('_allUsersMeta', byUnit), expect: adminOnly },
  User: one('User', 'id username', (t) => t.unit.userId, adminOnly),
  createUser: { call: () => ({ query: 'mutation($u: String!) { createUser(username: $u, password: "password-123", role: SUBDISTRICT_ANALYST) { id } }', variables: { u: `u${randomUUID().slice(0, 8)}` } }), expect: adminOnly },
  updateUser: { call: (t) => ({ query: 'mutation($id: ID!) { updateUser(id: $id, piiGranted: false) { id } }', variables: { id: t.unit.userId } }), expect: adminOnly },
  clearLoginThrottle: { call: (t) => ({ query: 'mutation($u: String!) { clearLoginThrottle(username: $u) }', variables: { u: t.unit.username } }), expect: adminOnly },
  allAuditEntries: { ...list('allAuditEntries', 'id unitId action', byUnit), expect: adminOnly },
  _allAuditEntriesMeta: { ...meta('_allAuditEntriesMeta', byUnit), expect: adminOnly },
  AuditEntry: one('AuditEntry', 'id unitId', auditEntryOf, adminOnly),

  // --- reserves (RES-1..5)
  ...resourceReads('ReserveCandidate', 'ReserveCandidates', 'id unitId status cadre { unitId } steps { unitId } nextSteps', (t) => t.extras.candidateId),
  ...resourceReads('ReserveStepRecord', 'ReserveStepRecords', 'id unitId step candidate { unitId }', (t) => t.extras.stepId),
  ...resourceReads('ReserveAssignment', 'ReserveAssignments', 'id unitId reserveCandidate { unitId }', (t) => t.extras.assignmentId),
  ...resourceReads('SuccessionPair', 'SuccessionPairs', 'id unitId post { unitId } reserveCandidate { unitId }', (t) => t.extras.pairId),
  ...resourceReads('SuccessionProposal', 'SuccessionProposals', 'id unitId post { unitId } reserveCandidate { unitId }', (t) => t.extras.proposalId),
  recommendReserve: mutation('mutation($c: ID!) { recommendReserve(cadreId: $c, source: COMMITTEE) { id unitId } }', async (t) => ({ c: (await createCadre(t.api, admin(t), t.unit.unitId)).id }), unitWrite('BAD_USER_INPUT')),
  proposeReserve: mutation('mutation($id: ID!) { proposeReserve(id: $id) { id unitId } }', async (t) => ({ id: (await candidateAt(t.api, admin(t), t.unit.unitId, 'RECOMMENDED')).id }), unitWrite('NOT_FOUND')),
  committeeReviewReserve: mutation('mutation($id: ID!) { committeeReviewReserve(id: $id, approve: true, minutes: "纪要") { id unitId } }', async (t) => ({ id: (await candidateAt(t.api, admin(t), t.unit.unitId, 'PROPOSED')).id }), unitWrite('NOT_FOUND')),
  // RES-3 一审查 is the subdistrict's alone
  subdistrictReviewReserve: mutation('mutation($id: ID!) { subdistrictReviewReserve(id: $id, approve: true) { id unitId } }', async (t) => ({ id: (await candidateAt(t.api, admin(t), t.unit.unitId, 'COMMITTEE_APPROVED')).id }), {
    admin: 'ok',
    analyst: 'FORBIDDEN',
    unitOwn: 'FORBIDDEN',
    unitOther: 'NOT_FOUND',
    anonymous: 'UNAUTHENTICATED',
  }),
  createReserveAssignment: mutation('mutation($r: ID!) { createReserveAssignment(reserveCandidateId: $r, kind: EXPOSURE, title: "轮岗", startDate: "2026-06-01") { id unitId } }', (t) => ({ r: t.extras.candidateId }), unitWrite('BAD_USER_INPUT')),
  updateReserveAssignment: mutation('mutation($id: ID!) { updateReserveAssignment(id: $id, outcome: "良好") { id unitId } }', (t) => ({ id: t.extras.assignmentId }), unitWrite('NOT_FOUND')),
  createSuccessionPair: mutation(
    'mutation($p: ID!, $r: ID!) { createSuccessionPair(postId: $p, reserveCandidateId: $r) { id unitId } }',
    async (t) => ({ p: await createPost(t.api, admin(t), t.unit.unitId), r: (await candidateAt(t.api, admin(t), t.unit.unitId, 'IN_POOL')).id }),
    adminOnly,
  ),
  releaseSuccessionPair: mutation('mutation($id: ID!) { releaseSuccessionPair(id: $id) { id unitId } }', async (t) => ({ id: (await proposalIn(t.api, admin(t), t.unit.unitId)).pairId }), adminOnly),
  appointSuccessor: mutation('mutation($id: ID!) { appointSuccessor(proposalId: $id) { id unitId } }', async (t) => ({ id: (await proposalIn(t.api, admin(t), t.unit.unitId)).proposalId }), adminOnly),
  declineSuccession: mutation('mutation($id: ID!) { declineSuccession(proposalId: $id, reason: "另行选任") { id unitId } }', async (t) => ({ id: (await proposalIn(t.api, admin(t), t.unit.unitId)).proposalId }), adminOnly),
  reserveCompliance: { call: () => ({ query: '{ reserveCompliance { unit { id } compliant missing } }' }), expect: everyoneReads },
  successionGaps: { call: (t) => ({ query: 'query($u: ID) { successionGaps(unitId: $u) { id unitId } }', variables: { u: t.unit.unitId } }), expect: scopedRead('empty') },

  // --- exits (MGT-3) and warnings (MGT-4)
  ...resourceReads('ExitRecord', 'ExitRecords', 'id unitId cadre { unitId } endedAppointments { unitId } successionProposals { unitId }', (t) => t.extras.exitId),
  exitCadre: mutation(
    'mutation($c: ID!) { exitCadre(cadreId: $c, kind: RESIGNATION, effectiveDate: "2026-11-20", reason: "个人原因") { id unitId } }',
    async (t) => ({ c: (await createCadre(t.api, admin(t), t.unit.unitId)).id }),
    adminOnly,
  ),
  cadreWarnings: { call: (t) => ({ query: 'query($u: ID) { cadreWarnings(unitId: $u) { kind cadre { unitId } } }', variables: { u: t.unit.unitId } }), expect: scopedRead('empty') },

  // --- secretary selection (SEL-3..5)
  ...resourceReads('SecretarySelection', 'SecretarySelections', 'id unitId appointment { unitId }', (t) => t.extras.selectionId),
  createSecretarySelection: mutation(`mutation($a: ID!) { createSecretarySelection(appointmentId: $a, ${SELECTION_ARGS}) { id unitId } }`, async (t) => ({ a: await secretaryAppointment(t.api, admin(t), t.unit.unitId) }), adminOnly),
  updateSecretarySelection: mutation('mutation($id: ID!) { updateSecretarySelection(id: $id, note: "复核") { id unitId } }', (t) => ({ id: t.extras.selectionId }), adminOnly),

  // --- training (TRN-1/2)
  allTrainingSessions: { call: (t) => ({ query: 'query($ids: [ID!]) { allTrainingSessions(filter: { ids: $ids }) { id title } }', variables: { ids: [t.extras.sessionId] } }), expect: everyoneReads },
  _allTrainingSessionsMeta: { call: (t) => ({ query: 'query($ids: [ID!]) { _allTrainingSessionsMeta(filter: { ids: $ids }) { count } }', variables: { ids: [t.extras.sessionId] } }), expect: everyoneReads },
  TrainingSession: one('TrainingSession', 'id title', (t) => t.extras.sessionId, everyoneReads),
  createTrainingSession: mutation('mutation { createTrainingSession(title: "外出考察", kind: STUDY_TRIP, startDate: "2026-09-01", hours: 16) { id } }', () => ({}), adminOnly),
  updateTrainingSession: mutation('mutation($id: ID!) { updateTrainingSession(id: $id, place: "县委党校") { id } }', (t) => ({ id: t.extras.sessionId }), adminOnly),
  ...resourceReads('TrainingParticipation', 'TrainingParticipations', 'id unitId cadre { unitId } session { id }', (t) => t.extras.participationId),
  createTrainingParticipation: mutation(
    'mutation($s: ID!, $c: ID!) { createTrainingParticipation(sessionId: $s, cadreId: $c) { id unitId } }',
    async (t) => ({ s: t.extras.sessionId, c: (await createCadre(t.api, admin(t), t.unit.unitId)).id }),
    // the subdistrict enrols; a unit user cannot (another unit's cadre is unknown to it as well)
    { ...adminOnly, unitOther: 'FORBIDDEN' },
  ),
  // TRN-1 the unit confirms its own cadres' attendance
  updateTrainingParticipation: mutation(
    'mutation($id: ID!) { updateTrainingParticipation(id: $id, attended: true) { id unitId } }',
    async (t) => ({ id: await participation(t.api, admin(t), t.extras.sessionId, (await createCadre(t.api, admin(t), t.unit.unitId)).id) }),
    unitWrite('NOT_FOUND'),
  ),
  trainingHours: { call: (t) => ({ query: 'query($u: ID) { trainingHours(year: 2026, unitId: $u) { hours cadre { unitId } } }', variables: { u: t.unit.unitId } }), expect: scopedRead('empty') },
  untrainedCadres: { call: (t) => ({ query: 'query($u: ID) { untrainedCadres(year: 2026, unitId: $u) { id unitId } }', variables: { u: t.unit.unitId } }), expect: scopedRead('empty') },
};

export interface Observation {
  op: string;
  who: Who;
  expected: Outcome;
  actual: string;
}

function outcomeOf(op: string, result: { data?: Record<string, unknown> | null; errors?: unknown[] }): string {
  const code = codeOf(result as never);
  if (code) return code;
  const value = result.data?.[op];
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'empty' : 'ok';
  if (typeof value === 'object' && 'count' in (value as object)) return (value as { count: number }).count === 0 ? 'empty' : 'ok';
  return 'ok';
}

/** Every `unitId` anywhere in a response. */
function unitIdsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => unitIdsIn(v, into));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'unitId' && typeof v === 'string') into.add(v);
      else if (k === 'unit' && v && typeof (v as { id?: unknown }).id === 'string') into.add((v as { id: string }).id);
      else unitIdsIn(v, into);
    }
  }
  return into;
}

/**
 * Runs every case for every viewer. Returns the mismatches: an outcome other than expected, or a
 * unit user's response that contains another unit's id anywhere (ROLE-4: no field leaks).
 */
export async function runMatrix(api: TestApi, world: World, only?: string[]): Promise<Observation[]> {
  const mismatches: Observation[] = [];
  const sessionId = await trainingSession(api, world.admin);
  const shared: Record<string, string> = {};
  for (const preparer of worldPreparers) Object.assign(shared, await preparer(api, world));
  const prepare = async (unit: UnitFixture) => {
    const extras: UnitExtras & Record<string, string> = { ...shared, ...(await prepareUnit(api, world.admin, unit, sessionId)) };
    for (const preparer of preparers) Object.assign(extras, await preparer(api, world, unit));
    return extras;
  };
  const extras = { a: await prepare(world.a), b: await prepare(world.b) };
  for (const [op, c] of Object.entries(cases)) {
    if (only && !only.includes(op)) continue;
    for (const who of WHO) {
      const unit = who === 'unitOther' ? world.b : world.a;
      const unitExtras = who === 'unitOther' ? extras.b : extras.a;
      const token = who === 'admin' ? world.admin : who === 'analyst' ? world.analyst : who === 'anonymous' ? null : world.a.token;
      const call = await c.call({ api, world, unit, extras: unitExtras });
      const result = await api.gql(call.query, call.variables, token);
      const actual = outcomeOf(op, result as never);
      if (actual !== c.expect[who]) mismatches.push({ op, who, expected: c.expect[who], actual });
      if ((who === 'unitOwn' || who === 'unitOther') && result.data) {
        const leaked = [...unitIdsIn(result.data)].filter((id) => id !== world.a.unitId);
        if (leaked.length) mismatches.push({ op, who, expected: c.expect[who], actual: `leaked unit ${leaked.join(',')}` });
      }
    }
  }
  return mismatches;
}
registerPayMatrix(cases, preparers);
registerAssessmentMatrix(cases, worldPreparers);
registerRulesMatrix(cases);
registerTeamMatrix(cases);
registerLrmxMatrix(cases, preparers);
registerDisciplineMatrix(cases, preparers);
registerInspectionMatrix(cases, preparers);
registerTargetsMatrix(cases, preparers);
registerReportsMatrix(cases, preparers);
registerExcelMatrix(cases, preparers);
registerUxMatrix(cases);
