import {
  GraphQLError,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  ARGUMENT_TEXT_LIMITS,
  DATE_HORIZON_DAYS,
  DEFAULT_DATE_HORIZON_DAYS,
  DEFAULT_NUMBER_LIMIT,
  DEFAULT_TEXT_LIMIT,
  ID_LIMIT,
  INPUT_TEXT_LIMITS,
  NUMBER_LIMITS,
  SEARCH_LIMIT,
  TEXT_LIMITS,
  ValidationError,
  dateProblem,
  numberProblem,
  textProblem,
  type FieldProblem,
  type TextLimit,
} from '@liangwei/domain';
import type { Context } from './context';
import { PerDocument } from './per-document';

/**
 * One input check per operation, before anything executes: every argument of every root field,
 * down through input objects and lists (filters and their `q` included), is checked against the
 * limits declared in the domain (`TEXT_LIMITS` and friends): texts for control characters, lone
 * surrogates and length; numbers for being finite and in range; dates given to a change for how
 * far ahead they lie. A refusal is one BAD_USER_INPUT naming every offending field
 * (`extensions.fields`, `problems`, `messageZh`), and nothing has been read or written.
 * Rule-specific checks (a birth date not in the future, a policy parameter's range) stay with
 * their rules.
 */
export function inputBoundsPlugin(bounds = new InputBounds()): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, schema, request, document, contextValue }) {
          if (!operation) return;
          const refusal = bounds.refusal(schema, document, operation, request.operationName, request.variables, contextValue.today);
          if (refusal) throw refusal;
        },
      };
    },
  };
}

/** The input check of one operation (`inputBoundsPlugin`, and the direct query path before it executes). */
export class InputBounds {
  // documents and variables found within bounds (only a date's distance ahead depends on the day, and it only shrinks)
  private readonly passed = new PerDocument<string>();

  /** BAD_USER_INPUT naming every argument out of bounds, or null (also when the variables do not coerce: execution reports that). */
  refusal(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined, today: string): GraphQLError | null {
    const key = PerDocument.keyOf(operationName, variables);
    if (this.passed.get(document, key) === today) return null;
    const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'query' ? schema.getQueryType() : null;
    if (!root) return null;
    // variables that do not coerce are reported by execution itself, with their own code
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
    if (coerced.errors) return null;
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    const problems: FieldProblem[] = [];
    for (const node of rootFields(operation, fragments)) {
      const fieldDef = root.getFields()[node.name.value];
      if (!fieldDef) continue;
      let args: Record<string, unknown>;
      try {
        args = getArgumentValues(fieldDef, node, coerced.coerced);
      } catch {
        continue; // a missing or invalid argument: execution reports it
      }
      const where: Where = { operation: node.name.value, returnType: getNamedType(fieldDef.type).name, isMutation: root.name === 'Mutation', today };
      for (const arg of fieldDef.args) checkValue(args[arg.name], arg.type, arg.name, arg.name, null, where, problems);
    }
    if (problems.length > 0) return boundsError(problems);
    this.passed.set(document, key, today);
    return null;
  }
}

interface Where {
  operation: string;
  returnType: string;
  isMutation: boolean;
  today: string;
}

/** The root fields of the operation, through fragments and inline fragments. */
function rootFields(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): FieldNode[] {
  const fields: FieldNode[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return fields;
}

const RANGE_SUFFIX = /_(lt|lte|gt|gte)$/;

/** The declared limit of a text: the operation's own, the returned type's field, the input type's field, the search, or the default. */
function textLimitOf(name: string, inputType: string | null, where: Where): TextLimit {
  if (inputType) return INPUT_TEXT_LIMITS[inputType]?.[name] ?? (name === 'q' ? SEARCH_LIMIT : DEFAULT_TEXT_LIMIT);
  const own = ARGUMENT_TEXT_LIMITS[where.operation]?.[name];
  if (own) return own;
  const ofType = (TEXT_LIMITS as Record<string, Record<string, TextLimit>>)[where.returnType]?.[name];
  return ofType ?? (name === 'q' ? SEARCH_LIMIT : DEFAULT_TEXT_LIMIT);
}

function checkValue(value: unknown, type: GraphQLInputType, name: string, path: string, inputType: string | null, where: Where, problems: FieldProblem[]): void {
  if (value === null || value === undefined) return;
  if (type instanceof GraphQLNonNull) {
    checkValue(value, type.ofType as GraphQLInputType, name, path, inputType, where, problems);
    return;
  }
  if (type instanceof GraphQLList) {
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, index) => checkValue(item, type.ofType as GraphQLInputType, name, `${path}.${index}`, inputType, where, problems));
    return;
  }
  if (type instanceof GraphQLInputObjectType) {
    const fields = type.getFields();
    for (const [key, field] of Object.entries(fields)) checkValue((value as Record<string, unknown>)[key], field.type, key, `${path}.${key}`, type.name, where, problems);
    return;
  }
  if (!(type instanceof GraphQLScalarType)) return; // enums are checked by GraphQL itself
  const add = (problem: { en: string; zh: string } | null) => {
    // the Chinese text names no API field: the console shows it under the field's own label, as every other problem
    if (problem) problems.push({ field: path, message: problem.en, messageZh: problem.zh });
  };
  switch (type.name) {
    case 'String':
      if (typeof value === 'string') add(textProblem(value, textLimitOf(name, inputType, where)));
      break;
    case 'ID':
      if (typeof value === 'string') add(textProblem(value, ID_LIMIT));
      break;
    case 'Int':
    case 'Float':
      if (typeof value === 'number') {
        const key = name.replace(RANGE_SUFFIX, '');
        const limit = Object.hasOwn(NUMBER_LIMITS, key) ? NUMBER_LIMITS[key] : DEFAULT_NUMBER_LIMIT;
        if (limit) add(numberProblem(value, limit));
      }
      break;
    case 'Date':
      // the scalar keeps every date within 1900–2100; a change also may not reach too far ahead
      if (typeof value === 'string' && where.isMutation && !inputType) {
        const horizon = Object.hasOwn(DATE_HORIZON_DAYS, name) ? (DATE_HORIZON_DAYS[name] ?? null) : DEFAULT_DATE_HORIZON_DAYS;
        add(dateProblem(value, horizon, where.today));
      }
      break;
    default:
      break;
  }
}

/** The refusal: a BAD_USER_INPUT like any validation error (see errors.ts), answered with HTTP 200 as resolver errors are. */
function boundsError(problems: FieldProblem[]): GraphQLError {
  const error = new ValidationError(problems);
  return new GraphQLError(error.message, {
    extensions: { code: 'BAD_USER_INPUT', fields: error.fields, problems: error.problems, messageZh: error.messageZh, http: { status: 200 } },
  });
}
