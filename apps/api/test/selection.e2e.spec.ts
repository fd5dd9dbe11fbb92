import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, codeOf, TestApi } from './support/api';
import { buildWorld, createAppointment, createCadre, createPost, type World } from './support/fixture';
import { countOf, fieldsOf } from './support/helpers';
import { secretaryAppointment, selection } from './support/workflows';

/** SEL-3..5 the selection record of a Party secretary (双强双好, source, method, dispatch), end to end through the API. */

const FIELDS = 'id unitId appointmentId sourceCategory method developmentAbility stabilityAbility servesPeople buildsOrganisation dispatched dispatchedFrom noLocalCandidateReason note version';
const CREATE = `mutation($a: ID!, $src: SourceCategory!, $m: SelectionMethod!, $dev: Judgement!, $stab: Judgement!, $serve: Judgement!, $build: Judgement!, $d: Boolean, $from: String, $why: String, $note: String) {
  createSecretarySelection(appointmentId: $a, sourceCategory: $src, method: $m, developmentAbility: $dev, stabilityAbility: $stab, servesPeople: $serve, buildsOrganisation: $build, dispatched: $d, dispatchedFrom: $from, noLocalCandidateReason: $why, note: $note) { ${FIELDS} }
}`;
const ONE = `query($id: ID!) { SecretarySelection(id: $id) { ${FIELDS} } }`;

interface Selection {
  id: string;
  unitId: string;
  appointmentId: string;
  sourceCategory: string;
  method: string;
  developmentAbility: string;
  stabilityAbility: string;
  servesPeople: string;
  buildsOrganisation: string;
  dispatched: boolean;
  dispatchedFrom: string | null;
  noLocalCandidateReason: string | null;
  note: string | null;
  version: number;
}

const LOCAL = { src: 'WEALTH_LEADER', m: 'OPEN_NOMINATION_DIRECT_ELECTION', dev: 'MEETS', stab: 'PARTLY', serve: 'MEETS', build: 'NOT_MET' };
const DISPATCHED = { src: 'DISPATCHED', m: 'PARTY_COMMITTEE_APPOINTMENT', dev: 'MEETS', stab: 'MEETS', serve: 'MEETS', build: 'MEETS' };

