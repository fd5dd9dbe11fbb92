import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARGUMENT_TEXT_LIMITS, INPUT_TEXT_LIMITS, TEXT_LIMITS, policyParameters, type TextLimit } from '@liangwei/domain';
import { backends, codeOf, TestApi, type GqlResult } from './support/api';
import { buildWorld, cadreArgs, type World } from './support/fixture';
import { auditCount, countOf, fieldsOf } from './support/helpers';

/**
 * Input bounds: one check per operation before anything runs (apps/api/src/graphql/input-bounds.ts)
 * against the limits declared once in the domain (TEXT_LIMITS, NUMBER_LIMITS, DATE_HORIZON_DAYS,
 * the policy parameters' ranges). The fuzz suite (fuzz.e2e.spec.ts) sends every bad value to every
 * argument; these cases pin the exact answers and the boundaries.
 */

const CREATE_CADRE = `mutation($unitId: ID!, $name: String!, $gender: Gender!, $birthDate: Date!, $idNumber: String, $ethnicity: String, $note: String) {
  createCadre(unitId: $unitId, name: $name, gender: $gender, birthDate: $birthDate, idNumber: $idNumber, ethnicity: $ethnicity, note: $note) { id ethnicity note }
}`;
const SET_POLICY = 'mutation($y: Int!, $k: String!, $v: Float) { setPolicyParameter(year: $y, key: $k, value: $v) { key value } }';
const THREE_LINKS = 'query($y: Int!) { threeLinks(year: $y) { cadre { id } } }';
const APPOINT = 'mutation($c: ID!, $p: ID!, $s: Date!, $e: Date) { createAppointment(cadreId: $c, postId: $p, startDate: $s, endDate: $e) { id } }';
const EXIT = 'mutation($c: ID!, $d: Date!) { exitCadre(cadreId: $c, kind: RESIGNATION, effectiveDate: $d, reason: "个人原因") { id } }';
const CJK = /[\u4e00-\u9fff]/;

interface Named {
  name: string | null;
  kind: string;
  ofType?: Named | null;
}

interface Problem {
  field: string;
  message: string;
  messageZh?: string;
}

/** A BAD_USER_INPUT naming exactly these fields, with Chinese texts. */
function refused(result: GqlResult, fields: string[]): Problem[] {
  expect(codeOf(result), JSON.stringify(result.errors)).toBe('BAD_USER_INPUT');
  expect(fieldsOf(result)).toEqual(fields);
  const extensions = result.errors![0]!.extensions!;
  expect(extensions.messageZh).toMatch(CJK);
  const problems = extensions.problems as Problem[];
  for (const p of problems) expect(p.messageZh).toMatch(CJK);
  return problems;
}

