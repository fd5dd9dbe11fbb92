import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, backends, codeOf, TestApi, TODAY, type GqlResult } from './support/api';
import { buildWorld, type World } from './support/fixture';
import { countOf, fieldsOf } from './support/helpers';
import { signToken } from '../src/auth/token';

const WRONG = 'Wrong username or password.';
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { id username role unit { id name kind } } } }';
const ME = '{ me { id username role unit { id } } }';
const CREATE_USER = 'mutation($u: String!, $p: String!, $r: Role!, $unit: ID, $pii: Boolean) { createUser(username: $u, password: $p, role: $r, unitId: $unit, piiGranted: $pii) { id username role unitId } }';
const UPDATE_USER = 'mutation($id: ID!, $active: Boolean, $role: Role, $unit: ID) { updateUser(id: $id, active: $active, role: $role, unitId: $unit) { id active role } }';

const START = new Date(`${TODAY}T04:00:00Z`);
const TOKEN_TTL_MS = 8 * 3600_000;
const WINDOW_MS = 15 * 60_000;
/** the delay after a username's 5th attempt at one address (it doubles with each further one) */
const FIRST_DELAY_MS = 60_000;

type LoginResult = GqlResult<{ login: { token: string; user: { id: string; username: string; role: string; unit: { id: string; name: string; kind: string } | null } } }>;

