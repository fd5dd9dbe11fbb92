import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '@liangwei/domain';
import { backends, codeOf, TestApi, type GqlResult } from './support/api';
import { buildWorld, cadreArgs, createAppointment, createCadre, createPost, CREATE_CADRE, type World } from './support/fixture';
import { auditCount, countOf, fieldsOf, idNumberFor } from './support/helpers';

const CADRE = 'id version unitId name gender birthDate age idNumber phone ethnicity education politicalStatus isCollegeGraduateOfficial note unit { id kind }';
const CREATE_FULL = `mutation($unitId: ID!, $name: String!, $gender: Gender!, $birthDate: Date!, $idNumber: String, $phone: String, $ethnicity: String, $education: Education, $politicalStatus: PoliticalStatus, $isCollegeGraduateOfficial: Boolean, $note: String) {
  createCadre(unitId: $unitId, name: $name, gender: $gender, birthDate: $birthDate, idNumber: $idNumber, phone: $phone, ethnicity: $ethnicity, education: $education, politicalStatus: $politicalStatus, isCollegeGraduateOfficial: $isCollegeGraduateOfficial, note: $note) { ${CADRE} }
}`;
const UPDATE_CADRE = `mutation($id: ID!, $version: Int, $name: String, $gender: Gender, $birthDate: Date, $idNumber: String, $phone: String, $note: String) {
  updateCadre(id: $id, version: $version, name: $name, gender: $gender, birthDate: $birthDate, idNumber: $idNumber, phone: $phone, note: $note) { ${CADRE} }
}`;
const ONE_CADRE = `query($id: ID!) { Cadre(id: $id) { ${CADRE} } }`;
const LIST_CADRES = 'query($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: CadreFilter) { allCadres(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { id name birthDate gender } }';
const META_CADRES = 'query($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: CadreFilter) { _allCadresMeta(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { count } }';
const CREATE_APPOINTMENT = 'mutation($c: ID!, $p: ID!, $s: Date!, $e: Date) { createAppointment(cadreId: $c, postId: $p, startDate: $s, endDate: $e) { id startDate endDate status unitId cadreId postId } }';

type Cadre = { id: string; version: number; unitId: string; name: string; gender: string; birthDate: string; age: number; idNumber: string | null; phone: string | null; note: string | null };
type Row = { id: string; name: string; birthDate: string; gender: string };

/** An ID number with the wrong check character. */
function withBadChecksum(id: string): string {
  const good = idNumberCheckChar(id.slice(0, 17));
  return id.slice(0, 17) + (good === '0' ? '1' : '0');
}