describe.each(backends)('SEL-3..5 secretary selection (%s)', (backend) => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
  });
  afterAll(() => api?.close());

  const count = (filter: Record<string, unknown> = {}) => countOf(api, world.admin, 'SecretarySelections', filter);

  it('SEL-3 SEL-4 SEL-5 the admin records a Party secretary’s selection with source, method and all four 双强双好 judgements', async () => {
    const appointmentId = await secretaryAppointment(api, world.admin, world.a.unitId);
    const { createSecretarySelection } = await api.ok<{ createSecretarySelection: Selection }>(CREATE, { a: appointmentId, ...LOCAL, note: '经两推一选产生' }, world.admin);
    expect(createSecretarySelection).toMatchObject({
      unitId: world.a.unitId,
      appointmentId,
      sourceCategory: 'WEALTH_LEADER',
      method: 'OPEN_NOMINATION_DIRECT_ELECTION',
      developmentAbility: 'MEETS',
      stabilityAbility: 'PARTLY',
      servesPeople: 'MEETS',
      buildsOrganisation: 'NOT_MET',
      dispatched: false,
      dispatchedFrom: null,
      noLocalCandidateReason: null,
      note: '经两推一选产生',
    });
    const { SecretarySelection } = await api.ok<{ SecretarySelection: Selection }>(ONE, { id: createSecretarySelection.id }, world.admin);
    expect(SecretarySelection).toEqual(createSecretarySelection);
  });

  it('SEL-3 a selection record belongs to a Party secretary appointment only, and to each at most once', async () => {
    const postId = await createPost(api, world.admin, world.a.unitId, 'DIRECTOR');
    const cadre = await createCadre(api, world.admin, world.a.unitId);
    const director = await createAppointment(api, world.admin, cadre.id, postId, '2024-01-01');
    const notSecretary = await api.gql(CREATE, { a: director, ...LOCAL }, world.admin);
    expect(codeOf(notSecretary)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(notSecretary)).toEqual(['appointmentId']);
    expect(await count({ appointmentId: director })).toBe(0);

    const appointmentId = await secretaryAppointment(api, world.admin, world.a.unitId);
    const first = await selection(api, world.admin, appointmentId);
    const before = (await api.ok<{ SecretarySelection: Selection }>(ONE, { id: first }, world.admin)).SecretarySelection;
    const second = await api.gql(CREATE, { a: appointmentId, ...DISPATCHED, d: true, from: '县农业局', why: '本村无合适人选' }, world.admin);
    expect(codeOf(second)).toBe('CONFLICT');
    expect(await count({ appointmentId })).toBe(1);
    expect((await api.ok<{ SecretarySelection: Selection }>(ONE, { id: first }, world.admin)).SecretarySelection).toEqual(before);
  });

  it('SEL-4 a dispatched secretary (source DISPATCHED) needs where from and why no local candidate, and only a dispatched one has that source', async () => {
    const appointmentId = await secretaryAppointment(api, world.admin, world.a.unitId);

    const bare = await api.gql(CREATE, { a: appointmentId, ...DISPATCHED, d: true }, world.admin);
    expect(codeOf(bare)).toBe('BAD_USER_INPUT');
    expect([...fieldsOf(bare)].sort()).toEqual(['dispatchedFrom', 'noLocalCandidateReason']);

    const noReason = await api.gql(CREATE, { a: appointmentId, ...DISPATCHED, d: true, from: '县农业局', why: '   ' }, world.admin);
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(noReason)).toEqual(['noLocalCandidateReason']);

    const notDispatched = await api.gql(CREATE, { a: appointmentId, ...DISPATCHED, d: false }, world.admin);
    expect(codeOf(notDispatched)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(notDispatched)).toContain('dispatched');
    const defaultNotDispatched = await api.gql(CREATE, { a: appointmentId, ...DISPATCHED }, world.admin);
    expect(codeOf(defaultNotDispatched)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(defaultNotDispatched)).toContain('dispatched');

    const localButDispatched = await api.gql(CREATE, { a: appointmentId, ...LOCAL, d: true, from: '县农业局', why: '本村无合适人选' }, world.admin);
    expect(codeOf(localButDispatched)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(localButDispatched)).toEqual(['dispatched']);
    expect(await count({ appointmentId })).toBe(0);

    // the agency's name is stored in 200 characters: longer is BAD_USER_INPUT on every backend
    const longFrom = await api.gql(CREATE, { a: appointmentId, ...DISPATCHED, d: true, from: '局'.repeat(201), why: '本村无合适人选' }, world.admin);
    expect(codeOf(longFrom)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(longFrom)).toEqual(['dispatchedFrom']);
    expect(await count({ appointmentId })).toBe(0);

    const { createSecretarySelection } = await api.ok<{ createSecretarySelection: Selection }>(CREATE, { a: appointmentId, ...DISPATCHED, d: true, from: '县农业局', why: '本村无合适人选' }, world.admin);
    expect(createSecretarySelection).toMatchObject({ sourceCategory: 'DISPATCHED', method: 'PARTY_COMMITTEE_APPOINTMENT', dispatched: true, dispatchedFrom: '县农业局', noLocalCandidateReason: '本村无合适人选' });

    // an update that drops the reason is refused the same way and changes nothing
    const UPDATE = `mutation($id: ID!, $why: String) { updateSecretarySelection(id: $id, noLocalCandidateReason: $why) { ${FIELDS} } }`;
    const cleared = await api.gql(UPDATE, { id: createSecretarySelection.id, why: '' }, world.admin);
    expect(codeOf(cleared)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(cleared)).toEqual(['noLocalCandidateReason']);
    expect((await api.ok<{ SecretarySelection: Selection }>(ONE, { id: createSecretarySelection.id }, world.admin)).SecretarySelection).toEqual(createSecretarySelection);
  });

  it('SEL-3 ROLE-3 a unit user reads its own unit’s selection records and cannot create one; the analyst reads all and writes nothing', async () => {
    const { a, b } = world;
    const own = await selection(api, world.admin, a.appointmentId);
    const other = await selection(api, world.admin, b.appointmentId);
    const LIST = 'query { allSecretarySelections(perPage: 1000) { id unitId } }';

    const { SecretarySelection: mine } = await api.ok<{ SecretarySelection: Selection | null }>(ONE, { id: own }, a.token);
    expect(mine).toMatchObject({ id: own, unitId: a.unitId, appointmentId: a.appointmentId });
    const { SecretarySelection: theirs } = await api.ok<{ SecretarySelection: Selection | null }>(ONE, { id: other }, a.token);
    expect(theirs).toBeNull();
    const ownList = (await api.ok<{ allSecretarySelections: { id: string; unitId: string }[] }>(LIST, {}, a.token)).allSecretarySelections;
    expect(ownList.map((s) => s.id)).toContain(own);
    expect(ownList.every((s) => s.unitId === a.unitId)).toBe(true);

    const before = await count();
    const appointmentId = await secretaryAppointment(api, world.admin, a.unitId);
    for (const token of [a.token, world.analyst]) {
      const result = await api.gql(CREATE, { a: appointmentId, ...LOCAL }, token);
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(result.data?.createSecretarySelection ?? null).toBeNull();
    }
    expect(codeOf(await api.gql('mutation($id: ID!) { updateSecretarySelection(id: $id, note: "改") { id } }', { id: own }, a.token))).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
    expect((await api.ok<{ SecretarySelection: Selection }>(ONE, { id: own }, world.admin)).SecretarySelection.note).toBeNull();

    const all = (await api.ok<{ allSecretarySelections: { id: string; unitId: string }[] }>(LIST, {}, world.analyst)).allSecretarySelections;
    expect(all.map((s) => s.id)).toEqual(expect.arrayContaining([own, other]));
    expect(all).toHaveLength(before);
    const { SecretarySelection: analystView } = await api.ok<{ SecretarySelection: Selection | null }>(ONE, { id: other }, world.analyst);
    expect(analystView).toMatchObject({ id: other, unitId: b.unitId });
  });
});