describe.each(backends)('API auth (%s)', (backend) => {
  let api: TestApi;
  let world: World;
  /** the server's clock: tests that move it put it back */
  let now = START;

  const login = (u: string, p: string) => api.gql(LOGIN, { u, p }) as Promise<LoginResult>;
  const me = async (token: string | null) => (await api.ok<{ me: { id: string; username: string; role: string; unit: { id: string } | null } | null }>(ME, {}, token)).me;
  async function withClock<T>(at: Date, run: () => Promise<T>): Promise<T> {
    now = at;
    try {
      return await run();
    } finally {
      now = START;
    }
  }
  async function newUser(username: string, password = 'correct-horse-1', role = 'SUBDISTRICT_ANALYST', unit: string | null = null): Promise<string> {
    const data = await api.ok<{ createUser: { id: string } }>(CREATE_USER, { u: username, p: password, r: role, unit }, world.admin);
    return data.createUser.id;
  }

  beforeAll(async () => {
    api = await TestApi.start(backend, { clock: () => now });
    world = await buildWorld(api);
  });
  afterAll(() => api?.close());

  it('API auth: login returns a token and the user { id username role unit }; a unit user’s unit is its unit (ROLE-1, ROLE-3)', async () => {
    const admin = await login('admin', ADMIN_PASSWORD);
    expect(admin.errors).toBeUndefined();
    expect(admin.data!.login.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(admin.data!.login.user).toMatchObject({ username: 'admin', role: 'SUBDISTRICT_ADMIN', unit: null });

    const unit = await login(world.a.username, 'unit-pass-123');
    expect(unit.errors).toBeUndefined();
    expect(unit.data!.login.user).toEqual({ id: world.a.userId, username: world.a.username, role: 'UNIT_USER', unit: { id: world.a.unitId, name: '单位ua', kind: 'VILLAGE' } });

    // the username is not case-sensitive
    const upper = await login(world.a.username.toUpperCase(), 'unit-pass-123');
    expect(upper.data?.login.user.id).toBe(world.a.userId);
  });

  it('API auth: me answers the token’s user, and null without a token', async () => {
    expect(await me(world.admin)).toMatchObject({ username: 'admin', role: 'SUBDISTRICT_ADMIN', unit: null });
    expect(await me(world.analyst)).toMatchObject({ username: 'analyst', role: 'SUBDISTRICT_ANALYST', unit: null });
    expect(await me(world.b.token)).toEqual({ id: world.b.userId, username: world.b.username, role: 'UNIT_USER', unit: { id: world.b.unitId } });
    expect(await me(null)).toBeNull();
  });

  it('API auth: me is null with a tampered, foreign-signed or malformed token', async () => {
    const [header, payload, signature] = world.a.token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub: string; iat: number; exp: number };
    // another user's id under the original signature
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: world.b.userId })).toString('base64url')}.${signature}`;
    // a longer lifetime under the original signature
    const extended = `${header}.${Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 3600 })).toString('base64url')}.${signature}`;
    // a flipped signature character
    const flipped = `${header}.${payload}.${signature.slice(0, -2)}${signature.at(-2) === 'A' ? 'B' : 'A'}${signature.at(-1)}`;
    const foreign = signToken(world.a.userId, 'not-the-secret', now, 3600);
    for (const token of [forged, extended, flipped, foreign, 'garbage', `${header}.${payload}`, `${header}.${payload}.`]) {
      expect(await me(token), token).toBeNull();
    }
    // a valid token without the Bearer scheme is not accepted
    const raw = await api.gql<{ me: unknown }>(ME, {}, null, { authorization: world.a.token });
    expect(raw.data?.me).toBeNull();
    // the untampered token still works
    expect((await me(world.a.token))?.id).toBe(world.a.userId);
  });

  it('API auth: a token expires after its lifetime (8 h): me null and protected queries UNAUTHENTICATED', async () => {
    const token = (await login(world.a.username, 'unit-pass-123')).data!.login.token;
    // one second before the end of its lifetime it still works
    const stillValid = await withClock(new Date(START.getTime() + TOKEN_TTL_MS - 1000), () => me(token));
    expect(stillValid?.id).toBe(world.a.userId);
    const expired = await withClock(new Date(START.getTime() + TOKEN_TTL_MS), async () => ({
      me: await me(token),
      list: await api.gql('{ allCadres { id } }', {}, token),
    }));
    expect(expired.me).toBeNull();
    expect(codeOf(expired.list)).toBe('UNAUTHENTICATED');
    // a correctly signed token whose expiry has passed
    const old = signToken(world.a.userId, 'test-secret', new Date(START.getTime() - TOKEN_TTL_MS - 1000), 8 * 3600);
    expect(await me(old)).toBeNull();
    const fresh = signToken(world.a.userId, 'test-secret', START, 60);
    expect((await me(fresh))?.id).toBe(world.a.userId);
  });

  it('API auth: a wrong password and an unknown user give the identical UNAUTHENTICATED error', async () => {
    const wrongPassword = await login('admin', 'not-the-password');
    const unknownUser = await login('nobody-here', ADMIN_PASSWORD);
    for (const result of [wrongPassword, unknownUser]) {
      expect(result.data).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
      expect(result.errors![0]!.message).toBe(WRONG);
    }
    expect(unknownUser.errors).toEqual(wrongPassword.errors);
    // the admin is not locked by one failure
    expect((await login('admin', ADMIN_PASSWORD)).errors).toBeUndefined();
  });

  it('API auth: a protected query or mutation without a (valid) token is UNAUTHENTICATED and returns no data', async () => {
    for (const token of [null, 'invalid-token']) {
      const list = await api.gql<{ allCadres: unknown }>('{ allCadres { id name } }', {}, token);
      expect(codeOf(list)).toBe('UNAUTHENTICATED');
      expect(list.data).toBeNull();
      const one = await api.gql<{ Cadre: unknown }>('query($id: ID!) { Cadre(id: $id) { id name } }', { id: world.a.cadreId }, token);
      expect(codeOf(one)).toBe('UNAUTHENTICATED');
      expect(one.data?.Cadre ?? null).toBeNull();
      const create = await api.gql('mutation($u: ID!) { createPost(unitId: $u, title: "COMMITTEE_MEMBER") { id } }', { u: world.a.unitId }, token);
      expect(codeOf(create)).toBe('UNAUTHENTICATED');
    }
    expect(await countOf(api, world.admin, 'Posts', { unitId: world.a.unitId })).toBe(1);
  });

  it('API auth: after 5 failures for a username the 6th attempt is refused even with the correct password, for a minute; another username from the same address still logs in', async () => {
    await newUser('lockme', 'correct-horse-1');
    for (let i = 0; i < 5; i += 1) {
      const failed = await login('lockme', `wrong-${i}`);
      expect(codeOf(failed)).toBe('UNAUTHENTICATED');
      expect(failed.errors![0]!.message).toBe(WRONG);
    }
    const refused = await login('lockme', 'correct-horse-1');
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    expect(refused.data).toBeNull();
    expect(refused.errors![0]!.message).toMatch(/too many failed logins/i);
    const retryAfter = refused.errors![0]!.extensions!.retryAfterSeconds as number;
    expect(retryAfter).toBe(FIRST_DELAY_MS / 1000);
    // the limit is per username, whatever its spelling
    expect(codeOf(await login('LockMe', 'correct-horse-1'))).toBe('UNAUTHENTICATED');
    // another username from the same address is not affected
    expect((await login(world.b.username, 'unit-pass-123')).errors).toBeUndefined();
    // the refused attempt did not log in: the delay still holds just before it ends
    const stillLocked = await withClock(new Date(START.getTime() + FIRST_DELAY_MS - 1000), () => login('lockme', 'correct-horse-1'));
    expect(codeOf(stillLocked)).toBe('UNAUTHENTICATED');
    // once the delay has passed, the correct password works again
    const later = await withClock(new Date(START.getTime() + FIRST_DELAY_MS), () => login('lockme', 'correct-horse-1'));
    expect(later.errors).toBeUndefined();
    expect(later.data!.login.user.username).toBe('lockme');
  });

  it('API auth: an unknown username is limited exactly like a known one (the limit reveals no user)', async () => {
    await newUser('known-user', 'correct-horse-1');
    const results: { known: LoginResult[]; unknown: LoginResult[] } = { known: [], unknown: [] };
    for (let i = 0; i < 6; i += 1) {
      results.known.push(await login('known-user', 'wrong-password'));
      results.unknown.push(await login('unknown-user', 'wrong-password'));
    }
    expect(results.unknown.map((r) => r.errors)).toEqual(results.known.map((r) => r.errors));
    expect(results.known[5]!.errors![0]!.message).toMatch(/too many failed logins/i);
  });

  it('ROLE-1 API auth: an inactive user cannot log in, and its existing token stops working', async () => {
    const id = await newUser('leaving-clerk', 'clerk-pass-123', 'UNIT_USER', world.a.unitId);
    const token = (await login('leaving-clerk', 'clerk-pass-123')).data!.login.token;
    expect((await me(token))?.id).toBe(id);
    await api.ok(UPDATE_USER, { id, active: false }, world.admin);

    expect(await me(token)).toBeNull();
    expect(codeOf(await api.gql('{ allCadres { id } }', {}, token))).toBe('UNAUTHENTICATED');
    const denied = await login('leaving-clerk', 'clerk-pass-123');
    expect(codeOf(denied)).toBe('UNAUTHENTICATED');
    expect(denied.errors![0]!.message).toBe(WRONG);

    // reactivated: the token from before the deactivation stays dead; a new login works
    await api.ok(UPDATE_USER, { id, active: true }, world.admin);
    expect(await me(token)).toBeNull();
    const again = (await login('leaving-clerk', 'clerk-pass-123')).data!.login.token;
    expect((await me(again))?.id).toBe(id);
  });

  it('API auth: a password is never readable — User has no passwordHash (or any password) field', async () => {
    const data = await api.ok<{ __type: { fields: { name: string }[] } }>('{ __type(name: "User") { fields { name } } }', {}, world.admin);
    const names = data.__type.fields.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['id', 'username', 'role', 'unit']));
    expect(names.filter((n) => /password/i.test(n))).toEqual([]);
    const query = await api.gql('{ allUsers { id passwordHash } }', {}, world.admin);
    expect(codeOf(query)).toBe('GRAPHQL_VALIDATION_FAILED');
    const payload = await api.ok<{ __type: { fields: { name: string }[] } }>('{ __type(name: "AuthPayload") { fields { name } } }', {}, world.admin);
    expect(payload.__type.fields.map((f) => f.name).sort()).toEqual(['token', 'user']);
  });

  it('API auth: GET /healthz answers 200 {status: "ok"} while the database is reachable', async () => {
    const res = await fetch(`${api.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('ROLE-1..3 API auth: createUser rejects bad input with BAD_USER_INPUT naming the fields, and writes nothing', async () => {
    const before = await countOf(api, world.admin, 'Users');
    const cases: [Record<string, unknown>, string[]][] = [
      [{ u: 'shortpass', p: 'short', r: 'SUBDISTRICT_ANALYST' }, ['password']],
      [{ u: 'bad name!', p: 'long-enough-1', r: 'SUBDISTRICT_ANALYST' }, ['username']],
      [{ u: 'x', p: 'long-enough-1', r: 'SUBDISTRICT_ANALYST' }, ['username']],
      [{ u: 'unitless', p: 'long-enough-1', r: 'UNIT_USER' }, ['unitId']],
      [{ u: 'analyst-with-unit', p: 'long-enough-1', r: 'SUBDISTRICT_ANALYST', unit: world.a.unitId }, ['unitId']],
      [{ u: 'admin-with-unit', p: 'long-enough-1', r: 'SUBDISTRICT_ADMIN', unit: world.a.unitId }, ['unitId']],
      [{ u: 'ghost-unit', p: 'long-enough-1', r: 'UNIT_USER', unit: '00000000-0000-0000-0000-000000000000' }, ['unitId']],
      // several problems are reported together
      [{ u: 'B A D', p: 'short', r: 'UNIT_USER' }, ['username', 'password', 'unitId']],
    ];
    for (const [variables, fields] of cases) {
      const result = await api.gql(CREATE_USER, variables, world.admin);
      expect(codeOf(result), JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      expect([...fieldsOf(result)].sort(), JSON.stringify(variables)).toEqual([...fields].sort());
    }
    expect(await countOf(api, world.admin, 'Users')).toBe(before);
  });

  it('API auth: a duplicate username (in any case) is a CONFLICT', async () => {
    await newUser('twin', 'twin-pass-123');
    const before = await countOf(api, world.admin, 'Users');
    for (const u of ['twin', 'TWIN', ' twin ']) {
      const result = await api.gql(CREATE_USER, { u, p: 'other-pass-123', r: 'SUBDISTRICT_ANALYST' }, world.admin);
      expect(codeOf(result), u).toBe('CONFLICT');
    }
    expect(await countOf(api, world.admin, 'Users')).toBe(before);
    // the original keeps its password
    expect((await login('twin', 'twin-pass-123')).errors).toBeUndefined();
  });

  it('ROLE-1 API auth: an admin cannot deactivate or demote themselves (CONFLICT), and stays an active admin', async () => {
    const self = (await me(world.admin))!;
    expect(codeOf(await api.gql(UPDATE_USER, { id: self.id, active: false }, world.admin))).toBe('CONFLICT');
    expect(codeOf(await api.gql(UPDATE_USER, { id: self.id, role: 'SUBDISTRICT_ANALYST' }, world.admin))).toBe('CONFLICT');
    expect(codeOf(await api.gql(UPDATE_USER, { id: self.id, role: 'UNIT_USER', unit: world.a.unitId }, world.admin))).toBe('CONFLICT');
    expect(await me(world.admin)).toMatchObject({ id: self.id, role: 'SUBDISTRICT_ADMIN' });
    const { User } = await api.ok<{ User: { active: boolean; role: string } }>('query($id: ID!) { User(id: $id) { active role } }', { id: self.id }, world.admin);
    expect(User).toEqual({ active: true, role: 'SUBDISTRICT_ADMIN' });
    expect((await login('admin', ADMIN_PASSWORD)).errors).toBeUndefined();
  });
});

