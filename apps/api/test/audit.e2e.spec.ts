import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, codeOf, TestApi, TODAY, type GqlResult } from './support/api';
import { buildWorld, cadreArgs, createCadre, createPost, CREATE_CADRE, type World } from './support/fixture';
import { auditCount, auditEntries, newAuditEntries, type AuditRow } from './support/helpers';

const UPDATE_CADRE = 'mutation($id: ID!, $name: String, $version: Int, $idNumber: String) { updateCadre(id: $id, name: $name, version: $version, idNumber: $idNumber) { id version name } }';
const START = new Date(`${TODAY}T04:00:00Z`);
const CREATE_USER = 'mutation($u: String!, $p: String!, $r: Role!, $unit: ID) { createUser(username: $u, password: $p, role: $r, unitId: $unit) { id } }';

describe.each(backends)('API audit log (%s)', (backend) => {
  let api: TestApi;
  let world: World;
  let adminId: string;
  let now = START;

  /** Runs a mutation that must succeed and returns the one audit entry it wrote (fails unless exactly one). */
  async function audited<T>(query: string, variables: Record<string, unknown>, token: string): Promise<{ data: T; entry: AuditRow }> {
    let data: T | undefined;
    const added = await newAuditEntries(api, world.admin, async () => {
      data = await api.ok<T>(query, variables, token);
    });
    expect(added, `entries written by ${query.slice(0, 60)}`).toHaveLength(1);
    return { data: data!, entry: added[0]! };
  }

  /** Runs a mutation that must fail with `code` and checks that it wrote no audit entry. */
  async function failsWithoutAudit(code: string, query: string, variables: Record<string, unknown>, token: string | null): Promise<GqlResult> {
    const before = await auditCount(api, world.admin);
    const result = await api.gql(query, variables, token);
    expect(codeOf(result), `${query.slice(0, 60)} ${JSON.stringify(result.errors)}`).toBe(code);
    expect(await auditCount(api, world.admin), `audit entries after a failed ${query.slice(0, 40)}`).toBe(before);
    return result;
  }

  beforeAll(async () => {
    api = await TestApi.start(backend, { clock: () => now });
    world = await buildWorld(api);
    adminId = (await api.ok<{ me: { id: string } }>('{ me { id } }', {}, world.admin)).me.id;
  });
  afterAll(() => api?.close());

  it('API audit: updateCadre writes exactly one entry: who, which mutation, which entity of which unit, and the changed field before → after', async () => {
    const cadre = await createCadre(api, world.admin, world.a.unitId, { name: 'A' });
    const { data, entry } = await audited<{ updateCadre: { version: number } }>(UPDATE_CADRE, { id: cadre.id, name: 'B' }, world.admin);
    expect(data.updateCadre.version).toBe(cadre.version + 1);
    expect(entry).toMatchObject({ username: 'admin', userId: adminId, action: 'updateCadre', entityType: 'Cadre', entityId: cadre.id, unitId: world.a.unitId });
    // only the changed field: bookkeeping (version, updatedAt) is left out
    expect(entry.changes).toEqual([{ entityType: 'Cadre', entityId: cadre.id, operation: 'UPDATE', field: 'name', before: 'A', after: 'B' }]);
  });

  it('ROLE-3 API audit: a unit user’s change is recorded under its name and its unit', async () => {
    const { entry } = await audited(UPDATE_CADRE, { id: world.b.cadreId, name: '改名' }, world.b.token);
    expect(entry).toMatchObject({ username: world.b.username, userId: world.b.userId, action: 'updateCadre', entityType: 'Cadre', entityId: world.b.cadreId, unitId: world.b.unitId });
    expect(entry.changes.map((c) => c.field)).toEqual(['name']);
  });

  it('SEL-1 API audit: createCadre lists every given field with before null', async () => {
    const args = await cadreArgs(world.a.unitId, { name: '新人' });
    const { data, entry } = await audited<{ createCadre: { id: string } }>(CREATE_CADRE, args, world.admin);
    const id = data.createCadre.id;
    expect(entry).toMatchObject({ username: 'admin', action: 'createCadre', entityType: 'Cadre', entityId: id, unitId: world.a.unitId });
    const byField = Object.fromEntries(entry.changes.map((c) => [c.field, c]));
    for (const [field, value] of Object.entries({ name: '新人', gender: 'MALE', birthDate: args.birthDate, idNumber: args.idNumber, phone: args.phone })) {
      expect(byField[field], field).toEqual({ entityType: 'Cadre', entityId: id, operation: 'CREATE', field, before: null, after: value });
    }
    expect(byField.unit?.after).toBe(world.a.unitId);
    expect(entry.changes.every((c) => c.before === null && c.operation === 'CREATE')).toBe(true);
    expect(entry.changes.map((c) => c.field)).not.toContain('version');
  });

  it('API audit: every kind of successful mutation writes exactly one entry named after the mutation', async () => {
    const unitCode = 'audit-u';
    const createUnit = await audited<{ createUnit: { id: string } }>('mutation { createUnit(name: "审计村", kind: VILLAGE, code: "audit-u") { id } }', {}, world.admin);
    const unitId = createUnit.data.createUnit.id;
    const steps: [string, string, string, Record<string, unknown>, string, string | null][] = [];
    const check = async (action: string, entityType: string, query: string, variables: Record<string, unknown>, token: string, unit: string | null) => {
      const { data, entry } = await audited<Record<string, { id: string }>>(query, variables, token);
      expect(entry.action).toBe(action);
      expect(entry.entityType).toBe(entityType);
      expect(entry.entityId).toBe(data[action]!.id);
      expect(entry.unitId).toBe(unit);
      steps.push([action, entityType, query, variables, token, unit]);
      return data[action]!.id;
    };
    expect(createUnit.entry).toMatchObject({ action: 'createUnit', entityType: 'Unit', entityId: unitId, unitId });
    await check('updateUnit', 'Unit', 'mutation($id: ID!) { updateUnit(id: $id, name: "审计新村") { id } }', { id: unitId }, world.admin, unitId);
    const postId = await check('createPost', 'Post', 'mutation($u: ID!) { createPost(unitId: $u, title: "DIRECTOR") { id } }', { u: unitId }, world.admin, unitId);
    await check('updatePost', 'Post', 'mutation($id: ID!) { updatePost(id: $id, name: "村委会主任(兼)") { id } }', { id: postId }, world.admin, unitId);
    const spare = await createPost(api, world.admin, unitId);
    await check('deletePost', 'Post', 'mutation($id: ID!) { deletePost(id: $id) { id } }', { id: spare }, world.admin, unitId);
    const cadreId = await check('createCadre', 'Cadre', CREATE_CADRE, await cadreArgs(unitId), world.admin, unitId);
    await check('updateCadre', 'Cadre', UPDATE_CADRE, { id: cadreId, name: '审计人' }, world.admin, unitId);
    const appointmentId = await check('createAppointment', 'Appointment', 'mutation($c: ID!, $p: ID!) { createAppointment(cadreId: $c, postId: $p, startDate: "2021-03-20") { id } }', { c: cadreId, p: postId }, world.admin, unitId);
    await check('updateAppointment', 'Appointment', 'mutation($id: ID!) { updateAppointment(id: $id, endDate: "2026-01-01") { id } }', { id: appointmentId }, world.admin, unitId);
    const userId = await check('createUser', 'User', CREATE_USER, { u: `${unitCode}-clerk`, p: 'clerk-pass-123', r: 'UNIT_USER', unit: unitId }, world.admin, unitId);
    await check('updateUser', 'User', 'mutation($id: ID!) { updateUser(id: $id, piiGranted: false, active: false) { id } }', { id: userId }, world.admin, unitId);
    expect(steps).toHaveLength(10);
  });

  it('API audit: two mutations in one request write two entries, each named after its own mutation', async () => {
    const first = await createCadre(api, world.admin, world.a.unitId, { name: '甲一' });
    const added = await newAuditEntries(api, world.admin, () =>
      api.ok('mutation($a: ID!, $p: ID!) { one: updateCadre(id: $a, name: "甲二") { id } two: updatePost(id: $p, name: "书记(兼)") { id } }', { a: first.id, p: world.a.postId }, world.admin),
    );
    expect(added.map((e) => [e.action, e.entityType, e.entityId]).sort()).toEqual(
      [
        ['updateCadre', 'Cadre', first.id],
        ['updatePost', 'Post', world.a.postId],
      ].sort(),
    );
  });

  it('API audit: a login writes one entry (lastLoginAt before → after) for the user who logged in; a failed login writes none', async () => {
    const { createUser } = await api.ok<{ createUser: { id: string } }>(CREATE_USER, { u: 'first-login', p: 'first-pass-123', r: 'UNIT_USER', unit: world.a.unitId }, world.admin);
    const first = await newAuditEntries(api, world.admin, () => api.login('first-login', 'first-pass-123'));
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ action: 'login', entityType: 'User', entityId: createUser.id, unitId: world.a.unitId, username: 'first-login', userId: createUser.id });
    expect(first[0]!.changes).toEqual([{ entityType: 'User', entityId: createUser.id, operation: 'UPDATE', field: 'lastLoginAt', before: null, after: START.toISOString() }]);

    // an hour later: the next login records the previous and the new time
    now = new Date(START.getTime() + 3600_000);
    try {
      const second = await newAuditEntries(api, world.admin, () => api.login('first-login', 'first-pass-123'));
      expect(second).toHaveLength(1);
      expect(second[0]!.changes.map((c) => [c.field, c.before, c.after])).toEqual([['lastLoginAt', START.toISOString(), now.toISOString()]]);
    } finally {
      now = START;
    }

    await failsWithoutAudit('UNAUTHENTICATED', 'mutation { login(username: "admin", password: "wrong-password") { token } }', {}, null);
    await failsWithoutAudit('UNAUTHENTICATED', 'mutation { login(username: "nobody", password: "wrong-password") { token } }', {}, null);
  });

  it('API audit: a failed mutation writes no entry — validation error, CONFLICT, FORBIDDEN, NOT_FOUND, UNAUTHENTICATED', async () => {
    const cadre = await createCadre(api, world.admin, world.a.unitId, { name: '不变' });
    const bad = await cadreArgs(world.a.unitId);
    const invalidId = `${bad.idNumber.slice(0, 17)}${bad.idNumber.endsWith('0') ? '1' : '0'}`;
    // validation
    await failsWithoutAudit('BAD_USER_INPUT', CREATE_CADRE, { ...bad, idNumber: invalidId }, world.admin);
    await failsWithoutAudit('BAD_USER_INPUT', UPDATE_CADRE, { id: cadre.id, name: '' }, world.admin);
    await failsWithoutAudit('BAD_USER_INPUT', CREATE_USER, { u: 'no-unit', p: 'long-enough-1', r: 'UNIT_USER' }, world.admin);
    // conflicts: stale version, overlap, history, duplicates caught by the database inside the flush
    await failsWithoutAudit('CONFLICT', UPDATE_CADRE, { id: cadre.id, name: '旧版本', version: cadre.version + 5 }, world.admin);
    await failsWithoutAudit('CONFLICT', 'mutation($c: ID!, $p: ID!) { createAppointment(cadreId: $c, postId: $p, startDate: "2022-01-01") { id } }', { c: cadre.id, p: world.a.postId }, world.admin);
    await failsWithoutAudit('CONFLICT', 'mutation($id: ID!) { deletePost(id: $id) { id } }', { id: world.a.postId }, world.admin);
    // an update rejected after the change was applied in memory (the overlap check queries the same table)
    const post = await createPost(api, world.admin, world.a.unitId);
    const earlier = await api.ok<{ createAppointment: { id: string } }>('mutation($c: ID!, $p: ID!) { createAppointment(cadreId: $c, postId: $p, startDate: "2020-01-01", endDate: "2022-01-01") { id } }', { c: cadre.id, p: post }, world.admin);
    await api.ok('mutation($c: ID!, $p: ID!) { createAppointment(cadreId: $c, postId: $p, startDate: "2022-01-01") { id } }', { c: cadre.id, p: post }, world.admin);
    await failsWithoutAudit('CONFLICT', 'mutation($id: ID!) { updateAppointment(id: $id, endDate: "2023-01-01") { id } }', { id: earlier.createAppointment.id }, world.admin);
    await failsWithoutAudit('CONFLICT', CREATE_USER, { u: world.a.username, p: 'long-enough-1', r: 'SUBDISTRICT_ANALYST' }, world.admin);
    const taken = await api.ok<{ Cadre: { idNumber: string } }>('query($id: ID!) { Cadre(id: $id) { idNumber } }', { id: world.b.cadreId }, world.admin);
    await failsWithoutAudit('CONFLICT', UPDATE_CADRE, { id: cadre.id, idNumber: taken.Cadre.idNumber }, world.admin);
    await failsWithoutAudit('CONFLICT', 'mutation { createUnit(name: "单位ua", kind: VILLAGE, code: "fresh-code") { id } }', {}, world.admin);
    // forbidden, not found, unauthenticated
    await failsWithoutAudit('FORBIDDEN', CREATE_CADRE, await cadreArgs(world.a.unitId), world.analyst);
    await failsWithoutAudit('FORBIDDEN', UPDATE_CADRE, { id: cadre.id, name: '分析员' }, world.analyst);
    await failsWithoutAudit('FORBIDDEN', CREATE_CADRE, await cadreArgs(world.a.unitId), world.b.token);
    await failsWithoutAudit('NOT_FOUND', UPDATE_CADRE, { id: cadre.id, name: '别的单位' }, world.b.token);
    await failsWithoutAudit('UNAUTHENTICATED', UPDATE_CADRE, { id: cadre.id, name: '匿名' }, null);

    const after = await api.ok<{ Cadre: { name: string; version: number } }>('query($id: ID!) { Cadre(id: $id) { name version } }', { id: cadre.id }, world.admin);
    expect(after.Cadre).toEqual({ name: '不变', version: cadre.version });
  });

  it('API audit: a password never appears in the log — passwordHash shows "[redacted]"', async () => {
    const password = 'very-secret-pass-1';
    const created = await audited<{ createUser: { id: string } }>(CREATE_USER, { u: 'audited-user', p: password, r: 'SUBDISTRICT_ANALYST' }, world.admin);
    expect(created.entry.changes.find((c) => c.field === 'passwordHash')).toMatchObject({ before: null, after: '[redacted]' });
    const changed = await audited('mutation($id: ID!, $p: String!) { updateUser(id: $id, password: $p) { id } }', { id: created.data.createUser.id, p: 'another-secret-2' }, world.admin);
    expect(changed.entry.changes).toEqual([{ entityType: 'User', entityId: created.data.createUser.id, operation: 'UPDATE', field: 'passwordHash', before: '[redacted]', after: '[redacted]' }]);
    // nowhere in the whole log: neither a password nor a hash
    const log = JSON.stringify(await auditEntries(api, world.admin));
    for (const secret of [password, 'another-secret-2', 'unit-pass-123', 'analyst-pass-1', 'scrypt$']) expect(log).not.toContain(secret);
  });

  it('ROLE-2/ROLE-3 API audit: the analyst and a unit user cannot read the audit log (FORBIDDEN), and nobody can write it', async () => {
    const [anyEntry] = await auditEntries(api, world.admin);
    for (const token of [world.analyst, world.a.token]) {
      const list = await api.gql<{ allAuditEntries: unknown }>('{ allAuditEntries { id changes { field before after } } }', {}, token);
      expect(codeOf(list)).toBe('FORBIDDEN');
      expect(list.data).toBeNull();
      expect(codeOf(await api.gql('{ _allAuditEntriesMeta { count } }', {}, token))).toBe('FORBIDDEN');
      const one = await api.gql<{ AuditEntry: unknown }>('query($id: ID!) { AuditEntry(id: $id) { id } }', { id: anyEntry!.id }, token);
      expect(codeOf(one)).toBe('FORBIDDEN');
      expect(one.data?.AuditEntry ?? null).toBeNull();
    }
    const schema = await api.ok<{ __schema: { mutationType: { fields: { name: string }[] } } }>('{ __schema { mutationType { fields { name } } } }', {}, world.admin);
    expect(schema.__schema.mutationType.fields.map((f) => f.name).filter((n) => /audit/i.test(n))).toEqual([]);
  });
});
