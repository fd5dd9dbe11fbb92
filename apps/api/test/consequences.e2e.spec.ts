import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, codeOf, TestApi, TODAY } from './support/api';
import { buildWorld, createAppointment, createCadre, createPost, type World } from './support/fixture';
import { fieldsOf } from './support/helpers';
import { catalogue, score } from './support/matrix-assessment';

/**
 * MGT-2 the consequences of the thousand-point assessment (admonishment talk, removal), MGT-3 a
 * confirmed removal carried out as an exit and MGT-4 the warnings they give, end to end through
 * the API. The server's clock is fixed at 2026-11-25: every year is published on that date, so the
 * main leader (the subject) is the holder of the unit's Party secretary post on 2026-11-25.
 * "800分以下" includes 800 (以下 includes the number).
 */

type Kind = 'VILLAGE' | 'COMMUNITY';

interface UnitRef {
  unitId: string;
  name: string;
  postId: string;
  secretaryId: string;
  appointmentId: string;
}

interface ConsequenceRow {
  id: string;
  year: number;
  unit: { id: string };
  unitId: string;
  kind: string;
  status: string;
  subject: { id: string } | null;
  subjectName: string | null;
  evidence: { year: number; kind: string; rank: number; total: number }[];
  streakYears: number;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  exitRecordId: string | null;
  version: number;
}

interface AppointmentRow {
  id: string;
  startDate: string;
  endDate: string | null;
  endedByExitId: string | null;
}

const FIELDS = 'id year unit { id } unitId kind status subject { id } subjectName evidence { year kind rank total } streakYears decidedBy decidedAt reason exitRecordId version';
const CONSEQUENCES = `query($y: Int!) { assessmentConsequences(year: $y) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { Consequence(id: $id) { ${FIELDS} } }`;
const CONFIRM = `mutation($id: ID!) { confirmConsequence(id: $id) { ${FIELDS} } }`;
const DISMISS = `mutation($id: ID!, $r: String!) { dismissConsequence(id: $id, reason: $r) { ${FIELDS} } }`;
const PUBLISH = 'mutation($y: Int!) { publishAssessmentYear(year: $y) }';
const WARNINGS = 'query($u: ID) { cadreWarnings(unitId: $u) { cadre { id } kind since detail } }';
const APPOINTMENT = 'query($id: ID!) { Appointment(id: $id) { id startDate endDate endedByExitId } }';

/** The comparable part of a consequence: what was proposed, for whom, on what evidence. */
const proposalOf = (c: ConsequenceRow) => ({ year: c.year, unitId: c.unit.id, kind: c.kind, status: c.status, subjectId: c.subject?.id ?? null, evidence: c.evidence, streakYears: c.streakYears });