describe.each(backends)('API auth: per-address limit (%s)', (backend) => {
  let api: TestApi;
  let now = START;

  beforeAll(async () => {
    api = await TestApi.start(backend, { clock: () => now, auth: { maxFailuresPerAddress: 3 } });
  });
  afterAll(() => api?.close());

  it('API auth: after 3 failures from one address (any usernames) even a correct login from it is refused until the window passes', async () => {
    const login = (u: string, p: string, headers: Record<string, string> = {}) =>
      api.gql<{ login: { token: string } }>('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u, p }, null, headers);
    for (const username of ['alice', 'bob', 'carol']) {
      const failed = await login(username, 'guess-123');
      expect(failed.errors![0]!.message).toBe(WRONG);
    }
    const refused = await login('admin', ADMIN_PASSWORD);
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    expect(refused.data).toBeNull();
    expect(refused.errors![0]!.message).toMatch(/too many failed logins/i);
    // a client-supplied forwarding header does not make it another address
    const spoofed = await login('admin', ADMIN_PASSWORD, { 'x-forwarded-for': '203.0.113.9', 'x-real-ip': '203.0.113.9' });
    expect(codeOf(spoofed)).toBe('UNAUTHENTICATED');

    now = new Date(START.getTime() + WINDOW_MS);
    const later = await login('admin', ADMIN_PASSWORD);
    expect(later.errors).toBeUndefined();
    expect(later.data!.login.token).toBeTruthy();
  });
});

describe.each(backends)('API auth: a token user read once per moment (%s)', (backend) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await TestApi.start(backend, { auth: { tokenUserCacheMs: 60_000 } });
  });
  afterAll(() => api?.close());

  it('ROLE-1 a token user is trusted for the cache time; a change through the API is refused at once', async () => {
    const admin = await api.login('admin', ADMIN_PASSWORD);
    const created = await api.ok<{ createUser: { id: string } }>(CREATE_USER, { u: 'cached-analyst', p: 'correct-horse-1', r: 'SUBDISTRICT_ANALYST' }, admin);
    const token = await api.login('cached-analyst', 'correct-horse-1');
    const me = async () => (await api.ok<{ me: { username: string } | null }>(ME, {}, token)).me;
    expect(await me()).toMatchObject({ username: 'cached-analyst' });
    const execute = (sql: string) => api.app.orm.em.fork().getConnection().execute(sql, [created.createUser.id]);
    // a change behind the API's back (another process) is seen only when the entry expires
    await execute('update app_user set active = false where id = ?');
    expect(await me()).toMatchObject({ username: 'cached-analyst' });
    await execute('update app_user set active = true where id = ?');
    // a change through this process forgets every cached user once committed
    const deactivated = await api.gql(UPDATE_USER, { id: created.createUser.id, active: false }, admin);
    expect(deactivated.errors).toBeUndefined();
    expect(await me()).toBeNull();
  });

  it.runIf(backend === 'postgres')('ROLE-1 a change made through another API process ends the tokens here too (PostgreSQL notification)', async () => {
    const second = await TestApi.alongside(api, { auth: { tokenUserCacheMs: 60_000 } });
    try {
      const admin = await second.login('admin', ADMIN_PASSWORD);
      const created = await second.ok<{ createUser: { id: string } }>(CREATE_USER, { u: 'two-process-analyst', p: 'correct-horse-1', r: 'SUBDISTRICT_ANALYST' }, admin);
      const token = await api.login('two-process-analyst', 'correct-horse-1');
      const me = async () => (await api.ok<{ me: { username: string } | null }>(ME, {}, token)).me;
      expect(await me()).toMatchObject({ username: 'two-process-analyst' });
      expect(await me()).toMatchObject({ username: 'two-process-analyst' });
      const deactivated = await second.gql(UPDATE_USER, { id: created.createUser.id, active: false }, admin);
      expect(deactivated.errors).toBeUndefined();
      // the notification travels after the commit: within moments, not the cache's 60 s
      await expect.poll(me, { timeout: 2000, interval: 20 }).toBeNull();
    } finally {
      await second.close();
    }
  });
});
