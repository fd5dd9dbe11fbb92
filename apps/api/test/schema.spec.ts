import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isEnumType, isInputObjectType, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { createSchema } from '../src/graphql/schema';
import { schemaText } from '../src/tools/print-schema';

const SCHEMA_FILE = resolve(__dirname, '../schema.graphql');
const REGENERATE = 'schema.graphql is not current: run `pnpm --filter @liangwei/api build && pnpm --filter @liangwei/api run schema` and commit the result';

/** `type.field` → its printed type, e.g. `Cadre.unit` → `Unit!`. */
function fieldType(schema: GraphQLSchema, typeName: string, fieldName: string): string | undefined {
  const type = schema.getType(typeName);
  if (!type || !(isObjectType(type) || isInputObjectType(type))) return undefined;
  const field = type.getFields()[fieldName];
  return field ? String(field.type) : undefined;
}

function rootField(schema: GraphQLSchema, root: 'Query' | 'Mutation', name: string): GraphQLField<unknown, unknown> | undefined {
  return (root === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields()[name];
}

function argsOf(field: GraphQLField<unknown, unknown> | undefined): Record<string, string> {
  return Object.fromEntries((field?.args ?? []).map((a) => [a.name, String(a.type)]));
}

describe('API schema contract', () => {
  it('API schema: the committed schema.graphql equals the schema the code builds', async () => {
    expect(existsSync(SCHEMA_FILE), REGENERATE).toBe(true);
    expect(readFileSync(SCHEMA_FILE, 'utf8'), REGENERATE).toBe(await schemaText());
  });

  it('API auth: login, me, AuthPayload, User and Role have the fixed names and types of API.md (ROLE-1..3)', async () => {
    const schema = await createSchema();
    const login = rootField(schema, 'Mutation', 'login');
    expect(String(login?.type)).toBe('AuthPayload!');
    expect(argsOf(login)).toEqual({ username: 'String!', password: 'String!' });
    expect(fieldType(schema, 'AuthPayload', 'token')).toBe('String!');
    expect(fieldType(schema, 'AuthPayload', 'user')).toBe('User!');
    expect(String(rootField(schema, 'Query', 'me')?.type)).toBe('User');
    expect(argsOf(rootField(schema, 'Query', 'me'))).toEqual({});
    for (const [field, type] of Object.entries({ id: 'ID!', username: 'String!', role: 'Role!', unit: 'Unit' })) {
      expect(fieldType(schema, 'User', field), `User.${field}`).toBe(type);
    }
    const role = schema.getType('Role');
    expect(isEnumType(role) && role.getValues().map((v) => v.name).sort()).toEqual(['SUBDISTRICT_ADMIN', 'SUBDISTRICT_ANALYST', 'UNIT_USER']);
    const createUser = argsOf(rootField(schema, 'Mutation', 'createUser'));
    expect(createUser).toMatchObject({ username: 'String!', password: 'String!', role: 'Role!', unitId: 'ID' });
    expect(rootField(schema, 'Query', 'allUsers')).toBeDefined();
  });

  it('API resources: every base entity follows the resource convention (allXs, _allXsMeta, X, createX, updateX with version)', async () => {
    const schema = await createSchema();
    expect(fieldType(schema, 'ListMetadata', 'count')).toBe('Int!');
    for (const [name, plural] of [['Unit', 'Units'], ['Post', 'Posts'], ['Cadre', 'Cadres'], ['Appointment', 'Appointments'], ['User', 'Users']] as const) {
      const list = rootField(schema, 'Query', `all${plural}`);
      expect(String(list?.type), `all${plural}`).toBe(`[${name}!]!`);
      const listArgs = { page: 'Int', perPage: 'Int', sortField: 'String', sortOrder: 'String', filter: `${name}Filter` };
      expect(argsOf(list), `all${plural}`).toEqual(listArgs);
      const meta = rootField(schema, 'Query', `_all${plural}Meta`);
      expect(String(meta?.type).replace(/!$/, ''), `_all${plural}Meta`).toBe('ListMetadata');
      expect(argsOf(meta), `_all${plural}Meta`).toEqual(listArgs);
      const one = rootField(schema, 'Query', name);
      expect(String(one?.type), name).toBe(name);
      expect(argsOf(one), name).toEqual({ id: 'ID!' });
      expect(fieldType(schema, `${name}Filter`, 'ids'), `${name}Filter.ids`).toBe('[ID!]');
      expect(rootField(schema, 'Mutation', `create${name}`), `create${name}`).toBeDefined();
      const update = argsOf(rootField(schema, 'Mutation', `update${name}`));
      expect(update, `update${name}`).toMatchObject({ id: 'ID!', version: 'Int' });
      expect(fieldType(schema, name, 'version'), `${name}.version`).toBe('Int!');
    }
    // the audit log is read-only
    expect(String(rootField(schema, 'Query', 'allAuditEntries')?.type)).toBe('[AuditEntry!]!');
    expect(rootField(schema, 'Query', '_allAuditEntriesMeta')).toBeDefined();
    expect(Object.keys(schema.getMutationType()!.getFields()).filter((n) => /AuditEntr/.test(n))).toEqual([]);
    // SEL-2 history is never deleted: no deleteCadre / deleteAppointment
    expect(rootField(schema, 'Mutation', 'deleteCadre')).toBeUndefined();
    expect(rootField(schema, 'Mutation', 'deleteAppointment')).toBeUndefined();
  });

  it('API resources: Unit, Post, Cadre and Appointment have the fields and types API.md names (SEL-1, SEL-2, ORG-2, ORG-4)', async () => {
    const schema = await createSchema();
    const expected: Record<string, Record<string, string>> = {
      Unit: { id: 'ID!', name: 'String!', kind: 'UnitKind!' },
      Cadre: { id: 'ID!', name: 'String!', gender: 'Gender!', birthDate: 'Date!', idNumber: 'String', phone: 'String', unitId: 'ID!', unit: 'Unit!' },
      Appointment: { id: 'ID!', cadreId: 'ID!', cadre: 'Cadre!', postId: 'ID!', post: 'Post!', startDate: 'Date!', endDate: 'Date' },
      Post: { id: 'ID!', unitId: 'ID!', unit: 'Unit!', isMainLeader: 'Boolean!' },
    };
    for (const [type, fields] of Object.entries(expected)) {
      for (const [field, fieldTypeName] of Object.entries(fields)) expect(fieldType(schema, type, field), `${type}.${field}`).toBe(fieldTypeName);
    }
    // API.md writes `title: String!`; an enum also answers a string on the wire, so either is accepted here
    const title = fieldType(schema, 'Post', 'title');
    expect(title).toMatch(/!$/);
    const titleType = schema.getType(title!.replace(/!$/, ''));
    expect(titleType?.name === 'String' || isEnumType(titleType), `Post.title is ${title}`).toBe(true);
    for (const [enumName, values] of Object.entries({ UnitKind: ['COMMUNITY', 'VILLAGE'], Gender: ['FEMALE', 'MALE'] })) {
      const type = schema.getType(enumName);
      expect(isEnumType(type) && type.getValues().map((v) => v.name).sort(), enumName).toEqual(values);
    }
    expect(schema.getType('Date')?.name).toBe('Date');
    // XFilter: q where it makes sense, reference equality and date ranges
    for (const [field, type] of Object.entries({ q: 'String', unitId: 'ID', birthDate_lt: 'Date', birthDate_lte: 'Date', birthDate_gt: 'Date', birthDate_gte: 'Date' })) {
      expect(fieldType(schema, 'CadreFilter', field), `CadreFilter.${field}`).toBe(type);
    }
    for (const field of ['unitId', 'cadreId', 'postId', 'startDate_gte', 'endDate_lte']) expect(fieldType(schema, 'AppointmentFilter', field), `AppointmentFilter.${field}`).toBeDefined();
    expect(fieldType(schema, 'PostFilter', 'unitId')).toBe('ID');
    // flat create arguments with relations as ids
    expect(argsOf(rootField(schema, 'Mutation', 'createCadre'))).toMatchObject({ unitId: 'ID!', name: 'String!', gender: 'Gender!', birthDate: 'Date!', idNumber: 'String', phone: 'String' });
    expect(argsOf(rootField(schema, 'Mutation', 'createAppointment'))).toMatchObject({ cadreId: 'ID!', postId: 'ID!', startDate: 'Date!', endDate: 'Date' });
    expect(argsOf(rootField(schema, 'Mutation', 'createPost'))).toMatchObject({ unitId: 'ID!' });
  });
});
