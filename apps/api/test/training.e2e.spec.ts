import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, codeOf, TestApi } from './support/api';
import { buildWorld, createAppointment, createCadre, createPost, type World } from './support/fixture';
import { countOf, fieldsOf } from './support/helpers';
import { participation, trainingSession } from './support/workflows';

/** TRN-1 training sessions and attendance, TRN-2 hours and untrained cadres, end to end through the API. */

const SESSION = `mutation($t: String!, $k: TrainingKind!, $s: Date!, $e: Date, $h: Float!, $p: String) {
  createTrainingSession(title: $t, kind: $k, startDate: $s, endDate: $e, hours: $h, place: $p) { id title kind startDate endDate hours place }
}`;
const PARTICIPATION_FIELDS = 'id unitId sessionId cadreId attended hours confirmedBy version';
const UPDATE = `mutation($id: ID!, $a: Boolean, $h: Float) { updateTrainingParticipation(id: $id, attended: $a, hours: $h) { ${PARTICIPATION_FIELDS} } }`;
const HOURS = 'query($y: Int!, $u: ID) { trainingHours(year: $y, unitId: $u) { hours sessions cadre { id unitId } } }';
const UNTRAINED = 'query($y: Int!, $u: ID) { untrainedCadres(year: $y, unitId: $u) { id unitId } }';

interface Participation {
  id: string;
  unitId: string;
  sessionId: string;
  cadreId: string;
  attended: boolean | null;
  hours: number | null;
  confirmedBy: string | null;
  version: number;
}

interface HoursRow {
  hours: number;
  sessions: number;
  cadre: { id: string; unitId: string };
}

