import type { Role, Viewer } from '@liangwei/domain';

/** The signed-in user as the login mutation returns it. */
export interface SessionUser {
  id: string;
  username: string;
  role: Role;
  unit: { id: string; name: string; kind: string } | null;
  piiGranted?: boolean | null;
}

export interface Session {
  token: string;
  user: SessionUser;
}

const KEY = 'liangwei.session';

/** Where the session lives; localStorage in the browser, replaceable in tests. */
export interface SessionStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function defaultStorage(): SessionStorage | undefined {
  return typeof localStorage === 'undefined' ? undefined : localStorage;
}

export function readSession(storage = defaultStorage()): Session | null {
  const raw = storage?.getItem(KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Session;
    return session && typeof session.token === 'string' && session.user ? session : null;
  } catch {
    return null;
  }
}

export function writeSession(session: Session, storage = defaultStorage()): void {
  storage?.setItem(KEY, JSON.stringify(session));
}

export function clearSession(storage = defaultStorage()): void {
  storage?.removeItem(KEY);
}

export function getToken(storage = defaultStorage()): string | null {
  return readSession(storage)?.token ?? null;
}

/** The domain's view of who is asking (ROLE-1..3). */
export function viewerOf(user: SessionUser | null | undefined): Viewer | null {
  if (!user) return null;
  return { role: user.role, unitId: user.unit?.id ?? null, piiGranted: user.piiGranted === true };
}
