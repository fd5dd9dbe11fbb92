import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, TestApi } from './support/api';
import { buildWorld, createCadre, type World } from './support/fixture';
import { readWorkbook } from './support/excel';

/**
 * Excel export of lists and rule reports (ROLE-2 masks, ROLE-3 scope, labels not codes, the "as
 * of" line and the filters at the top), over real HTTP; the server's clock is 2026-11-25 12:00 (UTC+8).
 */

async function download(api: TestApi, token: string | null, name: string, params: Record<string, unknown> = {}, method: 'GET' | 'POST' = 'GET') {
  const query = new URLSearchParams();
  if (method === 'GET') for (const [k, v] of Object.entries(params)) query.set(k, typeof v === 'string' ? v : JSON.stringify(v));
  const res = await fetch(`${api.url}/excel/export/${name}.xlsx?${query}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
    body: method === 'POST' ? JSON.stringify(params) : undefined,
  });
  return res;
}

async function sheetOf(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const { rows } = await readWorkbook(await res.arrayBuffer());
  const header = rows[4] as string[];
  const data = rows.slice(5).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? null])));
  return { rows, header, data };
}

describe.each(backends)('Excel export (%s)', (backend) => {
  let api: TestApi;
  let world: World;
  let female: { id: string };

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
    female = await createCadre(api, world.admin, world.a.unitId, { gender: 'FEMALE', birthDate: '1992-07-19', name: '李四' });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('a list: title, the "as of" line, the filters, Chinese headers, labels instead of codes, units by name', async () => {
    const { rows, header, data } = await sheetOf(await download(api, world.admin, 'cadres', { filter: { gender: 'FEMALE', unitId: world.a.unitId } }));
    expect(rows[0]![0]).toBe('干部');
    expect(rows[1]![0]).toBe('截至：2026年11月25日 12:00');
    expect(rows[2]![0]).toBe('筛选条件：性别：女；单位：单位ua');
    expect(header).toEqual(expect.arrayContaining(['姓名', '性别', '出生日期', '身份证号', '联系电话', '单位', '年龄']));
    expect(header).not.toContain('id');
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ 姓名: '李四', 性别: '女', 出生日期: '1992-07-19', 单位: '单位ua', 年龄: 34 });
    expect(String(data[0]!['身份证号'])).toMatch(/^\d{17}[\dX]$/);
  });

  it('ROLE-2 the analyst: ID number with its last 2 characters only, birth date as year-month, phone masked (the same masks as on screen)', async () => {
    const { data } = await sheetOf(await download(api, world.analyst, 'allCadres', { filter: { ids: [female.id] } }));
    expect(data).toHaveLength(1);
    expect(data[0]!['出生日期']).toBe('1992-07');
    expect(String(data[0]!['身份证号'])).toMatch(/^\*{16}[\dX]{2}$/);
    expect(data[0]!['联系电话']).toBe('138****8000');
    expect(data[0]!['年龄']).toBe(34);
  });

  it('ROLE-3 a unit user exports its own unit only', async () => {
    const own = await sheetOf(await download(api, world.a.token, 'cadres'));
    expect(own.data.length).toBeGreaterThanOrEqual(2);
    expect(new Set(own.data.map((r) => r['单位']))).toEqual(new Set(['单位ua']));
    const other = await sheetOf(await download(api, world.a.token, 'cadres', { filter: { unitId: world.b.unitId } }));
    expect(other.data).toEqual([]);
  });

  it('the selection of a list (ids in a JSON body), with the console’s own column labels', async () => {
    const res = await download(api, world.admin, 'allCadres', { filter: { ids: [female.id, world.b.cadreId] }, columns: [{ source: 'name', label: 'Name' }, { source: 'gender', label: 'Gender' }, { source: 'unitId', label: 'Unit' }], sortField: 'name', sortOrder: 'ASC' }, 'POST');
    const { rows, header, data } = await sheetOf(res);
    expect(rows[2]![0]).toBe('筛选条件：所选记录：2 条');
    expect(header).toEqual(['Name', 'Gender', 'Unit']);
    expect(data.map((r) => r.Unit).sort()).toEqual(['单位ua', '单位ub']);
  });

  it('posts and appointments: ORG-4 titles and SEL-2 statuses as labels', async () => {
    const posts = await sheetOf(await download(api, world.admin, 'posts'));
    expect(posts.data.map((r) => r['职务'])).toContain('党组织书记');
    const appointments = await sheetOf(await download(api, world.admin, 'appointments', { filter: { status: 'CURRENT' } }));
    expect(appointments.rows[2]![0]).toBe('筛选条件：状态：在任');
    expect(new Set(appointments.data.map((r) => r['状态']))).toEqual(new Set(['在任']));
  });

  it('rule reports: arguments in the filter line, rows with labels (RES-4 compliance, RES-1 gaps, PAY-5 care)', async () => {
    const compliance = await sheetOf(await download(api, world.admin, 'reserveCompliance', { filter: { asOf: '2026-11-25', kind: 'VILLAGE' } }));
    expect(compliance.rows[0]![0]).toBe('班子结构达标情况');
    expect(compliance.rows[2]![0]).toBe('筛选条件：统计日期：2026-11-25；类型：村');
    expect(compliance.data.map((r) => r['单位'])).toEqual(['单位ua']);
    expect(compliance.data[0]!['达标']).toBe('否');
    const gaps = await sheetOf(await download(api, world.a.token, 'successionGaps'));
    expect(gaps.data.map((r) => r['单位'])).toEqual(['单位ua']);
    const care = await sheetOf(await download(api, world.admin, 'careDue', { filter: { asOf: '2026-11-25' } }));
    expect(care.data.length).toBeGreaterThanOrEqual(2);
    expect(new Set(care.data.map((r) => r['类型']))).toEqual(new Set(['走访', '体检']));
  });

  it('refusals are JSON errors in Chinese and English: signed out, an analyst on an admin list, an unknown name, a bad filter', async () => {
    expect((await download(api, null, 'cadres')).status).toBe(401);
    const forbidden = await download(api, world.analyst, 'users');
    expect(forbidden.status).toBe(403);
    const body = (await forbidden.json()) as { errors: { extensions: { code: string; messageZh: string } }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(body.errors[0]!.extensions.messageZh).toBeTruthy();
    expect((await download(api, world.admin, 'nothingHere')).status).toBe(404);
    const bad = await fetch(`${api.url}/excel/export/cadres.xlsx?filter=%7Bnot-json`, { headers: { authorization: `Bearer ${world.admin}` } });
    expect(bad.status).toBe(400);
    const wrongField = await download(api, world.admin, 'cadres', { filter: { nope: 1 } });
    expect(wrongField.status).toBe(400);
    // a unit user may not export the users (admin only)
    expect((await download(api, world.a.token, 'users')).status).toBe(403);
    void backend;
  });
});
