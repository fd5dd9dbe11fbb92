import { HttpError } from 'react-admin';
import { GRAPHQL_ENDPOINT } from './authProvider';
import { toReactAdminError } from './errors';
import type { ApiGraphQLError } from './graphqlErrors';
import { getToken } from './session';

/** Every request carries the session's token. */
export const authFetch: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  const token = getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return fetch(input, { ...init, headers });
};

/**
 * A GraphQL document that knows the shape of its variables and of its answer, so that callers of
 * `graphqlRequest` are typed. The types are only for the compiler: at run time it is the text.
 */
export type TypedDocument<TData, TVariables> = string & { readonly __result?: TData; readonly __variables?: TVariables };

export function gql<TData, TVariables = Record<string, never>>(text: string): TypedDocument<TData, TVariables> {
  return text as TypedDocument<TData, TVariables>;
}

export type DataOf<D> = D extends TypedDocument<infer T, unknown> ? T : never;
export type VariablesOf<D> = D extends TypedDocument<unknown, infer V> ? V : never;

/**
 * Runs one GraphQL operation with the session's token, for the API's custom mutations and rule
 * queries (the resources go through ra-data-graphql-simple). Errors come out as the data
 * provider's do (`toReactAdminError`): field errors of BAD_USER_INPUT in `body.errors`, FORBIDDEN
 * and NOT_FOUND as message keys, UNAUTHENTICATED as 401 (the auth provider then logs out).
 */
export async function graphqlRequest<TData, TVariables>(
  document: TypedDocument<TData, TVariables>,
  variables: TVariables,
  options: { endpoint?: string; fetch?: typeof fetch; signal?: AbortSignal } = {},
): Promise<TData> {
  const doFetch = options.fetch ?? authFetch;
  let response: Response;
  try {
    response = await doFetch(options.endpoint ?? GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query: document, variables }),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error;
    throw new HttpError('ra.notification.http_error', 0);
  }
  let body: { data?: TData | null; errors?: ApiGraphQLError[] };
  try {
    body = await response.json();
  } catch {
    throw new HttpError('ra.notification.http_error', response.status);
  }
  if (body.errors?.length) throw toReactAdminError({ status: response.status === 200 ? 200 : response.status, graphQLErrors: body.errors });
  if (body.data == null) throw new HttpError('ra.notification.http_error', response.status);
  return body.data;
}
