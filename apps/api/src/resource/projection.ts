import { isDeepStrictEqual } from 'node:util';
import { JsonType, ReferenceKind, type EntityMetadata, type EntityProperty, type FilterQuery } from '@mikro-orm/core';
import { assertWithinTimeLimit } from '../limits/time-limit';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { Kind, isObjectType, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Context } from '../graphql/context';
import { PII_FIELDS, piiValue, type PiiKind } from '../graphql/pii';
import { unitScopeOf } from '../db/scope';
import { runBound } from '../common/sql';

/**
 * The read path of lists, gets and their nested to-one relations: one statement whatever the page
 * size (to-one relations joined), only the columns the selection (and the field resolvers under it)
 * need, the unit scope (ROLE-3/4) as a WHERE in each statement, values bound as parameters, plain
 * objects out with personal data already masked (ROLE-2). Writes keep the ORM's unit of work; this
 * is for reading only.
 */

/** What a GraphQL selection asks of one entity: its own fields, and a nested selection per to-one relation. */
export interface Selection {
  fields: Set<string>;
  relations: Map<string, Selection>;
}

const PII_PROPERTIES = PII_FIELDS;

/** Marks a row made here: its personal data is masked already, its relations are rows or stubs. */
const PROJECTED = Symbol('projected');
/** The unmasked values of a projected row's masked properties, for computed fields (e.g. age from birthDate). */
const RAW = Symbol('raw');
/** `{ id }` of a relation that was not selected: resolved through the per-request loaders if asked for. */
const STUBS = new WeakSet<object>();

type Row = Record<string | symbol, unknown>;

export function isProjected(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Row)[PROJECTED] === true;
}

/**
 * The personal-data fields of a read-path row hold their shown (masked) value already: they are read
 * as plain properties; only an entity (a mutation's result, a loaded relation) goes through the
 * field's own resolver, which masks it.
 */
export function readProjectedPersonalData(schema: GraphQLSchema): void {
  for (const [typeName, fields] of Object.entries(PII_FIELDS)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    for (const name of Object.keys(fields)) {
      const field = type.getFields()[name];
      const resolve = field?.resolve;
      if (!field || !resolve) continue;
      field.resolve = (source: Row, args, context, info) => (source[PROJECTED] === true ? source[name] : resolve(source, args, context, info));
    }
  }
}

/** A relation's key as the read path leaves it when the relation itself is not selected (loaded if asked for). */
export function stubOf(id: string): { id: string } {
  const stub = { id };
  STUBS.add(stub);
  return stub;
}

export function isStub(value: unknown): value is { id: string } {
  return typeof value === 'object' && value !== null && STUBS.has(value);
}

/**
 * `xId` of a row: the key of its relation `x` (entities have a getter for it; a row has `x` as a
 * stub or a row, so that a row can still become an instance of its class where type-graphql makes one).
 */
export function keyOf(row: object, field: string): unknown {
  const value = (row as Row)[field];
  if (value !== undefined) return value;
  const relation = (row as Row)[field.slice(0, -2)] as { id?: unknown } | null | undefined;
  return relation == null ? null : relation.id;
}

/** The stored value of a property, before masking: computed fields use it (ROLE-2 masks only what is shown). */
export function unmasked<T>(row: object, property: string): T {
  const raw = (row as Row)[RAW] as Record<string, unknown> | undefined;
  return (raw && property in raw ? raw[property] : (row as Row)[property]) as T;
}

/**
 * The properties each computed field (a type-graphql field resolver) reads from its row, by entity
 * and field. A computed field not listed here gets the whole row.
 */
const computedNeeds = new Map<string, Record<string, string[]>>();

export function declareComputedFields(entityName: string, needs: Record<string, string[]>): void {
  computedNeeds.set(entityName, { ...computedNeeds.get(entityName), ...needs });
}

let fieldResolverNames: Map<string, Set<string>> | undefined;

