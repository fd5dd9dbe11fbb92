import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, codeOf, TestApi } from './support/api';
import { buildWorld, createAppointment, createCadre, createPost, type World } from './support/fixture';
import { auditCount, auditEntries } from './support/helpers';

const UPDATE = 'mutation($id: ID!, $version: Int, $note: String, $name: String) { updateCadre(id: $id, version: $version, note: $note, name: $name) { id version note name } }';
const READ = 'query($id: ID!) { Cadre(id: $id) { id version note name } }';

type CadreRow = { id: string; version: number; note: string | null; name: string };

describe.each(backends)('API optimistic locking (%s)', (backend) => {
  let api: TestApi;
  let world: World;

  const read = async (id: string) => (await api.ok<{ Cadre: CadreRow }>(READ, { id }, world.admin)).Cadre;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
  });
  afterAll(() => api?.close());

  it('API locking: updateCadre with a stale version is a CONFLICT and changes nothing', async () => {
    const cadre = await createCadre(api, world.admin, world.a.unitId, { name: '原名' });
    const first = await api.ok<{ updateCadre: CadreRow }>(UPDATE, { id: cadre.id, version: cadre.version, note: 'first' }, world.admin);
    expect(first.updateCadre.version).toBe(cadre.version + 1);

    const auditBefore = await auditCount(api, world.admin);
    // the version the first writer started from is stale now
    const stale = await api.gql<{ updateCadre: CadreRow }>(UPDATE, { id: cadre.id, version: cadre.version, note: 'stale', name: '改名' }, world.admin);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.data).toBeNull();
    // a version from the future is just as wrong
    expect(codeOf(await api.gql(UPDATE, { id: cadre.id, version: cadre.version + 7, note: 'future' }, world.admin))).toBe('CONFLICT');
    expect(await read(cadre.id)).toEqual({ id: cadre.id, version: cadre.version + 1, note: 'first', name: '原名' });
    expect(await auditCount(api, world.admin)).toBe(auditBefore);

    // with the current version it goes through
    const current = await api.ok<{ updateCadre: CadreRow }>(UPDATE, { id: cadre.id, version: cadre.version + 1, note: 'second' }, world.admin);
    expect(current.updateCadre).toMatchObject({ version: cadre.version + 2, note: 'second' });
  });

  it('API locking: of 8 parallel updates from the same version exactly one wins, 7 get CONFLICT; the final version is v+1 with the winner’s note', async () => {
    const cadre = await createCadre(api, world.admin, world.a.unitId);
    const v = cadre.version;
    const auditBefore = await auditCount(api, world.admin);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => api.gql<{ updateCadre: CadreRow }>(UPDATE, { id: cadre.id, version: v, note: `writer ${i}` }, world.admin)),
    );
    const winners = results.flatMap((r, i) => (r.errors ? [] : [i]));
    const codes = results.filter((r) => r.errors).map((r) => codeOf(r));
    expect(winners).toHaveLength(1);
    expect(codes).toEqual(Array(7).fill('CONFLICT'));
    const winner = winners[0]!;
    expect(results[winner]!.data!.updateCadre).toMatchObject({ version: v + 1, note: `writer ${winner}` });

    expect(await read(cadre.id)).toMatchObject({ version: v + 1, note: `writer ${winner}` });
    // one audit entry: the winner's
    expect(await auditCount(api, world.admin)).toBe(auditBefore + 1);
    const updates = await auditEntries(api, world.admin, { entityId: cadre.id, action: 'updateCadre' });
    expect(updates).toHaveLength(1);
    expect(updates[0]!.changes).toEqual([expect.objectContaining({ field: 'note', before: null, after: `writer ${winner}` })]);
  });

  it('API locking: without a version, sequential updates all apply and each bumps the version by one', async () => {
    const cadre = await createCadre(api, world.admin, world.a.unitId);
    let version = cadre.version;
    for (const note of ['one', 'two', 'three']) {
      const { updateCadre } = await api.ok<{ updateCadre: CadreRow }>(UPDATE, { id: cadre.id, note }, world.admin);
      expect(updateCadre.version).toBe(version + 1);
      expect(updateCadre.note).toBe(note);
      version = updateCadre.version;
    }
    expect(await read(cadre.id)).toMatchObject({ version: cadre.version + 3, note: 'three' });
    // the unit user edits its own cadre the same way
    const { updateCadre } = await api.ok<{ updateCadre: CadreRow }>(UPDATE, { id: world.a.cadreId, note: 'by the unit' }, world.a.token);
    expect(updateCadre.note).toBe('by the unit');
  });

  it('API locking: a version changes only when its record changes — not when a related record is created, read or another record is edited', async () => {
    const cadre = await createCadre(api, world.admin, world.a.unitId);
    const post = await createPost(api, world.admin, world.a.unitId);
    const versions = async () => {
      const data = await api.ok<{ Cadre: { version: number }; Post: { version: number }; Unit: { version: number }; me: { id: string } }>(
        'query($c: ID!, $p: ID!, $u: ID!) { Cadre(id: $c) { version } Post(id: $p) { version } Unit(id: $u) { version } me { id } }',
        { c: cadre.id, p: post, u: world.a.unitId },
        world.admin,
      );
      const { User } = await api.ok<{ User: { version: number } }>('query($id: ID!) { User(id: $id) { version } }', { id: data.me.id }, world.admin);
      return { cadre: data.Cadre.version, post: data.Post.version, unit: data.Unit.version, admin: User.version };
    };
    const before = await versions();
    // the appointment loads the cadre, the post and (through them) the unit; the admin is loaded for the request
    await createAppointment(api, world.admin, cadre.id, post, '2022-01-01');
    await createCadre(api, world.admin, world.a.unitId);
    await api.ok(UPDATE, { id: world.b.cadreId, note: 'elsewhere' }, world.admin);
    expect(await versions()).toEqual(before);
    // so a client holding the cadre's version can still save it
    const saved = await api.ok<{ updateCadre: CadreRow }>(UPDATE, { id: cadre.id, version: before.cadre, note: 'still current' }, world.admin);
    expect(saved.updateCadre.version).toBe(before.cadre + 1);
  });

  it('API locking: the other versioned resources check the version too (Post, Appointment, Unit, User)', async () => {
    const post = await api.ok<{ createPost: { id: string; version: number } }>('mutation($u: ID!) { createPost(unitId: $u, title: "COMMITTEE_MEMBER") { id version } }', { u: world.a.unitId }, world.admin);
    const cases: [string, Record<string, unknown>][] = [
      ['mutation($id: ID!, $v: Int) { updatePost(id: $id, version: $v, name: "委员(新)") { id } }', { id: post.createPost.id, v: post.createPost.version + 1 }],
      ['mutation($id: ID!, $v: Int) { updateAppointment(id: $id, version: $v, note: "x") { id } }', { id: world.a.appointmentId, v: 99 }],
      ['mutation($id: ID!, $v: Int) { updateUnit(id: $id, version: $v, name: "新名") { id } }', { id: world.b.unitId, v: 99 }],
      ['mutation($id: ID!, $v: Int) { updateUser(id: $id, version: $v, piiGranted: true) { id } }', { id: world.b.userId, v: 99 }],
    ];
    for (const [query, variables] of cases) expect(codeOf(await api.gql(query, variables, world.admin)), query).toBe('CONFLICT');
  });
});
