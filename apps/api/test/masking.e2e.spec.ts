import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageOn, idNumberCheckChar, makeIdNumber } from '@liangwei/domain';
import { backends, codeOf, TestApi, TODAY } from './support/api';
import { buildWorld, createAppointment, createPost, type World } from './support/fixture';
import { MaskAuditValue } from '../src/graphql/pii';

/**
 * ROLE-2 A mask must not be undone from the other fields the role sees. The attack: for every
 * cadre the analyst sees, take the masked ID number, the birth date as shown (year-month), the
 * gender and the region every cadre of the county shares, enumerate every value of the hidden
 * characters, keep the GB 11643 checksum-valid numbers, and count the cadres whose number comes
 * out unique.
 */
const REGION = '420606';
const GENERATED = 300;
const CADRE_FIELDS = 'id gender birthDate age idNumber phone';

interface CadreView {
  id: string;
  gender: 'MALE' | 'FEMALE';
  birthDate: string;
  age: number;
  idNumber: string | null;
  phone: string | null;
}

/** A seeded generator: the same 300 cadres on every run. */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % n;
  };
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Every checksum-valid ID number that fits what the attacker sees: `shown` (`*` = hidden), the
 * region, the year-month (or the full date when `birthDate` has a day) and the gender (17th digit
 * odd for men).
 */
function candidates(shown: string, region: string, birthDate: string, gender: string): string[] {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number | undefined];
  const fits = (i: number, c: string) => shown[i] === '*' || shown[i] === c;
  const prefix = `${region}${year}${pad(month)}`;
  if (![...prefix].every((c, i) => fits(i, c))) return [];
  const digits = (i: number) => (shown[i] === '*' ? [...'0123456789'] : [shown[i]!]);
  const found: string[] = [];
  for (let d = 1; d <= daysIn(year, month); d += 1) {
    if (day !== undefined && d !== day) continue;
    const dd = pad(d);
    if (!fits(12, dd[0]!) || !fits(13, dd[1]!)) continue;
    for (const a of digits(14)) {
      for (const b of digits(15)) {
        for (const g of digits(16)) {
          if (Number(g) % 2 !== (gender === 'MALE' ? 1 : 0)) continue;
          const first17 = `${prefix}${dd}${a}${b}${g}`;
          const check = idNumberCheckChar(first17);
          if (fits(17, check)) found.push(first17 + check);
        }
      }
    }
  }
  return found;
}

/** The mask analysts saw before: first 4 and last 4 characters (the control: the attack must break it). */
const oldMask = (id: string) => `${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(-4)}`;

