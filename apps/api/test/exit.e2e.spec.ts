import { isoDateOf } from '@liangwei/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, codeOf, TestApi, TODAY } from './support/api';
import { buildWorld, createAppointment, createCadre, createPost, type World } from './support/fixture';
import { countOf, fieldsOf } from './support/helpers';
import { candidateAt, proposalIn } from './support/workflows';

/** MGT-3 exits and RES-2 succession, end to end through the API (the server's clock is fixed at 2026-11-25). */

const EXIT_FIELDS = 'id unitId cadreId kind effectiveDate reason basis approvedBy approvedOn submittedOn decisionNumber registeredVoters votesCast votesFor recordedBy effective endedAppointments { id } successionProposals { id }';
const EXIT = `mutation($c: ID!, $k: ExitKind!, $d: Date!, $r: String!, $basis: String, $approvedBy: String, $submittedOn: Date, $reg: Int, $cast: Int, $for: Int) {
  exitCadre(cadreId: $c, kind: $k, effectiveDate: $d, reason: $r, basis: $basis, approvedBy: $approvedBy, submittedOn: $submittedOn, registeredVoters: $reg, votesCast: $cast, votesFor: $for) { ${EXIT_FIELDS} }
}`;
const APPOINTMENT = 'query($id: ID!) { Appointment(id: $id) { id cadreId postId startDate endDate status endedByExitId version } }';
const PROPOSAL = 'query($id: ID!) { SuccessionProposal(id: $id) { id status vacatedOn exitRecordId note post { id } reserveCandidate { id cadreId status } pair { id releasedOn releaseReason } appointment { id } } }';
const APPOINT = 'mutation($id: ID!) { appointSuccessor(proposalId: $id) { id cadreId postId startDate endDate status } }';
const DECLINE = 'mutation($id: ID!, $r: String!) { declineSuccession(proposalId: $id, reason: $r) { id status note } }';

interface ExitRow {
  id: string;
  unitId: string;
  cadreId: string;
  kind: string;
  effectiveDate: string;
  reason: string;
  basis: string | null;
  approvedBy: string;
  approvedOn: string | null;
  submittedOn: string | null;
  registeredVoters: number | null;
  votesCast: number | null;
  votesFor: number | null;
  recordedBy: string;
  effective: boolean;
  endedAppointments: { id: string }[];
  successionProposals: { id: string }[];
}

interface AppointmentRow {
  id: string;
  cadreId: string;
  postId: string;
  startDate: string;
  endDate: string | null;
  status: string;
  endedByExitId: string | null;
  version: number;
}

interface ProposalRow {
  id: string;
  status: string;
  vacatedOn: string;
  exitRecordId: string;
  note: string | null;
  post: { id: string };
  reserveCandidate: { id: string; cadreId: string; status: string };
  pair: { id: string; releasedOn: string | null; releaseReason: string | null };
  appointment: { id: string } | null;
}