describe.each(backends)('input bounds (%s)', (backend) => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
  });
  afterAll(() => api?.close());

  it('SEL-1 ORG-2 every text argument of every mutation has its own declared limit, and every declared column is as long as its limit', async () => {
    const TYPE = 'name kind ofType { name kind ofType { name kind ofType { name kind } } }';
    const data = await api.ok<{ __schema: { mutationType: { fields: { name: string; type: Named; args: { name: string; type: Named }[] }[] }; types: { name: string; inputFields: { name: string; type: Named }[] | null }[] } }>(
      `{ __schema { mutationType { fields { name type { ${TYPE} } args { name type { ${TYPE} } } } } types { name inputFields { name type { ${TYPE} } } } } }`,
      {},
      world.admin,
    );
    const leaf = (t: Named): string => (t.ofType ? leaf(t.ofType) : t.name!);
    const inputs = new Map(data.__schema.types.map((t) => [t.name, t.inputFields]));
    const undeclared: string[] = [];
    const byType = TEXT_LIMITS as Record<string, Record<string, TextLimit>>;
    for (const m of data.__schema.mutationType.fields) {
      for (const arg of m.args) {
        const type = leaf(arg.type);
        if (type === 'String' && !(ARGUMENT_TEXT_LIMITS[m.name]?.[arg.name] ?? byType[leaf(m.type)]?.[arg.name])) undeclared.push(`${m.name}(${arg.name})`);
        for (const field of inputs.get(type) ?? []) {
          if (leaf(field.type) === 'String' && !INPUT_TEXT_LIMITS[type]?.[field.name]) undeclared.push(`${m.name}(${arg.name}.${field.name})`);
        }
      }
    }
    expect(undeclared).toEqual([]);
    const mismatched: string[] = [];
    let compared = 0;
    for (const meta of Object.values(api.app.orm.getMetadata().getAll()) as unknown as { className: string; properties: Record<string, { type: string; length?: number }> }[]) {
      for (const [field, limit] of Object.entries(byType[meta.className] ?? {})) {
        const prop = meta.properties[field];
        if (prop?.length !== undefined) compared += 1;
        if (prop?.length !== undefined && prop.length !== limit.max) mismatched.push(`${meta.className}.${field}: column ${prop.length}, limit ${limit.max}`);
      }
    }
    expect(mismatched).toEqual([]);
    expect(compared).toBeGreaterThanOrEqual(20);
  });

  const cadre = async (overrides: Record<string, unknown>) => api.gql(CREATE_CADRE, await cadreArgs(world.a.unitId, { idNumber: null, ...overrides }), world.admin);

  it('SEL-1 a NUL byte, another control character or a lone surrogate in a text: BAD_USER_INPUT naming it; nothing written', async () => {
    const audits = await auditCount(api, world.admin);
    const cadres = await countOf(api, world.admin, 'Cadres');
    expect(refused(await cadre({ name: '张\u0000三' }), ['name'])[0]!.message).toBe('contains a control character');
    refused(await cadre({ note: 'a\u0007b' }), ['note']);
    refused(await cadre({ ethnicity: '汉\ud800' }), ['ethnicity']);
    refused(await cadre({ ethnicity: '\udc00' }), ['ethnicity']);
    // every problem at once
    refused(await cadre({ name: '\u0000', ethnicity: '\u001f', note: '\u0000' }), ['ethnicity', 'note', 'name']);
    expect(await countOf(api, world.admin, 'Cadres')).toBe(cadres);
    expect(await auditCount(api, world.admin)).toBe(audits);
  });

  it('SEL-1 line breaks and tabs: allowed in a note, refused in a one-line field; a surrogate pair (an emoji) is text', async () => {
    const ok = await cadre({ note: '第一行\n\t第二行', ethnicity: '汉😀' });
    expect(codeOf(ok)).toBeNull();
    expect((ok.data as { createCadre: { note: string } }).createCadre.note).toBe('第一行\n\t第二行');
    expect(refused(await cadre({ name: '张\n三' }), ['name'])[0]!.message).toBe('must be a single line (no line breaks or tabs)');
    refused(await cadre({ ethnicity: '汉\t族' }), ['ethnicity']);
    refused(await cadre({ note: 'a\rb' }), ['note']);
  });

  it('SEL-1 each text up to its declared length and not one character more, the same on every database (ethnicity: a 20-character column)', async () => {
    const max = TEXT_LIMITS.Cadre.ethnicity.max;
    expect(max).toBe(20);
    expect(codeOf(await cadre({ ethnicity: '族'.repeat(max) }))).toBeNull();
    expect(refused(await cadre({ ethnicity: '族'.repeat(max + 1) }), ['ethnicity'])[0]).toEqual({ field: 'ethnicity', message: 'at most 20 characters', messageZh: '不能超过 20 个字' });
    refused(await cadre({ ethnicity: 'x'.repeat(100_000) }), ['ethnicity']);
    expect(codeOf(await cadre({ note: '注'.repeat(TEXT_LIMITS.Cadre.note.max) }))).toBeNull();
    refused(await cadre({ note: '注'.repeat(TEXT_LIMITS.Cadre.note.max + 1) }), ['note']);
  });

  it('ROLE-4 the q search of a list: a NUL byte or more than 100 characters is BAD_USER_INPUT naming filter.q; a normal search works', async () => {
    const search = (q: string) => api.gql('query($f: CadreFilter) { allCadres(filter: $f) { id } }', { f: { q } }, world.admin);
    refused(await search('张\u0000'), ['filter.q']);
    refused(await search('张'.repeat(101)), ['filter.q']);
    expect(codeOf(await search('张'.repeat(100)))).toBeNull();
    // a literal in the query text is checked the same way
    const literal = await api.gql('{ allUnits(filter: { q: "a\\u0000b" }) { id } }', {}, world.admin);
    refused(literal, ['filter.q']);
  });

  it('ROLE-4 an id with a NUL byte is BAD_USER_INPUT, not a server error', async () => {
    refused(await api.gql('query($id: ID!) { Cadre(id: $id) { id } }', { id: 'a\u0000' }, world.admin), ['id']);
    refused(await api.gql('mutation($id: ID!) { updateCadre(id: $id, note: "x") { id } }', { id: 'x'.repeat(100_000) }, world.admin), ['id']);
  });

  it('PAY-1..6, MGT-2, RES-4 setPolicyParameter: 1e308 and values outside the parameter’s declared range are refused; threeLinks keeps working', async () => {
    const audits = await auditCount(api, world.admin);
    refused(await api.gql(SET_POLICY, { y: 2026, k: 'targetAwardMinimum', v: 1e308 }, world.admin), ['value']);
    // PAY-1 a pay ratio to the secretary is at most 1; PAY-5 an exam interval of at least a year
    expect(refused(await api.gql(SET_POLICY, { y: 2026, k: 'payRatioDeputy', v: 1.5 }, world.admin), ['value'])[0]!.message).toBe('between 0 and 1 (PAY-1)');
    refused(await api.gql(SET_POLICY, { y: 2026, k: 'examIntervalYears', v: 0 }, world.admin), ['value']);
    // RES-4 an age limit within working ages; MGT-2 a threshold within the thousand points
    refused(await api.gql(SET_POLICY, { y: 2026, k: 'reserveYoungAge', v: 200 }, world.admin), ['value']);
    refused(await api.gql(SET_POLICY, { y: 2026, k: 'lastPlaceThreshold', v: 1000.5 }, world.admin), ['value']);
    expect(await auditCount(api, world.admin)).toBe(audits);
    // each bound itself is accepted
    for (const p of policyParameters.filter((x) => x.key === 'payRatioDeputy' || x.key === 'lastPlaceThreshold')) {
      for (const v of [p.min, p.max]) expect(codeOf(await api.gql(SET_POLICY, { y: 2026, k: p.key, v }, world.admin)), `${p.key}=${v}`).toBeNull();
      await api.ok(SET_POLICY, { y: 2026, k: p.key, v: null }, world.admin);
    }
    expect(codeOf(await api.gql(THREE_LINKS, { y: 2026 }, world.admin))).toBeNull();
  });

  it('PAY-1..6, MGT-2, RES-4 every policy parameter declares a range that holds its default', () => {
    for (const p of policyParameters) {
      const value = Number(p.default);
      expect(p.min, p.key).toBeLessThanOrEqual(value);
      expect(p.max, p.key).toBeGreaterThanOrEqual(value);
      expect(p.rules.length, p.key).toBeGreaterThan(0);
    }
  });

  it('ASM-1, TRN-1, PAY-1, MGT-3 points, hours, amounts, votes and years: finite, not negative, within sane maxima', async () => {
    const indicator = 'mutation($p: Float!) { createAssessmentIndicator(year: 2026, name: "党建", maxPoints: $p) { id } }';
    refused(await api.gql(indicator, { p: 1e308 }, world.admin), ['maxPoints']);
    refused(await api.gql(indicator, { p: 1000.5 }, world.admin), ['maxPoints']);
    refused(await api.gql(indicator, { p: -1 }, world.admin), ['maxPoints']);
    const session = 'mutation($h: Float!) { createTrainingSession(title: "培训", kind: TRAINING, startDate: "2026-08-01", hours: $h) { id } }';
    refused(await api.gql(session, { h: 1e308 }, world.admin), ['hours']);
    refused(await api.gql(session, { h: -0.5 }, world.admin), ['hours']);
    const pay = 'mutation($c: ID!, $a: Float!, $y: Int!) { createPayRecord(cadreId: $c, year: $y, title: PARTY_SECRETARY, amount: $a) { id } }';
    refused(await api.gql(pay, { c: world.a.cadreId, a: 1e308, y: 2025 }, world.admin), ['amount']);
    refused(await api.gql(pay, { c: world.a.cadreId, a: 50000, y: 1899 }, world.admin), ['year']);
    const recall = 'mutation($c: ID!, $v: Int) { exitCadre(cadreId: $c, kind: RECALL, effectiveDate: "2026-11-01", reason: "罢免", registeredVoters: 100, votesCast: 80, votesFor: $v) { id } }';
    refused(await api.gql(recall, { c: world.a.cadreId, v: -1 }, world.admin), ['votesFor']);
  });

  it('SEL-1, SEL-2, MGT-3 dates: 1900–2100 everywhere; a start at most a year ahead, an exit at most a year ahead; birth dates by their rule', async () => {
    // the Date scalar: 9999-12-31 and 1899-12-31 are no dates of this product, in a variable or a literal
    for (const birthDate of ['9999-12-31', '1899-12-31']) expect(codeOf(await cadre({ birthDate }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(`{ allCadres(filter: { birthDate_lt: "2101-01-01" }) { id } }`, {}, world.admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await cadre({ birthDate: '1900-01-01' }))).toBeNull();
    // SEL-1 a birth date in the future stays the rule's own problem (with the other problems of the cadre)
    expect(fieldsOf(await cadre({ birthDate: '2030-01-01', name: '' }))).toEqual(['name', 'birthDate']);
    // SEL-2 an appointment starts at most a year ahead (today is 2026-11-25)
    const post = (await api.ok<{ createPost: { id: string } }>('mutation($u: ID!) { createPost(unitId: $u, title: "COMMITTEE_MEMBER") { id } }', { u: world.a.unitId }, world.admin)).createPost.id;
    const start = await api.gql(APPOINT, { c: world.a.cadreId, p: post, s: '2028-01-01' }, world.admin);
    expect(refused(start, ['startDate'])[0]!.message).toContain('2027-11-26');
    refused(await api.gql(APPOINT, { c: world.a.cadreId, p: post, s: '2026-01-01', e: '2040-01-01' }, world.admin), ['endDate']);
    // MGT-3 an exit takes effect at most a year ahead
    refused(await api.gql(EXIT, { c: world.a.cadreId, d: '2027-11-27' }, world.admin), ['effectiveDate']);
    expect(codeOf(await api.gql(EXIT, { c: world.a.cadreId, d: '9999-12-31' }, world.admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(EXIT, { c: world.a.cadreId, d: '2026-12-31' }, world.admin))).toBeNull();
  });
});
