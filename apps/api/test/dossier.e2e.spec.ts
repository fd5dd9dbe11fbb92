import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, TestApi } from './support/api';
import { buildWorld, createAppointment, createCadre, createPost, type World } from './support/fixture';
import { participation, proposalIn, trainingSession } from './support/workflows';

/** 一村一档: a unit's printed dossier (the server's clock is fixed at 2026-11-25). */

interface DocCellJson {
  text: string;
  colSpan?: number;
}
interface DocJson {
  title: string;
  filename: string;
  date?: string;
  blocks: { kind: string; text?: string; header?: (string | DocCellJson)[]; rows?: (string | DocCellJson)[][] }[];
  errors?: { extensions: { code: string; messageZh?: string } }[];
}

const cellText = (c: string | DocCellJson | undefined) => (typeof c === 'string' ? c : (c?.text ?? ''));

describe.each(backends)('unit dossier 一村一档 (%s)', (backend) => {
  let api: TestApi;
  let world: World;

  async function dossier(token: string | null, unitId: string): Promise<{ status: number; doc: DocJson }> {
    const res = await fetch(`${api.url}/documents/unit-dossier/${unitId}.json`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: res.status, doc: (await res.json()) as DocJson };
  }

  /** The blocks between a heading and the next one. */
  function section(doc: DocJson, heading: string) {
    const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text?.includes(heading));
    expect(start).toBeGreaterThanOrEqual(0);
    const rest = doc.blocks.slice(start + 1);
    const end = rest.findIndex((b) => b.kind === 'heading');
    return end < 0 ? rest : rest.slice(0, end);
  }

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
    // a vacant post, a reserve paired with a post (whose holder left: a successor proposal), training
    await createPost(api, world.admin, world.a.unitId, 'ACCOUNTANT');
    await proposalIn(api, world.admin, world.a.unitId);
    const young = await createCadre(api, world.admin, world.a.unitId, { name: '青年委员', birthDate: '1991-11-25' });
    await createAppointment(api, world.admin, young.id, await createPost(api, world.admin, world.a.unitId, 'COMMITTEE_MEMBER'), '2024-01-01');
    const session = await trainingSession(api, world.admin, '2026-06-01', 8);
    await participation(api, world.admin, session, world.a.cadreId, true);
  });
  afterAll(() => api?.close());

  it('lists the team with posts and holders, vacancies, the composition check, pairs and gaps, assessments, training and the findings section', async () => {
    const { status, doc } = await dossier(world.admin, world.a.unitId);
    expect(status).toBe(200);
    expect(doc.title).toBe('单位ua"一村一档"');
    expect(doc.date).toBe('2026年11月25日');
    const team = section(doc, '班子成员')[0]!;
    expect(team.header).toEqual(['岗位', '姓名', '性别', '年龄', '学历', '政治面貌', '任职时间']);
    const rows = team.rows!.map((r) => r.map(cellText));
    // the Party secretary first; the young member is 35 on the day of the dossier (a birthday today counts)
    expect(rows[0]!.slice(0, 2)).toEqual(['党组织书记', (await api.ok<{ Cadre: { name: string } }>('query($c: ID!) { Cadre(id: $c) { name } }', { c: world.a.cadreId }, world.admin)).Cadre.name]);
    expect(rows.find((r) => r[1] === '青年委员')!.slice(3)).toEqual(['35', '', '', '2024.01']);
    expect(rows.find((r) => r[0] === '报账员')![1]).toBe('空缺');

    const composition = section(doc, '班子结构')[0]!;
    // RES-4 on the dossier's date: 2 on the team (41 and exactly 35), the female reserve in the pool
    expect(composition.rows![0]!.map(cellText)).toEqual(['2', '2', '1', '1', '达标']);
    expect(section(doc, '班子结构')).toHaveLength(1);

    const pairs = section(doc, '一职一备');
    expect(pairs.some((b) => b.kind === 'table' && b.rows!.some((r) => cellText(r[0]) === '村(居)委会副主任'))).toBe(true);
    expect(pairs.at(-1)!.text).toContain('尚未落实"一职一备"的岗位：');
    expect(pairs.at(-1)!.text).toContain('党组织书记');

    expect(section(doc, '考核结果')[0]!.text).toBe('近三年暂无已公布的考核结果。');
    const training = section(doc, '培训学时')[0]!;
    expect(training.rows!.map((r) => r.map(cellText).slice(1))).toEqual([['1', '8']]);
    expect(section(doc, '督查发现问题')[0]!.text).toBeTruthy();
  });

  it('RES-4 a unit short of young members shows what is missing', async () => {
    const { doc } = await dossier(world.admin, world.b.unitId);
    expect(section(doc, '班子结构')[0]!.rows![0]!.map(cellText)[4]).toBe('未达标');
    expect(section(doc, '班子结构')[1]!.text).toMatch(/^存在不足：.+。$/);
  });

  it('ROLE-3/4 a unit user gets its own unit’s dossier; another unit’s is NOT_FOUND; the analyst reads any; anonymous is refused', async () => {
    const own = await dossier(world.a.token, world.a.unitId);
    expect(own.status).toBe(200);
    expect(own.doc.title).toContain('单位ua');
    const other = await dossier(world.a.token, world.b.unitId);
    expect(other.status).toBe(404);
    expect(other.doc.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(other.doc.errors?.[0]?.extensions.messageZh).toBeTruthy();
    expect(JSON.stringify(other.doc)).not.toContain('单位ub');
    expect((await dossier(world.analyst, world.b.unitId)).status).toBe(200);
    expect((await dossier(null, world.a.unitId)).status).toBe(401);
    expect((await dossier(world.admin, '00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });
});