describe.each(backends)('MGT-3 exits and RES-2 succession (%s)', (backend) => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
  });
  afterAll(() => api?.close());

  async function appointment(id: string): Promise<AppointmentRow> {
    return (await api.ok<{ Appointment: AppointmentRow }>(APPOINTMENT, { id }, world.admin)).Appointment;
  }

  async function exitOf(cadreId: string): Promise<{ id: string; kind: string; effectiveDate: string } | null> {
    const data = await api.ok<{ Cadre: { exit: { id: string; kind: string; effectiveDate: string } | null } }>('query($id: ID!) { Cadre(id: $id) { exit { id kind effectiveDate } } }', { id: cadreId }, world.admin);
    return data.Cadre.exit;
  }

  async function proposal(id: string): Promise<ProposalRow> {
    return (await api.ok<{ SuccessionProposal: ProposalRow }>(PROPOSAL, { id }, world.admin)).SuccessionProposal;
  }

  /** A cadre of unit a holding two fresh posts (open) and, earlier, a third one (ended). */
  async function cadreWithPosts(): Promise<{ cadreId: string; open: string[]; ended: string }> {
    const { a } = world;
    const cadre = await createCadre(api, world.admin, a.unitId, { birthDate: '1972-07-07' });
    const open1 = await createAppointment(api, world.admin, cadre.id, await createPost(api, world.admin, a.unitId, 'DIRECTOR'), '2021-03-20');
    const open2 = await createAppointment(api, world.admin, cadre.id, await createPost(api, world.admin, a.unitId, 'COMMITTEE_MEMBER'), '2023-01-01');
    const ended = await createAppointment(api, world.admin, cadre.id, await createPost(api, world.admin, a.unitId, 'ACCOUNTANT'), '2015-01-01', '2018-01-01');
    return { cadreId: cadre.id, open: [open1, open2], ended };
  }

  // ---------------------------------------------------------------- MGT-3

  it('MGT-3 an exit ends every open appointment of the cadre on its effective date, leaves an ended one alone, and shows on the cadre', async () => {
    const { cadreId, open, ended } = await cadreWithPosts();
    const endedBefore = await appointment(ended);

    const { exitCadre } = await api.ok<{ exitCadre: ExitRow }>(EXIT, { c: cadreId, k: 'DISMISSAL', d: '2026-10-01', r: '履职不力', basis: '村规民约第12条' }, world.admin);
    expect(exitCadre).toMatchObject({
      unitId: world.a.unitId,
      cadreId,
      kind: 'DISMISSAL',
      effectiveDate: '2026-10-01',
      reason: '履职不力',
      basis: '村规民约第12条',
      approvedBy: 'admin', // defaults to the admin recording it
      recordedBy: 'admin',
      effective: true,
      successionProposals: [],
    });
    expect(exitCadre.endedAppointments.map((x) => x.id).sort()).toEqual([...open].sort());

    for (const id of open) {
      expect(await appointment(id)).toMatchObject({ endDate: '2026-10-01', status: 'ENDED', endedByExitId: exitCadre.id });
    }
    expect(await appointment(ended)).toEqual(endedBefore);
    expect(endedBefore).toMatchObject({ endDate: '2018-01-01', status: 'ENDED', endedByExitId: null });
    expect(await exitOf(cadreId)).toEqual({ id: exitCadre.id, kind: 'DISMISSAL', effectiveDate: '2026-10-01' });
    // the cadre is not deleted (history is kept)
    expect(await countOf(api, world.admin, 'Appointments', { cadreId })).toBe(3);

    // a second exit of the same cadre is refused and changes nothing
    const again = await api.gql(EXIT, { c: cadreId, k: 'RESIGNATION', d: '2026-11-01', r: '再次退出' }, world.admin);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(await countOf(api, world.admin, 'ExitRecords', { cadreId })).toBe(1);
    expect(await exitOf(cadreId)).toEqual({ id: exitCadre.id, kind: 'DISMISSAL', effectiveDate: '2026-10-01' });
    for (const id of open) expect((await appointment(id)).endDate).toBe('2026-10-01');
  });

  it('MGT-3 MGT-4 a future-dated exit is pending: appointments stay CURRENT until the date, and the cadre is warned EXIT_PENDING', async () => {
    const { cadreId, open } = await cadreWithPosts();
    const { exitCadre } = await api.ok<{ exitCadre: ExitRow }>(EXIT, { c: cadreId, k: 'TERMINATION', d: '2026-12-31', r: '聘期届满' }, world.admin);
    expect(exitCadre).toMatchObject({ effectiveDate: '2026-12-31', effective: false, approvedBy: 'admin' });
    expect(exitCadre.endedAppointments.map((x) => x.id).sort()).toEqual([...open].sort());
    for (const id of open) expect(await appointment(id)).toMatchObject({ endDate: '2026-12-31', status: 'CURRENT', endedByExitId: exitCadre.id });

    const WARNINGS = 'query($d: Date, $u: ID) { cadreWarnings(asOf: $d, unitId: $u) { kind since detail cadre { id } } }';
    const warnings = (await api.ok<{ cadreWarnings: { kind: string; since: string; detail: string; cadre: { id: string } }[] }>(WARNINGS, {}, world.admin)).cadreWarnings;
    // other rules' signs on the same cadre (a missing duty report, TGT-3) are theirs: this is about the exit's
    const mine = warnings.filter((w) => w.cadre.id === cadreId && w.kind === 'EXIT_PENDING');
    const { ExitRecord } = await api.ok<{ ExitRecord: { createdAt: string } }>('query($id: ID!) { ExitRecord(id: $id) { createdAt } }', { id: exitCadre.id }, world.admin);
    // since: the day the exit was recorded, in China's calendar (UTC+8)
    expect(mine).toEqual([{ kind: 'EXIT_PENDING', since: isoDateOf(new Date(ExitRecord.createdAt)), detail: expect.stringContaining('2026-12-31'), cadre: { id: cadreId } }]);
    // the unit sees its own cadre's warning; another unit does not
    const own = (await api.ok<{ cadreWarnings: { kind: string; cadre: { id: string } }[] }>(WARNINGS, {}, world.a.token)).cadreWarnings;
    expect(own.filter((w) => w.cadre.id === cadreId && w.kind === 'EXIT_PENDING').map((w) => w.kind)).toEqual(['EXIT_PENDING']);
    const other = (await api.ok<{ cadreWarnings: { kind: string; cadre: { id: string } }[] }>(WARNINGS, {}, world.b.token)).cadreWarnings;
    expect(other.filter((w) => w.cadre.id === cadreId)).toEqual([]);
    // on the effective date the exit is no longer pending
    const onTheDay = (await api.ok<{ cadreWarnings: { kind: string; cadre: { id: string } }[] }>(WARNINGS, { d: '2026-12-31' }, world.admin)).cadreWarnings;
    expect(onTheDay.filter((w) => w.cadre.id === cadreId && w.kind === 'EXIT_PENDING')).toEqual([]);
  });

  it('MGT-3 an exit already in effect raises no EXIT_PENDING warning', async () => {
    const { cadreId } = await cadreWithPosts();
    await api.ok(EXIT, { c: cadreId, k: 'RESIGNATION', d: TODAY, r: '个人原因' }, world.admin);
    const warnings = (await api.ok<{ cadreWarnings: { kind: string; cadre: { id: string } }[] }>('{ cadreWarnings { kind cadre { id } } }', {}, world.admin)).cadreWarnings;
    expect(warnings.filter((w) => w.cadre.id === cadreId && w.kind === 'EXIT_PENDING')).toEqual([]);
  });

  it('MGT-3 a recall records the assembly vote and must have passed (more than half); a vote of exactly half is refused', async () => {
    const { cadreId, open } = await cadreWithPosts();
    const base = { c: cadreId, k: 'RECALL', d: '2026-09-01', r: '村民会议罢免' };

    const noVotes = await api.gql(EXIT, base, world.admin);
    expect(codeOf(noVotes)).toBe('BAD_USER_INPUT');
    expect([...fieldsOf(noVotes)].sort()).toEqual(['registeredVoters', 'votesCast', 'votesFor']);

    const halfFor = await api.gql(EXIT, { ...base, reg: 1000, cast: 600, for: 300 }, world.admin);
    expect(codeOf(halfFor)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(halfFor)).toEqual(['votesFor']);

    const halfVoted = await api.gql(EXIT, { ...base, reg: 1000, cast: 500, for: 500 }, world.admin);
    expect(codeOf(halfVoted)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(halfVoted)).toEqual(['votesCast']);

    expect(await exitOf(cadreId)).toBeNull();
    for (const id of open) expect(await appointment(id)).toMatchObject({ endDate: null, status: 'CURRENT', endedByExitId: null });

    const { exitCadre } = await api.ok<{ exitCadre: ExitRow }>(EXIT, { ...base, reg: 1000, cast: 501, for: 251 }, world.admin);
    expect(exitCadre).toMatchObject({ kind: 'RECALL', registeredVoters: 1000, votesCast: 501, votesFor: 251, effective: true });
    for (const id of open) expect((await appointment(id)).endDate).toBe('2026-09-01');
  });

  it('MGT-3 a resignation handed in after its effective date is refused; the approver can be named', async () => {
    const { cadreId, open } = await cadreWithPosts();
    const late = await api.gql(EXIT, { c: cadreId, k: 'RESIGNATION', d: '2026-09-01', r: '个人原因', submittedOn: '2026-09-02' }, world.admin);
    expect(codeOf(late)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(late)).toEqual(['submittedOn']);
    expect(await exitOf(cadreId)).toBeNull();
    for (const id of open) expect((await appointment(id)).endDate).toBeNull();

    const { exitCadre } = await api.ok<{ exitCadre: ExitRow }>(EXIT, { c: cadreId, k: 'RESIGNATION', d: '2026-09-01', r: '个人原因', submittedOn: '2026-09-01', approvedBy: '办事处党委' }, world.admin);
    expect(exitCadre).toMatchObject({ submittedOn: '2026-09-01', approvedBy: '办事处党委', recordedBy: 'admin' });
  });

  it('MGT-3 an approver or decision number longer than its 100 characters is BAD_USER_INPUT on every backend; nothing is written', async () => {
    const { cadreId, open } = await cadreWithPosts();
    const EXIT_DECISION = 'mutation($c: ID!, $a: String, $n: String) { exitCadre(cadreId: $c, kind: DISMISSAL, effectiveDate: "2026-10-01", reason: "履职不力", approvedBy: $a, decisionNumber: $n) { id approvedBy decisionNumber } }';
    const longApprover = await api.gql(EXIT_DECISION, { c: cadreId, a: '审'.repeat(101) }, world.admin);
    expect(codeOf(longApprover)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(longApprover)).toEqual(['approvedBy']);
    const longNumber = await api.gql(EXIT_DECISION, { c: cadreId, n: `办党〔2026〕${'9'.repeat(100)}号` }, world.admin);
    expect(codeOf(longNumber)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(longNumber)).toEqual(['decisionNumber']);
    expect(await exitOf(cadreId)).toBeNull();
    for (const id of open) expect((await appointment(id)).endDate).toBeNull();

    const { exitCadre } = await api.ok<{ exitCadre: { approvedBy: string; decisionNumber: string } }>(EXIT_DECISION, { c: cadreId, a: '审'.repeat(100), n: '办党〔2026〕12号' }, world.admin);
    expect(exitCadre).toEqual({ approvedBy: '审'.repeat(100), decisionNumber: '办党〔2026〕12号', id: expect.any(String) });
  });

  it('MGT-3 ROLE-1 a unit user or an analyst cannot exit anyone; nothing is written', async () => {
    const { cadreId, open } = await cadreWithPosts();
    const args = { c: cadreId, k: 'RESIGNATION', d: '2026-10-01', r: '个人原因' };
    const before = await countOf(api, world.admin, 'ExitRecords');
    for (const token of [world.a.token, world.analyst]) {
      const result = await api.gql(EXIT, args, token);
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(result.data?.exitCadre ?? null).toBeNull();
    }
    // another unit's user cannot even see the cadre
    expect(codeOf(await api.gql(EXIT, args, world.b.token))).toBe('FORBIDDEN');
    expect(await countOf(api, world.admin, 'ExitRecords')).toBe(before);
    expect(await exitOf(cadreId)).toBeNull();
    for (const id of open) expect(await appointment(id)).toMatchObject({ endDate: null, status: 'CURRENT' });
  });

  it('MGT-3 an exit refused for an appointment starting after it leaves nothing half-written', async () => {
    const { a } = world;
    const cadre = await createCadre(api, world.admin, a.unitId, { birthDate: '1979-09-09' });
    const current = await createAppointment(api, world.admin, cadre.id, await createPost(api, world.admin, a.unitId, 'DIRECTOR'), '2021-03-20');
    const later = await createAppointment(api, world.admin, cadre.id, await createPost(api, world.admin, a.unitId, 'COMMITTEE_MEMBER'), '2026-11-10');
    const before = { current: await appointment(current), later: await appointment(later) };

    const result = await api.gql(EXIT, { c: cadre.id, k: 'RESIGNATION', d: '2026-11-01', r: '个人原因' }, world.admin);
    expect(codeOf(result)).toBe('CONFLICT');
    expect(await exitOf(cadre.id)).toBeNull();
    expect(await appointment(current)).toEqual(before.current);
    expect(await appointment(later)).toEqual(before.later);
    expect(await countOf(api, world.admin, 'ExitRecords', { cadreId: cadre.id })).toBe(0);
  });

  it('MGT-3 a refused exit of a reserve leaves the candidacy and its pair untouched', async () => {
    const { a } = world;
    const reserve = await candidateAt(api, world.admin, a.unitId, 'IN_POOL', { birthDate: '1992-02-02' });
    const postId = await createPost(api, world.admin, a.unitId, 'WOMENS_DIRECTOR');
    await api.ok('mutation($p: ID!, $r: ID!) { createSuccessionPair(postId: $p, reserveCandidateId: $r, pairedOn: "2026-05-01") { id } }', { p: postId, r: reserve.id }, world.admin);
    // she also holds a post from a date after the intended exit: the exit is refused
    await createAppointment(api, world.admin, reserve.cadreId, await createPost(api, world.admin, a.unitId, 'COMMITTEE_MEMBER'), '2026-11-20');
    const result = await api.gql(EXIT, { c: reserve.cadreId, k: 'RESIGNATION', d: '2026-11-01', r: '个人原因' }, world.admin);
    expect(codeOf(result)).toBe('CONFLICT');
    const { ReserveCandidate } = await api.ok<{ ReserveCandidate: { status: string; leftPoolOn: string | null; steps: { step: string }[]; activePair: { postId: string; releasedOn: string | null } | null } }>(
      'query($id: ID!) { ReserveCandidate(id: $id) { status leftPoolOn steps { step } activePair { postId releasedOn } } }',
      { id: reserve.id },
      world.admin,
    );
    expect(ReserveCandidate).toEqual({ status: 'IN_POOL', leftPoolOn: null, steps: [{ step: 'RECOMMEND' }, { step: 'PROPOSE' }, { step: 'COMMITTEE_REVIEW' }, { step: 'SUBDISTRICT_REVIEW' }], activePair: { postId, releasedOn: null } });
  });

  // ---------------------------------------------------------------- RES-2

  it('RES-2 the holder of a paired post exits: its reserve is proposed; appointing the successor opens the post to them on the vacated date and releases the pair', async () => {
    const { proposalId, pairId, exitId, candidateId, postId } = await proposalIn(api, world.admin, world.a.unitId);
    const { ExitRecord } = await api.ok<{ ExitRecord: ExitRow }>(`query($id: ID!) { ExitRecord(id: $id) { ${EXIT_FIELDS} } }`, { id: exitId }, world.admin);
    expect(ExitRecord.successionProposals).toEqual([{ id: proposalId }]);
    expect(await countOf(api, world.admin, 'SuccessionProposals', { postId })).toBe(1);

    const proposed = await proposal(proposalId);
    expect(proposed).toMatchObject({ status: 'PROPOSED', vacatedOn: '2026-11-01', exitRecordId: exitId, post: { id: postId }, reserveCandidate: { id: candidateId, status: 'IN_POOL' }, pair: { id: pairId, releasedOn: null, releaseReason: null }, appointment: null });

    const { appointSuccessor } = await api.ok<{ appointSuccessor: AppointmentRow }>(APPOINT, { id: proposalId }, world.admin);
    expect(appointSuccessor).toMatchObject({ cadreId: proposed.reserveCandidate.cadreId, postId, startDate: '2026-11-01', endDate: null, status: 'CURRENT' });

    const appointed = await proposal(proposalId);
    expect(appointed).toMatchObject({ status: 'APPOINTED', appointment: { id: appointSuccessor.id }, pair: { id: pairId, releasedOn: '2026-11-01', releaseReason: 'SUCCEEDED' } });
    const { Post } = await api.ok<{ Post: { reserve: { id: string } | null } }>('query($id: ID!) { Post(id: $id) { reserve { id } } }', { id: postId }, world.admin);
    expect(Post.reserve).toBeNull();
    // the post is a gap again (its former reserve now holds it)
    const gaps = (await api.ok<{ successionGaps: { id: string }[] }>('query($u: ID) { successionGaps(unitId: $u) { id } }', { u: world.a.unitId }, world.admin)).successionGaps;
    expect(gaps.map((p) => p.id)).toContain(postId);

    // appointing twice is refused and adds no appointment
    const appointments = await countOf(api, world.admin, 'Appointments', { postId });
    const twice = await api.gql(APPOINT, { id: proposalId }, world.admin);
    expect(codeOf(twice)).toBe('CONFLICT');
    expect(await countOf(api, world.admin, 'Appointments', { postId })).toBe(appointments);
    expect(await proposal(proposalId)).toEqual(appointed);
    // nor can an appointed proposal be declined
    expect(codeOf(await api.gql(DECLINE, { id: proposalId, r: '另行选任' }, world.admin))).toBe('CONFLICT');
    expect((await proposal(proposalId)).status).toBe('APPOINTED');
  });

  it('RES-2 ROLE-1 a successor proposal is declined by the subdistrict only; then it cannot be appointed', async () => {
    const { proposalId, pairId, postId } = await proposalIn(api, world.admin, world.a.unitId);
    expect(codeOf(await api.gql(APPOINT, { id: proposalId }, world.a.token))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(DECLINE, { id: proposalId, r: '另行选任' }, world.a.token))).toBe('FORBIDDEN');
    expect((await proposal(proposalId)).status).toBe('PROPOSED');

    const { declineSuccession } = await api.ok<{ declineSuccession: { id: string; status: string; note: string } }>(DECLINE, { id: proposalId, r: '另行选任' }, world.admin);
    expect(declineSuccession).toEqual({ id: proposalId, status: 'DECLINED', note: '另行选任' });
    const declined = await proposal(proposalId);
    // the pair stays until it is released
    expect(declined).toMatchObject({ status: 'DECLINED', appointment: null, pair: { id: pairId, releasedOn: null, releaseReason: null } });

    const appointments = await countOf(api, world.admin, 'Appointments', { postId });
    expect(codeOf(await api.gql(APPOINT, { id: proposalId }, world.admin))).toBe('CONFLICT');
    expect(codeOf(await api.gql(DECLINE, { id: proposalId, r: '再次' }, world.admin))).toBe('CONFLICT');
    expect(await countOf(api, world.admin, 'Appointments', { postId })).toBe(appointments);
    expect(await proposal(proposalId)).toEqual(declined);
  });

  it('RES-2 RES-1 a reserve who exits leaves the pool (WITHDRAWN, with a WITHDRAW step), the pair is released and the post becomes a gap', async () => {
    const { a } = world;
    const reserve = await candidateAt(api, world.admin, a.unitId, 'IN_POOL', { birthDate: '1991-01-01' });
    const postId = await createPost(api, world.admin, a.unitId, 'DEPUTY_PARTY_SECRETARY');
    const holder = await createCadre(api, world.admin, a.unitId, { birthDate: '1968-08-08' });
    const holding = await createAppointment(api, world.admin, holder.id, postId, '2021-03-20');
    const { createSuccessionPair: pair } = await api.ok<{ createSuccessionPair: { id: string } }>('mutation($p: ID!, $r: ID!) { createSuccessionPair(postId: $p, reserveCandidateId: $r, pairedOn: "2026-05-01") { id } }', { p: postId, r: reserve.id }, world.admin);
    const GAPS = 'query($u: ID, $d: Date) { successionGaps(unitId: $u, asOf: $d) { id } }';
    const gapIds = async (asOf: string) => (await api.ok<{ successionGaps: { id: string }[] }>(GAPS, { u: a.unitId, d: asOf }, world.admin)).successionGaps.map((p) => p.id);
    expect(await gapIds('2026-09-30')).not.toContain(postId);

    const { exitCadre } = await api.ok<{ exitCadre: ExitRow }>(EXIT, { c: reserve.cadreId, k: 'RESIGNATION', d: '2026-10-01', r: '外出务工' }, world.admin);
    expect(exitCadre.successionProposals).toEqual([]);
    expect(exitCadre.endedAppointments).toEqual([]);

    const { ReserveCandidate } = await api.ok<{ ReserveCandidate: { status: string; inPoolFrom: string; leftPoolOn: string; inPool: boolean; nextSteps: string[]; steps: { step: string; date: string; approved: boolean; resultingStatus: string; byUsername: string }[]; activePair: unknown } }>(
      'query($id: ID!) { ReserveCandidate(id: $id) { status inPoolFrom leftPoolOn inPool nextSteps steps { step date approved resultingStatus byUsername } activePair { id } } }',
      { id: reserve.id },
      world.admin,
    );
    expect(ReserveCandidate).toMatchObject({ status: 'WITHDRAWN', inPoolFrom: '2026-04-10', leftPoolOn: '2026-10-01', inPool: false, nextSteps: [], activePair: null });
    expect(ReserveCandidate.steps.map((s) => s.step)).toEqual(['RECOMMEND', 'PROPOSE', 'COMMITTEE_REVIEW', 'SUBDISTRICT_REVIEW', 'WITHDRAW']);
    expect(ReserveCandidate.steps.at(-1)).toEqual({ step: 'WITHDRAW', date: '2026-10-01', approved: true, resultingStatus: 'WITHDRAWN', byUsername: 'admin' });

    const { SuccessionPair } = await api.ok<{ SuccessionPair: { releasedOn: string; releaseReason: string } }>('query($id: ID!) { SuccessionPair(id: $id) { releasedOn releaseReason } }', { id: pair.id }, world.admin);
    expect(SuccessionPair).toEqual({ releasedOn: '2026-10-01', releaseReason: 'RESERVE_EXITED' });
    expect(await gapIds('2026-09-30')).not.toContain(postId);
    expect(await gapIds('2026-10-01')).toContain(postId);
    expect(await gapIds(TODAY)).toContain(postId);

    // the holder of the post is untouched, and when they exit now there is no reserve to propose
    expect(await appointment(holding)).toMatchObject({ endDate: null, status: 'CURRENT' });
    const { exitCadre: holderExit } = await api.ok<{ exitCadre: ExitRow }>(EXIT, { c: holder.id, k: 'RESIGNATION', d: '2026-11-01', r: '个人原因' }, world.admin);
    expect(holderExit.successionProposals).toEqual([]);
    expect(await countOf(api, world.admin, 'SuccessionProposals', { postId })).toBe(0);
    // and the withdrawn reserve cannot be paired again
    expect(codeOf(await api.gql('mutation($p: ID!, $r: ID!) { createSuccessionPair(postId: $p, reserveCandidateId: $r) { id } }', { p: postId, r: reserve.id }, world.admin))).toBe('CONFLICT');
  });
});
