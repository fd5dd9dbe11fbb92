import { createHash } from 'node:crypto';
import { GraphQLError, GraphQLList, getNullableType, parse, validate, visit, type DocumentNode, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { PerDocument } from '../graphql/per-document';
import type { Viewer } from '@liangwei/domain';
import type { Context } from '../graphql/context';
import type { Limits } from './limits.config';
import { introspectionRefused, isTokenLimitError, queryTooComplex, type TooComplexReason } from './limit-errors';
import { isPastTimeLimitOf, timeLimits } from './time-limit';

/**
 * The document's size limits as validation rules (graphql-armor): depth, aliases, directives.
 * They depend on the document only, so Apollo's cache of validated documents is right for them.
 * Armor is told not to reveal its limits; the refusal is our QUERY_TOO_COMPLEX with what to ask
 * for instead. (Tokens are bounded by the parser itself: `parseOptions.maxTokens`.)
 */
export function limitValidationRules(limits: Limits): ValidationRule[] {
  const reject = (reason: TooComplexReason) => (context: ValidationContext | null) => context?.reportError(queryTooComplex(reason));
  const common = { exposeLimits: false, propagateOnRejection: false };
  const armor = new ApolloArmor({
    blockFieldSuggestion: { enabled: false }, // per viewer: `queryLimitsPlugin`
    maxTokens: { enabled: false },
    costLimit: { enabled: false }, // the cost needs the variables: `queryLimitsPlugin`
    maxDepth: { ...common, n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, onReject: [reject('depth')] },
    maxAliases: { ...common, n: limits.maxAliases, onReject: [reject('aliases')] },
    maxDirectives: { ...common, n: limits.maxDirectives, onReject: [reject('directives')] },
  });
  return armor.protect().validationRules as ValidationRule[];
}

/**
 * The document's size limits checked before anything else of the request (before the token's
 * user is looked up): a document over them costs no SQL at all. Accepted documents are
 * remembered by hash, so a repeated query is not parsed twice. Apollo applies the same rules
 * again in its own validation.
 */
export class DocumentLimits {
  private readonly rules: ValidationRule[];
  private readonly accepted = new Map<string, true>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: Limits,
    private readonly remembered = 2000,
  ) {
    this.rules = limitValidationRules(limits);
  }

  /** The refusal (QUERY_TOO_COMPLEX), or null: within the limits, or not a document at all (Apollo answers that). */
  check(source: string): GraphQLError | null {
    const key = createHash('sha256').update(source).digest('base64');
    if (this.accepted.has(key)) return null;
    let document: DocumentNode;
    try {
      document = parse(source, { maxTokens: this.limits.maxTokens });
    } catch (error) {
      return isTokenLimitError(error) ? queryTooComplex('tokens') : null;
    }
    const [refusal] = validate(this.schema, document, this.rules);
    if (refusal) return refusal;
    if (this.accepted.size >= this.remembered) this.accepted.delete(this.accepted.keys().next().value as string);
    this.accepted.set(key, true);
    return null;
  }
}

/**
 * Removes the schema's names suggested in error messages ("Did you mean "name"?", "Did you mean
 * the enum value "MALE"?"). graphql-armor's suggestion plugin misses the enum form and leaves a
 * stray "?", so the suggestion is cut here, always at the end of graphql-js's messages.
 */
function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^]*\?$/, '');
}

/**
 * The cost of an operation: a list multiplies the cost of its selection by its page size
 * (`perPage`, read from the request's variables too), an unpaged list (a relation, a rule query)
 * by `unpagedListSize`. Introspection is not counted (it is bounded by the schema).
 */
export function listEstimator(limits: Limits): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    if (field.name.startsWith('__')) return 0;
    if (!(getNullableType(field.type) instanceof GraphQLList)) return undefined;
    let size = limits.unpagedListSize;
    if (field.args.some((arg) => arg.name === 'perPage')) {
      const perPage = typeof args.perPage === 'number' ? args.perPage : limits.defaultPerPage;
      size = Math.min(limits.maxPerPage, Math.max(1, perPage));
    }
    return 1 + size * childComplexity;
  };
}

