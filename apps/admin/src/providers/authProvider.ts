import { canAccess as domainCanAccess } from '@liangwei/domain';
import type { AuthProvider, UserIdentity } from 'react-admin';
import { accessQuestion } from './access';
import { errorCodeOf, isUnauthenticated, type ApiGraphQLError } from './graphqlErrors';
import { clearSession, readSession, viewerOf, writeSession, type SessionStorage, type SessionUser } from './session';
import { messageOf } from './errors';

export const GRAPHQL_ENDPOINT = '/graphql';

const LOGIN = /* GraphQL */ `
  mutation login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      user { id username role unit { id name kind } piiGranted }
    }
  }
`;

export interface AuthProviderOptions {
  endpoint?: string;
  fetch?: typeof fetch;
  storage?: SessionStorage;
  /** called on logout, e.g. to empty the GraphQL client's cache */
  onLogout?: () => void;
}

export interface Identity extends UserIdentity {
  role: SessionUser['role'];
  unitId: string | null;
  unitName: string | null;
}

/** The unit a record belongs to, as the domain's access rule wants it (ROLE-3). */
export function unitIdOf(resource: string, record: Record<string, unknown> | undefined): string | null | undefined {
  if (!record) return undefined;
  if (resource === 'units') return record.id == null ? undefined : String(record.id);
  const unitId = record.unitId ?? (record.unit as { id?: unknown } | undefined)?.id;
  return unitId == null ? undefined : String(unitId);
}

/**
 * Authentication against the API's `login` mutation; the token and the user are kept in
 * localStorage. Permissions are the domain's `Viewer`, and `canAccess` asks the domain's one
 * access rule (ROLE-1..4), so react-admin hides the buttons and menu items a role may not use.
 * The server decides again on every request (ROLE-4).
 */
export function createAuthProvider(options: AuthProviderOptions = {}): AuthProvider {
  const endpoint = options.endpoint ?? GRAPHQL_ENDPOINT;
  const storage = options.storage;
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  const viewer = () => viewerOf(readSession(storage)?.user);

  return {
    async login({ username, password }: { username: string; password: string }) {
      let body: { data?: { login?: { token: string; user: SessionUser } }; errors?: ApiGraphQLError[] };
      try {
        const response = await doFetch(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ query: LOGIN, variables: { username, password }, operationName: 'login' }),
        });
        body = await response.json();
      } catch {
        throw new Error('ra.notification.http_error');
      }
      const payload = body.data?.login;
      if (!payload?.token) {
        const first = body.errors?.[0];
        // too many failed logins: say so (and how long to wait), in the user's language
        if (first?.extensions?.retryAfterSeconds) throw new Error(messageOf(first));
        if (errorCodeOf(body) === 'UNAUTHENTICATED' || !body.errors?.length) throw new Error('ra.auth.sign_in_error');
        throw new Error(messageOf(body.errors[0]!));
      }
      writeSession({ token: payload.token, user: payload.user }, storage);
    },

    async logout() {
      clearSession(storage);
      options.onLogout?.();
    },

    async checkAuth() {
      if (!readSession(storage)) throw new Error('ra.auth.auth_check_error');
    },

    async checkError(error: unknown) {
      if (isUnauthenticated(error)) {
        clearSession(storage);
        throw new Error('ra.notification.logged_out');
      }
      // FORBIDDEN, NOT_FOUND, ...: the notification shows the message; the session stays.
    },

    async getIdentity(): Promise<Identity> {
      const user = readSession(storage)?.user;
      if (!user) throw new Error('ra.auth.auth_check_error');
      return {
        id: user.id,
        fullName: user.username,
        role: user.role,
        unitId: user.unit?.id ?? null,
        unitName: user.unit?.name ?? null,
      };
    },

    async getPermissions() {
      return viewer();
    },

    async canAccess({ action, resource, record }) {
      // a rule query (compliance, gaps, warnings, training statistics) is read like its source
      const question = accessQuestion(resource, action);
      if (!question) return false;
      return domainCanAccess(viewer(), question.action, question.resource, unitIdOf(resource, record));
    },
  };
}
