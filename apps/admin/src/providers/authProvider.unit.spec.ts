import type { AuthProvider } from 'react-admin';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAuthProvider } from './authProvider';
import type { SessionStorage, SessionUser } from './session';

class MemoryStorage implements SessionStorage {
  private items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const users: Record<string, SessionUser> = {
  admin: { id: '1', username: 'admin', role: 'SUBDISTRICT_ADMIN', unit: null },
  analyst: { id: '2', username: 'analyst', role: 'SUBDISTRICT_ANALYST', unit: null, piiGranted: false },
  v001: { id: '3', username: 'v001', role: 'UNIT_USER', unit: { id: 'u1', name: '东村', kind: 'VILLAGE' } },
};

/** A stand-in for the API's login mutation. */
const fakeFetch = (async (_url: unknown, init?: RequestInit) => {
  const { variables } = JSON.parse(String(init?.body));
  const user = users[variables.username];
  const body =
    user && variables.password === 'pw'
      ? { data: { login: { token: `token-${user.username}`, user } } }
      : { data: null, errors: [{ message: 'Invalid username or password', extensions: { code: 'UNAUTHENTICATED' } }] };
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}) as typeof fetch;

async function signedIn(username: string): Promise<AuthProvider> {
  const provider = createAuthProvider({ fetch: fakeFetch, storage: new MemoryStorage() });
  await provider.login({ username, password: 'pw' });
  return provider;
}

const can = (p: AuthProvider, action: string, resource: string, record?: Record<string, unknown>) =>
  p.canAccess!({ action, resource, record, signal: new AbortController().signal } as never);

describe('authProvider', () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
  });

  it('keeps the session after login and forgets it on logout', async () => {
    const provider = createAuthProvider({ fetch: fakeFetch, storage });
    await expect(provider.checkAuth({})).rejects.toThrow();
    await provider.login({ username: 'v001', password: 'pw' });
    await expect(provider.checkAuth({})).resolves.toBeUndefined();
    expect(await provider.getPermissions!({})).toEqual({ role: 'UNIT_USER', unitId: 'u1', piiGranted: false });
    expect(await provider.getIdentity!()).toMatchObject({ id: '3', fullName: 'v001', unitId: 'u1', unitName: '东村' });
    await provider.logout({});
    await expect(provider.checkAuth({})).rejects.toThrow();
  });

  it('refuses wrong credentials with the sign-in error message', async () => {
    const provider = createAuthProvider({ fetch: fakeFetch, storage });
    await expect(provider.login({ username: 'admin', password: 'nope' })).rejects.toThrow('ra.auth.sign_in_error');
    await expect(provider.checkAuth({})).rejects.toThrow();
  });

  it('logs out on UNAUTHENTICATED, not on FORBIDDEN', async () => {
    const provider = createAuthProvider({ fetch: fakeFetch, storage });
    await provider.login({ username: 'admin', password: 'pw' });
    const forbidden = { message: 'no', status: 403, body: { graphQLErrors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] } };
    await expect(provider.checkError(forbidden)).resolves.toBeUndefined();
    const expired = { message: 'expired', status: 200, body: { graphQLErrors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] } };
    await expect(provider.checkError(expired)).rejects.toThrow();
    await expect(provider.checkAuth({})).rejects.toThrow();
  });

  it('ROLE-2 hides create, edit and delete from an analyst, and users and the audit log', async () => {
    const analyst = await signedIn('analyst');
    expect(await can(analyst, 'list', 'cadres')).toBe(true);
    expect(await can(analyst, 'show', 'cadres', { id: 'c1', unitId: 'u2' })).toBe(true);
    expect(await can(analyst, 'export', 'appointments')).toBe(true);
    expect(await can(analyst, 'edit', 'cadres', { id: 'c1', unitId: 'u2' })).toBe(false);
    expect(await can(analyst, 'create', 'cadres')).toBe(false);
    expect(await can(analyst, 'delete', 'posts', { id: 'p1', unitId: 'u2' })).toBe(false);
    expect(await can(analyst, 'list', 'users')).toBe(false);
    expect(await can(analyst, 'list', 'auditEntries')).toBe(false);
  });

  it('ROLE-3 lets a unit user work on its own unit only', async () => {
    const unitUser = await signedIn('v001');
    expect(await can(unitUser, 'list', 'cadres')).toBe(true);
    expect(await can(unitUser, 'create', 'cadres')).toBe(true);
    expect(await can(unitUser, 'edit', 'cadres', { id: 'c1', unitId: 'u1' })).toBe(true);
    expect(await can(unitUser, 'edit', 'cadres', { id: 'c2', unitId: 'u2' })).toBe(false);
    expect(await can(unitUser, 'show', 'cadres', { id: 'c2', unitId: 'u2' })).toBe(false);
    expect(await can(unitUser, 'show', 'units', { id: 'u1' })).toBe(true);
    expect(await can(unitUser, 'show', 'units', { id: 'u2' })).toBe(false);
    expect(await can(unitUser, 'edit', 'units', { id: 'u1' })).toBe(false);
    expect(await can(unitUser, 'delete', 'posts', { id: 'p1', unitId: 'u1' })).toBe(true);
    expect(await can(unitUser, 'list', 'users')).toBe(false);
  });

  it('ROLE-1 lets the admin do everything but write the audit log', async () => {
    const admin = await signedIn('admin');
    expect(await can(admin, 'edit', 'units', { id: 'u1' })).toBe(true);
    expect(await can(admin, 'create', 'users')).toBe(true);
    expect(await can(admin, 'list', 'auditEntries')).toBe(true);
    expect(await can(admin, 'edit', 'auditEntries', { id: 'a1' })).toBe(false);
    expect(await can(admin, 'delete', 'cadres', { id: 'c1', unitId: 'u1' })).toBe(false);
  });

  it('RES-3 / MGT-3 / TRN-1 lets a unit user recommend and confirm attendance, not record exits or enrol', async () => {
    const unitUser = await signedIn('v001');
    expect(await can(unitUser, 'create', 'reserveCandidates')).toBe(true);
    expect(await can(unitUser, 'edit', 'reserveCandidates', { id: 'r1', unitId: 'u1' })).toBe(true);
    expect(await can(unitUser, 'edit', 'reserveCandidates', { id: 'r2', unitId: 'u2' })).toBe(false);
    expect(await can(unitUser, 'create', 'reserveAssignments')).toBe(true);
    expect(await can(unitUser, 'create', 'exitRecords')).toBe(false);
    expect(await can(unitUser, 'list', 'exitRecords')).toBe(true);
    expect(await can(unitUser, 'edit', 'trainingParticipations', { id: 'p1', unitId: 'u1' })).toBe(true);
    expect(await can(unitUser, 'create', 'trainingParticipations')).toBe(false);
    expect(await can(unitUser, 'create', 'trainingSessions')).toBe(false);
    expect(await can(unitUser, 'edit', 'successionPairs', { id: 's1', unitId: 'u1' })).toBe(false);
    expect(await can(unitUser, 'create', 'secretarySelections')).toBe(false);
  });

  it('reads a rule query like its source, and writes none', async () => {
    const analyst = await signedIn('analyst');
    const unitUser = await signedIn('v001');
    const admin = await signedIn('admin');
    for (const p of [analyst, unitUser, admin]) {
      expect(await can(p, 'list', 'reserveCompliance')).toBe(true);
      expect(await can(p, 'list', 'successionGaps')).toBe(true);
      expect(await can(p, 'list', 'cadreWarnings')).toBe(true);
      expect(await can(p, 'list', 'trainingHours')).toBe(true);
      expect(await can(p, 'create', 'reserveCompliance')).toBe(false);
    }
    expect(await can(analyst, 'create', 'reserveCandidates')).toBe(false);
    expect(await can(admin, 'create', 'exitRecords')).toBe(true);
  });

  it('grants nothing to nobody', async () => {
    const provider = createAuthProvider({ fetch: fakeFetch, storage });
    expect(await can(provider, 'list', 'units')).toBe(false);
  });
});
