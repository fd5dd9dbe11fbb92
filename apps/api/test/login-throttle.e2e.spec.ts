import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, backends, codeOf, TestApi, TODAY, type GqlResult } from './support/api';
import { buildWorld, type World } from './support/fixture';
import { auditEntries } from './support/helpers';

/**
 * Logins are counted in the database before the password is checked: parallel attempts, several
 * API processes and restarts all see one count; delays grow instead of a lock an attacker could
 * set off for the real user; tokens die with the password, role, unit or activation they were
 * issued under.
 */
const START = new Date(`${TODAY}T04:00:00Z`);
const LIMIT = 5;
const ADDRESS_LIMIT = 20;
const BASE_S = 60;
const MAX_S = 8 * 60;
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { id username } } }';
const WRONG = 'Wrong username or password.';
const CREATE_USER = 'mutation($u: String!, $p: String!, $r: Role!, $unit: ID) { createUser(username: $u, password: $p, role: $r, unitId: $unit) { id } }';
const CLEAR = 'mutation($u: String!) { clearLoginThrottle(username: $u) }';

type LoginResult = GqlResult<{ login: { token: string; user: { id: string; username: string } } }>;

describe.each(backends)('login throttle (%s)', (backend) => {
  let api: TestApi;
  let world: World;
  let now = START;
  /** passwords compared, per username, over every API process of the test */
  const checks = new Map<string, number>();
  const checked = (u: string) => checks.get(u) ?? 0;
  const options = {
    clock: () => now,
    trustProxy: true,
    // 60 logins at once: all of them queue for an execution slot here (the overload answer, 503, has its own suite)
    limits: { maxQueue: 100 },
    auth: {
      maxFailuresPerUser: LIMIT,
      maxFailuresPerAddress: ADDRESS_LIMIT,
      failureWindowMs: 15 * 60_000,
      baseDelayMs: BASE_S * 1000,
      maxDelayMs: MAX_S * 1000,
      onPasswordCheck: (u: string) => checks.set(u, checked(u) + 1),
    },
  };
  const loginAt = (address: string, u: string, p: string, via: TestApi = api) => via.gql(LOGIN, { u, p }, null, { 'x-forwarded-for': address }) as Promise<LoginResult>;
  const later = (seconds: number) => {
    now = new Date(now.getTime() + seconds * 1000);
  };
  async function newUser(username: string, password: string, role = 'SUBDISTRICT_ANALYST', unit: string | null = null): Promise<string> {
    return (await api.ok<{ createUser: { id: string } }>(CREATE_USER, { u: username, p: password, r: role, unit }, world.admin)).createUser.id;
  }
  function expectRefused(result: LoginResult, seconds?: number): void {
    expect(result.data).toBeNull();
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(result.errors![0]!.message).toMatch(/too many failed logins/i);
    expect(result.errors![0]!.extensions!.messageZh).toMatch(/登录失败次数过多/);
    const retry = result.errors![0]!.extensions!.retryAfterSeconds as number;
    if (seconds === undefined) expect(retry).toBeGreaterThan(0);
    else expect(retry).toBe(seconds);
  }
  function expectWrong(result: LoginResult): void {
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(result.errors![0]!.message).toBe(WRONG);
  }

  beforeAll(async () => {
    api = await TestApi.start(backend, options);
    world = await buildWorld(api);
  });
  afterAll(() => api?.close());

  it('API auth: 60 parallel wrong attempts for one user check at most 5 passwords; the right one is then refused without a check', async () => {
    await newUser('parallel-one', 'right-pass-123');
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => loginAt('198.51.100.1', 'parallel-one', `wrong-${i}`)));
    expect(checked('parallel-one')).toBe(LIMIT);
    expect(results.filter((r) => r.errors?.[0]?.message === WRONG)).toHaveLength(LIMIT);
    const refused = results.filter((r) => r.errors?.[0]?.message !== WRONG);
    expect(refused).toHaveLength(60 - LIMIT);
    for (const r of refused) expectRefused(r, BASE_S);
    // the right password does not get in while the delay runs, and is not even compared
    expectRefused(await loginAt('198.51.100.1', 'parallel-one', 'right-pass-123'), BASE_S);
    expect(checked('parallel-one')).toBe(LIMIT);
  });

  it('API auth: 59 wrong and the right password in parallel: at most 5 compared, at most one login', async () => {
    await newUser('parallel-two', 'right-pass-123');
    const passwords = [...Array.from({ length: 59 }, (_, i) => `wrong-${i}`), 'right-pass-123'];
    const results = await Promise.all(passwords.map((p) => loginAt('198.51.100.2', 'parallel-two', p)));
    expect(checked('parallel-two')).toBeLessThanOrEqual(LIMIT);
    const successes = results.filter((r) => r.data?.login);
    expect(successes.length).toBeLessThanOrEqual(1);
    // every answer is one of the three: logged in, wrong credentials (compared), refused (not compared)
    expect(results.filter((r) => r.errors?.[0]?.message === WRONG).length + successes.length).toBe(checked('parallel-two'));
  });

  it('API auth: failures at one address do not hold up the same user at another address, nor other users', async () => {
    for (let i = 0; i < LIMIT; i += 1) expectWrong(await loginAt('203.0.113.66', 'admin', `guess-${i}`));
    expectRefused(await loginAt('203.0.113.66', 'admin', ADMIN_PASSWORD), BASE_S);
    // the real admin, elsewhere, logs in at once with the correct password
    const home = await loginAt('192.0.2.10', 'admin', ADMIN_PASSWORD);
    expect(home.errors).toBeUndefined();
    expect(home.data!.login.user.username).toBe('admin');
    // the per-address limit: many usernames from one address hold up that address only
    for (let i = LIMIT; i < ADDRESS_LIMIT; i += 1) expectWrong(await loginAt('203.0.113.66', `someone-${i}`, 'guess'));
    expectRefused(await loginAt('203.0.113.66', world.a.username, 'unit-pass-123'), BASE_S);
    expect((await loginAt('192.0.2.11', world.a.username, 'unit-pass-123')).errors).toBeUndefined();
    expect((await loginAt('192.0.2.10', 'admin', ADMIN_PASSWORD)).errors).toBeUndefined();
  });

  it('API auth: a client-supplied X-Forwarded-For entry before the proxy’s own is not the address', async () => {
    for (let i = 0; i < LIMIT; i += 1) expectWrong(await loginAt('10.0.0.1, 198.51.100.7', 'spoofer', `guess-${i}`));
    // the last entry (added by the trusted proxy) is the address, whatever the client wrote before it
    expectRefused(await loginAt('10.9.9.9, 198.51.100.7', 'spoofer', 'guess'));
  });

  it('API auth: the delay grows 1, 2, 4, 8 minutes … up to its cap, and a success starts the count afresh', async () => {
    await newUser('slow-typist', 'right-pass-123');
    const at = '198.51.100.3';
    const start = now;
    try {
      for (let i = 0; i < LIMIT; i += 1) expectWrong(await loginAt(at, 'slow-typist', `wrong-${i}`));
      const waits: number[] = [];
      for (let step = 0; step < 5; step += 1) {
        const refused = await loginAt(at, 'slow-typist', 'wrong');
        expectRefused(refused);
        const wait = refused.errors![0]!.extensions!.retryAfterSeconds as number;
        waits.push(wait);
        // one second early: still refused, and nothing compared
        const before = checked('slow-typist');
        later(wait - 1);
        expectRefused(await loginAt(at, 'slow-typist', 'right-pass-123'), 1);
        expect(checked('slow-typist')).toBe(before);
        later(1);
        expectWrong(await loginAt(at, 'slow-typist', 'wrong-again'));
      }
      expect(waits).toEqual([BASE_S, 2 * BASE_S, 4 * BASE_S, MAX_S, MAX_S]);
      later(MAX_S);
      expect((await loginAt(at, 'slow-typist', 'right-pass-123')).errors).toBeUndefined();
      // after the success: 5 attempts without delay again
      for (let i = 0; i < LIMIT; i += 1) expectWrong(await loginAt(at, 'slow-typist', `wrong-${i}`));
      expectRefused(await loginAt(at, 'slow-typist', 'right-pass-123'), BASE_S);
    } finally {
      now = start;
    }
  });

  it('API auth: after the window with no delay running, a key starts counting again', async () => {
    const at = '198.51.100.4';
    const start = now;
    try {
      for (let i = 0; i < LIMIT - 1; i += 1) expectWrong(await loginAt(at, 'window-user', `wrong-${i}`));
      later(15 * 60);
      for (let i = 0; i < LIMIT; i += 1) expectWrong(await loginAt(at, 'window-user', `wrong-${i}`));
      expectRefused(await loginAt(at, 'window-user', 'wrong'), BASE_S);
    } finally {
      now = start;
    }
  });

  it('ROLE-1 API auth: an admin clears a username’s delays (audited); others may not', async () => {
    await newUser('locked-out', 'right-pass-123');
    for (let i = 0; i < LIMIT; i += 1) expectWrong(await loginAt('198.51.100.5', 'locked-out', `wrong-${i}`));
    for (let i = 0; i < LIMIT; i += 1) expectWrong(await loginAt('198.51.100.6', 'Locked-Out', `wrong-${i}`));
    expectRefused(await loginAt('198.51.100.5', 'locked-out', 'right-pass-123'));

    expect(codeOf(await api.gql(CLEAR, { u: 'locked-out' }, world.analyst))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(CLEAR, { u: 'locked-out' }, world.a.token))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(CLEAR, { u: 'locked-out' }))).toBe('UNAUTHENTICATED');
    expectRefused(await loginAt('198.51.100.5', 'locked-out', 'right-pass-123'));

    const before = new Set((await auditEntries(api, world.admin)).map((e) => e.id));
    expect(await api.ok(CLEAR, { u: ' LOCKED-OUT ' }, world.admin)).toEqual({ clearLoginThrottle: true });
    const added = (await auditEntries(api, world.admin)).filter((e) => !before.has(e.id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ action: 'clearLoginThrottle', username: 'admin', entityType: 'LoginThrottle' });
    // the log names what was cleared: the username at both addresses
    const cleared = added[0]!.changes.filter((c) => c.field === 'username' || c.field === 'address');
    expect(cleared.map((c) => [c.operation, c.field, c.before, c.after]).sort()).toEqual([
      ['DELETE', 'address', '198.51.100.5', null],
      ['DELETE', 'address', '198.51.100.6', null],
      ['DELETE', 'username', 'locked-out', null],
      ['DELETE', 'username', 'locked-out', null],
    ]);
    // both addresses are free at once; nothing left to clear
    expect((await loginAt('198.51.100.5', 'locked-out', 'right-pass-123')).errors).toBeUndefined();
    expect((await loginAt('198.51.100.6', 'locked-out', 'right-pass-123')).errors).toBeUndefined();
    expect(await api.ok(CLEAR, { u: 'locked-out' }, world.admin)).toEqual({ clearLoginThrottle: false });
  });

  it('API auth: two API processes on one database share the count', async () => {
    const second = await TestApi.alongside(api, options);
    try {
      await newUser('two-doors', 'right-pass-123');
      const at = '198.51.100.8';
      // alternating between the processes: the 6th attempt is refused by either
      for (let i = 0; i < LIMIT; i += 1) expectWrong(await loginAt(at, 'two-doors', `wrong-${i}`, i % 2 === 0 ? api : second));
      expectRefused(await loginAt(at, 'two-doors', 'right-pass-123', second), BASE_S);
      expectRefused(await loginAt(at, 'two-doors', 'right-pass-123', api), BASE_S);
      // in parallel across both processes: still at most 5 compared
      await newUser('two-doors-b', 'right-pass-123');
      await Promise.all(Array.from({ length: 40 }, (_, i) => loginAt('198.51.100.9', 'two-doors-b', `wrong-${i}`, i % 2 === 0 ? api : second)));
      expect(checked('two-doors-b')).toBe(LIMIT);
      // a lock cleared through one process is cleared for the other
      await api.ok(CLEAR, { u: 'two-doors' }, world.admin);
      expect((await loginAt(at, 'two-doors', 'right-pass-123', second)).errors).toBeUndefined();
    } finally {
      await second.close();
    }
  });

  describe('tokens end with the password, role, unit or activation they were issued under', () => {
    const ME = '{ me { id } }';
    const UPDATE = 'mutation($id: ID!, $password: String, $role: Role, $unit: ID, $active: Boolean, $pii: Boolean) { updateUser(id: $id, password: $password, role: $role, unitId: $unit, active: $active, piiGranted: $pii) { id } }';
    async function expectDead(token: string): Promise<void> {
      expect((await api.ok<{ me: unknown }>(ME, {}, token)).me).toBeNull();
      expect(codeOf(await api.gql('{ allCadres { id } }', {}, token))).toBe('UNAUTHENTICATED');
    }
    async function session(username: string, password: string): Promise<string> {
      const result = await loginAt('192.0.2.50', username, password);
      expect(result.errors).toBeUndefined();
      return result.data!.login.token;
    }

    it('ROLE-1 API auth: a password change ends every earlier token; the new password logs in', async () => {
      const id = await newUser('changes-password', 'old-pass-123', 'UNIT_USER', world.a.unitId);
      const first = await session('changes-password', 'old-pass-123');
      const second = await session('changes-password', 'old-pass-123');
      await api.ok(UPDATE, { id, password: 'new-pass-123' }, world.admin);
      await expectDead(first);
      await expectDead(second);
      expectWrong(await loginAt('192.0.2.50', 'changes-password', 'old-pass-123'));
      const fresh = await session('changes-password', 'new-pass-123');
      expect((await api.ok<{ me: { id: string } }>(ME, {}, fresh)).me.id).toBe(id);
    });

    it('ROLE-1 ROLE-3 API auth: a role change and a unit change end earlier tokens', async () => {
      const id = await newUser('changes-role', 'role-pass-123', 'UNIT_USER', world.a.unitId);
      let token = await session('changes-role', 'role-pass-123');
      await api.ok(UPDATE, { id, unit: world.b.unitId }, world.admin);
      await expectDead(token);
      token = await session('changes-role', 'role-pass-123');
      const allCadres = await api.ok<{ allCadres: { unitId: string }[] }>('{ allCadres { unitId } }', {}, token);
      expect(new Set(allCadres.allCadres.map((c) => c.unitId))).toEqual(new Set([world.b.unitId]));
      await api.ok(UPDATE, { id, role: 'SUBDISTRICT_ANALYST', unit: null }, world.admin);
      await expectDead(token);
      expect((await api.ok<{ me: { id: string } }>(ME, {}, await session('changes-role', 'role-pass-123'))).me.id).toBe(id);
    });

    it('ROLE-1 API auth: a deactivation ends earlier tokens for good: reactivating does not bring them back', async () => {
      const id = await newUser('leaves-and-returns', 'back-pass-123', 'UNIT_USER', world.a.unitId);
      const token = await session('leaves-and-returns', 'back-pass-123');
      await api.ok(UPDATE, { id, active: false }, world.admin);
      await expectDead(token);
      await api.ok(UPDATE, { id, active: true }, world.admin);
      await expectDead(token);
      expect((await api.ok<{ me: { id: string } }>(ME, {}, await session('leaves-and-returns', 'back-pass-123'))).me.id).toBe(id);
    });

    it('ROLE-2 API auth: other changes (the PII grant, an unchanged role) keep tokens valid', async () => {
      const id = await newUser('keeps-token', 'keep-pass-123');
      const token = await session('keeps-token', 'keep-pass-123');
      await api.ok(UPDATE, { id, pii: true }, world.admin);
      await api.ok(UPDATE, { id, role: 'SUBDISTRICT_ANALYST' }, world.admin);
      expect((await api.ok<{ me: { id: string } }>(ME, {}, token)).me.id).toBe(id);
    });
  });
});
