import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, TestApi } from './support/api';
import { buildWorld, type World } from './support/fixture';
import { cases, runMatrix } from './support/authorization-matrix';

async function operationsOf(api: TestApi, token: string): Promise<string[]> {
  const data = await api.ok<{ __schema: { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } } }>(
    '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }',
    {},
    token,
  );
  return [...data.__schema.queryType.fields, ...data.__schema.mutationType.fields].map((f) => f.name).sort();
}

describe.each(backends)('ROLE-1..4 authorization matrix (%s)', (backend) => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
  });
  afterAll(() => api?.close());

  it('ROLE-4 every query and mutation of the schema has an expected outcome per role', async () => {
    const missing = (await operationsOf(api, world.admin)).filter((op) => !(op in cases));
    expect(missing).toEqual([]);
  });

  it('ROLE-1..4 each role × own unit / other unit gets exactly the expected outcome, and no other unit’s id leaks', async () => {
    expect(await runMatrix(api, world)).toEqual([]);
    // several hundred requests, one after another: more than the default per-test time on a busy machine
  }, 300_000);
});

describe('ROLE-3/4 control: the matrix catches a removed unit scope', () => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await TestApi.start('sqlite', { unitScope: false });
    world = await buildWorld(api);
  });
  afterAll(() => api?.close());

  it('ROLE-3 without the data-layer scope a unit user reaches another unit’s rows, and the matrix reports it', async () => {
    const mismatches = await runMatrix(api, world, ['allCadres', 'Cadre', 'updateCadre', 'allAppointments', 'Unit']);
    const caught = new Set(mismatches.filter((m) => m.who === 'unitOther').map((m) => m.op));
    expect([...caught].sort()).toEqual(['Cadre', 'Unit', 'allAppointments', 'allCadres', 'updateCadre']);
  });
});