describe.each(backends)('API resources (%s)', (backend) => {
  let api: TestApi;
  let world: World;

  const listCadres = async (variables: Record<string, unknown>, token = world.admin) => (await api.ok<{ allCadres: Row[] }>(LIST_CADRES, variables, token)).allCadres;
  const cadreCount = (filter: Record<string, unknown> = {}) => countOf(api, world.admin, 'Cadres', filter);

  /** Runs a mutation that must fail with BAD_USER_INPUT naming exactly `fields`, and checks that nothing was written. */
  async function rejected(query: string, variables: Record<string, unknown>, fields: string[], token = world.admin): Promise<GqlResult> {
    const before = { cadres: await cadreCount(), appointments: await countOf(api, world.admin, 'Appointments'), audit: await auditCount(api, world.admin) };
    const result = await api.gql(query, variables, token);
    expect(codeOf(result), JSON.stringify(result.errors)).toBe('BAD_USER_INPUT');
    expect([...fieldsOf(result)].sort(), JSON.stringify(result.errors)).toEqual([...fields].sort());
    expect(result.data?.[Object.keys(result.data ?? {})[0] ?? ''] ?? null).toBeNull();
    const after = { cadres: await cadreCount(), appointments: await countOf(api, world.admin, 'Appointments'), audit: await auditCount(api, world.admin) };
    expect(after, 'nothing written').toEqual(before);
    return result;
  }

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
  });
  afterAll(() => api?.close());

  describe('Cadre', () => {
    it('SEL-1 ROLE-1 the admin creates, reads, lists and updates a cadre with all its personal data', async () => {
      // an ID number whose check character is X, sent in lower case
      let idNumber = '';
      for (let seq = 1; !idNumber.endsWith('X'); seq += 2) {
        const first17 = `42060619800101${String(seq).padStart(3, '0')}`; // odd sequence: a man
        idNumber = first17 + idNumberCheckChar(first17);
      }
      const input = { unitId: world.a.unitId, name: '  王建国 ', gender: 'MALE', birthDate: '1980-01-01', idNumber: idNumber.toLowerCase(), phone: '13912345678', ethnicity: '汉族', education: 'BACHELOR', politicalStatus: 'PARTY_MEMBER', isCollegeGraduateOfficial: true, note: '党务' };
      const { createCadre: created } = await api.ok<{ createCadre: Cadre }>(CREATE_FULL, input, world.admin);
      expect(created).toMatchObject({ unitId: world.a.unitId, name: '王建国', gender: 'MALE', birthDate: '1980-01-01', age: 46, idNumber, phone: '13912345678', ethnicity: '汉族', education: 'BACHELOR', politicalStatus: 'PARTY_MEMBER', isCollegeGraduateOfficial: true, note: '党务', unit: { id: world.a.unitId, kind: 'VILLAGE' } });
      expect(created.version).toBe(1);

      expect((await api.ok<{ Cadre: Cadre }>(ONE_CADRE, { id: created.id }, world.admin)).Cadre).toEqual(created);
      expect((await listCadres({ filter: { ids: [created.id] } })).map((c) => c.id)).toEqual([created.id]);

      const { updateCadre } = await api.ok<{ updateCadre: Cadre }>(UPDATE_CADRE, { id: created.id, version: 1, name: '王建华', phone: '' }, world.admin);
      // an empty string clears an optional text; fields not sent stay as they were
      expect(updateCadre).toMatchObject({ version: 2, name: '王建华', phone: null, note: '党务', idNumber, birthDate: '1980-01-01' });
      expect((await api.ok<{ Cadre: Cadre }>(ONE_CADRE, { id: created.id }, world.admin)).Cadre).toEqual(updateCadre);
    });

    it('ROLE-3 a unit user creates, reads, lists and updates cadres of its own unit only', async () => {
      const args = await cadreArgs(world.b.unitId, { name: '社区新人' });
      const { createCadre: created } = await api.ok<{ createCadre: { id: string; unitId: string } }>(CREATE_CADRE, args, world.b.token);
      expect(created.unitId).toBe(world.b.unitId);
      const { Cadre: read } = await api.ok<{ Cadre: Cadre }>(ONE_CADRE, { id: created.id }, world.b.token);
      expect(read).toMatchObject({ name: '社区新人', idNumber: args.idNumber, phone: args.phone });
      const own = await listCadres({ perPage: 1000 }, world.b.token);
      expect(own.map((c) => c.id)).toContain(created.id);
      expect(own.every((c) => c.id !== world.a.cadreId)).toBe(true);
      const { updateCadre } = await api.ok<{ updateCadre: Cadre }>(UPDATE_CADRE, { id: created.id, name: '社区老人' }, world.b.token);
      expect(updateCadre.name).toBe('社区老人');

      // another unit: cannot create there, does not see or find its cadres
      const before = await cadreCount();
      expect(codeOf(await api.gql(CREATE_CADRE, await cadreArgs(world.a.unitId), world.b.token))).toBe('FORBIDDEN');
      expect(await cadreCount()).toBe(before);
      expect((await api.ok<{ Cadre: Cadre | null }>(ONE_CADRE, { id: world.a.cadreId }, world.b.token)).Cadre).toBeNull();
      expect(codeOf(await api.gql(UPDATE_CADRE, { id: world.a.cadreId, name: 'x' }, world.b.token))).toBe('NOT_FOUND');
    });

    it('SEL-1 invalid personal data → BAD_USER_INPUT naming the fields (extensions.fields), and nothing is written', async () => {
      const base = { unitId: world.a.unitId, name: '校验', gender: 'MALE', birthDate: '1985-06-15', phone: '13800138000' };
      const valid = idNumberFor('1985-06-15', 'MALE');
      // invalid ID checksum
      await rejected(CREATE_CADRE, { ...base, idNumber: withBadChecksum(valid) }, ['idNumber']);
      // ID number whose birth date differs from birthDate
      await rejected(CREATE_CADRE, { ...base, idNumber: idNumberFor('1985-06-16', 'MALE') }, ['idNumber']);
      // ID number of the other gender
      await rejected(CREATE_CADRE, { ...base, idNumber: idNumberFor('1985-06-15', 'FEMALE') }, ['idNumber']);
      // not 18 characters / a birth date that does not exist inside the number
      await rejected(CREATE_CADRE, { ...base, idNumber: valid.slice(0, 17) }, ['idNumber']);
      await rejected(CREATE_CADRE, { ...base, idNumber: `42060619850230${'0013'}` }, ['idNumber']);
      // a birth date in the future (tomorrow on the fixed date 2026-11-25) and a cadre younger than 16
      await rejected(CREATE_CADRE, { ...base, birthDate: '2026-11-26', idNumber: null }, ['birthDate']);
      await rejected(CREATE_CADRE, { ...base, birthDate: '2011-01-01', idNumber: null }, ['birthDate']);
      // no name, a bad phone, an unknown unit
      await rejected(CREATE_CADRE, { ...base, name: '   ' }, ['name']);
      await rejected(CREATE_CADRE, { ...base, phone: '12345' }, ['phone']);
      await rejected(CREATE_CADRE, { ...base, unitId: '00000000-0000-4000-8000-000000000000' }, ['unitId']);
      // several problems are reported together
      await rejected(CREATE_CADRE, { ...base, name: '', birthDate: '2030-01-01', idNumber: withBadChecksum(valid), phone: 'call me' }, ['name', 'birthDate', 'idNumber', 'phone']);
      // the same rules on update, and the cadre stays as it was
      const cadre = await createCadre(api, world.admin, world.a.unitId, { name: '不动' });
      const { Cadre: before } = await api.ok<{ Cadre: Cadre }>(ONE_CADRE, { id: cadre.id }, world.admin);
      await rejected(UPDATE_CADRE, { id: cadre.id, idNumber: withBadChecksum(before.idNumber!) }, ['idNumber']);
      await rejected(UPDATE_CADRE, { id: cadre.id, birthDate: '1985-06-16' }, ['idNumber']);
      await rejected(UPDATE_CADRE, { id: cadre.id, name: '', gender: 'FEMALE' }, ['name', 'idNumber']);
      expect((await api.ok<{ Cadre: Cadre }>(ONE_CADRE, { id: cadre.id }, world.admin)).Cadre).toEqual(before);
    });

    it('SEL-1 a date that does not exist (2025-02-29) is rejected by the Date scalar with BAD_USER_INPUT, as a literal and as a variable', async () => {
      const before = await cadreCount();
      for (const date of ['2025-02-29', '2025-13-01', '2025-04-31', '20250101', '1985-6-5', '']) {
        const asVariable = await api.gql(CREATE_CADRE, { ...(await cadreArgs(world.a.unitId)), birthDate: date, idNumber: null }, world.admin);
        expect(codeOf(asVariable), `variable ${date}: ${JSON.stringify(asVariable.errors)}`).toBe('BAD_USER_INPUT');
        const asLiteral = await api.gql(`mutation($u: ID!) { createCadre(unitId: $u, name: "日期", gender: MALE, birthDate: ${JSON.stringify(date)}) { id } }`, { u: world.a.unitId }, world.admin);
        expect(codeOf(asLiteral), `literal ${date}: ${JSON.stringify(asLiteral.errors)}`).toBe('BAD_USER_INPUT');
        expect(asLiteral.data?.createCadre ?? null).toBeNull();
      }
      // in a filter too
      const filter = await api.gql('{ allCadres(filter: { birthDate_gte: "2025-02-29" }) { id } }', {}, world.admin);
      expect(codeOf(filter)).toBe('BAD_USER_INPUT');
      // a leap day that exists is fine
      await createCadre(api, world.admin, world.a.unitId, { birthDate: '2000-02-29' });
      expect(await cadreCount()).toBe(before + 1);
    });

    it('SEL-1 an unknown id: Cadre(id) is null, updateCadre is NOT_FOUND', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
        expect((await api.ok<{ Cadre: Cadre | null }>(ONE_CADRE, { id }, world.admin)).Cadre).toBeNull();
        const update = await api.gql(UPDATE_CADRE, { id, name: '无' }, world.admin);
        expect(codeOf(update)).toBe('NOT_FOUND');
      }
    });

    it('SEL-1 Cadre.age counts full years on the request date (2026-11-25): born 1981-11-25 → 45, born 1981-11-26 → 44', async () => {
      const cases: [string, number][] = [['1981-11-25', 45], ['1981-11-26', 44], ['1991-11-25', 35], ['1991-11-26', 34], ['2008-02-29', 18], ['2010-11-25', 16]];
      for (const [birthDate, age] of cases) {
        const { id } = await createCadre(api, world.admin, world.a.unitId, { birthDate, idNumber: idNumberFor(birthDate, 'MALE') });
        const { Cadre } = await api.ok<{ Cadre: Cadre }>(ONE_CADRE, { id }, world.admin);
        expect(Cadre.age, birthDate).toBe(age);
      }
      // the boundary of "45岁以下" (<= 45) as a filter: born on or after 1980-11-26
      const born = (await listCadres({ perPage: 1000, filter: { birthDate_gte: '1981-11-25', birthDate_lte: '1981-11-26' } })).map((c) => c.birthDate).sort();
      expect(born).toEqual(['1981-11-25', '1981-11-26']);
    });
  });

  describe('lists', () => {
    let unitId: string;
    const made: Record<string, string> = {};

    beforeAll(async () => {
      const { createUnit } = await api.ok<{ createUnit: { id: string } }>('mutation { createUnit(name: "列表村", kind: VILLAGE, code: "lists") { id } }', {}, world.admin);
      unitId = createUnit.id;
      const people: [string, 'MALE' | 'FEMALE', string][] = [
        ['list-a', 'MALE', '1970-01-01'],
        ['list-b', 'FEMALE', '1975-05-05'],
        ['list-c', 'MALE', '1980-10-10'],
        ['list-d', 'FEMALE', '1985-12-31'],
        ['list-e', 'MALE', '1990-06-15'],
        ['list%pct', 'FEMALE', '1992-02-02'],
        ['list_und', 'MALE', '1993-03-03'],
      ];
      for (const [name, gender, birthDate] of people) {
        made[name] = (await createCadre(api, world.admin, unitId, { name, gender, birthDate, idNumber: idNumberFor(birthDate, gender) })).id;
      }
    });

    it('API resources: perPage (1..1000), page (>= 0), sortField (whitelist) and sortOrder (ASC/DESC) are validated → BAD_USER_INPUT naming the argument', async () => {
      const cases: [Record<string, unknown>, string[]][] = [
        [{ perPage: 1001 }, ['perPage']],
        [{ perPage: 0 }, ['perPage']],
        [{ perPage: -5 }, ['perPage']],
        [{ page: -1 }, ['page']],
        [{ sortField: 'passwordHash' }, ['sortField']],
        [{ sortField: 'idNumber' }, ['sortField']],
        [{ sortField: 'phone' }, ['sortField']],
        [{ sortField: 'name; drop table cadre' }, ['sortField']],
        [{ sortOrder: 'UP' }, ['sortOrder']],
        [{ perPage: 0, page: -1, sortField: 'nope', sortOrder: 'UP' }, ['perPage', 'page', 'sortField', 'sortOrder']],
      ];
      for (const query of [LIST_CADRES, META_CADRES]) {
        for (const [variables, fields] of cases) {
          const result = await api.gql(query, variables, world.admin);
          expect(codeOf(result), `${query.slice(8, 30)} ${JSON.stringify(variables)}`).toBe('BAD_USER_INPUT');
          expect([...fieldsOf(result)].sort(), JSON.stringify(variables)).toEqual([...fields].sort());
        }
      }
      // the limits themselves are fine, and the order is case-insensitive
      expect(await listCadres({ perPage: 1000, filter: { unitId } })).toHaveLength(7);
      expect(await listCadres({ perPage: 1, filter: { unitId } })).toHaveLength(1);
      expect((await listCadres({ sortField: 'name', sortOrder: 'desc', filter: { unitId } }))[0]!.name).toBe('list_und');
      // users cannot be ordered by their password hash either
      const users = await api.gql('{ allUsers(sortField: "passwordHash") { id } }', {}, world.admin);
      expect(fieldsOf(users)).toEqual(['sortField']);
      // perPage defaults to 25
      expect(await listCadres({ filter: {} })).toHaveLength(Math.min(25, await cadreCount()));
    });

    it('API resources: zero-based pages of a sorted list partition it; _allCadresMeta counts the filtered total regardless of paging', async () => {
      const filter = { unitId };
      const all = await listCadres({ perPage: 1000, sortField: 'birthDate', sortOrder: 'ASC', filter });
      expect(all.map((c) => c.birthDate)).toEqual(['1970-01-01', '1975-05-05', '1980-10-10', '1985-12-31', '1990-06-15', '1992-02-02', '1993-03-03']);
      const pages: Row[][] = [];
      for (let page = 0; page < 4; page += 1) pages.push(await listCadres({ page, perPage: 3, sortField: 'birthDate', sortOrder: 'ASC', filter }));
      expect(pages.map((p) => p.length)).toEqual([3, 3, 1, 0]);
      expect(pages.flat()).toEqual(all);
      const desc = await listCadres({ perPage: 1000, sortField: 'birthDate', sortOrder: 'DESC', filter });
      expect(desc).toEqual([...all].reverse());
      // names of lower-case letters sort the same in every collation
      const byName = await listCadres({ perPage: 1000, sortField: 'name', filter: { unitId, ids: [made['list-a'], made['list-b'], made['list-c'], made['list-d'], made['list-e']] } });
      expect(byName.map((c) => c.name)).toEqual(['list-a', 'list-b', 'list-c', 'list-d', 'list-e']);
      for (const perPage of [1, 2, 1000]) {
        expect((await api.ok<{ _allCadresMeta: { count: number } }>(META_CADRES, { perPage, page: 5, filter }, world.admin))._allCadresMeta.count).toBe(7);
      }
      expect(await cadreCount({ unitId, gender: 'FEMALE' })).toBe(3);
    });

    it('API resources: filters — q (substring of the name, case-insensitive, % and _ literal), gender, ids, unitId, birthDate ranges with inclusive _gte/_lte', async () => {
      const names = async (filter: Record<string, unknown>) => (await listCadres({ perPage: 1000, sortField: 'birthDate', filter: { unitId, ...filter } })).map((c) => c.name);
      const counted = async (filter: Record<string, unknown>) => {
        const rows = await names(filter);
        expect(await cadreCount({ unitId, ...filter }), `count of ${JSON.stringify(filter)}`).toBe(rows.length);
        return rows;
      };
      expect(await counted({ q: 'list-c' })).toEqual(['list-c']);
      expect(await counted({ q: 'LIST-C' })).toEqual(['list-c']);
      expect(await counted({ q: 'st-' })).toEqual(['list-a', 'list-b', 'list-c', 'list-d', 'list-e']);
      expect(await counted({ q: '%' })).toEqual(['list%pct']);
      expect(await counted({ q: '_' })).toEqual(['list_und']);
      expect(await counted({ q: 'nobody' })).toEqual([]);
      expect(await counted({ gender: 'FEMALE' })).toEqual(['list-b', 'list-d', 'list%pct']);
      expect(await counted({ ids: [made['list-e'], made['list-a']] })).toEqual(['list-a', 'list-e']);
      expect(await counted({ ids: [] })).toEqual([]);
      // ranges: _gte / _lte include the boundary, _gt / _lt exclude it
      expect(await counted({ birthDate_gte: '1980-10-10', birthDate_lte: '1990-06-15' })).toEqual(['list-c', 'list-d', 'list-e']);
      expect(await counted({ birthDate_gt: '1980-10-10', birthDate_lt: '1990-06-15' })).toEqual(['list-d']);
      expect(await counted({ birthDate_lte: '1970-01-01' })).toEqual(['list-a']);
      expect(await counted({ birthDate_gte: '1993-03-03' })).toEqual(['list_und']);
      // filters combine with AND
      expect(await counted({ gender: 'MALE', birthDate_gte: '1975-01-01', q: 'list' })).toEqual(['list-c', 'list-e', 'list_und']);
      // unitId: another unit's filter does not reach these rows
      expect(await names({ unitId: world.b.unitId, ids: [made['list-a']] })).toEqual([]);
    });
  });

  describe('ROLE-2 personal data', () => {
    it('ROLE-2 the analyst sees idNumber and phone masked (the last 2 characters of the ID, first 3 / last 4 of the phone); the admin, the own unit and an analyst granted PII see them in full', async () => {
      const idNumber = idNumberFor('1979-09-09', 'FEMALE');
      const phone = '13987654321';
      const { id } = await createCadre(api, world.admin, world.a.unitId, { name: '隐私', gender: 'FEMALE', birthDate: '1979-09-09', idNumber, phone });
      const maskedId = `${'*'.repeat(16)}${idNumber.slice(-2)}`;
      const maskedPhone = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
      expect(maskedId).toMatch(/^\*{16}[\dX]{2}$/);

      const { createUser } = await api.ok<{ createUser: { id: string } }>('mutation { createUser(username: "pii-analyst", password: "pii-pass-123", role: SUBDISTRICT_ANALYST, piiGranted: true) { id } }', {}, world.admin);
      const granted = await api.login('pii-analyst', 'pii-pass-123');

      const views = async (token: string) => {
        const one = (await api.ok<{ Cadre: { idNumber: string; phone: string } }>('query($id: ID!) { Cadre(id: $id) { idNumber phone } }', { id }, token)).Cadre;
        const list = (await api.ok<{ allCadres: { idNumber: string; phone: string }[] }>('query($id: ID!) { allCadres(filter: { ids: [$id] }) { idNumber phone } }', { id }, token)).allCadres[0]!;
        return { one, list };
      };
      const full = { idNumber, phone };
      const masked = { idNumber: maskedId, phone: maskedPhone };
      expect(await views(world.analyst)).toEqual({ one: masked, list: masked });
      expect(await views(world.admin)).toEqual({ one: full, list: full });
      expect(await views(world.a.token)).toEqual({ one: full, list: full });
      expect(await views(granted)).toEqual({ one: full, list: full });

      // nested under another entity it is masked the same way
      const post = await createPost(api, world.admin, world.a.unitId);
      const appointmentId = await createAppointment(api, world.admin, id, post, '2023-01-01');
      const nested = await api.ok<{ Appointment: { cadre: { idNumber: string; phone: string } } }>('query($id: ID!) { Appointment(id: $id) { cadre { idNumber phone } } }', { id: appointmentId }, world.analyst);
      expect(nested.Appointment.cadre).toEqual(masked);

      // revoking the grant takes effect on the next request with the same token
      await api.ok('mutation($id: ID!) { updateUser(id: $id, piiGranted: false) { id } }', { id: createUser.id }, world.admin);
      expect(await views(granted)).toEqual({ one: masked, list: masked });
    });
  });

  describe('Appointment (SEL-2)', () => {
    it('SEL-2 endDate before startDate → BAD_USER_INPUT naming endDate; endDate == startDate is accepted', async () => {
      const post = await createPost(api, world.admin, world.a.unitId);
      await rejected(CREATE_APPOINTMENT, { c: world.a.cadreId, p: post, s: '2024-05-02', e: '2024-05-01' }, ['endDate']);
      const same = await api.ok<{ createAppointment: { startDate: string; endDate: string; status: string } }>(CREATE_APPOINTMENT, { c: world.a.cadreId, p: post, s: '2024-05-01', e: '2024-05-01' }, world.admin);
      expect(same.createAppointment).toMatchObject({ startDate: '2024-05-01', endDate: '2024-05-01', status: 'ENDED' });
      // on update as well
      const id = await createAppointment(api, world.admin, world.a.cadreId, post, '2025-01-01');
      await rejected('mutation($id: ID!, $e: Date) { updateAppointment(id: $id, endDate: $e) { id } }', { id, e: '2024-12-31' }, ['endDate']);
    });

    it('SEL-2 one holder per post at a time: an overlapping appointment is a CONFLICT; a successor may start on the predecessor’s end date', async () => {
      const post = await createPost(api, world.admin, world.a.unitId);
      const first = await createCadre(api, world.admin, world.a.unitId);
      const second = await createCadre(api, world.admin, world.a.unitId);
      const predecessor = await createAppointment(api, world.admin, first.id, post, '2021-03-20', '2024-06-30');
      const overlapping: [string, string | null][] = [
        ['2021-03-20', null], // same start, open
        ['2024-06-29', '2025-01-01'], // straddles the end
        ['2020-01-01', '2021-03-21'], // straddles the start
        ['2022-01-01', '2022-02-01'], // inside
        ['2019-01-01', null], // covers it all
      ];
      const before = await countOf(api, world.admin, 'Appointments');
      for (const [s, e] of overlapping) {
        const result = await api.gql(CREATE_APPOINTMENT, { c: second.id, p: post, s, e }, world.admin);
        expect(codeOf(result), `${s}..${e}`).toBe('CONFLICT');
      }
      expect(await countOf(api, world.admin, 'Appointments')).toBe(before);
      // before it and right after it
      await createAppointment(api, world.admin, second.id, post, '2018-01-01', '2021-03-20');
      const successor = await createAppointment(api, world.admin, second.id, post, '2024-06-30');
      expect(await countOf(api, world.admin, 'Appointments', { postId: post })).toBe(3);
      // moving the predecessor's end past the successor's start is a CONFLICT and changes nothing
      const moved = await api.gql('mutation($id: ID!) { updateAppointment(id: $id, endDate: "2024-07-01") { id } }', { id: predecessor }, world.admin);
      expect(codeOf(moved)).toBe('CONFLICT');
      const { Appointment } = await api.ok<{ Appointment: { endDate: string } }>('query($id: ID!) { Appointment(id: $id) { endDate } }', { id: predecessor }, world.admin);
      expect(Appointment.endDate).toBe('2024-06-30');
      // a second open appointment of the same post is a CONFLICT even for another cadre of the unit
      expect(codeOf(await api.gql(CREATE_APPOINTMENT, { c: first.id, p: post, s: '2026-01-01', e: null }, world.admin))).toBe('CONFLICT');
      expect(successor).toBeTruthy();
    });

    it('SEL-2 ROLE-3 the cadre must belong to the post’s unit; unknown cadre or post → BAD_USER_INPUT', async () => {
      const post = await createPost(api, world.admin, world.a.unitId);
      await rejected(CREATE_APPOINTMENT, { c: world.b.cadreId, p: post, s: '2022-01-01' }, ['cadreId']);
      await rejected(CREATE_APPOINTMENT, { c: '00000000-0000-4000-8000-000000000000', p: post, s: '2022-01-01' }, ['cadreId']);
      await rejected(CREATE_APPOINTMENT, { c: world.a.cadreId, p: '00000000-0000-4000-8000-000000000000', s: '2022-01-01' }, ['postId']);
      // a unit user appoints within its unit
      const own = await createPost(api, world.b.token, world.b.unitId);
      const { createAppointment: made } = await api.ok<{ createAppointment: { unitId: string } }>(CREATE_APPOINTMENT, { c: world.b.cadreId, p: own, s: '2022-01-01' }, world.b.token);
      expect(made.unitId).toBe(world.b.unitId);
    });

    it('SEL-2 status on the request date (2026-11-25): CURRENT, ENDED (on and after its end date), FUTURE — and the status filter agrees', async () => {
      const cases: [string, string | null, string][] = [
        ['2026-11-25', null, 'CURRENT'], // starts today
        ['2020-01-01', '2026-11-26', 'CURRENT'], // ends tomorrow
        ['2020-01-01', '2026-11-25', 'ENDED'], // ends today: the post is left on its end date
        ['2020-01-01', '2021-01-01', 'ENDED'],
        ['2026-11-26', null, 'FUTURE'], // starts tomorrow
        ['2027-01-01', '2027-12-31', 'FUTURE'],
      ];
      const ids: Record<string, string[]> = { CURRENT: [], ENDED: [], FUTURE: [] };
      for (const [s, e, status] of cases) {
        const post = await createPost(api, world.admin, world.a.unitId);
        const { createAppointment: made } = await api.ok<{ createAppointment: { id: string; status: string } }>(CREATE_APPOINTMENT, { c: world.a.cadreId, p: post, s, e }, world.admin);
        expect(made.status, `${s}..${e}`).toBe(status);
        ids[status]!.push(made.id);
      }
      const all = Object.values(ids).flat();
      for (const status of ['CURRENT', 'ENDED', 'FUTURE']) {
        const { allAppointments } = await api.ok<{ allAppointments: { id: string; status: string }[] }>(
          'query($f: AppointmentFilter) { allAppointments(perPage: 1000, filter: $f) { id status } }',
          { f: { ids: all, status } },
          world.admin,
        );
        expect(allAppointments.map((a) => a.id).sort(), status).toEqual([...ids[status]!].sort());
        expect(await countOf(api, world.admin, 'Appointments', { ids: all, status })).toBe(ids[status]!.length);
      }
    });

    it('SEL-2 deleting a post that has appointments is a CONFLICT and the post stays; an unused post can be deleted', async () => {
      const held = world.a.postId;
      const result = await api.gql('mutation($id: ID!) { deletePost(id: $id) { id } }', { id: held }, world.admin);
      expect(codeOf(result)).toBe('CONFLICT');
      expect((await api.ok<{ Post: { id: string } | null }>('query($id: ID!) { Post(id: $id) { id } }', { id: held }, world.admin)).Post).toEqual({ id: held });
      // a post whose only appointment has ended keeps its history too
      const ended = await createPost(api, world.admin, world.a.unitId);
      await createAppointment(api, world.admin, world.a.cadreId, ended, '2010-01-01', '2011-01-01');
      expect(codeOf(await api.gql('mutation($id: ID!) { deletePost(id: $id) { id } }', { id: ended }, world.admin))).toBe('CONFLICT');

      const unused = await createPost(api, world.admin, world.a.unitId);
      const { deletePost } = await api.ok<{ deletePost: { id: string; title: string } }>('mutation($id: ID!) { deletePost(id: $id) { id title } }', { id: unused }, world.admin);
      expect(deletePost).toEqual({ id: unused, title: 'COMMITTEE_MEMBER' });
      expect((await api.ok<{ Post: unknown }>('query($id: ID!) { Post(id: $id) { id } }', { id: unused }, world.admin)).Post).toBeNull();
      expect(codeOf(await api.gql('mutation($id: ID!) { deletePost(id: $id) { id } }', { id: unused }, world.admin))).toBe('NOT_FOUND');
    });
  });
});