describe.each(backends)('MGT-2 assessment consequences, MGT-3 removal, MGT-4 warnings (%s)', (backend) => {
  let api: TestApi;
  let world: World;
  let admin: string;
  let unitSeq = 0;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
    admin = world.admin;
  });
  afterAll(() => api?.close());

  /** A new unit with its Party secretary (post + cadre + appointment since 2021-03-20). */
  async function newUnit(kind: Kind = 'VILLAGE'): Promise<UnitRef> {
    unitSeq += 1;
    const name = `${kind === 'VILLAGE' ? '后果村' : '后果社区'}${unitSeq}`;
    const { createUnit } = await api.ok<{ createUnit: { id: string } }>('mutation($n: String!, $k: UnitKind!, $c: String!) { createUnit(name: $n, kind: $k, code: $c) { id } }', { n: name, k: kind, c: `mgt${unitSeq}` }, admin);
    const postId = await createPost(api, admin, createUnit.id, 'PARTY_SECRETARY');
    const cadre = await createCadre(api, admin, createUnit.id);
    const appointmentId = await createAppointment(api, admin, cadre.id, postId);
    return { unitId: createUnit.id, name, postId, secretaryId: cadre.id, appointmentId };
  }

  /** Publishes a year in which each unit has the given total (a catalogue of 600 + 400 points). */
  async function publishYear(year: number, totals: [UnitRef | { unitId: string }, number][]): Promise<void> {
    const ids = await catalogue(api, admin, year);
    for (const [unit, total] of totals) {
      const first = Math.min(600, total);
      await score(api, admin, unit.unitId, year, ids, [first, total - first]);
    }
    expect(await api.gql(PUBLISH, { y: year }, admin)).toEqual({ data: { publishAssessmentYear: true } });
  }

  async function consequences(year: number, token = admin): Promise<ConsequenceRow[]> {
    return (await api.ok<{ assessmentConsequences: ConsequenceRow[] }>(CONSEQUENCES, { y: year }, token)).assessmentConsequences;
  }

  async function consequence(id: string, token = admin): Promise<ConsequenceRow | null> {
    return (await api.ok<{ Consequence: ConsequenceRow | null }>(ONE, { id }, token)).Consequence;
  }

  async function appointment(id: string): Promise<AppointmentRow> {
    return (await api.ok<{ Appointment: AppointmentRow }>(APPOINTMENT, { id }, admin)).Appointment;
  }

  async function warnings(unitId: string): Promise<{ cadre: { id: string }; kind: string; since: string; detail: string }[]> {
    return (await api.ok<{ cadreWarnings: { cadre: { id: string }; kind: string; since: string; detail: string }[] }>(WARNINGS, { u: unitId }, admin)).cadreWarnings;
  }

  const sortByUnit = (rows: ReturnType<typeof proposalOf>[]) => [...rows].sort((a, b) => a.unitId.localeCompare(b.unitId) || a.kind.localeCompare(b.kind));

  // ---- one year

  it('MGT-2 a village last with exactly 800 gets an admonishment talk proposed for its secretary, with that year as evidence', async () => {
    const [top, last] = [await newUnit(), await newUnit()];
    await publishYear(2001, [
      [top, 900],
      [last, 800],
    ]);
    const rows = await consequences(2001);
    expect(rows).toEqual([
      {
        id: expect.any(String),
        year: 2001,
        unit: { id: last.unitId },
        unitId: last.unitId,
        kind: 'ADMONISHMENT_TALK',
        status: 'PROPOSED',
        subject: { id: last.secretaryId },
        subjectName: expect.any(String),
        evidence: [{ year: 2001, kind: 'VILLAGE', rank: 2, total: 800 }],
        streakYears: 1,
        decidedBy: null,
        decidedAt: null,
        reason: null,
        exitRecordId: null,
        version: expect.any(Number),
      },
    ]);
  });

  it('MGT-2 a village last with 800.5 (above 800) gets nothing', async () => {
    const [top, last] = [await newUnit(), await newUnit()];
    await publishYear(2002, [
      [top, 900],
      [last, 800.5],
    ]);
    expect(await consequences(2002)).toEqual([]);
  });

  it('MGT-2 two villages tied for last with 800 or less are both proposed', async () => {
    const [top, last1, last2] = [await newUnit(), await newUnit(), await newUnit()];
    await publishYear(2003, [
      [top, 900],
      [last1, 790.5],
      [last2, 790.5],
    ]);
    expect(sortByUnit((await consequences(2003)).map(proposalOf))).toEqual(
      sortByUnit(
        [last1, last2].map((u) => ({ year: 2003, unitId: u.unitId, kind: 'ADMONISHMENT_TALK', status: 'PROPOSED', subjectId: u.secretaryId, evidence: [{ year: 2003, kind: 'VILLAGE', rank: 2, total: 790.5 }], streakYears: 1 })),
      ),
    );
  });

  it('MGT-2 a community last does not count for villages: villages and communities are judged in their own kind', async () => {
    const [v1, v2] = [await newUnit(), await newUnit()];
    const [c1, c2] = [await newUnit('COMMUNITY'), await newUnit('COMMUNITY')];
    // the community c2 has the lowest total of all, but the last village v2 scored above 800
    await publishYear(2004, [
      [v1, 900],
      [v2, 850],
      [c1, 950],
      [c2, 700],
    ]);
    expect((await consequences(2004)).map(proposalOf)).toEqual([
      { year: 2004, unitId: c2.unitId, kind: 'ADMONISHMENT_TALK', status: 'PROPOSED', subjectId: c2.secretaryId, evidence: [{ year: 2004, kind: 'COMMUNITY', rank: 2, total: 700 }], streakYears: 1 },
    ]);
  });

  // ---- streaks that are broken

  it('MGT-2 a streak broken by a year above 800 gives no removal in the third year', async () => {
    const [top, b] = [await newUnit(), await newUnit()];
    await publishYear(2005, [
      [top, 900],
      [b, 790],
    ]);
    await publishYear(2006, [
      [top, 900],
      [b, 800.5],
    ]);
    await publishYear(2007, [
      [top, 900],
      [b, 790],
    ]);
    expect((await consequences(2005)).map((c) => c.kind)).toEqual(['ADMONISHMENT_TALK']);
    expect(await consequences(2006)).toEqual([]);
    expect((await consequences(2007)).map(proposalOf)).toEqual([
      { year: 2007, unitId: b.unitId, kind: 'ADMONISHMENT_TALK', status: 'PROPOSED', subjectId: b.secretaryId, evidence: [{ year: 2007, kind: 'VILLAGE', rank: 2, total: 790 }], streakYears: 1 },
    ]);
  });

  it('MGT-2 a streak broken by a year that was not published gives no removal', async () => {
    const [top, b] = [await newUnit(), await newUnit()];
    await publishYear(2008, [
      [top, 900],
      [b, 700],
    ]);
    // 2009 is scored but stays a draft: it changes nothing (ASM-5)
    const ids = await catalogue(api, admin, 2009);
    await score(api, admin, top.unitId, 2009, ids, [600, 300]);
    await score(api, admin, b.unitId, 2009, ids, [500, 200]);
    await publishYear(2010, [
      [top, 900],
      [b, 700],
    ]);
    expect(await consequences(2009)).toEqual([]);
    expect((await consequences(2010)).map((c) => [c.kind, c.streakYears])).toEqual([['ADMONISHMENT_TALK', 1]]);
  });

  it('MGT-2 a streak broken by a year not last gives no removal, and a new streak needs three new years', async () => {
    const [top, b, other] = [await newUnit(), await newUnit(), await newUnit()];
    await publishYear(2011, [
      [top, 900],
      [b, 700],
    ]);
    await publishYear(2012, [
      [top, 900],
      [b, 700],
    ]);
    await publishYear(2013, [
      [top, 900],
      [b, 750],
      [other, 700],
    ]);
    await publishYear(2014, [
      [top, 900],
      [b, 700],
    ]);
    await publishYear(2015, [
      [top, 900],
      [b, 700],
    ]);
    const kindsOf = async (year: number) => (await consequences(year)).filter((c) => c.unit.id === b.unitId).map((c) => [c.kind, c.streakYears]);
    expect(await kindsOf(2011)).toEqual([['ADMONISHMENT_TALK', 1]]);
    expect(await kindsOf(2012)).toEqual([['ADMONISHMENT_TALK', 2]]);
    expect(await kindsOf(2013)).toEqual([]);
    expect((await consequences(2013)).map((c) => c.unit.id)).toEqual([other.unitId]);
    expect(await kindsOf(2014)).toEqual([['ADMONISHMENT_TALK', 1]]);
    expect(await kindsOf(2015)).toEqual([['ADMONISHMENT_TALK', 2]]);

    await publishYear(2016, [
      [top, 900],
      [b, 700],
    ]);
    const rows = (await consequences(2016)).map(proposalOf);
    const evidence = (year: number) => ({ year, kind: 'VILLAGE', rank: 2, total: 700 });
    expect(sortByUnit(rows)).toEqual([
      { year: 2016, unitId: b.unitId, kind: 'ADMONISHMENT_TALK', status: 'PROPOSED', subjectId: b.secretaryId, evidence: [evidence(2016)], streakYears: 3 },
      { year: 2016, unitId: b.unitId, kind: 'REMOVAL', status: 'PROPOSED', subjectId: b.secretaryId, evidence: [evidence(2014), evidence(2015), evidence(2016)], streakYears: 3 },
    ]);
  });

  it('MGT-2 a streak broken by a published year in which the unit was not assessed gives no removal', async () => {
    const [top, b, other] = [await newUnit(), await newUnit(), await newUnit()];
    await publishYear(2017, [
      [top, 900],
      [b, 700],
    ]);
    await publishYear(2018, [
      [top, 900],
      [other, 850],
    ]);
    await publishYear(2019, [
      [top, 900],
      [b, 700],
    ]);
    await publishYear(2020, [
      [top, 900],
      [b, 700],
    ]);
    expect(await consequences(2018)).toEqual([]);
    expect((await consequences(2019)).map((c) => [c.unit.id, c.kind, c.streakYears])).toEqual([[b.unitId, 'ADMONISHMENT_TALK', 1]]);
    expect((await consequences(2020)).map((c) => [c.unit.id, c.kind, c.streakYears])).toEqual([[b.unitId, 'ADMONISHMENT_TALK', 2]]);
  });

  // ---- a history 2021–2025: two villages last three years in a row; decisions on the proposals

  describe('a published history 2021–2024', () => {
    let top: UnitRef;
    let r1: UnitRef;
    let r2: UnitRef;
    let community: UnitRef;
    let r1Successor: string;
    let r2Member: string;
    let r2Earlier: string;

    beforeAll(async () => {
      top = await newUnit();
      r1 = await newUnit();
      r2 = await newUnit();
      community = await newUnit('COMMUNITY');
      // r1's secretary changed in 2026: every proposal names the holder on the publishing date
      const former = await api.ok<{ updateAppointment: { id: string } }>('mutation($id: ID!) { updateAppointment(id: $id, endDate: "2026-03-31") { id } }', { id: r1.appointmentId }, admin);
      expect(former.updateAppointment.id).toBe(r1.appointmentId);
      r1Successor = (await createCadre(api, admin, r1.unitId)).id;
      await createAppointment(api, admin, r1Successor, r1.postId, '2026-04-01');
      // r2's secretary also sits on the committee, and held an earlier post that ended in 2020
      r2Member = await createAppointment(api, admin, r2.secretaryId, await createPost(api, admin, r2.unitId, 'COMMITTEE_MEMBER'), '2022-01-01');
      r2Earlier = await createAppointment(api, admin, r2.secretaryId, await createPost(api, admin, r2.unitId, 'ACCOUNTANT'), '2015-01-01', '2020-12-31');

      await publishYear(2021, [
        [top, 900],
        [r1, 790],
        [r2, 790],
        [world.b, 600],
      ]);
      // the community is far below the villages: it is last among communities only
      await publishYear(2022, [
        [top, 900],
        [r1, 780],
        [r2, 780],
        [community, 950],
        [world.b, 500],
      ]);
      await publishYear(2023, [
        [top, 900],
        [r1, 800],
        [r2, 800],
      ]);
      await publishYear(2024, [
        [top, 900],
        [r1, 850],
        [r2, 850],
        [world.a, 650],
        [community, 990],
        [world.b, 700],
      ]);
    });

    const villageEvidence = (year: number, total: number) => ({ year, kind: 'VILLAGE', rank: 2, total });

    it('MGT-2 last with 800 or less in three consecutive published years proposes a REMOVAL with three years of evidence, alongside the admonishment talk', async () => {
      const byYear = async (year: number) => sortByUnit((await consequences(year)).map(proposalOf));
      const talk = (u: UnitRef, subjectId: string, year: number, total: number, streak: number) => ({ year, unitId: u.unitId, kind: 'ADMONISHMENT_TALK', status: 'PROPOSED', subjectId, evidence: [villageEvidence(year, total)], streakYears: streak });

      expect(await byYear(2021)).toEqual(
        sortByUnit([
          talk(r1, r1Successor, 2021, 790, 1),
          talk(r2, r2.secretaryId, 2021, 790, 1),
          { year: 2021, unitId: world.b.unitId, kind: 'ADMONISHMENT_TALK', status: 'PROPOSED', subjectId: world.b.cadreId, evidence: [{ year: 2021, kind: 'COMMUNITY', rank: 1, total: 600 }], streakYears: 1 },
        ]),
      );
      expect(await byYear(2022)).toEqual(
        sortByUnit([
          talk(r1, r1Successor, 2022, 780, 2),
          talk(r2, r2.secretaryId, 2022, 780, 2),
          { year: 2022, unitId: world.b.unitId, kind: 'ADMONISHMENT_TALK', status: 'PROPOSED', subjectId: world.b.cadreId, evidence: [{ year: 2022, kind: 'COMMUNITY', rank: 2, total: 500 }], streakYears: 2 },
        ]),
      );
      const removal = (u: UnitRef, subjectId: string) => ({
        year: 2023,
        unitId: u.unitId,
        kind: 'REMOVAL',
        status: 'PROPOSED',
        subjectId,
        evidence: [villageEvidence(2021, 790), villageEvidence(2022, 780), villageEvidence(2023, 800)],
        streakYears: 3,
      });
      expect(await byYear(2023)).toEqual(sortByUnit([talk(r1, r1Successor, 2023, 800, 3), removal(r1, r1Successor), talk(r2, r2.secretaryId, 2023, 800, 3), removal(r2, r2.secretaryId)]));
      // 2024: neither is last any more; world.a (village) and world.b (community) are
      // (world.b was not assessed in 2023, so its 2024 streak starts again at 1)
      expect(await byYear(2024)).toEqual(
        sortByUnit([
          { year: 2024, unitId: world.a.unitId, kind: 'ADMONISHMENT_TALK', status: 'PROPOSED', subjectId: world.a.cadreId, evidence: [{ year: 2024, kind: 'VILLAGE', rank: 4, total: 650 }], streakYears: 1 },
          { year: 2024, unitId: world.b.unitId, kind: 'ADMONISHMENT_TALK', status: 'PROPOSED', subjectId: world.b.cadreId, evidence: [{ year: 2024, kind: 'COMMUNITY', rank: 2, total: 700 }], streakYears: 1 },
        ]),
      );
    });

    it('MGT-4 a proposed removal shows as REMOVAL_PROPOSED on its subject', async () => {
      const rows = await warnings(r1.unitId);
      expect(rows.filter((w) => w.kind === 'REMOVAL_PROPOSED').map((w) => w.cadre.id)).toEqual([r1Successor]);
      expect(rows.some((w) => (w.kind === 'REMOVAL_PROPOSED' || w.kind === 'ADMONISHMENT') && w.cadre.id === r1.secretaryId)).toBe(false);
    });

    it('MGT-2 confirming an admonishment talk records who decided (CONFIRMED); deciding it again is a CONFLICT; MGT-4 it shows as ADMONISHMENT', async () => {
      const [talk] = (await consequences(2021)).filter((c) => c.unit.id === r1.unitId);
      expect((await warnings(r1.unitId)).filter((w) => w.kind === 'ADMONISHMENT')).toEqual([]);
      const confirmed = (await api.ok<{ confirmConsequence: ConsequenceRow }>(CONFIRM, { id: talk!.id }, admin)).confirmConsequence;
      expect(confirmed).toMatchObject({ id: talk!.id, kind: 'ADMONISHMENT_TALK', status: 'CONFIRMED', decidedBy: 'admin', exitRecordId: null, subject: { id: r1Successor } });
      expect(confirmed.decidedAt).toMatch(new RegExp(`^${TODAY}`));

      expect(codeOf(await api.gql(CONFIRM, { id: talk!.id }, admin))).toBe('CONFLICT');
      expect(codeOf(await api.gql(DISMISS, { id: talk!.id, r: '改判' }, admin))).toBe('CONFLICT');
      expect(await consequence(talk!.id)).toEqual(confirmed);
      // an admonishment ends no appointment
      const successorAppointments = await api.ok<{ allAppointments: AppointmentRow[] }>('query($c: ID) { allAppointments(filter: { cadreId: $c }) { id startDate endDate endedByExitId } }', { c: r1Successor }, admin);
      expect(successorAppointments.allAppointments.map((a) => a.endDate)).toEqual([null]);

      const admonished = (await warnings(r1.unitId)).filter((w) => w.kind === 'ADMONISHMENT');
      expect(admonished.map((w) => [w.cadre.id, w.since])).toEqual([[r1Successor, TODAY]]);
    });

    it('MGT-2 dismissing needs a reason (BAD_USER_INPUT, still PROPOSED); dismissed is DISMISSED with the reason; deciding it again is a CONFLICT', async () => {
      const [talk] = (await consequences(2022)).filter((c) => c.unit.id === r1.unitId);
      for (const reason of ['', '  ']) {
        const refused = await api.gql(DISMISS, { id: talk!.id, r: reason }, admin);
        expect(codeOf(refused)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(refused)).toEqual(['reason']);
      }
      expect(await consequence(talk!.id)).toEqual(talk);

      const dismissed = (await api.ok<{ dismissConsequence: ConsequenceRow }>(DISMISS, { id: talk!.id, r: '受灾减收，情况特殊' }, admin)).dismissConsequence;
      expect(dismissed).toMatchObject({ id: talk!.id, status: 'DISMISSED', reason: '受灾减收，情况特殊', decidedBy: 'admin', exitRecordId: null });
      expect(dismissed.decidedAt).toMatch(new RegExp(`^${TODAY}`));
      expect(codeOf(await api.gql(DISMISS, { id: talk!.id, r: '再次' }, admin))).toBe('CONFLICT');
      expect(codeOf(await api.gql(CONFIRM, { id: talk!.id }, admin))).toBe('CONFLICT');
      expect(await consequence(talk!.id)).toEqual(dismissed);
    });

    it('MGT-2/MGT-3 confirming a REMOVAL carries it out as an exit of kind REMOVAL that ends the subject’s open appointments', async () => {
      const removal = (await consequences(2023)).find((c) => c.unit.id === r2.unitId && c.kind === 'REMOVAL')!;
      expect(removal.status).toBe('PROPOSED');
      const confirmed = (await api.ok<{ confirmConsequence: ConsequenceRow }>(CONFIRM, { id: removal.id }, admin)).confirmConsequence;
      expect(confirmed).toMatchObject({ id: removal.id, status: 'CONFIRMED', decidedBy: 'admin', subject: { id: r2.secretaryId } });
      expect(confirmed.exitRecordId).toEqual(expect.any(String));

      const { Cadre } = await api.ok<{ Cadre: { exit: { id: string; kind: string; effectiveDate: string; consequenceId: string; approvedBy: string; effective: boolean; endedAppointments: { id: string }[] } | null } }>(
        'query($id: ID!) { Cadre(id: $id) { exit { id kind effectiveDate consequenceId approvedBy effective endedAppointments { id } } } }',
        { id: r2.secretaryId },
        admin,
      );
      expect(Cadre.exit).toEqual({
        id: confirmed.exitRecordId,
        kind: 'REMOVAL',
        effectiveDate: TODAY,
        consequenceId: removal.id,
        approvedBy: 'admin',
        effective: true,
        endedAppointments: expect.any(Array),
      });
      expect(Cadre.exit!.endedAppointments.map((a) => a.id).sort()).toEqual([r2.appointmentId, r2Member].sort());
      for (const id of [r2.appointmentId, r2Member]) expect(await appointment(id)).toMatchObject({ endDate: TODAY, endedByExitId: confirmed.exitRecordId });
      // an appointment that had ended before is left as it was
      expect(await appointment(r2Earlier)).toEqual({ id: r2Earlier, startDate: '2015-01-01', endDate: '2020-12-31', endedByExitId: null });

      // the removal is decided: a second confirmation is a CONFLICT and records no second exit
      expect(codeOf(await api.gql(CONFIRM, { id: removal.id }, admin))).toBe('CONFLICT');
      expect(codeOf(await api.gql(DISMISS, { id: removal.id, r: '撤回' }, admin))).toBe('CONFLICT');
      expect(await consequence(removal.id)).toEqual(confirmed);
      const exits = await api.ok<{ allExitRecords: { id: string }[] }>('query($c: ID) { allExitRecords(filter: { cadreId: $c }) { id } }', { c: r2.secretaryId }, admin);
      expect(exits.allExitRecords.map((e) => e.id)).toEqual([confirmed.exitRecordId]);
      // MGT-4 no longer a proposed removal; r1's is still proposed
      expect((await warnings(r2.unitId)).filter((w) => w.kind === 'REMOVAL_PROPOSED')).toEqual([]);
      expect((await warnings(r1.unitId)).filter((w) => w.kind === 'REMOVAL_PROPOSED').map((w) => w.cadre.id)).toEqual([r1Successor]);
    });

    it('ROLE-3 MGT-2 a unit user reads its own consequences only and cannot confirm or dismiss (FORBIDDEN, nothing changes)', async () => {
      const all = await consequences(2024);
      const own = all.find((c) => c.unit.id === world.a.unitId)!;
      const others = all.filter((c) => c.unit.id !== world.a.unitId);
      expect(own).toMatchObject({ kind: 'ADMONISHMENT_TALK', status: 'PROPOSED', subject: { id: world.a.cadreId }, evidence: [{ year: 2024, kind: 'VILLAGE', rank: 4, total: 650 }] });
      expect(others.map((c) => c.unit.id)).toEqual([world.b.unitId]);

      expect(await consequences(2024, world.a.token)).toEqual([own]);
      expect((await consequences(2024, world.b.token)).map((c) => c.unit.id)).toEqual([world.b.unitId]);
      for (const year of [2021, 2022, 2023]) expect(await consequences(year, world.a.token)).toEqual([]);
      expect((await consequences(2021, world.b.token)).map((c) => c.unit.id)).toEqual([world.b.unitId]);
      const listed = await api.ok<{ allConsequences: { unitId: string }[] }>('{ allConsequences(perPage: 1000) { unitId } }', {}, world.a.token);
      expect(listed.allConsequences.map((c) => c.unitId)).toEqual([world.a.unitId]);
      expect(await consequence(own.id, world.a.token)).toEqual(own);
      expect(await consequence(others[0]!.id, world.a.token)).toBeNull();

      for (const token of [world.a.token, world.analyst]) {
        expect(codeOf(await api.gql(CONFIRM, { id: own.id }, token))).toBe('FORBIDDEN');
        expect(codeOf(await api.gql(DISMISS, { id: own.id, r: '我们不同意' }, token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await api.gql(CONFIRM, { id: others[0]!.id }, world.a.token))).toBe('FORBIDDEN');
      expect(await consequence(own.id)).toEqual(own);
      expect(await consequence(others[0]!.id)).toEqual(others[0]);
    });
  });
});