describe.each(backends)('ROLE-2 masks that cannot be undone (%s)', (backend) => {
  let api: TestApi;
  let world: World;
  let full: Map<string, CadreView>;
  let shown: CadreView[];
  const appointed: string[] = [];
  let exitedCadre: string;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
    const next = generator(20261125);
    const used = new Set<string>();
    const inputs: Record<string, unknown>[] = [];
    while (inputs.length < GENERATED) {
      const year = 1950 + next(55);
      const month = 1 + next(12);
      const birthDate = `${year}-${pad(month)}-${pad(1 + next(daysIn(year, month)))}`;
      const gender = next(2) === 0 ? 'MALE' : 'FEMALE';
      const idNumber = makeIdNumber(REGION, birthDate, next(500) * 2 + (gender === 'MALE' ? 1 : 0));
      if (used.has(idNumber)) continue;
      used.add(idNumber);
      const unitId = inputs.length % 2 === 0 ? world.a.unitId : world.b.unitId;
      inputs.push({ unitId, name: `掩码${inputs.length}`, gender, birthDate, idNumber, phone: `13${pad(next(100_000_000), 9)}`.slice(0, 11) });
    }
    const CREATE = 'mutation($unitId: ID!, $name: String!, $gender: Gender!, $birthDate: Date!, $idNumber: String, $phone: String) { createCadre(unitId: $unitId, name: $name, gender: $gender, birthDate: $birthDate, idNumber: $idNumber, phone: $phone) { id } }';
    const ids: string[] = [];
    for (let i = 0; i < inputs.length; i += 10) {
      const made = await Promise.all(inputs.slice(i, i + 10).map((input) => api.ok<{ createCadre: { id: string } }>(CREATE, input, world.admin)));
      ids.push(...made.map((m) => m.createCadre.id));
    }
    // three of them (in unit A) hold a post (nested paths), one of them leaves at the end of the year (a warning)
    for (const cadreId of [ids[0]!, ids[2]!, ids[4]!]) appointed.push(await createAppointment(api, world.admin, cadreId, await createPost(api, world.admin, world.a.unitId), '2024-01-01'));
    exitedCadre = ids[0]!;
    await api.ok('mutation($c: ID!) { exitCadre(cadreId: $c, kind: TERMINATION, effectiveDate: "2026-12-31", reason: "聘期届满") { id } }', { c: exitedCadre }, world.admin);

    const list = (token: string) => api.ok<{ allCadres: CadreView[] }>(`{ allCadres(perPage: 1000) { ${CADRE_FIELDS} } }`, {}, token);
    full = new Map((await list(world.admin)).allCadres.map((c) => [c.id, c]));
    shown = (await list(world.analyst)).allCadres;
  }, 600_000);
  afterAll(() => api?.close());

  it('ROLE-2 the analyst sees every cadre: the ID number with its last 2 characters only, the birth date as year-month, the phone masked, the age exact', () => {
    expect(shown.length).toBeGreaterThanOrEqual(GENERATED);
    expect(shown.length).toBe(full.size);
    for (const c of shown) {
      const real = full.get(c.id)!;
      expect(c.idNumber, c.id).toBe(`${'*'.repeat(16)}${real.idNumber!.slice(-2)}`);
      expect(c.birthDate, c.id).toBe(real.birthDate.slice(0, 7));
      expect(c.birthDate).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
      expect(c.phone, c.id).toBe(`${real.phone!.slice(0, 3)}****${real.phone!.slice(-4)}`);
      expect(c.age, c.id).toBe(ageOn(real.birthDate, TODAY));
      expect(c.gender).toBe(real.gender);
    }
  });

  it('ROLE-2 the reconstruction attack recovers no ID number: 0 unique out of every cadre, the real one always among the candidates', () => {
    let unique = 0;
    let fewest = Infinity;
    for (const c of shown) {
      const found = candidates(c.idNumber!, REGION, c.birthDate, c.gender);
      expect(found, c.id).toContain(full.get(c.id)!.idNumber);
      if (found.length === 1) unique += 1;
      fewest = Math.min(fewest, found.length);
    }
    expect(unique).toBe(0);
    // with the birth day hidden: 28 to 31 days × 100 sequence pairs, about 1 in 11 checksum-valid
    expect(fewest).toBeGreaterThanOrEqual(200);
  });

  it('ROLE-2 even an attacker who learnt the full birth date elsewhere is left with at least 9 numbers per cadre', () => {
    for (const c of shown) {
      const found = candidates(c.idNumber!, REGION, full.get(c.id)!.birthDate, c.gender);
      expect(found.length, c.id).toBeGreaterThanOrEqual(9);
    }
  });

  it('ROLE-2 control: the same attack recovers every number behind the old mask (first 4 / last 4) and the full birth date analysts were shown', () => {
    const recovered = shown.filter((c) => candidates(oldMask(full.get(c.id)!.idNumber!), REGION, full.get(c.id)!.birthDate, c.gender).length === 1);
    expect(recovered).toHaveLength(shown.length);
    // even with the year-month alone, the old mask leaves at most 4 candidates (the checksum over the day's two digits)
    const most = Math.max(...shown.map((c) => candidates(oldMask(full.get(c.id)!.idNumber!), REGION, c.birthDate, c.gender).length));
    expect(most).toBeLessThanOrEqual(4);
  });

  it('ROLE-1 the admin still sees full values', () => {
    for (const c of full.values()) {
      expect(c.idNumber).toMatch(/^\d{17}[\dX]$/);
      expect(c.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(c.idNumber!.slice(6, 14)).toBe(c.birthDate.replaceAll('-', ''));
      expect(c.phone).toMatch(/^1\d{10}$/);
    }
  });

  it('ROLE-2 one record, nested objects, warnings, exits and the untrained list are masked the same way', async () => {
    const masked = (id: string) => {
      const { idNumber, birthDate, phone, age } = shown.find((c) => c.id === id)!;
      return { id, idNumber, birthDate, phone, age };
    };
    const F = 'id idNumber birthDate phone age';
    const one = await api.ok<{ Cadre: unknown }>(`query($id: ID!) { Cadre(id: $id) { ${F} } }`, { id: exitedCadre }, world.analyst);
    expect(one.Cadre).toEqual(masked(exitedCadre));
    const appointments = await api.ok<{ allAppointments: { cadre: { id: string } }[] }>(`query($ids: [ID!]) { allAppointments(filter: { ids: $ids }) { cadre { ${F} } } }`, { ids: appointed }, world.analyst);
    expect(appointments.allAppointments).toHaveLength(3);
    for (const a of appointments.allAppointments) expect(a.cadre).toEqual(masked(a.cadre.id));
    const single = await api.ok<{ Appointment: { cadre: { id: string } } }>(`query($id: ID!) { Appointment(id: $id) { cadre { ${F} } } }`, { id: appointed[1] }, world.analyst);
    expect(single.Appointment.cadre).toEqual(masked(single.Appointment.cadre.id));
    const warnings = await api.ok<{ cadreWarnings: { cadre: { id: string } }[] }>(`{ cadreWarnings { cadre { ${F} } } }`, {}, world.analyst);
    const warned = warnings.cadreWarnings.filter((w) => w.cadre.id === exitedCadre);
    // the exit's sign and any other rule's sign on the same cadre: each shows the cadre masked
    expect(warned.length).toBeGreaterThanOrEqual(1);
    for (const w of warned) expect(w.cadre).toEqual(masked(exitedCadre));
    const exits = await api.ok<{ allExitRecords: { cadre: { id: string } }[] }>(`{ allExitRecords { cadre { ${F} } } }`, {}, world.analyst);
    expect(exits.allExitRecords.map((e) => e.cadre)).toEqual([masked(exitedCadre)]);
    const untrained = await api.ok<{ untrainedCadres: { id: string }[] }>(`{ untrainedCadres(year: 2026) { ${F} } }`, {}, world.analyst);
    expect(untrained.untrainedCadres.length).toBeGreaterThan(0);
    for (const c of untrained.untrainedCadres) expect(c).toEqual(masked(c.id));
  });

  it('ROLE-2 birth-date filters count by month for the analyst, so they cannot find the hidden day; the admin filters by day', async () => {
    const target = shown.find((c) => full.get(c.id)!.birthDate.slice(8) > '01' && full.get(c.id)!.birthDate.slice(8) < '28')!;
    const date = full.get(target.id)!.birthDate;
    const ids = async (token: string, filter: Record<string, string>) =>
      (await api.ok<{ allCadres: { id: string }[] }>('query($f: CadreFilter) { allCadres(perPage: 1000, filter: $f) { id } }', { f: filter }, token)).allCadres.map((c) => c.id);
    // the bounds just after and just before the birthday: the admin's answers change, the analyst's do not
    const month = date.slice(0, 7);
    const dayAfter = `${month}-${pad(Number(date.slice(8)) + 1)}`;
    expect(await ids(world.admin, { birthDate_gte: dayAfter })).not.toContain(target.id);
    expect(await ids(world.admin, { birthDate_lte: date })).toContain(target.id);
    const filters: Record<string, string>[] = [{ birthDate_gte: dayAfter }, { birthDate_gt: date }, { birthDate_lte: `${month}-01` }, { birthDate_lt: date }];
    for (const filter of filters) {
      expect(await ids(world.analyst, filter), JSON.stringify(filter)).toContain(target.id);
    }
    // whole months still select as expected
    expect(await ids(world.analyst, { birthDate_gte: `${month}-01`, birthDate_lte: `${month}-28` })).toContain(target.id);
  });

  it('ROLE-2 the audit log, where ID numbers, phones and birth dates appear in full, is closed to the analyst', async () => {
    expect(codeOf(await api.gql('{ allAuditEntries { id changes { field before after } } }', {}, world.analyst))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql('{ allAuditEntries { id changes { field before after } } }', {}, world.a.token))).toBe('FORBIDDEN');
    // should a role without PII rights ever read it, an audit change is masked like the field itself
    const real = full.get(exitedCadre)!;
    const analyst = { role: 'SUBDISTRICT_ANALYST', unitId: null };
    const change = (field: string, value: string, viewer: unknown, entityType = 'Cadre') =>
      MaskAuditValue({ root: { entityType, field }, context: { viewer } } as never, async () => value);
    expect(await change('idNumber', real.idNumber!, analyst)).toBe(`${'*'.repeat(16)}${real.idNumber!.slice(-2)}`);
    expect(await change('birthDate', real.birthDate, analyst)).toBe(real.birthDate.slice(0, 7));
    expect(await change('phone', real.phone!, analyst)).toBe(`${real.phone!.slice(0, 3)}****${real.phone!.slice(-4)}`);
    expect(await change('name', '掩码0', analyst)).toBe('掩码0');
    expect(await change('birthDate', real.birthDate, { role: 'SUBDISTRICT_ADMIN', unitId: null })).toBe(real.birthDate);
  });
});
