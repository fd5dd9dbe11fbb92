import { request as httpRequest } from 'node:http';
import { getIntrospectionQuery } from 'graphql';
import type { AbstractSqlConnection } from '@mikro-orm/knex';
import { DriverException } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, codeOf, DEMO_PASSWORD, TestApi, type Backend, type GqlResult } from './support/api';
import { formatError } from '../src/graphql/errors';
import type { Limits } from '../src/limits/limits.config';

/**
 * Request limits (README "Security and limits"): every request is bounded before any SQL runs
 * (document size, then its cost with its variables, per role), runs under a time limit, waits
 * for one of a bounded number of execution slots, and a body over the limit is refused.
 */

/** The analyst's two 1,000-row exports: they must pass. */
const EXPORT_CADRES = 'allCadres(perPage: 1000) { id name gender birthDate unit { id name kind } }';
const EXPORT_APPOINTMENTS = 'allAppointments(perPage: 1000) { id startDate cadre { id name } post { id title unit { id name } } }';

/** A few hundred aliases of a list with nested relations: what one request must not be able to ask. */
function aliased(count: number, selection = EXPORT_CADRES): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${selection}`).join('\n')} }`;
}

/** Depth through the cadre ↔ exit cycle. */
function deepCycle(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i += 1) inner = i % 2 === 0 ? `exit { id cadre { ${inner} } }` : inner;
  return `{ allCadres { ${inner} } }`;
}

/** Nested lists under a paged list whose page size comes from a variable. */
const DEEP_BY_VARIABLE = `query Deep($n: Int) {
  allCadres(perPage: $n) {
    id name
    exit {
      id reason
      endedAppointments {
        id startDate post { id title unit { id name } }
        cadre { id name exit { id endedAppointments { id post { id title } } successionProposals { id } } }
      }
      successionProposals { id }
    }
  }
}`;

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

/** Counts the SQL statements the app's ORM sends from now on. */
function statements(api: TestApi): { readonly count: number; stop(): void } {
  const knex = (api.app.orm.em.getConnection() as unknown as AbstractSqlConnection).getKnex();
  let count = 0;
  const onQuery = () => {
    count += 1;
  };
  knex.on('query', onQuery);
  return {
    get count() {
      return count;
    },
    stop: () => void knex.off('query', onQuery),
  };
}

async function post(api: TestApi, body: unknown, token?: string): Promise<{ status: number; headers: Headers; body: GqlResult }> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GqlResult };
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

/** Where the app's database is, to start a second app (other limits) on the same data. */
function databaseUrlOf(api: TestApi): string {
  const config = api.app.orm.config;
  return api.backend === 'postgres' ? (config.get('clientUrl') as string) : (config.get('dbName') as string);
}

function startOnSameData(api: TestApi, backend: Backend, limits: Partial<Limits>): Promise<TestApi> {
  return TestApi.start(backend, { databaseUrl: databaseUrlOf(api), seedDemo: true, adminPassword: null, limits });
}

