import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kind, parse, valueFromASTUntyped, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { backends, TestApi, type GqlResult } from './support/api';
import { buildWorld, type World } from './support/fixture';
import { cases, preparers, worldPreparers, type Target } from './support/authorization-matrix';
import { prepareUnit, trainingSession, type UnitExtras } from './support/workflows';

/**
 * Input bounds, fuzzed from the schema itself: for every mutation (read by introspection) and each
 * of its arguments — down into input objects — a wrong type, an empty string, 100,000 characters, a
 * NUL byte (and an escape character, a lone surrogate), a negative number, 1e308 and 9999-12-31 (where the argument's type takes the value),
 * sent as variables so that the request reaches the server, while the other arguments are the
 * valid ones of the mutation's authorization-matrix row. Every answer is a value or a named error,
 * never INTERNAL_SERVER_ERROR. The values no argument may take are all refused and write not one
 * audit entry (every change writes one, in its own transaction); for the others (an empty note
 * clears it) no mutation gains more audit entries than it had successes.
 * The `q` search and every other text of every list filter is fuzzed too.
 */

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
}
interface FieldInfo {
  name: string;
  args: InputValue[];
}
interface TypeInfo {
  name: string;
  kind: string;
  inputFields: InputValue[] | null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{ __schema {
  queryType { fields { name args { name type { ${TYPE_REF} } } } }
  mutationType { fields { name args { name type { ${TYPE_REF} } } } }
  types { name kind inputFields { name type { ${TYPE_REF} } } }
} }`;

function render(type: TypeRef): string {
  if (type.kind === 'NON_NULL') return `${render(type.ofType!)}!`;
  if (type.kind === 'LIST') return `[${render(type.ofType!)}]`;
  return type.name!;
}

function named(type: TypeRef): TypeRef {
  return type.ofType ? named(type.ofType) : type;
}

const isList = (type: TypeRef): boolean => (type.kind === 'NON_NULL' ? isList(type.ofType!) : type.kind === 'LIST');

const LONG = 'x'.repeat(100_000);

/** Values that no argument may take (with the two exceptions in the test). */
const ALWAYS_REFUSED = new Set(['NUL', 'control', 'lone surrogate', '100000 chars', '1e308', 'date 9999-12-31', 'wrong type']);

/** The bad values a leaf of this named type can be sent (wrong type first). */
function badValues(leaf: TypeRef): [string, unknown][] {
  const values: [string, unknown][] = [];
  switch (leaf.kind === 'ENUM' ? 'ENUM' : leaf.name) {
    case 'String':
    case 'ID':
      values.push(['wrong type', 12345], ['empty', ''], ['100000 chars', LONG], ['NUL', 'a\u0000b'], ['control', 'a\u001bb'], ['lone surrogate', 'a\ud800b'], ['date 9999-12-31', '9999-12-31']);
      break;
    case 'Date':
      values.push(['wrong type', 12345], ['empty', ''], ['NUL', '2026-01-01\u0000'], ['date 9999-12-31', '9999-12-31']);
      break;
    case 'Int':
    case 'Float':
      values.push(['wrong type', 'abc'], ['negative', -1], ['1e308', 1e308]);
      break;
    case 'ENUM':
      values.push(['wrong type', 12345], ['empty', '']);
      break;
    default:
      values.push(['wrong type', 12345]);
  }
  return values;
}

interface FuzzCase {
  op: string;
  path: string;
  /** the named type of the argument or field the bad value is sent to */
  leaf: string;
  label: string;
  query: string;
  variables: Record<string, unknown>;
}

interface Outcome {
  fuzz: FuzzCase;
  code: string | null;
  status: number;
}

/** The valid arguments of a matrix row's call, as plain values. */
function argumentsOf(query: string, variables: Record<string, unknown> | undefined, op: string): Record<string, unknown> {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const field = operation.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === op)!;
  return Object.fromEntries((field.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, variables ?? {})]));
}

async function runBounded<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

describe.each(backends)('input bounds fuzzed from the schema (%s)', (backend) => {
  let api: TestApi;
  let world: World;
  let mutations: FieldInfo[];
  let queries: FieldInfo[];
  let types: Map<string, TypeInfo>;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
    const schema = await api.ok<{ __schema: { queryType: { fields: FieldInfo[] }; mutationType: { fields: FieldInfo[] }; types: TypeInfo[] } }>(INTROSPECTION, {}, world.admin);
    mutations = schema.__schema.mutationType.fields;
    queries = schema.__schema.queryType.fields;
    types = new Map(schema.__schema.types.map((t) => [t.name, t]));
  }, 300_000);
  afterAll(() => api?.close());

  async function send(fuzz: FuzzCase): Promise<Outcome> {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${world.admin}` },
      body: JSON.stringify({ query: fuzz.query, variables: fuzz.variables }),
    });
    const text = await res.text();
    let body: GqlResult;
    try {
      body = JSON.parse(text) as GqlResult;
    } catch {
      return { fuzz, code: `HTTP ${res.status} ${text.slice(0, 80)}`, status: res.status };
    }
    const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
    const code = codes.includes('INTERNAL_SERVER_ERROR') ? 'INTERNAL_SERVER_ERROR' : (codes[0] ?? null);
    return { fuzz, code, status: res.status };
  }

  /** The valid base arguments of every mutation, from its authorization-matrix row (records prepared as for the matrix). */
  async function bases(): Promise<Map<string, Record<string, unknown>>> {
    const sessionId = await trainingSession(api, world.admin);
    const shared: Record<string, string> = {};
    for (const preparer of worldPreparers) Object.assign(shared, await preparer(api, world));
    const extras: UnitExtras & Record<string, string> = { ...shared, ...(await prepareUnit(api, world.admin, world.a, sessionId)) };
    for (const preparer of preparers) Object.assign(extras, await preparer(api, world, world.a));
    const target: Target = { api, world, unit: world.a, extras };
    const result = new Map<string, Record<string, unknown>>();
    for (const m of mutations) {
      const row = cases[m.name];
      if (!row) continue; // the matrix test fails on it; here the bad values are still sent
      const call = await row.call(target);
      result.set(m.name, argumentsOf(call.query, call.variables, m.name));
    }
    return result;
  }

  /** Every case of one mutation: each argument, and each field of an input-object argument, gets each bad value. */
  function casesOf(m: FieldInfo, base: Record<string, unknown>): FuzzCase[] {
    const declared = m.args.map((a) => `$${a.name}: ${render(a.type)}`).join(', ');
    const passed = m.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const query = `mutation(${declared}) { ${m.name}(${passed}) { __typename } }`;
    const out: FuzzCase[] = [];
    for (const arg of m.args) {
      const leaf = named(arg.type);
      const info = types.get(leaf.name!);
      if (info?.kind === 'INPUT_OBJECT') {
        const current = base[arg.name];
        const first = (Array.isArray(current) ? current[0] : current) as Record<string, unknown> | undefined;
        for (const field of info.inputFields ?? []) {
          for (const [label, value] of badValues(named(field.type))) {
            const item = { ...(first ?? {}), [field.name]: value };
            out.push({ op: m.name, path: `${arg.name}.${field.name}`, leaf: named(field.type).name!, label, query, variables: { ...base, [arg.name]: isList(arg.type) ? [item] : item } });
          }
        }
        out.push(...badValues({ kind: 'OBJECT', name: null, ofType: null }).map(([label, value]) => ({ op: m.name, path: arg.name, leaf: leaf.name!, label, query, variables: { ...base, [arg.name]: value } })));
        continue;
      }
      for (const [label, value] of badValues(leaf)) out.push({ op: m.name, path: arg.name, leaf: leaf.name!, label, query, variables: { ...base, [arg.name]: isList(arg.type) ? [value] : value } });
    }
    return out;
  }

  async function auditCounts(ops: string[]): Promise<Map<string, number>> {
    const counts = await runBounded(ops, 4, async (op) => {
      const data = await api.ok<{ _allAuditEntriesMeta: { count: number } }>('query($f: AuditEntryFilter) { _allAuditEntriesMeta(filter: $f) { count } }', { f: { action: op } }, world.admin);
      return [op, data._allAuditEntriesMeta.count] as const;
    });
    return new Map(counts);
  }

  it('ROLE-1, SEL-1, PAY-1..6, ASM-1, TRN-1, MGT-3 every argument of every mutation: no INTERNAL_SERVER_ERROR, and a refusal writes nothing', async () => {
    const valid = await bases();
    const fuzz = mutations.flatMap((m) => casesOf(m, valid.get(m.name) ?? {}));
    // the matrix gives every mutation a valid base; logins are not audited (they are not changes)
    expect(mutations.filter((m) => !valid.has(m.name)).map((m) => m.name)).toEqual([]);
    const audited = mutations.map((m) => m.name).filter((op) => op !== 'login');
    // first the values no argument may take — NUL and other control characters, lone surrogates, 100,000
    // characters, 1e308, 9999-12-31 as a date, a wrong type (an ID may be sent as a number; a String may
    // say "9999-12-31"): each is refused and nothing at all is written; then the others (empty, negative),
    // which an argument may take (an empty note clears it)
    const mustRefuse = (f: FuzzCase) => ALWAYS_REFUSED.has(f.label) && !(f.label === 'date 9999-12-31' && f.leaf !== 'Date') && !(f.label === 'wrong type' && f.leaf === 'ID');
    const before = await auditCounts(audited);
    const refusals = await runBounded(fuzz.filter(mustRefuse), 6, send);
    const between = await auditCounts(audited);
    const others = await runBounded(fuzz.filter((f) => !mustRefuse(f)), 6, send);
    const after = await auditCounts(audited);
    const outcomes = [...refusals, ...others];

    console.log(`[fuzz ${backend}] ${fuzz.length} mutation cases over ${mutations.length} mutations; refused ${outcomes.filter((o) => o.code).length}; INTERNAL_SERVER_ERROR ${outcomes.filter((o) => o.code === 'INTERNAL_SERVER_ERROR').length}`);
    const internal = outcomes.filter((o) => o.code === 'INTERNAL_SERVER_ERROR' || o.status >= 500 || o.code?.startsWith('HTTP'));
    expect(internal.map((o) => `${o.fuzz.op}(${o.fuzz.path}: ${o.fuzz.label}) → ${o.code} [${o.status}]`)).toEqual([]);
    // every refusal carries a code
    expect(outcomes.filter((o) => o.code === 'NO_CODE').map((o) => `${o.fuzz.op}(${o.fuzz.path}: ${o.fuzz.label})`)).toEqual([]);
    expect(refusals.filter((o) => o.code === null).map((o) => `${o.fuzz.op}(${o.fuzz.path}: ${o.fuzz.label})`)).toEqual([]);
    expect(refusals.length).toBeGreaterThan(500);
    // the refusals wrote nothing: not one audit entry (every change writes one, in its own transaction)
    expect(audited.filter((op) => between.get(op) !== before.get(op))).toEqual([]);
    // the others: no mutation has more new entries than successes (an update to the same value writes none)
    const successes = new Map<string, number>();
    for (const o of others) if (o.code === null) successes.set(o.fuzz.op, (successes.get(o.fuzz.op) ?? 0) + 1);
    const written = (op: string) => after.get(op)! - between.get(op)!;
    const drift = audited.filter((op) => written(op) < 0 || written(op) > (successes.get(op) ?? 0)).map((op) => `${op}: +${written(op)} entries, ${successes.get(op) ?? 0} successes`);
    expect(drift).toEqual([]);
    expect(fuzz.length).toBeGreaterThan(1000);
  }, 300_000);

  it('ROLE-4 the q search and every text of every list filter: a NUL byte or 100,000 characters is BAD_USER_INPUT naming the field', async () => {
    const fuzz: FuzzCase[] = [];
    for (const q of queries) {
      const filter = q.args.find((a) => a.name === 'filter');
      if (!filter) continue;
      const info = types.get(named(filter.type).name!)!;
      for (const field of info.inputFields ?? []) {
        const leaf = named(field.type);
        if (leaf.name !== 'String' && leaf.name !== 'ID') continue;
        for (const [label, value] of [['NUL', 'a\u0000'], ['100000 chars', LONG]] as const) {
          fuzz.push({ op: q.name, path: `filter.${field.name}`, leaf: leaf.name!, label, query: `query($f: ${render(filter.type)}) { ${q.name}(filter: $f) { __typename } }`, variables: { f: { [field.name]: isList(field.type) ? [value] : value } } });
        }
      }
    }
    const outcomes = await runBounded(fuzz, 4, async (f) => {
      const result = await api.gql(f.query, f.variables, world.admin);
      return { f, code: result.errors?.[0]?.extensions?.code ?? null, fields: result.errors?.[0]?.extensions?.fields ?? [] };
    });
    console.log(`[fuzz ${backend}] ${fuzz.length} filter cases over ${queries.filter((q) => q.args.some((a) => a.name === 'filter')).length} lists`);
    expect(fuzz.filter((f) => f.path === 'filter.q').length).toBeGreaterThan(20);
    const wrong = outcomes.filter((o) => o.code !== 'BAD_USER_INPUT' || !o.fields.some((field: string) => field.startsWith(o.f.path)));
    expect(wrong.map((o) => `${o.f.op}(${o.f.path}: ${o.f.label}) → ${o.code} ${JSON.stringify(o.fields)}`)).toEqual([]);
  }, 120_000);
});
