import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type Viewer } from '@liangwei/domain';
import type { AbstractSqlConnection } from '@mikro-orm/knex';
import { backends, codeOf, TestApi } from './support/api';
import { buildWorld, createAppointment, createCadre, createPost, type World } from './support/fixture';
import { candidateAt } from './support/workflows';
import { piiValue } from '../src/graphql/pii';
import { compareCodePoints, nameSortKey } from '../src/common/name-sort';

/**
 * ORG-3 ORG-4 SEL-2 The nested relations `Unit.posts`, `Unit.currentTeam`, `Unit.cadres`,
 * `Cadre.appointments`, `Post.currentHolder`: loaded in batches (a fixed number of statements
 * whatever the page size), scoped for a unit user (ROLE-3/4: another unit's data never appears),
 * personal data masked for the analyst (ROLE-2), and counted by the query cost.
 */
const UNITS = `query($n: Int, $d: Date) { allUnits(perPage: $n, sortField: "code", sortOrder: "ASC") {
  id name
  posts { id title name unitId currentHolder { id name } }
  currentTeam(asOf: $d) { postId vacant since post { id title name } holder { id name unitId idNumber phone birthDate age } appointment { id startDate } reserve { id cadre { id name } } }
  cadres { id name unitId idNumber phone birthDate appointments { id startDate endDate post { id name unitId } } }
} }`;

type Seat = { postId: string; vacant: boolean; since: string | null; post: { title: string; name: string }; holder: { id: string; name: string; unitId: string; idNumber: string | null; phone: string | null; birthDate: string; age: number } | null; reserve: { id: string; cadre: { name: string } } | null };
type UnitRow = {
  id: string; name: string;
  posts: { id: string; title: string; name: string; unitId: string; currentHolder: { id: string; name: string } | null }[];
  currentTeam: Seat[];
  cadres: { id: string; name: string; unitId: string; idNumber: string | null; phone: string | null; birthDate: string; appointments: { id: string; startDate: string; endDate: string | null; post: { id: string; unitId: string } }[] }[];
};

const analystViewer = { role: Role.SUBDISTRICT_ANALYST, unitId: null } as Viewer;