/** Fields of an entity's GraphQL type that a field resolver computes (from type-graphql's metadata). */
function computedFieldsOf(entityName: string): Set<string> {
  if (!fieldResolverNames) {
    fieldResolverNames = new Map();
    for (const resolver of getMetadataStorage().fieldResolvers) {
      const type = resolver.getObjectType?.() as { name?: string } | undefined;
      if (!type?.name || !resolver.methodName) continue;
      const names = fieldResolverNames.get(type.name) ?? new Set<string>();
      names.add(resolver.schemaName ?? resolver.methodName);
      fieldResolverNames.set(type.name, names);
    }
  }
  return fieldResolverNames.get(entityName) ?? new Set();
}

function isToOne(prop: EntityProperty | undefined): boolean {
  return !!prop && (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && !!prop.owner));
}

/** The selection of the field being resolved (its fragments and inline fragments merged), over the entity's metadata. */
export function selectionOf(info: GraphQLResolveInfo, meta: EntityMetadata): Selection {
  const selection: Selection = { fields: new Set(), relations: new Map() };
  for (const node of info.fieldNodes) {
    if (node.selectionSet) collect(node.selectionSet, info.fragments, meta, selection);
  }
  return selection;
}

/** The field nodes named `name` directly inside `set` (through fragments and inline fragments). */
function fieldNodesNamed(set: SelectionSetNode, name: string, fragments: Record<string, FragmentDefinitionNode>, into: FieldNode[], seen = new Set<string>()): FieldNode[] {
  for (const node of set.selections) {
    if (node.kind === Kind.FIELD) {
      if (node.name.value === name) into.push(node);
    } else if (node.kind === Kind.INLINE_FRAGMENT) {
      fieldNodesNamed(node.selectionSet, name, fragments, into, seen);
    } else if (!seen.has(node.name.value)) {
      seen.add(node.name.value);
      const fragment = fragments[node.name.value];
      if (fragment) fieldNodesNamed(fragment.selectionSet, name, fragments, into, seen);
    }
  }
  return into;
}

/**
 * The rows of an entity that a rule query's rows point to (its `cadre`, its `unit`), by id,
 * projected to what the request selects under that field: one statement, the viewer's unit scope
 * applied, personal data masked, plain rows like a list's. A page of 1,000 rows is then 1,000 plain
 * objects rather than 1,000 ORM entities hydrated in one go. Null when the field is not selected
 * (nothing is read).
 */
export async function rowsUnder(ctx: Context, info: GraphQLResolveInfo, fieldName: string, entityName: string, ids: readonly string[]): Promise<Map<string, Row> | null> {
  const nodes: FieldNode[] = [];
  for (const node of info.fieldNodes) if (node.selectionSet) fieldNodesNamed(node.selectionSet, fieldName, info.fragments, nodes);
  if (nodes.length === 0) return null;
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const meta = ctx.em.getMetadata().get(entityName);
  const selection = selectionOf({ fieldNodes: nodes, fragments: info.fragments } as unknown as GraphQLResolveInfo, meta);
  const rows = await readRows(ctx, entityName, selection, { id: { $in: unique } });
  return new Map(rows.map((row) => [row.id as string, row]));
}

function collect(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, meta: EntityMetadata, into: Selection): void {
  for (const node of set.selections) {
    if (node.kind === Kind.FIELD) {
      const name = node.name.value;
      if (name.startsWith('__')) continue;
      const prop = meta.properties[name] as EntityProperty | undefined;
      if (node.selectionSet && isToOne(prop) && !computedFieldsOf(meta.className).has(name)) {
        let nested = into.relations.get(name);
        if (!nested) {
          nested = { fields: new Set(), relations: new Map() };
          into.relations.set(name, nested);
        }
        collect(node.selectionSet, fragments, prop!.targetMeta!, nested);
      } else {
        into.fields.add(name);
      }
    } else if (node.kind === Kind.INLINE_FRAGMENT) {
      collect(node.selectionSet, fragments, meta, into);
    } else {
      const fragment = fragments[node.name.value];
      if (fragment) collect(fragment.selectionSet, fragments, meta, into);
    }
  }
}

