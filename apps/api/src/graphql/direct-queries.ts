import type { IncomingHttpHeaders } from 'node:http';
import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { getOperationAST, getVariableValues, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type ValidationRule } from 'graphql';
import { isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Context } from './context';
import type { CompiledQueries } from './compiled-executor';
import type { InputBounds } from './input-bounds';
import type { Limits } from '../limits/limits.config';
import { TIMEOUT_BODY } from '../limits/limit-errors';
import { isPastTimeLimit, selectsIntrospection, startTimeLimit, type OperationCosts } from '../limits/query-limits';

/** A query document known to be valid, a query, and compiled. */
interface Prepared {
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode;
  readonly compiled: CompiledQuery;
}

/** The JSON body of a GraphQL POST as the direct path takes it. */
interface Body {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

const JSON_MEDIA_TYPE = 'application/json; charset=utf-8';

/**
 * The direct path for queries: a GraphQL query already parsed, validated (the schema's rules and
 * the document limits) and compiled is run straight from the HTTP handler, with the same checks
 * Apollo's plugins make before execution (the viewer's cost budget, the bounds of every argument,
 * the time limit), and answered with the document Apollo would send: `{"data": …}` and a newline,
 * `application/json; charset=utf-8`, status 200. What is left to Apollo, which answers it with
 * its own errors and headers: mutations, introspection, GET requests, batches, extensions, other
 * media types, documents not yet seen or not valid, variables that do not coerce, any refusal of
 * the checks, and any answer with errors (the query is then run again by Apollo: queries do not
 * write, and the error path keeps Apollo's formatting).
 *
 * Apollo's own per-request pipeline (its hashing, content negotiation, plugin hooks, response
 * assembly) costs more than a small query's statement; on this path a query costs what its
 * statements and its JSON cost.
 */
export class DirectQueries {
  /** by query text and operation name: the prepared query, or null when Apollo must answer it */
  private readonly prepared = new Map<string, Prepared | null>();
  private readonly rules: readonly ValidationRule[];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: Limits,
    limitRules: readonly ValidationRule[],
    private readonly costs: OperationCosts,
    private readonly bounds: InputBounds,
    private readonly queries: CompiledQueries,
    /** how many query texts are kept prepared (the oldest is forgotten first) */
    private readonly remembered = 500,
    /** longer texts are left to Apollo (the memo holds texts, not hashes) */
    private readonly maxTextLength = 16_384,
  ) {
    this.rules = [...specifiedRules, ...limitRules];
  }

  /** Whether this query text is prepared for the direct path (its document limits were checked when it was). */
  knows(source: string, operationName: unknown): boolean {
    return !!this.prepared.get(keyOf(source, operationName));
  }

  /**
   * The direct run of a request, or null when Apollo is to answer it. The run resolves to the
   * response, or to null when the answer had errors and is to be made by Apollo.
   */
  runner(method: string | undefined, headers: IncomingHttpHeaders, body: unknown, context: Context): (() => Promise<HTTPGraphQLResponse | null>) | null {
    if (method !== 'POST' || !isJsonContent(headers['content-type']) || !acceptsJson(headers.accept)) return null;
    if (!isDirectBody(body)) return null;
    const prepared = this.prepare(body.query, body.operationName ?? undefined);
    if (!prepared) return null;
    const variables = body.variables ?? undefined;
    const { document, operation, compiled } = prepared;
    const coerced = getVariableValues(this.schema, operation.variableDefinitions ?? [], variables ?? {});
    if (coerced.errors) return null;
    if (this.costs.refusal(this.schema, document, body.operationName, variables, context.viewer)) return null;
    if (this.bounds.refusal(this.schema, document, operation, body.operationName, variables, context.today)) return null;
    return async () => {
      startTimeLimit(context, this.limits, true);
      const result = await compiled.query(undefined, context, variables ?? {});
      if (result.errors) {
        // a query cut short by its time limit is not run again: it is answered QUERY_TIMEOUT
        return isPastTimeLimit(context) ? { status: 503, headers: new HeaderMap([['content-type', 'application/json']]), body: { kind: 'complete', string: TIMEOUT_BODY } } : null;
      }
      return { status: 200, headers: new HeaderMap([['content-type', JSON_MEDIA_TYPE]]), body: { kind: 'complete', string: `${JSON.stringify({ data: result.data })}\n` } };
    };
  }

  /** The query text prepared once: parsed within the token limit, validated, a query without introspection, compiled. */
  private prepare(source: string, operationName: string | undefined): Prepared | null {
    const key = keyOf(source, operationName);
    const known = this.prepared.get(key);
    if (known !== undefined) return known;
    if (source.length > this.maxTextLength) return null;
    const prepared = this.compile(source, operationName);
    if (this.prepared.size >= this.remembered) this.prepared.delete(this.prepared.keys().next().value as string);
    this.prepared.set(key, prepared);
    return prepared;
  }

  private compile(source: string, operationName: string | undefined): Prepared | null {
    let document: DocumentNode;
    try {
      document = parse(source, { maxTokens: this.limits.maxTokens });
    } catch {
      return null;
    }
    if (validate(this.schema, document, this.rules).length > 0) return null;
    const operation = getOperationAST(document, operationName);
    if (!operation || operation.operation !== 'query' || selectsIntrospection(document)) return null;
    const compiled = this.queries.of(document, operationName);
    return isCompiledQuery(compiled) ? { document, operation, compiled } : null;
  }
}

function keyOf(source: string, operationName: unknown): string {
  return typeof operationName === 'string' ? `${operationName}\u0000${source}` : source;
}

const BODY_KEYS = new Set(['query', 'variables', 'operationName']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A single operation's body with nothing but a query text, variables (an object) and an operation name. */
function isDirectBody(body: unknown): body is Body {
  if (!isPlainObject(body) || typeof body.query !== 'string') return false;
  for (const key of Object.keys(body)) if (!BODY_KEYS.has(key)) return false;
  if (body.variables !== undefined && body.variables !== null && !isPlainObject(body.variables)) return false;
  return body.operationName === undefined || body.operationName === null || typeof body.operationName === 'string';
}

function isJsonContent(contentType: string | undefined): boolean {
  return !!contentType && contentType.split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/**
 * Whether Apollo would answer `application/json` to this `Accept`: none given, or one that names
 * JSON or any type and does not prefer GraphQL's own response type or a multipart answer (those,
 * and anything with weights, are left to Apollo's negotiation).
 */
function acceptsJson(accept: string | undefined): boolean {
  if (accept === undefined || accept === '') return true;
  let json = false;
  for (const part of accept.split(',')) {
    const [type, ...parameters] = part.split(';');
    if (parameters.length > 0) return false;
    const name = type!.trim().toLowerCase();
    if (name === 'application/json' || name === '*/*' || name === 'application/*') json = true;
    else if (name === 'application/graphql-response+json' || name.startsWith('multipart/')) return false;
  }
  return json;
}