export function operationCost(schema: GraphQLSchema, limits: Limits, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    // declared costs (`@Field({ complexity })`) first, then lists, then 1 per field
    estimators: [fieldExtensionsEstimator(), listEstimator(limits), simpleEstimator({ defaultComplexity: 1 })],
  });
}

export function selectsIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/** Whether the request is a query under a time limit (known once its operation is resolved). */
export function isTimeLimited(context: Context): boolean {
  return timeLimits.get(context.em)?.query ?? false;
}

/** Whether the request is a query that ran past its time limit. */
export function isPastTimeLimit(context: Context): boolean {
  return isPastTimeLimitOf(context.em);
}

/** Stops resolving the request's remaining fields: it has been answered QUERY_TIMEOUT. */
export function abandonRequest(context: Context): void {
  const limit = timeLimits.get(context.em);
  if (limit) limit.abandoned = true;
}

/**
 * The cost check of an operation for a viewer: computed with the request's variables
 * (`perPage: $n`), remembered per document and variables, compared with the viewer's role's
 * budget. Used by `queryLimitsPlugin` and by the direct query path (`DirectQueries`).
 */
export class OperationCosts {
  private readonly costs = new PerDocument<number>();

  constructor(private readonly limits: Limits) {}

  /**
   * QUERY_TOO_COMPLEX when the operation costs more than the viewer's budget (cost and budget
   * only for signed-in users), otherwise null; also null when the variables do not fit the
   * operation (execution refuses them with their own error).
   */
  refusal(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined, viewer: Viewer | null): GraphQLError | null {
    const key = PerDocument.keyOf(operationName, variables);
    let cost = this.costs.get(document, key);
    if (cost === undefined) {
      try {
        cost = operationCost(schema, this.limits, document, variables ?? {}, operationName ?? undefined);
      } catch (error) {
        if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) return queryTooComplex('cost');
        return null;
      }
      this.costs.set(document, key, cost);
    }
    const budget = viewer ? this.limits.costBudget[viewer.role] : this.limits.costBudget.anonymous;
    return cost > budget ? queryTooComplex('cost', viewer ? { cost, budget } : undefined) : null;
  }
}

/** The time limit of a request, from its start (`query` is set once its operation is known). */
export function startTimeLimit(context: Context, limits: Limits, query: boolean): void {
  timeLimits.set(context.em, { deadline: performance.now() + limits.requestTimeoutMs, query: query && limits.requestTimeoutMs > 0, abandoned: false });
}

/**
 * Per request, knowing the viewer, before anything is executed:
 * - introspection only for signed-in users; anonymous callers get no field suggestions either;
 * - the operation's cost within the viewer's role's budget (`OperationCosts`); otherwise QUERY_TOO_COMPLEX.
 * A query past its time limit runs no further SQL (`assertWithinTimeLimit`) and answers QUERY_TIMEOUT.
 */
export function queryLimitsPlugin(limits: Limits, costs = new OperationCosts(limits)): ApolloServerPlugin<Context> {
  return {
    async requestDidStart(requestContext) {
      const viewer = requestContext.contextValue.viewer;
      startTimeLimit(requestContext.contextValue, limits, false);
      return {
        async didResolveOperation({ document, request, operationName, schema, operation, contextValue }) {
          const timeLimit = timeLimits.get(contextValue.em);
          if (timeLimit) timeLimit.query = limits.requestTimeoutMs > 0 && operation?.operation === 'query';
          if (!viewer && selectsIntrospection(document)) throw introspectionRefused();
          const refusal = costs.refusal(schema, document, operationName, request.variables, viewer);
          if (refusal) throw refusal;
        },
        async didEncounterErrors({ errors }) {
          if (viewer) return;
          for (const error of errors) {
            const message = withoutSuggestions(error.message);
            // a resolver's error from the compiled executor has a read-only message (and no suggestions)
            if (message !== error.message) error.message = message;
          }
        },
      };
    },
  };
}