/** A raw POST whose body is `size` bytes, declared (Content-Length) or chunked. */
function postLargeBody(url: string, size: number, chunked: boolean): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string; error: Error | null }> {
  return new Promise((resolvePost) => {
    const payload = Buffer.from(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(size) } }));
    const req = httpRequest(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(chunked ? {} : { 'content-length': String(payload.length) }) },
    });
    let writeError: Error | null = null;
    req.on('error', (error) => {
      writeError = error;
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolvePost({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8'), error: writeError }));
      res.on('error', (error) => resolvePost({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8'), error }));
    });
    // in pieces, as a client uploading a file would
    for (let at = 0; at < payload.length; at += 64 * 1024) req.write(payload.subarray(at, at + 64 * 1024));
    req.end();
  });
}

describe.each(backends)('request limits (%s)', (backend) => {
  let api: TestApi;
  let analyst: string;
  let admin: string;
  let unitUser: string;

  beforeAll(async () => {
    api = await TestApi.start(backend, { seedDemo: true, adminPassword: null });
    analyst = await api.login('analyst', DEMO_PASSWORD);
    admin = await api.login('admin', DEMO_PASSWORD);
    unitUser = await api.login('cun01', DEMO_PASSWORD);
  }, 240_000);
  afterAll(() => api?.close());

  it('API limits: the analyst’s 1,000-row exports with relations pass, together in one request', async () => {
    const sql = statements(api);
    const data = await api.ok<{ allCadres: { unit: { name: string } }[]; allAppointments: { post: { unit: { name: string } } }[] }>(`{ ${EXPORT_CADRES} ${EXPORT_APPOINTMENTS} }`, {}, analyst);
    sql.stop();
    expect(data.allCadres.length).toBeGreaterThan(100);
    expect(data.allCadres.every((c) => c.unit.name.length > 0)).toBe(true);
    expect(data.allAppointments.length).toBeGreaterThan(100);
    expect(data.allAppointments.every((a) => a.post.unit.name.length > 0)).toBe(true);
    // the statement counter of the other tests sees the SQL of a request that runs
    expect(sql.count).toBeGreaterThan(0);
  });

  it('API limits: 500 aliases of such lists are refused QUERY_TOO_COMPLEX fast, before any SQL (signed in or not)', async () => {
    for (const [document, token] of [
      [aliased(500), analyst],
      [aliased(500, 'allCadres(perPage: 1000) { id }'), analyst],
      [aliased(500), undefined],
    ] as const) {
      const times: number[] = [];
      const sql = statements(api);
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const { value, ms } = await timed(() => post(api, { query: document }, token));
        times.push(ms);
        expect(value.status).toBe(400);
        expect(codeOf(value.body)).toBe('QUERY_TOO_COMPLEX');
        expect(value.body.errors![0]!.extensions!.messageZh).toMatch(/请/);
        expect(value.body.data ?? null).toBeNull();
      }
      sql.stop();
      expect(sql.count).toBe(0);
      // a refusal is fast (the best of three, the machine being shared)
      expect(Math.min(...times)).toBeLessThan(100);
    }
  });

  it('API limits: 31 aliases (over the alias limit, within the token limit) are refused; 30 small ones pass', async () => {
    const over = await post(api, { query: aliased(31, '_allCadresMeta { count }') }, analyst);
    expect(codeOf(over.body)).toBe('QUERY_TOO_COMPLEX');
    expect(over.body.errors![0]!.message).toMatch(/fewer aliases/);
    const within = await api.ok<Record<string, { count: number }>>(aliased(30, '_allCadresMeta { count }'), {}, analyst);
    expect(Object.keys(within)).toHaveLength(30);
  });

  it('API limits: depth 600 through the cadre ↔ exit cycle is refused before any SQL; depth 12 passes', async () => {
    const sql = statements(api);
    const refused = await post(api, { query: deepCycle(600) }, admin);
    sql.stop();
    expect(refused.status).toBe(400);
    expect(codeOf(refused.body)).toBe('QUERY_TOO_COMPLEX');
    expect(refused.body.errors![0]!.message).toMatch(/less nesting/);
    expect(sql.count).toBe(0);
    // allCadres(1) exit(2) cadre(3) … : 5 cycles = 11 levels + the leaf id = 12
    expect(codeOf(await api.gql(deepCycle(10), {}, admin))).toBeNull();
    expect(codeOf(await api.gql(deepCycle(12), {}, admin))).toBe('QUERY_TOO_COMPLEX');
  });

  it('API limits: the cost is computed with the variables: perPage $n = 1000 on a deep selection is refused, the same document with n = 10 passes', async () => {
    const baseline = statements(api);
    await api.ok('{ __typename }', {}, analyst);
    baseline.stop();
    const sql = statements(api);
    const refused = await post(api, { query: DEEP_BY_VARIABLE, variables: { n: 1000 } }, analyst);
    sql.stop();
    expect(refused.status).toBe(400);
    expect(codeOf(refused.body)).toBe('QUERY_TOO_COMPLEX');
    expect(refused.body.errors![0]!.message).toMatch(/fewer rows per page/);
    expect(refused.body.errors![0]!.extensions!.messageZh).toMatch(/每页行数/);
    // a signed-in caller is told the numbers
    expect(refused.body.errors![0]!.extensions).toMatchObject({ budget: 300_000 });
    expect(refused.body.errors![0]!.extensions!.cost as number).toBeGreaterThan(300_000);
    // no SQL beyond what a request that reads nothing costs (the token's user)
    expect(sql.count).toBe(baseline.count);

    const passed = await api.ok<{ allCadres: unknown[] }>(DEEP_BY_VARIABLE, { n: 10 }, analyst);
    expect(passed.allCadres).toHaveLength(10);
    // the same document again with 1000: Apollo's cache of the validated document does not skip the cost
    expect(codeOf((await post(api, { query: DEEP_BY_VARIABLE, variables: { n: 1000 } }, analyst)).body)).toBe('QUERY_TOO_COMPLEX');
    // without the variable: the default page (25)
    expect(codeOf(await api.gql(DEEP_BY_VARIABLE, {}, analyst))).toBeNull();
  });

  it('API limits: budgets per role: a unit user’s budget is smaller than the analyst’s', async () => {
    // ~200,000: within the analyst's budget, over the unit user's
    const query = `query($n: Int) { allCadres(perPage: $n) { id exit { id endedAppointments { id post { id title name isMainLeader } cadre { id name gender } } } } }`;
    const asAnalyst = await post(api, { query, variables: { n: 700 } }, analyst);
    expect(codeOf(asAnalyst.body)).toBeNull();
    const asUnit = await post(api, { query, variables: { n: 700 } }, unitUser);
    expect(codeOf(asUnit.body)).toBe('QUERY_TOO_COMPLEX');
    expect(asUnit.body.errors![0]!.extensions).toMatchObject({ budget: 150_000 });
  });

  it('API limits: anonymous callers: no limit numbers in refusals, no introspection, no field suggestions', async () => {
    // within the anonymous budget the resolvers answer (UNAUTHENTICATED); over it, refused before them
    expect(codeOf((await post(api, { query: `{ ${EXPORT_CADRES} }` })).body)).toBe('UNAUTHENTICATED');
    const refused = await post(api, { query: `{ ${EXPORT_APPOINTMENTS} }` });
    expect(codeOf(refused.body)).toBe('QUERY_TOO_COMPLEX');
    const error = refused.body.errors![0]!;
    expect(error.message).not.toMatch(/\d/);
    expect(error.extensions!.messageZh).not.toMatch(/\d/);
    expect(Object.keys(error.extensions!).sort()).toEqual(['code', 'messageZh']);
    for (const document of [aliased(500), deepCycle(600), aliased(31, '_allCadresMeta { count }')]) {
      const body = (await post(api, { query: document })).body;
      expect(codeOf(body)).toBe('QUERY_TOO_COMPLEX');
      expect(JSON.stringify(body.errors)).not.toMatch(/\d/);
    }

    for (const document of [getIntrospectionQuery(), '{ __schema { queryType { name } } }', '{ __type(name: "Cadre") { fields { name } } }', '{ allUnits { id } ... on Query { __schema { types { name } } } }']) {
      const result = await post(api, { query: document });
      expect(codeOf(result.body)).toBe('UNAUTHENTICATED');
      expect(result.body.errors![0]!.extensions!.messageZh).toMatch(/登录/);
      expect(result.body.data ?? null).toBeNull();
    }

    const typo = await api.gql('{ allCadrez { id } }');
    expect(codeOf(typo)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.errors![0]!.message).toBe('Cannot query field "allCadrez" on type "Query".');
    const argumentTypo = await api.gql('mutation { login(usernam: "x", password: "y") { token } }');
    expect(argumentTypo.errors![0]!.message).toBe('Unknown argument "usernam" on field "Mutation.login".');

    // what an anonymous caller needs still works
    const login = await api.gql<{ login: { token: string } }>(LOGIN, { u: 'analyst', p: DEMO_PASSWORD });
    expect(login.data?.login.token).toBeTruthy();
  });

  it('API limits: signed-in users get introspection and field suggestions (analysts’ tools need the schema)', async () => {
    for (const token of [analyst, unitUser, admin]) {
      const schema = await api.ok<{ __schema: { types: { name: string }[] } }>(getIntrospectionQuery(), {}, token);
      expect(schema.__schema.types.map((t) => t.name)).toEqual(expect.arrayContaining(['Cadre', 'Appointment', 'Query']));
    }
    const typo = await api.gql('{ allCadrez { id } }', {}, analyst);
    expect(typo.errors![0]!.message).toMatch(/Did you mean "allCadres"/);
  });

  it('API limits: /healthz answers within 1 s while 20 heavy requests arrive in parallel', async () => {
    const heavy = [
      ...Array.from({ length: 10 }, () => post(api, { query: aliased(500) }, analyst)),
      ...Array.from({ length: 10 }, () => post(api, { query: `{ ${EXPORT_CADRES} ${EXPORT_APPOINTMENTS} }` }, analyst)),
    ];
    await new Promise((r) => setTimeout(r, 20));
    const { value: health, ms } = await timed(() => fetch(`${api.url}/healthz`));
    expect(health.status).toBe(200);
    expect(ms).toBeLessThan(1000);
    const answers = await Promise.all(heavy);
    expect(answers.slice(0, 10).map((a) => codeOf(a.body))).toEqual(Array(10).fill('QUERY_TOO_COMPLEX'));
    expect(answers.slice(10).map((a) => a.status)).toEqual(Array(10).fill(200));
  });

  it('API limits: overload: beyond the running and queued executions the surplus gets 503 + Retry-After and a GraphQL-shaped body; /healthz still answers', async () => {
    const small = await startOnSameData(api, backend, { maxConcurrent: 1, maxQueue: 1, maxQueueWaitMs: 10_000, retryAfterSeconds: 3 });
    try {
      // logins: their password hashing runs off the main thread, so the executions overlap on any database
      const responses = await Promise.all(
        Array.from({ length: 8 }, () =>
          fetch(`${small.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: LOGIN, variables: { u: 'analyst', p: DEMO_PASSWORD } }),
          }).then(async (res) => ({ status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as GqlResult })),
        ),
      );
      const served = responses.filter((r) => r.status === 200);
      const refused = responses.filter((r) => r.status === 503);
      for (const r of served) expect((r.body.data as { login: { token: string } }).login.token).toBeTruthy();
      // one running and one queued are served (a third if the first finished before the last arrived); the rest are refused at once
      expect(served.length).toBeGreaterThanOrEqual(2);
      expect(refused.length).toBeGreaterThanOrEqual(3);
      expect(served.length + refused.length).toBe(8);
      for (const r of refused) {
        expect(r.retryAfter).toBe('3');
        expect(r.body.errors![0]!.extensions).toEqual({ code: 'SERVICE_OVERLOADED', messageZh: expect.stringMatching(/繁忙/) });
        expect(r.body.errors![0]!.message).toMatch(/busy/);
      }
      expect((await fetch(`${small.url}/healthz`)).status).toBe(200);
      // once the burst is over the slots are free again
      expect(codeOf(await small.gql('{ _allCadresMeta { count } }', {}, analyst))).toBeNull();
    } finally {
      await small.close();
    }
  });

  it('API limits: a queued request waits at most the configured time, then gets 503', async () => {
    const small = await startOnSameData(api, backend, { maxConcurrent: 1, maxQueue: 5, maxQueueWaitMs: 1 });
    try {
      const statuses = await Promise.all(
        Array.from({ length: 4 }, () => post(small, { query: LOGIN, variables: { u: 'analyst', p: DEMO_PASSWORD } }).then((r) => r.status)),
      );
      expect(statuses).toContain(200);
      expect(statuses).toContain(503);
    } finally {
      await small.close();
    }
  });

  it('API limits: a query over the time limit answers QUERY_TIMEOUT and stops resolving fields; a mutation is not cut short', async () => {
    const strict = await startOnSameData(api, backend, { requestTimeoutMs: 1 });
    try {
      const answer = await post(strict, { query: `{ ${EXPORT_CADRES} ${EXPORT_APPOINTMENTS} }` }, analyst);
      expect(answer.status).toBe(503);
      expect(answer.body.errors![0]!.extensions).toEqual({ code: 'QUERY_TIMEOUT', messageZh: expect.stringMatching(/耗时过长/) });
      expect(answer.body.errors![0]!.message).toMatch(/fewer rows per page/);
      // the abandoned execution ends soon: no SQL keeps running for it
      await new Promise((r) => setTimeout(r, 500));
      const sql = statements(strict);
      await new Promise((r) => setTimeout(r, 300));
      sql.stop();
      expect(sql.count).toBe(0);
      expect((await fetch(`${strict.url}/healthz`)).status).toBe(200);
      // a mutation runs to its end (its answer says what was committed)
      const login = await post(strict, { query: LOGIN, variables: { u: 'analyst', p: DEMO_PASSWORD } });
      expect(login.status).toBe(200);
      expect((login.body.data as { login: { token: string } }).login.token).toBeTruthy();
    } finally {
      await strict.close();
    }
  });

  it('API limits: a statement cancelled by the database’s time limit is QUERY_TIMEOUT, not INTERNAL_SERVER_ERROR', async () => {
    const driverError = new DriverException(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }));
    expect(formatError({ message: 'canceling statement due to statement timeout' }, driverError).extensions).toEqual({ code: 'QUERY_TIMEOUT', messageZh: expect.stringMatching(/耗时过长/) });
    if (backend !== 'postgres') return;
    // PostgreSQL: every pooled connection has the statement timeout (default 15 s)
    const setting = await api.app.orm.em.fork().getConnection().execute<{ statement_timeout: string }[]>('show statement_timeout');
    expect(setting[0]!.statement_timeout).toBe('15s');
    // and runs each statement in one process by default (LIMIT_PARALLEL_WORKERS)
    const parallel = await api.app.orm.em.fork().getConnection().execute<{ max_parallel_workers_per_gather: string }[]>('show max_parallel_workers_per_gather');
    expect(parallel[0]!.max_parallel_workers_per_gather).toBe('0');
    const quick = await startOnSameData(api, backend, { statementTimeoutMs: 100 });
    try {
      const error = await quick.app.orm.em.fork().getConnection().execute('select pg_sleep(2)').then(() => null, (e: unknown) => e);
      expect((error as { code?: string }).code).toBe('57014');
      expect(formatError({ message: String((error as Error).message) }, error).extensions?.code).toBe('QUERY_TIMEOUT');
      // as the ORM's queries report it
      const converted = quick.app.orm.em.getDriver().convertException(error as Error);
      expect(converted).toBeInstanceOf(DriverException);
      expect(formatError({ message: converted.message }, converted).extensions?.code).toBe('QUERY_TIMEOUT');
    } finally {
      await quick.close();
    }
  });

  it('API limits: a 2 MB body gets 413 with a JSON error and Connection: close, declared or chunked, without a reset', async () => {
    for (const chunked of [false, true]) {
      const answer = await postLargeBody(api.url, 2 * 1024 * 1024, chunked);
      expect(answer.status).toBe(413);
      expect(answer.headers.connection).toBe('close');
      expect(JSON.parse(answer.text)).toEqual({ errors: [{ message: expect.stringMatching(/too large/), extensions: { code: 'PAYLOAD_TOO_LARGE', messageZh: expect.stringMatching(/过大/) } }] });
      expect(answer.error).toBeNull();
    }
    // a body just under the limit is read as usual
    const under = await post(api, { query: '{ __typename }', variables: { pad: 'x'.repeat(1024 * 1024 - 200) } });
    expect(under.status).toBe(200);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });
});
