import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, codeOf, TestApi } from './support/api';
import { buildWorld, createAppointment, createCadre, createPost, type World } from './support/fixture';
import { countOf, fieldsOf } from './support/helpers';
import { candidateAt } from './support/workflows';

/** RES-1, RES-3, RES-4, RES-5: the reserve talent pool, end to end through the API. */

const CANDIDATE = 'id unitId cadreId status source votesEligible votesPresent votesFor recommendedOn proposedOn committeeReviewedOn committeeMinutes subdistrictReviewedOn inPoolFrom leftPoolOn version steps { step byUsername date approved resultingStatus note } nextSteps';

interface Step {
  step: string;
  byUsername: string;
  date: string;
  approved: boolean;
  resultingStatus: string;
  note: string | null;
}

interface Candidate {
  id: string;
  unitId: string;
  cadreId: string;
  status: string;
  source: string;
  votesEligible: number | null;
  votesPresent: number | null;
  votesFor: number | null;
  recommendedOn: string;
  proposedOn: string | null;
  committeeReviewedOn: string | null;
  committeeMinutes: string | null;
  subdistrictReviewedOn: string | null;
  inPoolFrom: string | null;
  leftPoolOn: string | null;
  version: number;
  steps: Step[];
  nextSteps: string[];
}

interface ComplianceRow {
  unit: { id: string };
  asOf: string;
  compliant: boolean;
  teamSize: number;
  aged45OrUnder: number;
  aged35OrUnder: number;
  femaleReserves: number;
  missing: string[];
}

const RECOMMEND = `mutation($c: ID!, $s: RecommendationSource!, $e: Int, $p: Int, $v: Int, $d: Date) {
  recommendReserve(cadreId: $c, source: $s, eligible: $e, present: $p, votesFor: $v, date: $d) { ${CANDIDATE} }
}`;
const PROPOSE = `mutation($id: ID!, $d: Date, $a: Boolean) { proposeReserve(id: $id, date: $d, approve: $a) { ${CANDIDATE} } }`;
const COMMITTEE = `mutation($id: ID!, $a: Boolean!, $d: Date, $m: String) { committeeReviewReserve(id: $id, approve: $a, date: $d, minutes: $m) { ${CANDIDATE} } }`;
const SUBDISTRICT = `mutation($id: ID!, $a: Boolean!, $d: Date) { subdistrictReviewReserve(id: $id, approve: $a, date: $d) { ${CANDIDATE} } }`;
const PAIR = 'mutation($p: ID!, $r: ID!, $d: Date) { createSuccessionPair(postId: $p, reserveCandidateId: $r, pairedOn: $d) { id postId reserveCandidateId pairedOn releasedOn releaseReason } }';
const GAPS = 'query($u: ID, $d: Date) { successionGaps(unitId: $u, asOf: $d) { id unitId title } }';
const COMPLIANCE = 'query($d: Date) { reserveCompliance(asOf: $d) { unit { id } asOf compliant teamSize aged45OrUnder aged35OrUnder femaleReserves missing } }';

let unitSeq = 0;