interface Plan {
  /** scalar properties to select */
  scalars: Set<string>;
  /** to-one properties whose key to select (as a stub unless nested below) */
  keys: Set<string>;
  nested: Map<string, Selection>;
}

/** The columns a selection needs: the fields asked for, `xId` as x's key, what computed fields read. */
function planOf(meta: EntityMetadata, selection: Selection): Plan {
  const plan: Plan = { scalars: new Set(['id']), keys: new Set(), nested: selection.relations };
  const computed = computedFieldsOf(meta.className);
  const needs = computedNeeds.get(meta.className) ?? {};
  let whole = false;
  const add = (name: string): boolean => {
    const prop = meta.properties[name] as EntityProperty | undefined;
    if (prop && isToOne(prop)) plan.keys.add(name);
    else if (prop && prop.kind === ReferenceKind.SCALAR && prop.persist !== false && !prop.lazy) plan.scalars.add(name);
    else if (name.endsWith('Id') && isToOne(meta.properties[name.slice(0, -2)])) plan.keys.add(name.slice(0, -2));
    else return false;
    return true;
  };
  for (const name of selection.fields) {
    if (computed.has(name)) {
      const need = needs[name];
      if (need) need.forEach(add);
      else whole = true;
    } else if (!add(name)) {
      whole = true;
    }
  }
  for (const name of selection.relations.keys()) plan.keys.add(name);
  if (whole) {
    for (const prop of meta.props) {
      if (prop.persist === false || prop.lazy || prop.hidden) continue;
      if (prop.kind === ReferenceKind.SCALAR) plan.scalars.add(prop.name);
      else if (isToOne(prop)) plan.keys.add(prop.name);
    }
  }
  return plan;
}

export interface ReadOptions {
  orderBy?: Record<string, 'asc' | 'desc'>;
  limit?: number;
  offset?: number;
}

/** One entity of a read: its columns, its table alias, and a node per selected to-one relation (joined). */
interface Node {
  meta: EntityMetadata;
  plan: Plan;
  alias: string;
  /** the column names this node selects (for a joined node, read back as `<alias>__<column>`) */
  columns: string[];
  children: Map<string, Node>;
}

function treeOf(meta: EntityMetadata, selection: Selection, alias: string, counter: { n: number }): Node {
  const plan = planOf(meta, selection);
  const columns = [...plan.scalars, ...plan.keys].map((name) => meta.properties[name]!.fieldNames[0]!);
  const children = new Map<string, Node>();
  for (const [name, nested] of plan.nested) {
    counter.n += 1;
    children.set(name, treeOf(meta.properties[name]!.targetMeta!, nested, `j${counter.n}`, counter));
  }
  return { meta, plan, alias, columns, children };
}

/**
 * Rows of an entity matching `where` (a MikroORM condition), projected to `selection`, with the
 * viewer's unit scope; each selected to-one relation is a LEFT JOIN of the same statement, the
 * scope in its ON condition (a relation the viewer may not see is null, as through the loaders).
 */
