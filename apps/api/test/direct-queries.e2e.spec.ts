import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AbstractSqlConnection } from '@mikro-orm/knex';
import { backends, TestApi } from './support/api';
import { buildWorld, createAppointment, createCadre, createPost, type World } from './support/fixture';

/**
 * Queries already prepared (parsed, validated, compiled) are answered straight from the HTTP
 * handler (graphql/direct-queries.ts) instead of through Apollo's pipeline. Whichever way a query
 * goes, the caller gets the same bytes, status and content type, the same refusals for the same
 * viewer and variables, and the statements run once. A body with anything besides `query`,
 * `variables` and `operationName` (here `extensions: {}`) always goes through Apollo: that is the
 * reference each direct answer is compared with.
 */
interface Answer {
  status: number;
  contentType: string | null;
  text: string;
}

const CADRES = `query($perPage: Int, $filter: CadreFilter) {
  allCadres(perPage: $perPage, filter: $filter, sortField: "name", sortOrder: "ASC") { id name gender birthDate idNumber phone age unit { id name kind } }
  _allCadresMeta(filter: $filter) { count }
}`;
const APPOINTMENTS = `fragment Who on Cadre { id name idNumber unit { id name } }
query Appointments($status: AppointmentStatus) {
  allAppointments(perPage: 100, filter: { status: $status }) { id startDate cadre { ...Who } post { id name unit { id name } } }
}
query Units { allUnits(perPage: 10) { id name kind } }`;
const GAPS = '{ successionGaps(perPage: 5) { id name unit { id name } } _successionGapsMeta { count } }';

