/** The error codes of the API (`extensions.code`). */
export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | string;

export interface ApiGraphQLError {
  message: string;
  extensions?: { code?: ApiErrorCode; fields?: string[] | null; [key: string]: unknown };
}

type Anything = Record<string, unknown> | null | undefined;

/**
 * The GraphQL errors carried by an error from the data provider or from fetch: react-admin's
 * HttpError wraps the ApolloError in `body`; Apollo keeps GraphQL errors in `graphQLErrors`, or in
 * `networkError.result.errors` when the server answered with an HTTP error status.
 */
export function graphQLErrorsOf(error: unknown): ApiGraphQLError[] {
  const seen = new Set<unknown>();
  const found: ApiGraphQLError[] = [];
  const visit = (value: unknown, depth: number) => {
    if (!value || typeof value !== 'object' || seen.has(value) || depth > 4) return;
    seen.add(value);
    const v = value as Anything & Record<string, unknown>;
    for (const list of [v.graphQLErrors, v.errors]) {
      if (Array.isArray(list)) for (const e of list) if (e && typeof e === 'object' && 'message' in e) found.push(e as ApiGraphQLError);
    }
    visit(v.body, depth + 1);
    visit(v.networkError, depth + 1);
    visit(v.result, depth + 1);
    visit(v.cause, depth + 1);
  };
  visit(error, 0);
  return found;
}

export function errorCodeOf(error: unknown): ApiErrorCode | undefined {
  return graphQLErrorsOf(error).find((e) => e.extensions?.code)?.extensions?.code;
}

/** The HTTP status of an error, when there is one (react-admin's HttpError, Apollo's ServerError). */
export function httpStatusOf(error: unknown): number | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as { status?: unknown; statusCode?: unknown; networkError?: { statusCode?: unknown } };
  for (const s of [e.status, e.statusCode, e.networkError?.statusCode]) if (typeof s === 'number') return s;
  return undefined;
}

export function isUnauthenticated(error: unknown): boolean {
  return errorCodeOf(error) === 'UNAUTHENTICATED' || httpStatusOf(error) === 401;
}
