import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { createApp, type App, type AppOptions } from '../../src/app';
import { ormOptions } from '../../src/db/orm';

/**
 * Real HTTP against a real database: every test file gets its own API server on a free port and
 * its own database — a SQLite file, and, when `TEST_POSTGRES_URL` is set (CI sets it), a fresh
 * PostgreSQL database that is dropped afterwards. `backends` lists what to run each suite on.
 */
export type Backend = 'sqlite' | 'postgres';
export const POSTGRES_BASE = process.env.TEST_POSTGRES_URL?.replace(/\/[^/]*$/, '') ?? null;
export const backends: Backend[] = POSTGRES_BASE ? ['sqlite', 'postgres'] : ['sqlite'];

export const ADMIN_PASSWORD = 'admin-pass-123';
export const DEMO_PASSWORD = 'demo-pass-123';
export const TODAY = '2026-11-25';

let counter = 0;

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: string[]; [k: string]: unknown } }[];
}

export class TestApi {
  private constructor(
    readonly app: App,
    readonly backend: Backend,
    private readonly cleanup: () => Promise<void>,
    readonly databaseUrl: string,
  ) {}

  static options(databaseUrl: string, options: Partial<AppOptions>): AppOptions {
    return {
      databaseUrl,
      port: 0,
      host: '127.0.0.1',
      jwtSecret: 'test-secret',
      adminPassword: ADMIN_PASSWORD,
      seedDemo: false,
      demoPassword: DEMO_PASSWORD,
      consoleDir: null,
      clock: () => new Date(`${TODAY}T04:00:00Z`),
      log: () => {},
      ...options,
      // every request reads its token's user (statement counts and direct SQL changes are then exact); the cache has its own test
      auth: { tokenUserCacheMs: 0, ...options.auth },
    };
  }

  /**
   * A second API process on the same database as `first` (its own server, ORM and connections),
   * as when several processes serve one PostgreSQL database. Closing it leaves the database.
   */
  static async alongside(first: TestApi, options: Partial<AppOptions> = {}): Promise<TestApi> {
    const app = await createApp(TestApi.options(first.databaseUrl, options));
    return new TestApi(app, first.backend, async () => {}, first.databaseUrl);
  }

  static async start(backend: Backend, options: Partial<AppOptions> = {}): Promise<TestApi> {
    counter += 1;
    let databaseUrl: string;
    let cleanup: () => Promise<void>;
    if (backend === 'postgres') {
      const name = `liangwei_test_${process.pid}_${Date.now()}_${counter}`;
      databaseUrl = `${POSTGRES_BASE}/${name}`;
      cleanup = async () => {
        const admin = await MikroORM.init({ ...ormOptions(`${POSTGRES_BASE}/postgres`), ensureDatabase: false });
        await admin.em.getConnection().execute(`drop database if exists "${name}" with (force)`);
        await admin.close(true);
      };
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'liangwei-test-'));
      databaseUrl = join(dir, 'test.sqlite');
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
    const app = await createApp(TestApi.options(databaseUrl, options));
    return new TestApi(app, backend, cleanup, databaseUrl);
  }

  get url(): string {
    return this.app.url;
  }

  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string | null, headers: Record<string, string> = {}): Promise<GqlResult<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult<T>;
  }

  /** Runs a query that must succeed and returns its data. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string | null): Promise<T> {
    const result = await this.gql<T>(query, variables, token);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  async login(username: string, password: string): Promise<string> {
    const data = await this.ok<{ login: { token: string } }>('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password });
    return data.login.token;
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.cleanup();
  }
}

/** The error code of the first error, or null when there is none. */
export function codeOf(result: GqlResult): string | null {
  return result.errors?.[0]?.extensions?.code ?? null;
}
