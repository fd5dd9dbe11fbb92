import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DriverException } from '@mikro-orm/core';

/** Error codes of the request limits (README "Security and limits"). */
export const LIMIT_CODES = ['QUERY_TOO_COMPLEX', 'QUERY_TIMEOUT', 'SERVICE_OVERLOADED', 'PAYLOAD_TOO_LARGE'] as const;

export type TooComplexReason = 'depth' | 'aliases' | 'tokens' | 'directives' | 'cost';

/** What to ask for instead, per limit. No numbers: the same text goes to every caller. */
const TOO_COMPLEX: Record<TooComplexReason, { en: string; zh: string }> = {
  depth: {
    en: 'The query nests related records too deeply. Ask for less nesting and query the deeper records separately.',
    zh: '查询的关联记录嵌套过深。请减少嵌套层级，将更深层的记录单独查询。',
  },
  aliases: {
    en: 'The query has too many aliased fields. Ask with fewer aliases, in several requests if needed.',
    zh: '查询中的别名过多。请减少别名数量，必要时分多次请求。',
  },
  tokens: {
    en: 'The query text is too long. Split it into several smaller requests.',
    zh: '查询语句过长。请拆分为多个较小的请求。',
  },
  directives: {
    en: 'The query has too many directives. Ask with fewer directives.',
    zh: '查询中的指令过多。请减少指令数量。',
  },
  cost: {
    en: 'The query asks for too much at once. Ask for fewer rows per page (perPage), fewer aliases or less nesting, and fetch the rest page by page.',
    zh: '查询一次请求的数据过多。请减少每页行数(perPage)、别名数量或嵌套层级，其余数据分页获取。',
  },
};

/**
 * QUERY_TOO_COMPLEX (HTTP 400), refused before anything runs. `measured` (the operation's cost
 * and the viewer's budget) is only given to signed-in callers.
 */
export function queryTooComplex(reason: TooComplexReason, measured?: { cost: number; budget: number }): GraphQLError {
  const text = TOO_COMPLEX[reason];
  const message = measured ? `${text.en} (estimated cost ${measured.cost}, budget ${measured.budget})` : text.en;
  return new GraphQLError(message, {
    extensions: { code: 'QUERY_TOO_COMPLEX', messageZh: text.zh, ...(measured ? { cost: measured.cost, budget: measured.budget } : {}), http: { status: 400 } },
  });
}

const TIMEOUT = {
  message: 'The query took too long and was stopped. Ask for fewer rows per page or a narrower filter.',
  messageZh: '查询耗时过长，已被中止。请减少每页行数或缩小筛选范围。',
};

export function queryTimeout(): GraphQLError {
  return new GraphQLError(TIMEOUT.message, { extensions: { code: 'QUERY_TIMEOUT', messageZh: TIMEOUT.messageZh } });
}

export function introspectionRefused(): GraphQLError {
  return new GraphQLError('Log in to read the schema (introspection).', {
    extensions: { code: 'UNAUTHENTICATED', messageZh: '请先登录，再获取接口结构(内省)。', http: { status: 401 } },
  });
}

/** A GraphQL-shaped JSON body for answers given outside GraphQL execution (503, 413). */
export function errorBody(code: (typeof LIMIT_CODES)[number], message: string, messageZh: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, messageZh } }] });
}

export const OVERLOADED_BODY = errorBody('SERVICE_OVERLOADED', 'The server is busy. Try again in a few seconds.', '服务器繁忙，请稍后重试。');
export const TIMEOUT_BODY = errorBody('QUERY_TIMEOUT', TIMEOUT.message, TIMEOUT.messageZh);
export const TOO_LARGE_BODY = errorBody('PAYLOAD_TOO_LARGE', 'The request body is too large. Send a smaller request.', '请求内容过大，请减小请求。');

const PG_QUERY_CANCELED = '57014';

/** graphql-js's parse error for a document over `maxTokens` ("more that" is graphql-js's spelling). */
export function isTokenLimitError(error: unknown): boolean {
  return typeof (error as { message?: unknown })?.message === 'string' && /Document contains more th(?:an|at) \d+ tokens/.test((error as { message: string }).message);
}

/**
 * The limits' errors as `formatError` gives them: a size limit's refusal from validation and
 * graphql-js's token limit (a parse error) → QUERY_TOO_COMPLEX; a statement cancelled by the
 * database's `statement_timeout` → QUERY_TIMEOUT.
 * Null for any other error.
 */
export function limitErrorFor(original: unknown, error: unknown, formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  const base = { locations: formatted.locations, path: formatted.path };
  // a size limit's refusal, reported by a validation rule (Apollo wraps it as GRAPHQL_VALIDATION_FAILED)
  if (error instanceof GraphQLError && error.originalError instanceof GraphQLError && error.originalError.extensions?.code === 'QUERY_TOO_COMPLEX') {
    return { message: error.originalError.message, locations: formatted.locations, extensions: { code: 'QUERY_TOO_COMPLEX', messageZh: error.originalError.extensions.messageZh } };
  }
  // converted by the ORM (DriverException) or straight from the driver
  if ((original instanceof DriverException || original instanceof Error) && (original as { code?: unknown }).code === PG_QUERY_CANCELED) {
    return { ...base, ...TIMEOUT, extensions: { code: 'QUERY_TIMEOUT', messageZh: TIMEOUT.messageZh } };
  }
  if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && isTokenLimitError(formatted)) {
    return { message: TOO_COMPLEX.tokens.en, extensions: { code: 'QUERY_TOO_COMPLEX', messageZh: TOO_COMPLEX.tokens.zh } };
  }
  return null;
}