describe.each(backends)('TRN training (%s)', (backend) => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
  });
  afterAll(() => api?.close());

  async function participationRow(id: string): Promise<Participation> {
    return (await api.ok<{ TrainingParticipation: Participation }>(`query($id: ID!) { TrainingParticipation(id: $id) { ${PARTICIPATION_FIELDS} } }`, { id }, world.admin)).TrainingParticipation;
  }

  /** A cadre on the unit's team (holding a fresh post since 2021). */
  async function teamMember(unitId: string): Promise<string> {
    const cadre = await createCadre(api, world.admin, unitId);
    await createAppointment(api, world.admin, cadre.id, await createPost(api, world.admin, unitId), '2021-03-20');
    return cadre.id;
  }

  async function hoursRows(year: number, token: string, unitId?: string): Promise<HoursRow[]> {
    return (await api.ok<{ trainingHours: HoursRow[] }>(HOURS, { y: year, u: unitId }, token)).trainingHours;
  }

  async function untrained(year: number, token: string, unitId?: string): Promise<string[]> {
    return (await api.ok<{ untrainedCadres: { id: string }[] }>(UNTRAINED, { y: year, u: unitId }, token)).untrainedCadres.map((c) => c.id);
  }

  // ---------------------------------------------------------------- TRN-1

  it('TRN-1 the admin creates a session; hours must be positive and the end may not precede the start', async () => {
    const before = await countOf(api, world.admin, 'TrainingSessions');
    const base = { t: '乡村振兴专题培训', k: 'TRAINING', s: '2026-07-01', h: 12, p: '县委党校' };

    for (const h of [0, -2]) {
      const result = await api.gql(SESSION, { ...base, h }, world.admin);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(['hours']);
    }
    const backwards = await api.gql(SESSION, { ...base, e: '2026-06-30' }, world.admin);
    expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(backwards)).toEqual(['endDate']);
    expect(await countOf(api, world.admin, 'TrainingSessions')).toBe(before);

    const { createTrainingSession: oneDay } = await api.ok<{ createTrainingSession: Record<string, unknown> }>(SESSION, base, world.admin);
    expect(oneDay).toMatchObject({ title: '乡村振兴专题培训', kind: 'TRAINING', startDate: '2026-07-01', endDate: '2026-07-01', hours: 12, place: '县委党校' });
    const { createTrainingSession: trip } = await api.ok<{ createTrainingSession: Record<string, unknown> }>(SESSION, { ...base, t: '浙江外出考察', k: 'STUDY_TRIP', e: '2026-07-04', h: 24 }, world.admin);
    expect(trip).toMatchObject({ kind: 'STUDY_TRIP', startDate: '2026-07-01', endDate: '2026-07-04', hours: 24 });
    expect(await countOf(api, world.admin, 'TrainingSessions')).toBe(before + 2);

    // ROLE-1 only the subdistrict organises sessions
    for (const token of [world.a.token, world.analyst]) expect(codeOf(await api.gql(SESSION, base, token))).toBe('FORBIDDEN');
    expect(await countOf(api, world.admin, 'TrainingSessions')).toBe(before + 2);
  });

  it('TRN-1 a place or organiser longer than its column is BAD_USER_INPUT on every backend', async () => {
    const before = await countOf(api, world.admin, 'TrainingSessions');
    const LONG = 'mutation($p: String, $o: String) { createTrainingSession(title: "培训", kind: TRAINING, startDate: "2026-08-01", hours: 4, place: $p, organiser: $o) { id place organiser } }';
    const place = await api.gql(LONG, { p: '地'.repeat(201) }, world.admin);
    expect(codeOf(place)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(place)).toEqual(['place']);
    const organiser = await api.gql(LONG, { o: '办'.repeat(101) }, world.admin);
    expect(codeOf(organiser)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(organiser)).toEqual(['organiser']);
    expect(await countOf(api, world.admin, 'TrainingSessions')).toBe(before);
    const { createTrainingSession } = await api.ok<{ createTrainingSession: { place: string; organiser: string } }>(LONG, { p: '地'.repeat(200), o: '办'.repeat(100) }, world.admin);
    expect(createTrainingSession).toMatchObject({ place: '地'.repeat(200), organiser: '办'.repeat(100) });
  });

  it('TRN-1 the admin enrols cadres of two units; each unit confirms its own cadres’ attendance only, and cannot enrol', async () => {
    const { a, b } = world;
    const sessionId = await trainingSession(api, world.admin, '2026-06-01', 8);
    const pa = await participation(api, world.admin, sessionId, a.cadreId);
    const pb = await participation(api, world.admin, sessionId, b.cadreId);
    expect(await participationRow(pa)).toMatchObject({ unitId: a.unitId, sessionId, cadreId: a.cadreId, attended: null, hours: null, confirmedBy: null });
    expect(await participationRow(pb)).toMatchObject({ unitId: b.unitId, sessionId, cadreId: b.cadreId, attended: null, confirmedBy: null });

    const { updateTrainingParticipation } = await api.ok<{ updateTrainingParticipation: Participation }>(UPDATE, { id: pa, a: true }, a.token);
    expect(updateTrainingParticipation).toMatchObject({ id: pa, attended: true, confirmedBy: a.username });

    // another unit's participation is not there for it
    const beforeB = await participationRow(pb);
    const foreign = await api.gql(UPDATE, { id: pb, a: true }, a.token);
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    expect(await participationRow(pb)).toEqual(beforeB);
    const { TrainingParticipation: hidden } = await api.ok<{ TrainingParticipation: unknown }>('query($id: ID!) { TrainingParticipation(id: $id) { id } }', { id: pb }, a.token);
    expect(hidden).toBeNull();

    // enrolment is the subdistrict's, even of the unit's own cadres
    const ENROL = 'mutation($s: ID!, $c: ID!) { createTrainingParticipation(sessionId: $s, cadreId: $c, attended: true) { id } }';
    const own = await createCadre(api, world.admin, a.unitId);
    const before = await countOf(api, world.admin, 'TrainingParticipations', { sessionId });
    expect(codeOf(await api.gql(ENROL, { s: sessionId, c: own.id }, a.token))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(ENROL, { s: sessionId, c: own.id }, world.analyst))).toBe('FORBIDDEN');
    expect(await countOf(api, world.admin, 'TrainingParticipations', { sessionId })).toBe(before);
    // a cadre is enrolled in a session once
    expect(codeOf(await api.gql(ENROL, { s: sessionId, c: a.cadreId }, world.admin))).toBe('CONFLICT');
    expect(await countOf(api, world.admin, 'TrainingParticipations', { sessionId })).toBe(before);
    expect(await participationRow(pa)).toMatchObject({ attended: true, confirmedBy: a.username });

    // b confirms its own cadre did not attend
    const { updateTrainingParticipation: absent } = await api.ok<{ updateTrainingParticipation: Participation }>(UPDATE, { id: pb, a: false }, b.token);
    expect(absent).toMatchObject({ attended: false, confirmedBy: b.username });
    // the admin may set it back to unconfirmed
    const { updateTrainingParticipation: reset } = await api.ok<{ updateTrainingParticipation: Participation }>(UPDATE, { id: pb, a: null }, world.admin);
    expect(reset).toMatchObject({ attended: null, confirmedBy: null });
  });

  it('TRN-1 credited hours may not exceed the session’s hours (BAD_USER_INPUT, unchanged)', async () => {
    const { a } = world;
    const sessionId = await trainingSession(api, world.admin, '2026-05-10', 6);
    const cadreId = await teamMember(a.unitId);
    const id = await participation(api, world.admin, sessionId, cadreId);
    const before = await participationRow(id);

    const tooMany = await api.gql(UPDATE, { id, a: true, h: 6.5 }, a.token);
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(tooMany)).toEqual(['hours']);
    const negative = await api.gql(UPDATE, { id, a: true, h: -1 }, a.token);
    expect(codeOf(negative)).toBe('BAD_USER_INPUT');
    expect(await participationRow(id)).toEqual(before);

    const enrolTooMany = await api.gql('mutation($s: ID!, $c: ID!) { createTrainingParticipation(sessionId: $s, cadreId: $c, hours: 7) { id } }', { s: sessionId, c: await teamMember(a.unitId) }, world.admin);
    expect(codeOf(enrolTooMany)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(enrolTooMany)).toEqual(['hours']);
    expect(await countOf(api, world.admin, 'TrainingParticipations', { sessionId })).toBe(1);

    const { updateTrainingParticipation } = await api.ok<{ updateTrainingParticipation: Participation }>(UPDATE, { id, a: true, h: 6 }, a.token);
    expect(updateTrainingParticipation).toMatchObject({ attended: true, hours: 6, confirmedBy: a.username });
  });

  // ---------------------------------------------------------------- TRN-2

  it('TRN-2 trainingHours sums the confirmed attended hours per cadre in the year; unconfirmed, absent and other years do not count', async () => {
    const unitId = (await api.ok<{ createUnit: { id: string } }>('mutation { createUnit(name: "培训村", kind: VILLAGE, code: "trn1") { id } }', {}, world.admin)).createUnit.id;
    const keen = await teamMember(unitId);
    const unconfirmed = await teamMember(unitId);
    const absent = await teamMember(unitId);
    const lastYear = await teamMember(unitId);

    const s1 = await trainingSession(api, world.admin, '2026-03-01', 8);
    const s2 = await trainingSession(api, world.admin, '2026-09-15', 6);
    const s2025 = await trainingSession(api, world.admin, '2025-12-31', 10);
    const s2027 = await trainingSession(api, world.admin, '2027-01-01', 10);

    await participation(api, world.admin, s1, keen, true); // 8 h
    const partial = await participation(api, world.admin, s2, keen, true);
    await api.ok(UPDATE, { id: partial, h: 4.5 }, world.admin); // 4.5 h of 6 credited
    await participation(api, world.admin, s1, unconfirmed); // not confirmed
    await participation(api, world.admin, s1, absent, false); // did not attend
    await participation(api, world.admin, s2025, lastYear, true); // 2025
    await participation(api, world.admin, s2027, lastYear, true); // 2027

    expect(await hoursRows(2026, world.admin, unitId)).toEqual([{ hours: 12.5, sessions: 2, cadre: { id: keen, unitId } }]);
    expect(await hoursRows(2025, world.admin, unitId)).toEqual([{ hours: 10, sessions: 1, cadre: { id: lastYear, unitId } }]);
    expect(await hoursRows(2027, world.admin, unitId)).toEqual([{ hours: 10, sessions: 1, cadre: { id: lastYear, unitId } }]);

    // TRN-2 the team members with no attended training in 2026
    expect((await untrained(2026, world.admin, unitId)).sort()).toEqual([unconfirmed, absent, lastYear].sort());
    // confirming attendance takes a cadre off the list and adds their hours
    const { allTrainingParticipations } = await api.ok<{ allTrainingParticipations: { id: string }[] }>('query($c: ID!) { allTrainingParticipations(filter: { cadreId: $c }) { id } }', { c: unconfirmed }, world.admin);
    await api.ok(UPDATE, { id: allTrainingParticipations[0]!.id, a: true }, world.admin);
    expect((await untrained(2026, world.admin, unitId)).sort()).toEqual([absent, lastYear].sort());
    const rows = await hoursRows(2026, world.admin, unitId);
    expect(rows.map((r) => [r.cadre.id, r.hours, r.sessions]).sort()).toEqual(
      [
        [keen, 12.5, 2],
        [unconfirmed, 8, 1],
      ].sort(),
    );
  });

  it('TRN-2 untrainedCadres covers the team during the year only: a cadre who left before the year or is no team member is not listed', async () => {
    const unitId = (await api.ok<{ createUnit: { id: string } }>('mutation { createUnit(name: "培训社区", kind: COMMUNITY, code: "trn2") { id } }', {}, world.admin)).createUnit.id;
    const member = await teamMember(unitId);
    const left = await createCadre(api, world.admin, unitId);
    await createAppointment(api, world.admin, left.id, await createPost(api, world.admin, unitId), '2020-01-01', '2025-12-31');
    const leftDuringYear = await createCadre(api, world.admin, unitId);
    await createAppointment(api, world.admin, leftDuringYear.id, await createPost(api, world.admin, unitId), '2020-01-01', '2026-03-01');
    const noPost = await createCadre(api, world.admin, unitId);
    const listed = await untrained(2026, world.admin, unitId);
    expect(listed.sort()).toEqual([member, leftDuringYear.id].sort());
    expect(listed).not.toContain(left.id);
    expect(listed).not.toContain(noPost.id);
  });

  it('TRN-2 ROLE-3 a unit user sees only its own unit’s rows; the analyst sees every unit', async () => {
    const { a, b } = world;
    const sessionId = await trainingSession(api, world.admin, '2026-10-10', 3);
    const ca = await teamMember(a.unitId);
    const cb = await teamMember(b.unitId);
    await participation(api, world.admin, sessionId, ca, true);
    await participation(api, world.admin, sessionId, cb, true);

    const own = await hoursRows(2026, a.token);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r) => r.cadre.unitId === a.unitId)).toBe(true);
    expect(own.map((r) => r.cadre.id)).toContain(ca);
    // asking for another unit by id gives nothing
    expect(await hoursRows(2026, a.token, b.unitId)).toEqual([]);
    expect(await untrained(2026, a.token, b.unitId)).toEqual([]);

    const ownUntrained = (await api.ok<{ untrainedCadres: { id: string; unitId: string }[] }>(UNTRAINED, { y: 2026 }, a.token)).untrainedCadres;
    expect(ownUntrained.every((c) => c.unitId === a.unitId)).toBe(true);
    const allUntrained = (await api.ok<{ untrainedCadres: { id: string; unitId: string }[] }>(UNTRAINED, { y: 2026 }, world.analyst)).untrainedCadres;
    expect(allUntrained.filter((c) => c.unitId === a.unitId)).toEqual(ownUntrained);

    const all = await hoursRows(2026, world.analyst);
    expect(all.map((r) => r.cadre.id)).toEqual(expect.arrayContaining([ca, cb]));
    expect(all.filter((r) => r.cadre.unitId === a.unitId)).toEqual(own);
    expect(await hoursRows(2026, world.admin)).toEqual(all);
  });
});
