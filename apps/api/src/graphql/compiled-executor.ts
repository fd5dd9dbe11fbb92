import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { execute, getVariableValues, GraphQLError, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';

import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/**
 * Queries compiled with graphql-jit: each document and operation is compiled once into a function
 * (kept per parsed document), then run for every request, instead of walking the document field
 * by field for every row.
 */
export class CompiledQueries {
  private readonly compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();

  constructor(private readonly schema: GraphQLSchema) {}

  /** The compiled operation, or the errors that kept it from compiling. */
  of(document: DocumentNode, operationName: string | null | undefined): CompiledQuery | ExecutionResult {
    let byOperation = this.compiled.get(document);
    if (!byOperation) this.compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (!query) {
      query = compileQuery(this.schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      byOperation.set(key, query);
    }
    return query;
  }
}

/**
 * Apollo's executor: queries run compiled (`CompiledQueries`; Apollo keeps the parsed documents
 * per query text), mutations through graphql-js.
 */
export function compiledExecutorGateway(schema: GraphQLSchema, queries = new CompiledQueries(schema)): GatewayInterface {
  return {
    async load() {
      return {
        schema,
        executor: async (requestContext) => {
          // mutations run through graphql-js: one field after another, each error as the resolver threw it;
          // so does a document whose operation is not known (graphql-js answers which name it needs)
          if (requestContext.operation?.operation !== 'query') {
            return (await execute({ schema, document: requestContext.document, contextValue: requestContext.context, variableValues: requestContext.request.variables, operationName: requestContext.request.operationName })) as never;
          }
          // variables are checked as graphql-js checks them (the same errors, which Apollo answers as BAD_USER_INPUT)
          const variables = getVariableValues(schema, requestContext.operation.variableDefinitions ?? [], requestContext.request.variables ?? {});
          if (variables.errors) return { errors: variables.errors } as never;
          const query = queries.of(requestContext.document, requestContext.request.operationName);
          if (!isCompiledQuery(query)) return query;
          const result = (await query.query(undefined, requestContext.context, requestContext.request.variables ?? {})) as ExecutionResult;
          return (result.errors ? { ...result, errors: result.errors.map(standardError) } : result) as never;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}

/**
 * A compiled query's error as graphql-js makes it: the same message, path, locations and thrown
 * error, with `extensions` always present (Apollo and the error formatting read it).
 */
export function standardError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions ?? error.originalError?.['extensions' as never] ?? {} });
  (copy as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return copy;
}
