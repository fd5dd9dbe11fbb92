import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { execute, getVariableValues, GraphQLError, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';

import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/**
 * Executes operations with graphql-jit: each document and operation is compiled once into a
 * function (kept per parsed document; Apollo keeps the parsed documents per query text), then run
 * for every request, instead of walking the document field by field for every row.
 */
export function compiledExecutorGateway(schema: GraphQLSchema): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  const compile = (document: DocumentNode, operationName: string | undefined): CompiledQuery | ExecutionResult => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (!query) {
      query = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
      byOperation.set(key, query);
    }
    return query;
  };
  return {
    async load() {
      return {
        schema,
        executor: async (requestContext) => {
          // mutations run through graphql-js: one field after another, each error as the resolver threw it
          if (requestContext.operation.operation !== 'query') {
            return (await execute({ schema, document: requestContext.document, contextValue: requestContext.context, variableValues: requestContext.request.variables, operationName: requestContext.request.operationName })) as never;
          }
          // variables are checked as graphql-js checks them (the same errors, which Apollo answers as BAD_USER_INPUT)
          const variables = getVariableValues(schema, requestContext.operation.variableDefinitions ?? [], requestContext.request.variables ?? {});
          if (variables.errors) return { errors: variables.errors } as never;
          const query = compile(requestContext.document, requestContext.request.operationName ?? undefined);
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
function standardError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions ?? error.originalError?.['extensions' as never] ?? {} });
  (copy as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return copy;
}