describe.each(backends)('direct queries (%s)', (backend) => {
  let api: TestApi;
  let world: World;
  let statements: string[] | null = null;

  async function post(body: Record<string, unknown>, token: string | null, headers: Record<string, string> = {}): Promise<Answer> {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify(body),
    });
    return { status: res.status, contentType: res.headers.get('content-type'), text: await res.text() };
  }

  /** The same request answered directly (asked twice: the first prepares it) and through Apollo. */
  async function bothWays(body: Record<string, unknown>, token: string | null, headers: Record<string, string> = {}): Promise<{ direct: Answer; apollo: Answer }> {
    await post(body, token, headers);
    const direct = await post(body, token, headers);
    const apollo = await post({ ...body, extensions: {} }, token, headers);
    return { direct, apollo };
  }

  async function recorded<T>(run: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    statements = [];
    try {
      return { result: await run(), statements };
    } finally {
      statements = null;
    }
  }

  beforeAll(async () => {
    api = await TestApi.start(backend, { limits: { costBudget: { anonymous: 10_000, UNIT_USER: 1000, SUBDISTRICT_ANALYST: 300_000, SUBDISTRICT_ADMIN: 300_000 } } });
    world = await buildWorld(api);
    for (let i = 0; i < 6; i += 1) {
      const unit = i % 2 === 0 ? world.a : world.b;
      const cadre = await createCadre(api, world.admin, unit.unitId, { birthDate: `19${70 + i}-05-0${1 + i}` });
      const post = await createPost(api, world.admin, unit.unitId, i % 3 === 0 ? 'DIRECTOR' : 'COMMITTEE_MEMBER');
      await createAppointment(api, world.admin, cadre.id, post, `2023-02-0${1 + i}`);
    }
    (api.app.orm.em.getConnection() as AbstractSqlConnection).getKnex().on('query', (q: { sql: string }) => statements?.push(q.sql));
  });
  afterAll(() => api?.close());

  it('ROLE-2/ROLE-3 a list, its count and nested relations: the same bytes, status and content type as Apollo, for the admin, the analyst (masked) and a unit user (its own unit)', async () => {
    for (const token of [world.admin, world.analyst, world.a.token]) {
      const { direct, apollo } = await bothWays({ query: CADRES, variables: { perPage: 50 } }, token);
      expect(direct).toEqual(apollo);
      expect(direct.status).toBe(200);
      expect(direct.contentType).toBe('application/json; charset=utf-8');
      expect(direct.text.endsWith('}\n')).toBe(true);
      const rows = (JSON.parse(direct.text) as { data: { allCadres: { idNumber: string | null; unit: { id: string } }[] } }).data.allCadres;
      expect(rows.length).toBeGreaterThan(0);
      if (token === world.a.token) expect(new Set(rows.map((r) => r.unit.id))).toEqual(new Set([world.a.unitId]));
      if (token === world.analyst) for (const row of rows) expect(row.idNumber ?? '').not.toMatch(/^\d{17}[\dX]$/);
    }
  });

  it('fragments, an operation chosen by name among two, variables, a rule query with its count: the same as Apollo', async () => {
    for (const operationName of ['Appointments', 'Units']) {
      const { direct, apollo } = await bothWays({ query: APPOINTMENTS, operationName, variables: { status: 'CURRENT' } }, world.admin);
      expect(direct).toEqual(apollo);
      expect(direct.status).toBe(200);
    }
    const gaps = await bothWays({ query: GAPS }, world.analyst);
    expect(gaps.direct).toEqual(gaps.apollo);
    expect(JSON.parse(gaps.direct.text).data._successionGapsMeta.count).toBeGreaterThan(0);
  });

  it('a query answered directly runs each of its statements once (as many as through Apollo)', async () => {
    await post({ query: CADRES, variables: { perPage: 20 } }, world.admin);
    const direct = await recorded(() => post({ query: CADRES, variables: { perPage: 20 } }, world.admin));
    const apollo = await recorded(() => post({ query: CADRES, variables: { perPage: 20 } , extensions: {} }, world.admin));
    expect(direct.result.status).toBe(200);
    // the token's user, the page with its units joined, the count
    expect(direct.statements).toHaveLength(3);
    expect(direct.statements).toEqual(apollo.statements);
  });

  it('answers with errors are Apollo’s: a caller without a token, variables that do not coerce, a missing operation name', async () => {
    const anonymous = await bothWays({ query: CADRES, variables: { perPage: 5 } }, null);
    expect(anonymous.direct).toEqual(anonymous.apollo);
    expect(JSON.parse(anonymous.direct.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const badVariable = await bothWays({ query: CADRES, variables: { perPage: 'many' } }, world.admin);
    expect(badVariable.direct).toEqual(badVariable.apollo);
    expect(JSON.parse(badVariable.direct.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const noName = await bothWays({ query: APPOINTMENTS }, world.admin);
    expect(noName.direct).toEqual(noName.apollo);
    expect(noName.direct.status).toBe(400);
    expect(JSON.parse(noName.direct.text).errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });

  it('API limits: the checks are per request, with its viewer and variables: a text answered directly for one caller is still refused for another, or with other variables', async () => {
    // cost: 1 + perPage × (2 fields); the unit user's budget here is 1,000
    const query = 'query($n: Int) { allCadres(perPage: $n) { id name } }';
    expect((await post({ query, variables: { n: 10 } }, world.a.token)).status).toBe(200);
    expect((await post({ query, variables: { n: 10 } }, world.a.token)).status).toBe(200);
    const refused = await bothWays({ query, variables: { n: 600 } }, world.a.token);
    expect(refused.direct).toEqual(refused.apollo);
    expect(JSON.parse(refused.direct.text).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect((await post({ query, variables: { n: 600 } }, world.admin)).status).toBe(200);
    // the bounds of every argument: the same text within bounds, then a search of 5,000 characters
    const search = 'query($q: String) { allCadres(filter: { q: $q }) { id } }';
    expect((await post({ query: search, variables: { q: '张' } }, world.admin)).status).toBe(200);
    expect((await post({ query: search, variables: { q: '张' } }, world.admin)).status).toBe(200);
    const tooLong = await bothWays({ query: search, variables: { q: '张'.repeat(5000) } }, world.admin);
    expect(tooLong.direct).toEqual(tooLong.apollo);
    expect(JSON.parse(tooLong.direct.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('the answer’s media type follows the Accept header as Apollo negotiates it', async () => {
    for (const accept of ['application/json', '*/*', 'application/json, text/plain', 'application/graphql-response+json', 'application/graphql-response+json, application/json;q=0.9', 'application/json;q=0.5, application/graphql-response+json']) {
      const { direct, apollo } = await bothWays({ query: GAPS }, world.admin, { accept });
      expect(direct, accept).toEqual(apollo);
    }
    const graphqlResponse = await post({ query: GAPS }, world.admin, { accept: 'application/graphql-response+json' });
    expect(graphqlResponse.contentType).toBe('application/graphql-response+json; charset=utf-8');
    const refused = await bothWays({ query: GAPS }, world.admin, { accept: 'text/html' });
    expect(refused.direct).toEqual(refused.apollo);
    expect(refused.direct.status).toBe(406);
  });

  it('mutations and introspection are never answered directly: a mutation still writes once, introspection stays refused to anonymous callers', async () => {
    const create = 'mutation($name: String!) { createUnit(name: $name, kind: VILLAGE, code: $name) { id } }';
    const first = await post({ query: create, variables: { name: 'direct-1' } }, world.admin);
    expect(first.status).toBe(200);
    const again = await post({ query: create, variables: { name: 'direct-1' } }, world.admin);
    expect(JSON.parse(again.text).errors[0].extensions.code).toBe('CONFLICT');
    const introspection = await bothWays({ query: '{ __schema { queryType { name } } }' }, null);
    expect(introspection.direct).toEqual(introspection.apollo);
    expect(JSON.parse(introspection.direct.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await post({ query: '{ __schema { queryType { name } } }' }, world.admin)).status).toBe(200);
  });
});