export async function readRows(ctx: Context, entityName: string, selection: Selection, where: FilterQuery<object>, options: ReadOptions = {}): Promise<Row[]> {
  const em = ctx.em as SqlEntityManager;
  const meta = em.getMetadata().get(entityName);
  const tree = treeOf(meta, selection, 'e', { n: 0 });
  const scope = unitScopeOf(em, meta);
  const condition = scope ? { $and: [where, scope] } : where;
  // the statement's values in the order they appear: the joins' scope, the condition, limit, offset
  const joins: { parent: Node; child: Node; key: string; scopeColumn: string | null; scopeValue: string | null }[] = [];
  const collectJoins = (parent: Node): void => {
    for (const [name, child] of parent.children) {
      const childScope = unitScopeOf(em, child.meta) as { id?: string; unit?: string } | null;
      const scopeColumn = childScope?.id !== undefined ? 'id' : childScope?.unit !== undefined ? child.meta.properties.unit!.fieldNames[0]! : null;
      joins.push({ parent, child, key: parent.meta.properties[name]!.fieldNames[0]!, scopeColumn, scopeValue: scopeColumn ? (childScope!.id ?? childScope!.unit)! : null });
      collectJoins(child);
    }
  };
  collectJoins(tree);
  const values: unknown[] = joins.filter((j) => j.scopeColumn).map((j) => j.scopeValue);
  const whereShape = shapeOf(condition, values);
  if (options.limit !== undefined) values.push(options.limit);
  if (options.offset) values.push(options.offset);
  const key = whereShape === null ? null : `rows|${entityName}|${signatureOf(tree)}|${whereShape}|${JSON.stringify(options.orderBy ?? null)}|${options.limit !== undefined}|${!!options.offset}|${joins.map((j) => j.scopeColumn ?? '-').join(',')}`;
  const raws = await cachedStatement(em, key, values, () => {
    const qb = em
      .createQueryBuilder<object, 'e'>(entityName, 'e')
      .select([...tree.plan.scalars, ...tree.plan.keys].map((name) => `e.${name}`))
      .where(condition);
    if (options.orderBy) qb.orderBy(options.orderBy);
    if (options.limit !== undefined) qb.limit(options.limit);
    if (options.offset) qb.offset(options.offset);
    // the knex query keeps its values as bindings (the ORM's own execute inlines them into the text)
    const query = qb.getKnexQuery();
    for (const { parent, child, key: column, scopeColumn, scopeValue } of joins) {
      query.leftJoin({ [child.alias]: child.meta.tableName }, function on(this: Knex.JoinClause) {
        this.on(`${child.alias}.id`, '=', `${parent.alias}.${column}`);
        if (scopeColumn) this.andOnVal(`${child.alias}.${scopeColumn}`, '=', scopeValue!);
      });
      query.select(Object.fromEntries(child.columns.map((c) => [`${child.alias}__${c}`, `${child.alias}.${c}`])));
    }
    return query;
  });
  const builder = rowBuilder(ctx, em);
  return raws.map((raw) => builder(tree, raw, null)!);
}

/**
 * The statement texts of the read path by shape. Building a statement through the query builder
 * costs more than running it; between two requests of the same shape (entity, selected columns,
 * joins, the condition's structure, order, paging) only the values change. A shape is cached only
 * when the built statement's bindings are exactly the values found by walking the condition (so
 * the text cannot depend on a value); conditions with raw fragments are never cached.
 */
const statementsByDatabase = new WeakMap<object, Map<string, string | null>>();
const MAX_STATEMENTS = 1000;

async function cachedStatement(em: SqlEntityManager, key: string | null, values: unknown[], build: () => Knex.QueryBuilder | Knex.Raw): Promise<Record<string, unknown>[]> {
  const transaction = em.getTransactionContext();
  // per database: one process may serve several (the tests run SQLite and PostgreSQL side by side)
  const knex = em.getKnex();
  let statements = statementsByDatabase.get(knex);
  if (!statements) statementsByDatabase.set(knex, (statements = new Map()));
  const text = key === null ? undefined : statements.get(key);
  if (text) return runBound(em, text, values, { prepare: true });
  const query = build();
  if (key !== null && text === undefined) {
    const compiled = query.toSQL();
    if (statements.size >= MAX_STATEMENTS) statements.clear();
    statements.set(key, isDeepStrictEqual(compiled.bindings, values) && !compiled.sql.includes('??') ? compiled.sql : null);
  }
  if (transaction) query.transacting(transaction);
  assertWithinTimeLimit(em);
  // a query builder answers rows; a raw statement on PostgreSQL answers the driver's result
  const result = (await query) as Record<string, unknown>[] | { rows: Record<string, unknown>[] };
  return Array.isArray(result) ? result : result.rows;
}

/**
 * The structure of a condition with its values taken out (appended to `values` in order), or null
 * when it holds anything but plain objects, arrays, strings, numbers, booleans and nulls (raw
 * fragments, dates, entities): such conditions are built every time.
 */
