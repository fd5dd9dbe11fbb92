import type { Case, Outcome, Target, Who } from './authorization-matrix';

/**
 * Builders for authorization-matrix rows, shared by every module's matrix file. Types only come from
 * `authorization-matrix.ts`, so there is no import cycle at run time.
 */
export const expectAll = (o: Outcome, overrides: Partial<Record<Who, Outcome>> = {}): Record<Who, Outcome> => ({ admin: o, analyst: o, unitOwn: o, unitOther: o, anonymous: o, ...overrides });
/** subdistrict-and-own-unit reads: the other unit's rows are not there */
export const scopedRead = (other: Outcome) => expectAll('ok', { unitOther: other, anonymous: 'UNAUTHENTICATED' });
/** what the unit maintains itself (ROLE-3): the analyst never writes */
export const unitWrite = (other: Outcome): Record<Who, Outcome> => ({ admin: 'ok', analyst: 'FORBIDDEN', unitOwn: 'ok', unitOther: other, anonymous: 'UNAUTHENTICATED' });
/** kept by the subdistrict: only the admin writes (or reads) */
export const adminOnly = expectAll('FORBIDDEN', { admin: 'ok', anonymous: 'UNAUTHENTICATED' });
/** every authenticated role reads it (subdistrict data units read, the published ranking) */
export const everyoneReads = expectAll('ok', { anonymous: 'UNAUTHENTICATED' });

export const byUnit = (t: Target) => ({ unitId: t.unit.unitId });
export const adminToken = (t: Target) => t.world.admin;

/** An id a preparer made; fails loudly when it is missing. */
export function extra(t: Target, key: string): string {
  const id = t.extras[key];
  if (!id) throw new Error(`authorization matrix: no preparer made ${key}`);
  return id;
}

export function filterType(op: string): string {
  const plural = op.replace(/^_?all/, '').replace(/Meta$/, '');
  const singular = plural.endsWith('Entries') ? plural.replace(/Entries$/, 'Entry') : plural.replace(/s$/, '');
  return `${singular}Filter`;
}

export const list = (op: string, fields: string, filter: (t: Target) => Record<string, unknown>, expect = scopedRead('empty')): Case => ({
  call: (t) => ({ query: `query($f: ${filterType(op)}) { ${op}(filter: $f, perPage: 50) { ${fields} } }`, variables: { f: filter(t) } }),
  expect,
});
export const meta = (op: string, filter: (t: Target) => Record<string, unknown>, expect = scopedRead('empty')): Case => ({
  call: (t) => ({ query: `query($f: ${filterType(op)}) { ${op}(filter: $f) { count } }`, variables: { f: filter(t) } }),
  expect,
});
export const one = (op: string, fields: string, id: (t: Target) => Promise<string> | string, expect = scopedRead('null')): Case => ({
  call: async (t) => ({ query: `query($id: ID!) { ${op}(id: $id) { ${fields} } }`, variables: { id: await id(t) } }),
  expect,
});

/** The conventional read operations of a resource (list, count, one). */
export function resourceReads(
  name: string,
  plural: string,
  fields: string,
  id: (t: Target) => string,
  filter: (t: Target) => Record<string, unknown> = byUnit,
  expect: { list: Record<Who, Outcome>; one: Record<Who, Outcome> } = { list: scopedRead('empty'), one: scopedRead('null') },
): Record<string, Case> {
  return {
    [`all${plural}`]: list(`all${plural}`, fields, filter, expect.list),
    [`_all${plural}Meta`]: meta(`_all${plural}Meta`, filter, expect.list),
    [name]: one(name, fields, id, expect.one),
  };
}

export const mutation = (query: string, variables: (t: Target) => Promise<Record<string, unknown>> | Record<string, unknown>, expect: Record<Who, Outcome>): Case => ({
  call: async (t) => ({ query, variables: await variables(t) }),
  expect,
});