describe.each(backends)('nested relations (%s)', (backend) => {
  let api: TestApi;
  let world: World;
  let statements: string[] | null = null;
  let member: { id: string };
  let director: string;
  let vacantMember: string;
  let reserve: { id: string; cadreId: string };

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
    (api.app.orm.em.getConnection() as AbstractSqlConnection).getKnex().on('query', (q: { sql: string }) => statements?.push(q.sql));
    const a = world.a.unitId;
    // created out of official order on purpose
    vacantMember = await createPost(api, world.admin, a, 'COMMITTEE_MEMBER');
    const heldMember = await createPost(api, world.admin, a, 'COMMITTEE_MEMBER');
    director = await createPost(api, world.admin, a, 'DIRECTOR');
    member = await createCadre(api, world.admin, a, { name: '委员甲', birthDate: '1990-03-04' });
    await createAppointment(api, world.admin, member.id, heldMember, '2024-05-06');
    // the director's post: held until 2026-01-01, then vacant
    const former = await createCadre(api, world.admin, a, { name: '前任主任', birthDate: '1970-01-01' });
    await createAppointment(api, world.admin, former.id, director, '2020-01-01', '2026-01-01');
    reserve = await candidateAt(api, world.admin, a, 'IN_POOL', { name: '后备乙' });
    await api.ok('mutation($p: ID!, $r: ID!) { createSuccessionPair(postId: $p, reserveCandidateId: $r) { id } }', { p: vacantMember, r: reserve.id }, world.admin);
    // more units, so that page sizes differ in rows
    for (let i = 0; i < 4; i++) {
      const { createUnit } = await api.ok<{ createUnit: { id: string } }>('mutation($n: String!, $c: String!) { createUnit(name: $n, kind: VILLAGE, code: $c) { id } }', { n: `加测村${i}`, c: `z${i}` }, world.admin);
      const cadre = await createCadre(api, world.admin, createUnit.id);
      await createAppointment(api, world.admin, cadre.id, await createPost(api, world.admin, createUnit.id, 'PARTY_SECRETARY'), '2022-02-02');
    }
  }, 120_000);
  afterAll(() => api?.close());

  async function units(token: string, vars: Record<string, unknown> = {}): Promise<UnitRow[]> {
    return (await api.ok<{ allUnits: UnitRow[] }>(UNITS, { n: 10, ...vars }, token)).allUnits;
  }

  it('ORG-3 ORG-4 a unit’s team today: posts in official order, holders since when, the vacancy with its paired reserve (RES-1)', async () => {
    const unitA = (await units(world.admin)).find((u) => u.id === world.a.unitId)!;
    expect(unitA.currentTeam.map((s) => s.post.title)).toEqual(['PARTY_SECRETARY', 'DIRECTOR', 'COMMITTEE_MEMBER', 'COMMITTEE_MEMBER']);
    expect(unitA.posts.map((p) => p.title)).toEqual(['PARTY_SECRETARY', 'DIRECTOR', 'COMMITTEE_MEMBER', 'COMMITTEE_MEMBER']);
    const seats = Object.fromEntries(unitA.currentTeam.map((s) => [s.postId, s]));
    expect(seats[world.a.postId]).toMatchObject({ vacant: false, since: '2021-03-20', holder: { id: world.a.cadreId } });
    expect(seats[director]).toMatchObject({ vacant: true, since: null, holder: null, reserve: null });
    expect(seats[vacantMember]).toMatchObject({ vacant: true, holder: null, reserve: { id: reserve.id, cadre: { name: '后备乙' } } });
    const held = unitA.currentTeam.find((s) => s.holder?.id === member.id)!;
    expect(held).toMatchObject({ vacant: false, since: '2024-05-06' });
    // Post.currentHolder agrees with the team
    for (const post of unitA.posts) expect({ post: post.id, holder: post.currentHolder?.id ?? null }).toEqual({ post: post.id, holder: seats[post.id]!.holder?.id ?? null });
  });

  it('ORG-3 SEL-2 the team on an earlier date: the former director holds the post on 2025-12-31, not on 2026-01-01 (the day it was left)', async () => {
    const on = async (d: string) => (await units(world.admin, { d })).find((u) => u.id === world.a.unitId)!.currentTeam.find((s) => s.postId === director)!;
    expect(await on('2025-12-31')).toMatchObject({ vacant: false, since: '2020-01-01', holder: { name: '前任主任' } });
    expect(await on('2026-01-01')).toMatchObject({ vacant: true, holder: null });
    const { allPosts } = await api.ok<{ allPosts: { id: string; currentHolder: { name: string } | null }[] }>('query($u: ID) { allPosts(filter: { unitId: $u }) { id currentHolder(asOf: "2025-12-31") { name } } }', { u: world.a.unitId }, world.admin);
    expect(allPosts.find((p) => p.id === director)!.currentHolder).toEqual({ name: '前任主任' });
  });

  it('SEL-1 SEL-2 a unit’s cadres by name in pinyin order, and each cadre’s appointments, the latest first', async () => {
    const unitA = (await units(world.admin)).find((u) => u.id === world.a.unitId)!;
    const names = unitA.cadres.map((c) => c.name);
    expect(names).toEqual([...names].sort((x, y) => compareCodePoints(nameSortKey(x), nameSortKey(y))));
    // 后 (hou) 前 (qian) 委 (wei); by code point 前 (U+524D) would come before 后 (U+540E)
    expect(names.filter((n) => ['委员甲', '前任主任', '后备乙'].includes(n))).toEqual(['后备乙', '前任主任', '委员甲']);
    const former = unitA.cadres.find((c) => c.name === '前任主任')!;
    expect(former.appointments).toEqual([expect.objectContaining({ startDate: '2020-01-01', endDate: '2026-01-01', post: expect.objectContaining({ id: director }) })]);
    const { Cadre: one } = await api.ok<{ Cadre: { appointments: { post: { id: string } }[] } }>('query($id: ID!) { Cadre(id: $id) { appointments { post { id } } } }', { id: member.id }, world.admin);
    expect(one.appointments).toHaveLength(1);
  });

  it('ROLE-3/4 a unit user: only its own unit, posts, team, cadres and appointments; another unit’s data never appears', async () => {
    const own = await units(world.a.token);
    expect(own.map((u) => u.id)).toEqual([world.a.unitId]);
    const json = JSON.stringify(own);
    for (const foreign of [world.b.unitId, world.b.postId, world.b.cadreId, world.b.appointmentId]) expect(json).not.toContain(foreign);
    expect(own[0]!.currentTeam).toHaveLength(4);
    // the other unit by id: null, and no relation reaches into it
    const other = await api.gql<{ Unit: unknown }>('query($id: ID!) { Unit(id: $id) { id posts { id } cadres { id } currentTeam { postId } } }', { id: world.b.unitId }, world.a.token);
    expect(other.data?.Unit ?? null).toBeNull();
    const post = await api.gql<{ Post: unknown }>('query($id: ID!) { Post(id: $id) { id currentHolder { id name } } }', { id: world.b.postId }, world.a.token);
    expect(post.data?.Post ?? null).toBeNull();
    const cadre = await api.gql<{ Cadre: unknown }>('query($id: ID!) { Cadre(id: $id) { id appointments { id } } }', { id: world.b.cadreId }, world.a.token);
    expect(cadre.data?.Cadre ?? null).toBeNull();
    // the other unit's user sees its own team, and nothing of A
    const b = await units(world.b.token);
    expect(b.map((u) => u.id)).toEqual([world.b.unitId]);
    expect(JSON.stringify(b)).not.toContain(world.a.cadreId);
  });

  it('ROLE-2 the analyst: holders’ and cadres’ ID numbers, phones and birth dates masked in every nested relation; ages exact', async () => {
    const full = (await units(world.admin)).find((u) => u.id === world.a.unitId)!;
    const masked = (await units(world.analyst)).find((u) => u.id === world.a.unitId)!;
    const secretary = full.cadres.find((c) => c.id === world.a.cadreId)!;
    expect(secretary.idNumber).toMatch(/^\d{17}[\dX]$/);
    const seen = masked.cadres.find((c) => c.id === world.a.cadreId)!;
    expect(seen).toMatchObject({ idNumber: piiValue('idNumber', secretary.idNumber, analystViewer), phone: piiValue('phone', secretary.phone, analystViewer), birthDate: secretary.birthDate.slice(0, 7) });
    expect(seen.idNumber).not.toBe(secretary.idNumber);
    const holder = masked.currentTeam.find((s) => s.postId === world.a.postId)!.holder!;
    const holderFull = full.currentTeam.find((s) => s.postId === world.a.postId)!.holder!;
    expect(holder).toMatchObject({ idNumber: piiValue('idNumber', holderFull.idNumber, analystViewer), birthDate: holderFull.birthDate.slice(0, 7), age: holderFull.age });
  });

  it('the number of statements does not grow with the page size (one per relation level)', async () => {
    const LIGHT = 'query($n: Int) { allUnits(perPage: $n) { id currentTeam { holder { name } reserve { cadre { name } } } posts { currentHolder { name } } cadres { appointments { id post { name } } } } }';
    const count = async (n: number, q = LIGHT) => {
      statements = [];
      try {
        await api.ok(q, { n }, world.admin);
        return statements.length;
      } finally {
        statements = null;
      }
    };
    const small = await count(1);
    const large = await count(100);
    expect(large).toBe(small);
    expect(await count(10, UNITS)).toBe(await count(1, UNITS));
    // the units; posts; open appointments with holders; active pairs with reserves; cadres; appointments; their posts; the reserves' cadres
    expect(large).toBeLessThanOrEqual(9);
  });

  it('the query cost counts lists inside lists: a cadre roster of 1,000 units passes the analyst’s budget, four nested lists of 1,000 units do not', async () => {
    const roster = await api.gql('{ allUnits(perPage: 1000) { id name cadres { id name gender } } }', {}, world.analyst);
    expect(roster.errors).toBeUndefined();
    const deep = await api.gql('{ allUnits(perPage: 1000) { cadres { appointments { post { currentHolder { name appointments { id } } } } } } }', {}, world.analyst);
    expect(codeOf(deep)).toBe('QUERY_TOO_COMPLEX');
    expect(deep.errors?.[0]?.extensions?.messageZh).toBeTruthy();
  });
});