function shapeOf(value: unknown, values: unknown[]): string | null {
  if (value === null) return 'N';
  if (value === undefined) return 'U';
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      values.push(value);
      return '?';
    case 'object': {
      if (Array.isArray(value)) {
        const parts: string[] = [];
        for (const item of value) {
          const part = shapeOf(item, values);
          if (part === null) return null;
          parts.push(part);
        }
        return `[${parts.join(',')}]`;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return null;
      const parts: string[] = [];
      for (const [name, item] of Object.entries(value)) {
        if (name.startsWith('[raw]')) return null;
        const part = shapeOf(item, values);
        if (part === null) return null;
        parts.push(`${JSON.stringify(name)}:${part}`);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      return null;
  }
}

function signatureOf(node: Node): string {
  return `${node.alias}(${node.columns.join(',')})[${[...node.children].map(([name, child]) => `${name}=${signatureOf(child)}`).join(';')}]`;
}

/** Turns a result row into the plain row of a node (and its joined relations), masking personal data. */
function rowBuilder(ctx: Context, em: SqlEntityManager): (node: Node, raw: Record<string, unknown>, alias: string | null) => Row | null {
  const comparator = em.getComparator();
  const platform = em.getPlatform();
  const json = new Map<Node, EntityProperty[]>();
  const pii = new Map<Node, [string, PiiKind][]>();
  const build = (node: Node, raw: Record<string, unknown>, alias: string | null): Row | null => {
    let source = raw;
    if (alias !== null) {
      if (raw[`${alias}__id`] == null) return null;
      source = {};
      for (const column of node.columns) source[column] = raw[`${alias}__${column}`];
    }
    const { meta, plan } = node;
    const row = comparator.mapResult(meta.className, source) as Row;
    let jsonProps = json.get(node);
    if (!jsonProps) json.set(node, (jsonProps = meta.props.filter((p) => plan.scalars.has(p.name) && p.customType instanceof JsonType)));
    for (const prop of jsonProps) row[prop.name] = prop.customType!.convertToJSValue(row[prop.name], platform);
    let piiProps = pii.get(node);
    if (!piiProps) pii.set(node, (piiProps = Object.entries(PII_PROPERTIES[meta.className] ?? {}).filter(([name]) => plan.scalars.has(name))));
    for (const [name, kind] of piiProps) {
      const value = row[name] as string | null | undefined;
      const shown = piiValue(kind, value, ctx.viewer);
      if (shown !== value) {
        const unmaskedValues = (row[RAW] ??= {}) as Record<string, unknown>;
        unmaskedValues[name] = value;
        row[name] = shown;
      }
    }
    for (const name of plan.keys) {
      const child = node.children.get(name);
      if (child) {
        row[name] = row[name] == null ? null : build(child, raw, child.alias);
      } else {
        const id = row[name] as string | null | undefined;
        row[name] = id == null ? null : stubOf(id);
      }
    }
    row[PROJECTED] = true;
    return row;
  };
  return build;
}

/** How many rows of an entity match `where` within the viewer's unit scope: one statement, values bound. */
export async function countRows(ctx: Context, entityName: string, where: FilterQuery<object>): Promise<number> {
  const em = ctx.em as SqlEntityManager;
  const scope = unitScopeOf(em, em.getMetadata().get(entityName));
  const condition = scope ? { $and: [where, scope] } : where;
  const values: unknown[] = [];
  const shape = shapeOf(condition, values);
  const [row] = await cachedStatement(em, shape === null ? null : `count|${entityName}|${shape}`, values, () => {
    // distinct ids only where a condition joins another table (a to-many join repeats rows); a
    // plain count otherwise, which the database answers from an index instead of sorting every id
    const distinct = em.createQueryBuilder<object, 'e'>(entityName, 'e').count('e.id', true).where(condition).getKnexQuery();
    const { sql, bindings } = distinct.toSQL();
    const counted = /count\(distinct\s*\(?([`"])e\1\.([`"])id\2\)?\)/i;
    return / join /i.test(sql) || !counted.test(sql) ? distinct : em.getKnex().raw(sql.replace(counted, 'count(*)'), bindings);
  });
  return Number(Object.values(row ?? {})[0] ?? 0);
}
