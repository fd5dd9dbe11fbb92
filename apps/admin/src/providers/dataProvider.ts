import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import buildGraphQLProvider, { buildGqlQuery, buildQueryFactory, buildVariables, getResponseParser } from 'ra-data-graphql-simple';
import { HttpError } from 'react-admin';
import type { DataProvider, RaRecord } from 'react-admin';
import { GRAPHQL_ENDPOINT } from './authProvider';
import { customCreates } from './customCreates';
import { flatData, toReactAdminError } from './errors';
import { authFetch, graphqlRequest, type TypedDocument } from './graphqlRequest';
import { graphQLTypeOf } from './graphQLTypes';
import { rememberListQuery } from './listQueries';
import { getRuleQueryList, isRuleQuery } from './ruleQueries';
import { withoutNestedRelations } from '../team/introspection';

export { graphQLTypeOf };

function typeName(resource: string): string {
  return (graphQLTypeOf as Record<string, string>)[resource] ?? resource;
}

/** The API pages every list, 25 rows by default, at most 1000. */
const MAX_PER_PAGE = 1000;

/**
 * ra-data-graphql-simple asks `allXs(filter: { ids })` for getMany without `perPage`, so the API's
 * default page (25) would drop references beyond the 25th (an export of 1000 cadres of 26 units
 * lost a unit name): getMany asks for as many rows as ids.
 */
const withPerPage: typeof buildVariables = (introspection) => {
  const inner = buildVariables(introspection);
  return (resource, fetchType, params, queryType) => {
    const variables = inner(resource, fetchType, params, queryType);
    if (fetchType === 'GET_MANY') return { ...variables, perPage: Math.min(MAX_PER_PAGE, Math.max(1, params.ids?.length ?? 1)) };
    return variables;
  };
};

/** `X(id)` answers null for a record that does not exist or that the viewer may not see (ROLE-4). */
const withNotFound: typeof getResponseParser = (introspection) => (fetchType, resource, queryType) => {
  const parse = getResponseParser(introspection)(fetchType, resource, queryType);
  return (response) => {
    if (fetchType === 'GET_ONE' && response.data?.data == null) throw new HttpError('app.error.not_found', 404, { code: 'NOT_FOUND' });
    return parse(response);
  };
};

const buildQuery = buildQueryFactory(withPerPage, withoutNestedRelations(buildGqlQuery), withNotFound);

function buildClient() {
  return new ApolloClient({ link: new HttpLink({ uri: GRAPHQL_ENDPOINT, fetch: authFetch }), cache: new InMemoryCache() });
}

type Inner = DataProvider & { client?: ApolloClient<unknown>; getIntrospection: () => Promise<unknown> };

/**
 * ra-data-graphql-simple 5 builds the provider synchronously (STACK.md trap 5); it introspects the
 * schema on the first request and keeps the result, even a failed one. A failed introspection
 * (API not up yet, network down) must not break the console for good: the provider is rebuilt
 * after one.
 */
function createInner(): Inner {
  return buildGraphQLProvider({ client: buildClient(), buildQuery }) as Inner;
}

let inner = createInner();

/** Forgets the cached records and schema (on logout: the next user may see other rows). */
export function resetDataProvider(): void {
  void inner.client?.clearStore();
  inner = createInner();
}

async function call<T>(method: keyof DataProvider, resource: string, params: object): Promise<T> {
  const current = inner;
  try {
    await current.getIntrospection();
  } catch (error) {
    if (inner === current) inner = createInner();
    throw toReactAdminError(error);
  }
  try {
    return await (current[method] as (r: string, p: unknown) => Promise<T>)(typeName(resource), params);
  } catch (error) {
    throw toReactAdminError(error);
  }
}

/**
 * The console's data provider: the resources through ra-data-graphql-simple, plus
 * - `execute(document, variables)`: one of the API's custom mutations or rule queries
 *   (`operations.ts`), called through `useDataProvider()` so that an expired session logs out;
 * - the rule queries as read-only list resources (`ruleQueries.ts`);
 * - creation by workflow command where the API has no `createX` (`customCreates.ts`).
 */
export interface AppDataProvider extends DataProvider {
  execute<TData, TVariables>(document: TypedDocument<TData, TVariables>, variables: TVariables): Promise<TData>;
}

export const dataProvider: AppDataProvider = {
  execute: (document, variables) => graphqlRequest(document, variables),
  getList: async (resource, params) => {
    const result = await (isRuleQuery(resource) ? getRuleQueryList(resource, params) : call<Awaited<ReturnType<DataProvider['getList']>>>('getList', resource, params));
    rememberListQuery(result.data, params);
    return result as never;
  },
  getOne: (resource, params) => call('getOne', resource, params),
  getMany: async (resource, params) => {
    // one request per 1000 ids (the API's largest page)
    const data: RaRecord[] = [];
    for (let i = 0; i < params.ids.length; i += MAX_PER_PAGE) {
      const chunk = await call<{ data: RaRecord[] }>('getMany', resource, { ...params, ids: params.ids.slice(i, i + MAX_PER_PAGE) });
      data.push(...chunk.data);
    }
    return { data: data as never[] };
  },
  getManyReference: (resource, params) => call('getManyReference', resource, params),
  create: async (resource, params) => {
    const command = customCreates[resource];
    if (command) return { data: (await command(flatData(params.data))) as never };
    return call('create', resource, { ...params, data: flatData(params.data) });
  },
  update: (resource, params) =>
    call('update', resource, { ...params, data: flatData(params.data), previousData: undefined }),
  updateMany: async (resource, params) => {
    const ids = [];
    for (const id of params.ids) {
      await call('update', resource, { id, data: flatData(params.data) });
      ids.push(id);
    }
    return { data: ids };
  },
  delete: (resource, params) => call('delete', resource, params),
  deleteMany: async (resource, params) => {
    const ids = [];
    for (const id of params.ids) {
      await call('delete', resource, { id });
      ids.push(id);
    }
    return { data: ids };
  },
};