describe.each(backends)('RES reserve cadres (%s)', (backend) => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
  });
  afterAll(() => api?.close());

  async function candidate(id: string, token = world.admin): Promise<Candidate | null> {
    const data = await api.ok<{ ReserveCandidate: Candidate | null }>(`query($id: ID!) { ReserveCandidate(id: $id) { ${CANDIDATE} } }`, { id }, token);
    return data.ReserveCandidate;
  }

  async function nextStepsOf(id: string, token: string): Promise<string[]> {
    const data = await api.ok<{ ReserveCandidate: { nextSteps: string[] } }>('query($id: ID!) { ReserveCandidate(id: $id) { nextSteps } }', { id }, token);
    return data.ReserveCandidate.nextSteps;
  }

  async function newUnit(kind = 'VILLAGE'): Promise<string> {
    unitSeq += 1;
    const { createUnit } = await api.ok<{ createUnit: { id: string } }>('mutation($n: String!, $k: UnitKind!, $c: String!) { createUnit(name: $n, kind: $k, code: $c) { id } }', { n: `后备单位${unitSeq}`, k: kind, c: `res${unitSeq}` }, world.admin);
    return createUnit.id;
  }

  /** A cadre of the unit holding a fresh post from 2021 on. */
  async function teamMember(unitId: string, birthDate: string, gender = 'MALE'): Promise<string> {
    const cadre = await createCadre(api, world.admin, unitId, { birthDate, gender });
    await createAppointment(api, world.admin, cadre.id, await createPost(api, world.admin, unitId), '2021-03-20');
    return cadre.id;
  }

  // ---------------------------------------------------------------- RES-3 三荐二议一审查

  it('RES-3 the unit user recommends, proposes and reviews its own candidate; the admin reviews it into the pool; every step is recorded with who, when and outcome', async () => {
    const { a } = world;
    const cadre = await createCadre(api, a.token, a.unitId, { gender: 'FEMALE', birthDate: '1994-04-04' });

    const { recommendReserve: c0 } = await api.ok<{ recommendReserve: Candidate }>(RECOMMEND, { c: cadre.id, s: 'SELF', d: '2026-01-10' }, a.token);
    expect(c0).toMatchObject({ unitId: a.unitId, cadreId: cadre.id, status: 'RECOMMENDED', source: 'SELF', recommendedOn: '2026-01-10', votesEligible: null, inPoolFrom: null });
    expect(c0.steps).toEqual([{ step: 'RECOMMEND', byUsername: a.username, date: '2026-01-10', approved: true, resultingStatus: 'RECOMMENDED', note: null }]);
    expect(c0.nextSteps).toEqual(['PROPOSE']);
    expect(await nextStepsOf(c0.id, world.admin)).toEqual(['PROPOSE']);
    expect(await nextStepsOf(c0.id, world.analyst)).toEqual([]);

    const { proposeReserve: c1 } = await api.ok<{ proposeReserve: Candidate }>(PROPOSE, { id: c0.id, d: '2026-02-10' }, a.token);
    expect(c1).toMatchObject({ status: 'PROPOSED', proposedOn: '2026-02-10' });
    expect(c1.nextSteps).toEqual(['COMMITTEE_REVIEW']);
    expect(await nextStepsOf(c0.id, world.admin)).toEqual(['COMMITTEE_REVIEW']);

    const { committeeReviewReserve: c2 } = await api.ok<{ committeeReviewReserve: Candidate }>(COMMITTEE, { id: c0.id, a: true, d: '2026-03-10', m: '两委会议纪要第3号' }, a.token);
    expect(c2).toMatchObject({ status: 'COMMITTEE_APPROVED', committeeReviewedOn: '2026-03-10', committeeMinutes: '两委会议纪要第3号', inPoolFrom: null });
    // ROLE-3 the unit cannot take the subdistrict's review: nothing more for it to do
    expect(c2.nextSteps).toEqual([]);
    expect(await nextStepsOf(c0.id, world.admin)).toEqual(['SUBDISTRICT_REVIEW']);
    expect(await nextStepsOf(c0.id, world.analyst)).toEqual([]);

    const { subdistrictReviewReserve: c3 } = await api.ok<{ subdistrictReviewReserve: Candidate }>(SUBDISTRICT, { id: c0.id, a: true, d: '2026-04-10' }, world.admin);
    expect(c3).toMatchObject({ status: 'IN_POOL', subdistrictReviewedOn: '2026-04-10', inPoolFrom: '2026-04-10', leftPoolOn: null });
    expect(c3.nextSteps).toEqual([]);
    expect(await nextStepsOf(c0.id, a.token)).toEqual([]);

    const history = (await candidate(c0.id, a.token))!.steps;
    expect(history.map(({ step, byUsername, date, approved, resultingStatus }) => ({ step, byUsername, date, approved, resultingStatus }))).toEqual([
      { step: 'RECOMMEND', byUsername: a.username, date: '2026-01-10', approved: true, resultingStatus: 'RECOMMENDED' },
      { step: 'PROPOSE', byUsername: a.username, date: '2026-02-10', approved: true, resultingStatus: 'PROPOSED' },
      { step: 'COMMITTEE_REVIEW', byUsername: a.username, date: '2026-03-10', approved: true, resultingStatus: 'COMMITTEE_APPROVED' },
      { step: 'SUBDISTRICT_REVIEW', byUsername: 'admin', date: '2026-04-10', approved: true, resultingStatus: 'IN_POOL' },
    ]);
    expect(history[2]!.note).toBe('两委会议纪要第3号');
    expect(await countOf(api, world.admin, 'ReserveStepRecords', { candidateId: c0.id })).toBe(4);
  });

  it('RES-3 a democratic recommendation must record the vote (eligible, present, votes for) and refuses more present than eligible; nothing is created when refused', async () => {
    const { a } = world;
    const cadre = await createCadre(api, a.token, a.unitId);

    const noVotes = await api.gql(RECOMMEND, { c: cadre.id, s: 'DEMOCRATIC' }, a.token);
    expect(codeOf(noVotes)).toBe('BAD_USER_INPUT');
    expect([...fieldsOf(noVotes)].sort()).toEqual(['eligible', 'present', 'votesFor']);

    const tooMany = await api.gql(RECOMMEND, { c: cadre.id, s: 'DEMOCRATIC', e: 30, p: 31, v: 20 }, a.token);
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(tooMany)).toEqual(['present']);

    const moreVotesThanPresent = await api.gql(RECOMMEND, { c: cadre.id, s: 'DEMOCRATIC', e: 30, p: 25, v: 26 }, a.token);
    expect(codeOf(moreVotesThanPresent)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(moreVotesThanPresent)).toEqual(['votesFor']);

    // only a democratic recommendation records a vote
    const selfWithVotes = await api.gql(RECOMMEND, { c: cadre.id, s: 'SELF', e: 30, p: 30, v: 20 }, a.token);
    expect(codeOf(selfWithVotes)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(selfWithVotes)).toEqual(['source']);

    expect(await countOf(api, world.admin, 'ReserveCandidates', { cadreId: cadre.id })).toBe(0);

    // exactly as many present as eligible is allowed
    const { recommendReserve } = await api.ok<{ recommendReserve: Candidate }>(RECOMMEND, { c: cadre.id, s: 'DEMOCRATIC', e: 30, p: 30, v: 22, d: '2026-05-01' }, a.token);
    expect(recommendReserve).toMatchObject({ source: 'DEMOCRATIC', status: 'RECOMMENDED', votesEligible: 30, votesPresent: 30, votesFor: 22, recommendedOn: '2026-05-01' });
  });

  it('RES-3 a skipped step is a CONFLICT and changes nothing; the same step twice is a CONFLICT', async () => {
    const { id } = await candidateAt(api, world.admin, world.a.unitId, 'RECOMMENDED');
    const before = (await candidate(id))!;

    const skipped = await api.gql(SUBDISTRICT, { id, a: true, d: '2026-04-10' }, world.admin);
    expect(codeOf(skipped)).toBe('CONFLICT');
    const skippedCommittee = await api.gql(COMMITTEE, { id, a: true, d: '2026-03-10' }, world.admin);
    expect(codeOf(skippedCommittee)).toBe('CONFLICT');
    expect(await candidate(id)).toEqual(before);
    expect(before.steps).toHaveLength(1);

    await api.ok(PROPOSE, { id, d: '2026-02-10' }, world.a.token);
    const proposed = (await candidate(id))!;
    const twice = await api.gql(PROPOSE, { id, d: '2026-02-11' }, world.a.token);
    expect(codeOf(twice)).toBe('CONFLICT');
    expect(await candidate(id)).toEqual(proposed);
    expect(proposed.steps).toHaveLength(2);

    await api.ok(COMMITTEE, { id, a: true, d: '2026-03-10' }, world.a.token);
    const reviewed = (await candidate(id))!;
    const committeeTwice = await api.gql(COMMITTEE, { id, a: true, d: '2026-03-11' }, world.admin);
    expect(codeOf(committeeTwice)).toBe('CONFLICT');
    expect(await candidate(id)).toEqual(reviewed);

    await api.ok(SUBDISTRICT, { id, a: true, d: '2026-04-10' }, world.admin);
    const pooled = (await candidate(id))!;
    const reviewTwice = await api.gql(SUBDISTRICT, { id, a: false, d: '2026-04-11' }, world.admin);
    expect(codeOf(reviewTwice)).toBe('CONFLICT');
    expect(await candidate(id)).toEqual(pooled);
    expect(pooled.steps).toHaveLength(4);
  });

  it('RES-3 ROLE-3 a unit user may not take the subdistrict review of its own candidate: FORBIDDEN, unchanged', async () => {
    const { id } = await candidateAt(api, world.admin, world.a.unitId, 'COMMITTEE_APPROVED');
    const before = (await candidate(id))!;
    for (const approve of [true, false]) {
      const result = await api.gql(SUBDISTRICT, { id, a: approve, d: '2026-04-10' }, world.a.token);
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(result.data?.subdistrictReviewReserve ?? null).toBeNull();
    }
    expect(await candidate(id)).toEqual(before);
    expect(before.status).toBe('COMMITTEE_APPROVED');
    // ROLE-2 the analyst writes nothing either
    expect(codeOf(await api.gql(SUBDISTRICT, { id, a: true, d: '2026-04-10' }, world.analyst))).toBe('FORBIDDEN');
    expect(await candidate(id)).toEqual(before);
  });

  it('RES-3 ROLE-4 a unit user cannot touch another unit’s candidate: NOT_FOUND, unchanged', async () => {
    const recommended = await candidateAt(api, world.admin, world.a.unitId, 'RECOMMENDED');
    const proposed = await candidateAt(api, world.admin, world.a.unitId, 'PROPOSED');
    const beforeRecommended = (await candidate(recommended.id))!;
    const beforeProposed = (await candidate(proposed.id))!;

    const propose = await api.gql(PROPOSE, { id: recommended.id, d: '2026-02-10' }, world.b.token);
    expect(codeOf(propose)).toBe('NOT_FOUND');
    const committee = await api.gql(COMMITTEE, { id: proposed.id, a: true, d: '2026-03-10' }, world.b.token);
    expect(codeOf(committee)).toBe('NOT_FOUND');
    const reject = await api.gql(COMMITTEE, { id: proposed.id, a: false, d: '2026-03-10' }, world.b.token);
    expect(codeOf(reject)).toBe('NOT_FOUND');
    // nor recommend another unit's cadre
    const recommend = await api.gql(RECOMMEND, { c: world.a.cadreId, s: 'SELF' }, world.b.token);
    expect(codeOf(recommend)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(recommend)).toEqual(['cadreId']);

    expect(await candidate(recommended.id)).toEqual(beforeRecommended);
    expect(await candidate(proposed.id)).toEqual(beforeProposed);
    expect(await candidate(proposed.id, world.b.token)).toBeNull();
    expect(await countOf(api, world.admin, 'ReserveCandidates', { cadreId: world.a.cadreId })).toBe(0);
  });

  it('RES-3 a rejected candidacy keeps its history; the cadre may then be recommended again, but never twice at once', async () => {
    const { a } = world;
    const { id, cadreId } = await candidateAt(api, world.admin, a.unitId, 'PROPOSED');
    const { committeeReviewReserve: rejected } = await api.ok<{ committeeReviewReserve: Candidate }>(COMMITTEE, { id, a: false, d: '2026-03-10', m: '未获通过' }, a.token);
    expect(rejected.status).toBe('REJECTED');
    expect(rejected.nextSteps).toEqual([]);
    expect(rejected.steps.map((s) => [s.step, s.approved, s.resultingStatus, s.byUsername])).toEqual([
      ['RECOMMEND', true, 'RECOMMENDED', 'admin'],
      ['PROPOSE', true, 'PROPOSED', 'admin'],
      ['COMMITTEE_REVIEW', false, 'REJECTED', a.username],
    ]);
    // a rejected candidacy goes no further
    expect(codeOf(await api.gql(SUBDISTRICT, { id, a: true, d: '2026-04-10' }, world.admin))).toBe('CONFLICT');

    const { recommendReserve: again } = await api.ok<{ recommendReserve: Candidate }>(RECOMMEND, { c: cadreId, s: 'COMMITTEE', d: '2026-06-01' }, a.token);
    expect(again.id).not.toBe(id);
    expect(again).toMatchObject({ status: 'RECOMMENDED', source: 'COMMITTEE', cadreId });
    const old = (await candidate(id))!;
    expect(old.status).toBe('REJECTED');
    expect(old.steps).toHaveLength(3);

    const second = await api.gql(RECOMMEND, { c: cadreId, s: 'SELF', d: '2026-06-02' }, a.token);
    expect(codeOf(second)).toBe('CONFLICT');
    expect(await countOf(api, world.admin, 'ReserveCandidates', { cadreId })).toBe(2);
  });

  it('RES-3 a candidate the subdistrict rejects never enters the pool and keeps its history', async () => {
    const { id } = await candidateAt(api, world.admin, world.a.unitId, 'COMMITTEE_APPROVED');
    const { subdistrictReviewReserve } = await api.ok<{ subdistrictReviewReserve: Candidate }>(SUBDISTRICT, { id, a: false, d: '2026-04-10' }, world.admin);
    expect(subdistrictReviewReserve).toMatchObject({ status: 'REJECTED', subdistrictReviewedOn: '2026-04-10', inPoolFrom: null, nextSteps: [] });
    expect(subdistrictReviewReserve.steps.map((s) => [s.step, s.approved, s.resultingStatus])).toEqual([
      ['RECOMMEND', true, 'RECOMMENDED'],
      ['PROPOSE', true, 'PROPOSED'],
      ['COMMITTEE_REVIEW', true, 'COMMITTEE_APPROVED'],
      ['SUBDISTRICT_REVIEW', false, 'REJECTED'],
    ]);
    const { ReserveCandidate } = await api.ok<{ ReserveCandidate: { inPool: boolean } }>('query($id: ID!) { ReserveCandidate(id: $id) { inPool } }', { id }, world.admin);
    expect(ReserveCandidate.inPool).toBe(false);
  });

  it('RES-3 a step dated in the future or before the previous step is refused (BAD_USER_INPUT) and changes nothing', async () => {
    const { a } = world;
    const { id } = await candidateAt(api, world.admin, a.unitId, 'RECOMMENDED'); // recommended on 2026-01-10
    const before = (await candidate(id))!;

    const future = await api.gql(PROPOSE, { id, d: '2026-11-26' }, a.token);
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(future)).toEqual(['date']);
    const earlier = await api.gql(PROPOSE, { id, d: '2026-01-09' }, a.token);
    expect(codeOf(earlier)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(earlier)).toEqual(['date']);
    expect(await candidate(id)).toEqual(before);

    // the same day as the previous step and today (the fixed clock) are both fine
    await api.ok(PROPOSE, { id, d: '2026-01-10' }, a.token);
    await api.ok(COMMITTEE, { id, a: true, d: '2026-03-10' }, a.token);
    const reviewed = (await candidate(id))!;
    const beforeCommittee = await api.gql(SUBDISTRICT, { id, a: true, d: '2026-03-09' }, world.admin);
    expect(codeOf(beforeCommittee)).toBe('BAD_USER_INPUT');
    const tomorrow = await api.gql(SUBDISTRICT, { id, a: true, d: '2026-11-26' }, world.admin);
    expect(codeOf(tomorrow)).toBe('BAD_USER_INPUT');
    expect(await candidate(id)).toEqual(reviewed);
    const { subdistrictReviewReserve } = await api.ok<{ subdistrictReviewReserve: Candidate }>(SUBDISTRICT, { id, a: true }, world.admin);
    expect(subdistrictReviewReserve).toMatchObject({ status: 'IN_POOL', subdistrictReviewedOn: '2026-11-25', inPoolFrom: '2026-11-25' });

    // a recommendation dated in the future is refused too
    const other = await createCadre(api, a.token, a.unitId);
    const futureRecommendation = await api.gql(RECOMMEND, { c: other.id, s: 'SELF', d: '2026-12-01' }, a.token);
    expect(codeOf(futureRecommendation)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(futureRecommendation)).toEqual(['date']);
    expect(await countOf(api, world.admin, 'ReserveCandidates', { cadreId: other.id })).toBe(0);
  });

  // ---------------------------------------------------------------- RES-4 composition

  it('RES-4 reserveCompliance counts ages in full years on asOf (45 and 35 included, 46 and 36 not), female reserves in the pool on or off the team, and lists what is missing, non-compliant units first', async () => {
    const asOf = '2026-06-30';
    // unit C complies: a woman exactly 45 (on the team, not a reserve), a man exactly 35, and a female reserve not on the team
    const c = await newUnit();
    await teamMember(c, '1981-06-30', 'FEMALE');
    await teamMember(c, '1991-06-30');
    await candidateAt(api, world.admin, c, 'IN_POOL', { birthDate: '1996-01-01' }); // in the pool from 2026-04-10
    // unit D does not: one turning 46 and one turning 36 on asOf, and a woman on the team who is no reserve
    const d = await newUnit('COMMUNITY');
    await teamMember(d, '1980-06-30');
    await teamMember(d, '1990-06-30');
    await teamMember(d, '1975-02-02', 'FEMALE');
    // an ended appointment does not put a young cadre on D's team
    const former = await createCadre(api, world.admin, d, { birthDate: '1998-01-01' });
    await createAppointment(api, world.admin, former.id, await createPost(api, world.admin, d), '2021-03-20', '2026-06-30');
    // a candidate on the way (not yet in the pool) is no female reserve
    await candidateAt(api, world.admin, d, 'COMMITTEE_APPROVED');

    const rows = (await api.ok<{ reserveCompliance: ComplianceRow[] }>(COMPLIANCE, { d: asOf }, world.admin)).reserveCompliance;
    const rowC = rows.find((r) => r.unit.id === c)!;
    const rowD = rows.find((r) => r.unit.id === d)!;
    expect(rowC).toEqual({ unit: { id: c }, asOf, compliant: true, teamSize: 2, aged45OrUnder: 2, aged35OrUnder: 1, femaleReserves: 1, missing: [] });
    expect(rowD).toEqual({
      unit: { id: d },
      asOf,
      compliant: false,
      teamSize: 3,
      aged45OrUnder: 1, // only the one turning 36
      aged35OrUnder: 0,
      femaleReserves: 0,
      missing: ['缺45岁以下干部1名(现有1名，应不少于2名)', '缺35岁以下干部1名(现有0名，应不少于1名)', '缺女后备干部1名(现有0名，应不少于1名)'],
    });
    // every unit has a row; non-compliant units come first
    expect(rows.map((r) => r.unit.id)).toEqual(expect.arrayContaining([world.a.unitId, world.b.unitId, c, d]));
    expect(rows).toHaveLength(await countOf(api, world.admin, 'Units'));
    const flags = rows.map((r) => r.compliant);
    expect(flags).toEqual([...flags].sort((x, y) => Number(x) - Number(y)));
    expect(rows.indexOf(rowD)).toBeLessThan(rows.indexOf(rowC));

    // a day earlier the two in D are still 45 and 35, and the former member (28, ending on 2026-06-30) is still on the team
    const dayBefore = (await api.ok<{ reserveCompliance: ComplianceRow[] }>(COMPLIANCE, { d: '2026-06-29' }, world.admin)).reserveCompliance.find((r) => r.unit.id === d)!;
    expect(dayBefore).toMatchObject({ teamSize: 4, aged45OrUnder: 3, aged35OrUnder: 2, femaleReserves: 0, missing: ['缺女后备干部1名(现有0名，应不少于1名)'] });

    // the reserve counts from the day she entered the pool, not before
    const onEntry = (await api.ok<{ reserveCompliance: ComplianceRow[] }>(COMPLIANCE, { d: '2026-04-10' }, world.admin)).reserveCompliance.find((r) => r.unit.id === c)!;
    expect(onEntry.femaleReserves).toBe(1);
    const beforeEntry = (await api.ok<{ reserveCompliance: ComplianceRow[] }>(COMPLIANCE, { d: '2026-04-09' }, world.admin)).reserveCompliance.find((r) => r.unit.id === c)!;
    expect(beforeEntry).toMatchObject({ compliant: false, femaleReserves: 0, missing: ['缺女后备干部1名(现有0名，应不少于1名)'] });
  });

  it('RES-4 ROLE-3 a unit user sees only its own unit’s compliance row; the analyst sees every unit', async () => {
    const mine = (await api.ok<{ reserveCompliance: ComplianceRow[] }>(COMPLIANCE, { d: '2026-06-30' }, world.a.token)).reserveCompliance;
    expect(mine.map((r) => r.unit.id)).toEqual([world.a.unitId]);
    const all = (await api.ok<{ reserveCompliance: ComplianceRow[] }>(COMPLIANCE, { d: '2026-06-30' }, world.admin)).reserveCompliance;
    const analyst = (await api.ok<{ reserveCompliance: ComplianceRow[] }>(COMPLIANCE, { d: '2026-06-30' }, world.analyst)).reserveCompliance;
    expect(analyst).toEqual(all);
    expect(analyst.map((r) => r.unit.id)).toEqual(expect.arrayContaining([world.a.unitId, world.b.unitId]));
    expect(mine[0]).toEqual(all.find((r) => r.unit.id === world.a.unitId));
  });

  // ---------------------------------------------------------------- RES-1 一职一备

  it('RES-1 successionGaps lists the posts without an active pair and drops a post once it is paired', async () => {
    const unitId = await newUnit();
    const secretary = await createPost(api, world.admin, unitId, 'PARTY_SECRETARY');
    const director = await createPost(api, world.admin, unitId, 'DIRECTOR');
    const gaps = async (asOf?: string) => (await api.ok<{ successionGaps: { id: string; unitId: string }[] }>(GAPS, { u: unitId, d: asOf }, world.admin)).successionGaps.map((p) => p.id).sort();
    expect(await gaps()).toEqual([secretary, director].sort());

    const reserve = await candidateAt(api, world.admin, unitId, 'IN_POOL');
    const { createSuccessionPair } = await api.ok<{ createSuccessionPair: { id: string; postId: string; reserveCandidateId: string; pairedOn: string; releasedOn: string | null } }>(PAIR, { p: secretary, r: reserve.id, d: '2026-05-01' }, world.admin);
    expect(createSuccessionPair).toMatchObject({ postId: secretary, reserveCandidateId: reserve.id, pairedOn: '2026-05-01', releasedOn: null });
    expect(await gaps()).toEqual([director]);
    // from the day it was paired, not before
    expect(await gaps('2026-05-01')).toEqual([director]);
    expect(await gaps('2026-04-30')).toEqual([secretary, director].sort());

    const { Post } = await api.ok<{ Post: { reserve: { id: string } | null } }>('query($id: ID!) { Post(id: $id) { reserve { id } } }', { id: secretary }, world.admin);
    expect(Post.reserve).toEqual({ id: reserve.id });
  });

  it('RES-1 pairing refuses a reserve not in the pool, a post already paired, a reserve already pairing, another unit’s candidate and a unit user; nothing is paired', async () => {
    const unitId = await newUnit();
    const post1 = await createPost(api, world.admin, unitId, 'DIRECTOR');
    const post2 = await createPost(api, world.admin, unitId, 'DEPUTY_DIRECTOR');
    const pairs = () => countOf(api, world.admin, 'SuccessionPairs', { unitId });

    const notYet = await candidateAt(api, world.admin, unitId, 'COMMITTEE_APPROVED');
    const notInPool = await api.gql(PAIR, { p: post1, r: notYet.id }, world.admin);
    expect(codeOf(notInPool)).toBe('CONFLICT');
    expect(await pairs()).toBe(0);

    const first = await candidateAt(api, world.admin, unitId, 'IN_POOL');
    const second = await candidateAt(api, world.admin, unitId, 'IN_POOL');
    await api.ok(PAIR, { p: post1, r: first.id, d: '2026-05-01' }, world.admin);
    expect(await pairs()).toBe(1);

    const postTwice = await api.gql(PAIR, { p: post1, r: second.id, d: '2026-05-02' }, world.admin);
    expect(codeOf(postTwice)).toBe('CONFLICT');
    const reserveTwice = await api.gql(PAIR, { p: post2, r: first.id, d: '2026-05-02' }, world.admin);
    expect(codeOf(reserveTwice)).toBe('CONFLICT');

    const foreign = await candidateAt(api, world.admin, world.b.unitId, 'IN_POOL');
    const otherUnit = await api.gql(PAIR, { p: post2, r: foreign.id, d: '2026-05-02' }, world.admin);
    expect(codeOf(otherUnit)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(otherUnit)).toEqual(['reserveCandidateId']);

    // ROLE-3 pairs are the subdistrict's decision, even in the unit's own posts
    const ownPost = await createPost(api, world.admin, world.a.unitId, 'DIRECTOR');
    const ownReserve = await candidateAt(api, world.admin, world.a.unitId, 'IN_POOL');
    const byUnit = await api.gql(PAIR, { p: ownPost, r: ownReserve.id, d: '2026-05-02' }, world.a.token);
    expect(codeOf(byUnit)).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(PAIR, { p: ownPost, r: ownReserve.id, d: '2026-05-02' }, world.analyst))).toBe('FORBIDDEN');

    expect(await pairs()).toBe(1);
    expect(await countOf(api, world.admin, 'SuccessionPairs', { unitId: world.a.unitId })).toBe(0);
    const gaps = (await api.ok<{ successionGaps: { id: string }[] }>(GAPS, { u: unitId }, world.admin)).successionGaps.map((p) => p.id);
    expect(gaps).toEqual([post2]);
  });

  // ---------------------------------------------------------------- RES-5 development

  it('RES-5 the unit records development assignments of its own reserve; developmentGaps follows exposure and independent responsibility', async () => {
    const { a } = world;
    const { id } = await candidateAt(api, world.admin, a.unitId, 'IN_POOL');
    const gapsOf = async () => (await api.ok<{ ReserveCandidate: { developmentGaps: string[] } }>('query($id: ID!) { ReserveCandidate(id: $id) { developmentGaps } }', { id }, a.token)).ReserveCandidate.developmentGaps;
    const ASSIGN = 'mutation($r: ID!, $k: AssignmentKind!, $t: String!) { createReserveAssignment(reserveCandidateId: $r, kind: $k, title: $t, startDate: "2026-05-01") { id unitId reserveCandidateId kind title startDate } }';
    expect(await gapsOf()).toEqual(['NO_EXPOSURE', 'NO_INDEPENDENT_RESPONSIBILITY']);

    const { createReserveAssignment } = await api.ok<{ createReserveAssignment: Record<string, unknown> }>(ASSIGN, { r: id, k: 'EXPOSURE', t: '轮岗熟悉村务' }, a.token);
    expect(createReserveAssignment).toMatchObject({ unitId: a.unitId, reserveCandidateId: id, kind: 'EXPOSURE', title: '轮岗熟悉村务', startDate: '2026-05-01' });
    expect(await gapsOf()).toEqual(['NO_INDEPENDENT_RESPONSIBILITY']);

    await api.ok(ASSIGN, { r: id, k: 'INDEPENDENT_RESPONSIBILITY', t: '负责村集体经济合作社' }, a.token);
    expect(await gapsOf()).toEqual([]);

    // another unit cannot record one for it
    const foreign = await api.gql(ASSIGN, { r: id, k: 'EXPOSURE', t: '越权' }, world.b.token);
    expect(codeOf(foreign)).toBe('BAD_USER_INPUT');
    expect(await countOf(api, world.admin, 'ReserveAssignments', { reserveCandidateId: id })).toBe(2);
  });

  it('RES-5 a college-graduate village official needs more than one independent responsibility (COLLEGE_GRADUATE_NEEDS_MORE)', async () => {
    const { a } = world;
    const { id, cadreId } = await candidateAt(api, world.admin, a.unitId, 'IN_POOL');
    const { updateCadre } = await api.ok<{ updateCadre: { isCollegeGraduateOfficial: boolean } }>('mutation($id: ID!) { updateCadre(id: $id, isCollegeGraduateOfficial: true) { isCollegeGraduateOfficial } }', { id: cadreId }, a.token);
    expect(updateCadre.isCollegeGraduateOfficial).toBe(true);
    const ASSIGN = 'mutation($r: ID!, $k: AssignmentKind!) { createReserveAssignment(reserveCandidateId: $r, kind: $k, title: "培养锻炼", startDate: "2026-05-01") { id } }';
    const gapsOf = async () => (await api.ok<{ ReserveCandidate: { developmentGaps: string[] } }>('query($id: ID!) { ReserveCandidate(id: $id) { developmentGaps } }', { id }, a.token)).ReserveCandidate.developmentGaps;

    await api.ok(ASSIGN, { r: id, k: 'EXPOSURE' }, a.token);
    await api.ok(ASSIGN, { r: id, k: 'INDEPENDENT_RESPONSIBILITY' }, a.token);
    expect(await gapsOf()).toEqual(['COLLEGE_GRADUATE_NEEDS_MORE']);
    await api.ok(ASSIGN, { r: id, k: 'INDEPENDENT_RESPONSIBILITY' }, a.token);
    expect(await gapsOf()).toEqual([]);
  });
});
