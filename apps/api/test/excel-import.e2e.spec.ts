import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deflateRawSync, crc32 } from 'node:zlib';
import { Role } from '@liangwei/domain';
import { backends, TestApi, TODAY } from './support/api';
import { buildWorld, createCadre, type World } from './support/fixture';
import { auditEntries, countOf, newAuditEntries } from './support/helpers';
import { readWorkbook, rosterRow, rosterWorkbook, upload, type RosterInput } from './support/excel';
import { readRoster } from '../src/excel/roster-read';
import { parseRoster, planRoster, storedDigest } from '../src/excel/roster-import';
import { AUDITED_RECORD_LINES, writeRoster } from '../src/excel/roster-write';
import { nameSortKey } from '../src/common/name-sort';
import { query, runBound, sql } from '../src/common/sql';
import { violatedConstraint } from '../src/db/constraints';

/**
 * The roster import (花名册, ORG-2/4, SEL-1/2) over real HTTP: template, dry run, commit in one
 * transaction, re-import, changes, unit scope (ROLE-3), the analyst (ROLE-2), bad files.
 */

/** A minimal .xlsx written by hand: one sheet of inline strings (for files too large to build with a library). */
function handMadeXlsx(sheetXml: string): Buffer {
  const strToU8 = (text: string) => Buffer.from(text);
  return zipOf(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
      '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
      'xl/workbook.xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(sheetXml),
    },
  );
}

/** A zip of deflated entries, written by hand (zlib is much faster than a script for tens of megabytes). */
function zipOf(files: Record<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = deflateRawSync(content, { level: 6 });
    const file = Buffer.from(name);
    const crc = crc32(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(file.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(file.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, file, data);
    centrals.push(central, file);
    offset += 30 + file.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function inlineRow(n: number, values: string[]): string {
  return `<row r="${n}">${values.map((v, i) => `<c r="${String.fromCharCode(65 + i)}${n}" t="inlineStr"><is><t>${v}</t></is></c>`).join('')}</row>`;
}

describe.each(backends)('Excel roster import (%s)', (backend) => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
  });
  afterAll(async () => {
    await api?.close();
  });

  const cadreCount = () => countOf(api, world.admin, 'Cadres');
  const runCount = () => countOf(api, world.admin, 'ImportRuns');

  it('the template: Chinese headers, a hint row, drop-down lists of labels, sample rows that pass the check; the analyst may not have it (ROLE-2)', async () => {
    const res = await fetch(`${api.url}/excel/roster-template.xlsx`, { headers: { authorization: `Bearer ${world.a.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('花名册导入模板.xlsx'));
    const bytes = await res.arrayBuffer();
    const { rows, sheet } = await readWorkbook(bytes);
    expect(rows[0]!.slice(0, 9)).toEqual(['单位代码', '单位名称', '单位类型', '岗位职务', '岗位名称', '姓名', '性别', '出生日期', '身份证号']);
    expect(String(rows[1]![0])).toContain('必填');
    expect(rows[2]![0]).toBe('ua');
    const gender = sheet.getCell('G3').dataValidation;
    expect(gender.type).toBe('list');
    expect(gender.formulae).toEqual(['"男,女"']);
    // the unit user's own template dry-runs without a problem
    const check = await upload(api, world.a.token, Buffer.from(bytes), 'dryRun=1');
    expect(check.status, JSON.stringify(check.body)).toBe(200);
    expect(check.body.problems).toEqual([]);
    expect(check.body.counts).toMatchObject({ rows: 3 });
    expect((await fetch(`${api.url}/excel/roster-template.xlsx`, { headers: { authorization: `Bearer ${world.analyst}` } })).status).toBe(403);
    expect((await fetch(`${api.url}/excel/roster-template.xlsx`)).status).toBe(401);
  });

  it('SEL-1 one bad row in the middle: the dry run names that row and column; the commit writes nothing', async () => {
    const rows = [rosterRow('ua'), rosterRow('ua'), rosterRow('ua'), rosterRow('ua'), rosterRow('ua')];
    const good = String(rows[2]!.idNumber);
    rows[2]!.idNumber = `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`;
    const bytes = await rosterWorkbook(rows);
    const before = await cadreCount();
    const runsBefore = await runCount();
    const check = await upload(api, world.admin, bytes, 'dryRun=1');
    expect(check.status, JSON.stringify(check.body)).toBe(200);
    expect(check.body.ok).toBe(false);
    // header row 1, hint row 2, data from row 3: the third data row is row 5; 身份证号 is column I
    expect(check.body.problems).toEqual([{ row: 5, column: 'idNumber', header: '身份证号', cell: 'I5', message: 'check digit does not match (GB 11643)', messageZh: '身份证号校验位不正确(GB 11643)' }]);
    const commit = await upload(api, world.admin, bytes, 'dryRun=0&wait=1');
    expect(commit.status).toBe(400);
    expect(commit.body.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(commit.body.errors![0]!.extensions.messageZh).toContain('第 5 行');
    expect(await cadreCount()).toBe(before);
    expect(await runCount()).toBe(runsBefore);
    // the annotated copy: the problem cell highlighted with its comment, the row's problems in a last column
    const res = await fetch(`${api.url}/excel/roster-import/annotated.xlsx?fileName=roster.xlsx`, { method: 'POST', headers: { authorization: `Bearer ${world.admin}` }, body: bytes });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-problem-count')).toBe('1');
    const { rows: annotated, sheet } = await readWorkbook(await res.arrayBuffer());
    expect(String(sheet.getCell('I5').note)).toContain('身份证号校验位不正确');
    expect(annotated[4]!.at(-1)).toContain('身份证号校验位不正确');
  });

  it('commit: all rows in one transaction, an ImportRun with its counts, audited; the same file again changes nothing; a changed row updates (SEL-2 history kept)', async () => {
    const unitCode = `imp${backend.slice(0, 2)}`;
    const rows = [
      rosterRow(unitCode, { unitName: `导入村${backend}`, unitKind: '村', postTitle: '党组织书记', startDate: '2021-01-10', selectionMethod: '两推一选' }),
      rosterRow(unitCode, { postTitle: '村(居)委会主任', startDate: '2021-01-10' }),
      rosterRow(unitCode, { gender: '女', birthDate: '1990-02-03' }),
    ];
    const bytes = await rosterWorkbook(rows);
    const before = await cadreCount();
    const first = await upload(api, world.admin, bytes, 'dryRun=0&wait=1&fileName=%E8%8A%B1%E5%90%8D%E5%86%8C.xlsx');
    expect(first.status).toBe(200);
    // 1 unit + 2 posts + 3 cadres + 2 appointments
    expect(first.body.importRun).toMatchObject({ status: 'SUCCEEDED', rowsTotal: 3, rowsDone: 3, rowsLeft: 0, created: 8, updated: 0, unchanged: 0 });
    expect(await cadreCount()).toBe(before + 3);
    const run = await api.ok<{ ImportRun: { fileName: string; username: string; status: string; created: number } }>('query($id: ID!) { ImportRun(id: $id) { fileName username status created } }', { id: first.body.importRun!.id }, world.admin);
    expect(run.ImportRun).toEqual({ fileName: '花名册.xlsx', username: 'admin', status: 'SUCCEEDED', created: 8 });
    const audit = await auditEntries(api, world.admin, { action: 'importRoster' });
    expect(audit.some((e) => e.changes.some((c) => c.entityType === 'Cadre' && c.field === 'idNumber' && c.after === rows[0]!.idNumber))).toBe(true);

    const again = await upload(api, world.admin, bytes, 'dryRun=0&wait=1');
    expect(again.body.importRun).toMatchObject({ status: 'SUCCEEDED', created: 0, updated: 0, unchanged: 8 });
    expect(await cadreCount()).toBe(before + 3);

    // a changed phone updates the cadre; a new secretary ends the previous appointment on the new start date
    const newSecretary = rosterRow(unitCode, { postTitle: '党组织书记', startDate: '2025-06-01' });
    const changed = await rosterWorkbook([{ ...rows[0]!, phone: '13700137000' }, rows[1]!, rows[2]!, newSecretary]);
    const dry = await upload(api, world.admin, changed, 'dryRun=1');
    expect(dry.body.counts).toMatchObject({ created: 2, updated: 2, cadres: { created: 1, updated: 1, unchanged: 2 }, appointments: { created: 1, updated: 1, unchanged: 1 } });
    const third = await upload(api, world.admin, changed, 'dryRun=0&wait=1');
    expect(third.body.importRun).toMatchObject({ status: 'SUCCEEDED', created: 2, updated: 2 });
    const { allUnits } = await api.ok<{ allUnits: { id: string }[] }>('query($c: String) { allUnits(filter: { code: $c }) { id } }', { c: unitCode }, world.admin);
    const { allAppointments } = await api.ok<{ allAppointments: { startDate: string; endDate: string | null; cadre: { name: string; phone: string }; post: { title: string } }[] }>(
      'query($u: ID) { allAppointments(filter: { unitId: $u }, sortField: "startDate", sortOrder: "ASC") { startDate endDate cadre { name phone } post { title } } }',
      { u: allUnits[0]!.id },
      world.admin,
    );
    const secretary = allAppointments.filter((a) => a.post.title === 'PARTY_SECRETARY');
    expect(secretary.map((a) => [a.cadre.name, a.startDate, a.endDate])).toEqual([
      [rows[0]!.name, '2021-01-10', '2025-06-01'],
      [newSecretary.name, '2025-06-01', null],
    ]);
    expect(secretary[0]!.cadre.phone).toBe('13700137000');

    // SEL-2 a new holder may not start on or before the current holder's start date
    const clash = await upload(api, world.admin, await rosterWorkbook([rosterRow(unitCode, { postTitle: '党组织书记', startDate: '2025-06-01' })]), 'dryRun=1');
    expect(clash.body.problems).toEqual([expect.objectContaining({ row: 3, column: 'startDate', header: '任职日期' })]);
  });

  it('ROLE-3 a unit user imports into its own unit; a file naming another unit is refused and writes nothing', async () => {
    const before = await cadreCount();
    const own = await upload(api, world.a.token, await rosterWorkbook([rosterRow('ua', { postTitle: '村(居)委会委员', postName: '村委会委员(治保)', startDate: '2024-01-02' })]), 'dryRun=0&wait=1');
    expect(own.status).toBe(200);
    expect(own.body.importRun).toMatchObject({ status: 'SUCCEEDED', created: 3 });
    expect(await cadreCount()).toBe(before + 1);
    // the run belongs to unit A: B does not see it
    const id = own.body.importRun!.id;
    expect((await api.ok<{ ImportRun: { id: string } | null }>('query($id: ID!) { ImportRun(id: $id) { id } }', { id }, world.b.token)).ImportRun).toBeNull();
    expect((await api.ok<{ ImportRun: { id: string } | null }>('query($id: ID!) { ImportRun(id: $id) { id } }', { id }, world.a.token)).ImportRun).toEqual({ id });

    const mixed = await rosterWorkbook([rosterRow('ua'), rosterRow('ub'), rosterRow('ua')]);
    const check = await upload(api, world.a.token, mixed, 'dryRun=1');
    expect(check.body.problems).toEqual([expect.objectContaining({ row: 4, column: 'unitCode', cell: 'A4' })]);
    expect(check.body.problems![0]!.messageZh).toContain('只能导入本单位');
    const commit = await upload(api, world.a.token, mixed, 'dryRun=0&wait=1');
    expect(commit.status).toBe(400);
    expect(await cadreCount()).toBe(before + 1);
    // a new unit is the subdistrict's to create
    const newUnit = await upload(api, world.a.token, await rosterWorkbook([rosterRow('zz99', { unitName: '新村', unitKind: '村' })]), 'dryRun=1');
    expect(newUnit.body.problems![0]).toMatchObject({ column: 'unitCode' });
  });

  it('ROLE-2 the analyst may not import (FORBIDDEN), nor anyone signed out (UNAUTHENTICATED)', async () => {
    const bytes = await rosterWorkbook([rosterRow('ua')]);
    for (const dryRun of ['1', '0']) {
      const analyst = await upload(api, world.analyst, bytes, `dryRun=${dryRun}`);
      expect(analyst.status).toBe(403);
      expect(analyst.body.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
      expect(analyst.body.errors![0]!.extensions.messageZh).toBeTruthy();
      expect((await upload(api, null, bytes, `dryRun=${dryRun}`)).status).toBe(401);
    }
  });

  it('progress: a commit answers at once with the run; rows done and rows left are readable until it has finished', async () => {
    const rows = Array.from({ length: 1200 }, () => rosterRow('ub'));
    const started = await upload(api, world.admin, await rosterWorkbook(rows), 'dryRun=0');
    expect(started.status).toBe(202);
    expect(started.body.importRun).toMatchObject({ status: 'RUNNING', rowsTotal: 1200 });
    const id = started.body.importRun!.id;
    let last: { status: string; rowsDone: number; rowsLeft: number } | null = null;
    for (let i = 0; i < 600; i += 1) {
      last = (await api.ok<{ ImportRun: { status: string; rowsDone: number; rowsLeft: number } }>('query($id: ID!) { ImportRun(id: $id) { status rowsDone rowsLeft } }', { id }, world.admin)).ImportRun;
      expect(last.rowsDone + last.rowsLeft).toBe(1200);
      if (last.status !== 'RUNNING') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(last).toEqual({ status: 'SUCCEEDED', rowsDone: 1200, rowsLeft: 0 });
    const route = await fetch(`${api.url}/excel/import-runs/${id}`, { headers: { authorization: `Bearer ${world.admin}` } });
    expect(((await route.json()) as { importRun: { created: number } }).importRun.created).toBe(1200);
  });

  /** The cadres of a unit by ID number (as the admin, who sees ID numbers): id, version, name, phone. */
  const cadresOf = async (unitCode: string) => {
    const { allUnits } = await api.ok<{ allUnits: { id: string }[] }>('query($c: String) { allUnits(filter: { code: $c }) { id } }', { c: unitCode }, world.admin);
    if (allUnits.length === 0) return new Map<string, { id: string; version: number; name: string; phone: string | null }>();
    const { allCadres } = await api.ok<{ allCadres: { id: string; version: number; name: string; phone: string | null; idNumber: string }[] }>(
      'query($u: ID) { allCadres(perPage: 1000, filter: { unitId: $u }) { id version name phone idNumber } }',
      { u: allUnits[0]!.id },
      world.admin,
    );
    return new Map(allCadres.map((c) => [c.idNumber, c]));
  };
  const UPDATE_CADRE_NAME = 'mutation($id: ID!, $name: String, $version: Int) { updateCadre(id: $id, name: $name, version: $version) { id version } }';

  it('the import is audited in exactly one entry: the run completed, the counts of each kind, and the records it created or changed', async () => {
    const unitCode = `aud${backend.slice(0, 2)}`;
    const rows = [rosterRow(unitCode, { unitName: `审计村${backend}`, unitKind: '村', postTitle: '党组织书记', startDate: '2022-03-01' }), rosterRow(unitCode)];
    let id = '';
    const entries = await newAuditEntries(api, world.admin, async () => {
      const answer = await upload(api, world.admin, await rosterWorkbook(rows), 'dryRun=0&wait=1');
      expect(answer.body.importRun).toMatchObject({ status: 'SUCCEEDED', created: 5 });
      id = answer.body.importRun!.id;
    });
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({ action: 'importRoster', username: 'admin', entityType: 'ImportRun', entityId: id });
    const rowsOf = (entityType: string, operation: string) => entry!.changes.find((c) => c.entityType === entityType && c.entityId === '*' && c.operation === operation && c.field === 'rows')?.after;
    expect([rowsOf('Unit', 'CREATE'), rowsOf('Post', 'CREATE'), rowsOf('Cadre', 'CREATE'), rowsOf('Appointment', 'CREATE'), rowsOf('Cadre', 'UPDATE')]).toEqual(['1', '1', '2', '1', undefined]);
    expect(entry!.changes).toContainEqual({ entityType: 'ImportRun', entityId: id, operation: 'UPDATE', field: 'status', before: 'RUNNING', after: 'SUCCEEDED' });
    expect(entry!.changes).toContainEqual({ entityType: 'ImportRun', entityId: id, operation: 'UPDATE', field: 'created', before: '0', after: '5' });
    expect(entry!.changes.filter((c) => c.entityType === 'Cadre' && c.field === 'idNumber').map((c) => c.after)).toEqual(rows.map((r) => r.idNumber));
    expect(entry!.changes).toContainEqual(expect.objectContaining({ entityType: 'Unit', operation: 'CREATE', field: 'code', after: unitCode }));

    // a changed phone: one entry again, the field before and after
    const cadre = (await cadresOf(unitCode)).get(String(rows[1]!.idNumber))!;
    const changed = await rosterWorkbook([rows[0]!, { ...rows[1]!, phone: '13600136000' }]);
    const again = await newAuditEntries(api, world.admin, () => upload(api, world.admin, changed, 'dryRun=0&wait=1'));
    expect(again).toHaveLength(1);
    expect(again[0]!.changes).toContainEqual({ entityType: 'Cadre', entityId: '*', operation: 'UPDATE', field: 'rows', before: null, after: '1' });
    expect(again[0]!.changes).toContainEqual({ entityType: 'Cadre', entityId: cadre.id, operation: 'UPDATE', field: 'phone', before: '13900139000', after: '13600136000' });
  });

  it('name_sort: imported cadres and units get their pinyin sort key, and lists sorted by name follow pinyin, not code points', async () => {
    const tag = backend === 'sqlite' ? '甲' : '乙';
    // code-point order 中 < 安 < 白, pinyin order 安 < 白 < 中
    const units = [`中山${tag}村`, `安乐${tag}村`, `白沙${tag}村`].map((name, i) => ({ name, code: `ns${backend.slice(0, 2)}${i}` }));
    // code-point order 张 < 李 < 王 < 阿 < 陈, pinyin order 阿 < 陈 < 李 < 王 < 张
    const names = ['张三', '李四', '王五', '阿明', '陈六'];
    const rows: RosterInput[] = [
      ...units.map((u) => rosterRow(u.code, { unitName: u.name, unitKind: '村' })),
      ...names.map((name) => rosterRow(units[0]!.code, { name })),
    ];
    expect((await upload(api, world.admin, await rosterWorkbook(rows), 'dryRun=0&wait=1')).body.importRun).toMatchObject({ status: 'SUCCEEDED' });

    const em = api.app.orm.em.fork();
    const stored = await query<{ name: string; name_sort: string }>(em, sql`select c.name, c.name_sort from cadre c join unit u on u.id = c.unit_id where u.code = ${units[0]!.code}`);
    expect(stored).toHaveLength(names.length + 1);
    for (const c of stored) expect(c.name_sort).toBe(nameSortKey(c.name));
    for (const u of await query<{ name: string; name_sort: string }>(em, sql`select name, name_sort from unit where code like ${`ns${backend.slice(0, 2)}%`}`)) expect(u.name_sort).toBe(nameSortKey(u.name));

    const { allUnits } = await api.ok<{ allUnits: { id: string; name: string }[] }>('query { allUnits(perPage: 1000, sortField: "name", sortOrder: "ASC") { id name } }', {}, world.admin);
    expect(allUnits.map((u) => u.name).filter((n) => n.includes(tag) && n.endsWith('村') && units.some((u) => u.name === n))).toEqual([`安乐${tag}村`, `白沙${tag}村`, `中山${tag}村`]);
    const unitId = allUnits.find((u) => u.name === units[0]!.name)!.id;
    const { allCadres } = await api.ok<{ allCadres: { name: string }[] }>('query($u: ID) { allCadres(filter: { unitId: $u }, sortField: "name", sortOrder: "ASC") { name } }', { u: unitId }, world.admin);
    expect(allCadres.map((c) => c.name).filter((n) => names.includes(n))).toEqual(['阿明', '陈六', '李四', '王五', '张三']);

    // a unit renamed by a later import gets the key of its new name
    await upload(api, world.admin, await rosterWorkbook([rosterRow(units[2]!.code, { unitName: `博白${tag}村` })]), 'dryRun=0&wait=1');
    const [renamed] = await query<{ name_sort: string }>(em, sql`select name_sort from unit where code = ${units[2]!.code}`);
    expect(renamed!.name_sort).toBe(nameSortKey(`博白${tag}村`));
  });

  it('version guard: a cadre changed by someone else after the plan read it refuses the whole write (CONFLICT naming the row), and nothing is written', async () => {
    const unitCode = `ver${backend.slice(0, 2)}`;
    const rows = [rosterRow(unitCode, { unitName: `版本村${backend}`, unitKind: '村' }), rosterRow(unitCode), rosterRow(unitCode)];
    expect((await upload(api, world.admin, await rosterWorkbook(rows), 'dryRun=0&wait=1')).body.importRun).toMatchObject({ status: 'SUCCEEDED', created: 4 });
    // the next file changes every phone and adds a cadre: planned now, as the job plans
    const added = rosterRow(unitCode);
    const next = await rosterWorkbook([...rows.map((r) => ({ ...r, phone: '13600136000' })), added]);
    const plan = await planRoster(api.app.orm.em.fork(), await parseRoster(await readRoster(next), TODAY), { viewer: { role: Role.SUBDISTRICT_ADMIN, unitId: null }, write: true });
    expect(plan.problems).toEqual([]);
    expect([plan.writes.cadres.update.length, plan.writes.cadres.insert.length]).toEqual([3, 1]);
    // meanwhile someone renames the second cadre (row 4 of the file)
    const before = await cadresOf(unitCode);
    const second = before.get(String(rows[1]!.idNumber))!;
    await api.ok(UPDATE_CADRE_NAME, { id: second.id, name: '他人修改', version: second.version }, world.admin);
    // the write: one transaction, refused as a whole
    const write = api.app.orm.em.fork().transactional((tem) => writeRoster(tem, plan.writes, { now: new Date() }));
    await expect(write).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('row 4'), messageZh: expect.stringContaining('第 4 行的干部在导入期间已被他人修改') });
    const after = await cadresOf(unitCode);
    expect(after.size).toBe(3);
    expect(after.has(String(added.idNumber))).toBe(false);
    expect([...after.values()].map((c) => c.phone)).toEqual(['13900139000', '13900139000', '13900139000']);
    expect(after.get(String(rows[1]!.idNumber))).toMatchObject({ name: '他人修改', version: second.version + 1 });
    expect(after.get(String(rows[0]!.idNumber))!.version).toBe(before.get(String(rows[0]!.idNumber))!.version);
    // imported again, the file applies on top of the other change
    expect((await upload(api, world.admin, next, 'dryRun=0&wait=1')).body.importRun).toMatchObject({ status: 'SUCCEEDED', created: 1, updated: 3 });
  });

  it('the job writes the check\'s plan only while the database holds what the check read: a digest of the same reads tells', async () => {
    const unitCode = `dig${backend.slice(0, 2)}`;
    const rows = [rosterRow(unitCode, { unitName: `摘要村${backend}`, unitKind: '村', postTitle: '党组织书记', startDate: '2023-01-01' }), rosterRow(unitCode)];
    expect((await upload(api, world.admin, await rosterWorkbook(rows), 'dryRun=0&wait=1')).body.importRun).toMatchObject({ status: 'SUCCEEDED' });
    const viewer = { role: Role.SUBDISTRICT_ADMIN, unitId: null };
    const plan = await planRoster(api.app.orm.em.fork(), await parseRoster(await readRoster(await rosterWorkbook(rows)), TODAY), { viewer, write: true });
    expect(await storedDigest(api.app.orm.em.fork(), plan.keys, viewer)).toBe(plan.stored);
    // a change by someone else to a cadre the file names
    const cadre = (await cadresOf(unitCode)).get(String(rows[1]!.idNumber))!;
    await api.ok(UPDATE_CADRE_NAME, { id: cadre.id, name: '他人修改', version: cadre.version }, world.admin);
    expect(await storedDigest(api.app.orm.em.fork(), plan.keys, viewer)).not.toBe(plan.stored);
  });

  it('an ID number registered by someone else after the plan: the unique index refuses the write with the same CONFLICT rule as a mutation; nothing written', async () => {
    const unitCode = `uni${backend.slice(0, 2)}`;
    const fresh = rosterRow(unitCode, { unitName: `唯一村${backend}`, unitKind: '村' });
    const plan = await planRoster(api.app.orm.em.fork(), await parseRoster(await readRoster(await rosterWorkbook([fresh])), TODAY), { viewer: { role: Role.SUBDISTRICT_ADMIN, unitId: null }, write: true });
    expect([plan.writes.units.insert.length, plan.writes.cadres.insert.length]).toEqual([1, 1]);
    await createCadre(api, world.admin, world.a.unitId, { idNumber: fresh.idNumber, birthDate: fresh.birthDate });
    const error = await api.app.orm.em
      .fork()
      .transactional((tem) => writeRoster(tem, plan.writes, { now: new Date() }))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(violatedConstraint(error)).toMatchObject({ name: 'cadre_id_number_unique', rule: { messageZh: '已存在身份证号相同的干部' } });
    expect((await api.ok<{ allUnits: unknown[] }>('query($c: String) { allUnits(filter: { code: $c }) { id } }', { c: unitCode }, world.admin)).allUnits).toEqual([]);
  });

  it('PostgreSQL: a change committed while the job writes makes the job fail as a whole (FAILED, the CONFLICT in its error) and write nothing', async () => {
    if (backend !== 'postgres') return; // a row lock held by another connection: what one SQLite connection cannot show
    const unitCode = 'lockpg';
    const rows = [rosterRow(unitCode, { unitName: '锁村', unitKind: '村' }), rosterRow(unitCode)];
    expect((await upload(api, world.admin, await rosterWorkbook(rows), 'dryRun=0&wait=1')).body.importRun).toMatchObject({ status: 'SUCCEEDED' });
    const target = (await cadresOf(unitCode)).get(String(rows[1]!.idNumber))!;
    const added = rosterRow(unitCode);
    const next = await rosterWorkbook([...rows.map((r) => ({ ...r, phone: '13600136000' })), added]);
    let job: ReturnType<typeof upload> | null = null;
    // another transaction changes the cadre and holds its row until the job's UPDATE waits for it
    await api.app.orm.em.fork().transactional(async (tem) => {
      await runBound(tem, 'update cadre set name = ?, version = version + 1 where id = ?', ['他人修改', target.id]);
      job = upload(api, world.admin, next, 'dryRun=0&wait=1');
      for (let i = 0; ; i += 1) {
        const [waiting] = await query<{ n: number }>(api.app.orm.em.fork(), sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
        if (waiting!.n > 0) break;
        if (i > 1200) throw new Error('the import never waited for the row');
        await new Promise((r) => setTimeout(r, 25));
      }
    });
    const answer = await job!;
    expect(answer.status).toBe(409);
    expect(answer.body.importRun).toMatchObject({ status: 'FAILED', rowsDone: 0 });
    const run = answer.body.importRun as unknown as { error: string; errorZh: string };
    expect(run.errorZh).toContain('导入失败，未写入任何数据：第 4 行的干部在导入期间已被他人修改');
    expect(run.error).toContain('row 4: the cadre was changed by someone else');
    const after = await cadresOf(unitCode);
    expect([...after.values()].map((c) => [c.name === '他人修改', c.phone])).toEqual([
      [false, '13900139000'],
      [true, '13900139000'],
    ]);
    expect(after.has(String(added.idNumber))).toBe(false);
  });

  it('PostgreSQL: a change committed between the check and the job: the job decides the rows again and writes what the file says', async () => {
    if (backend !== 'postgres') return; // the job held at its start by a lock another connection holds
    const unitCode = 'stalepg';
    const rows = [rosterRow(unitCode, { unitName: '重查村', unitKind: '村' }), rosterRow(unitCode)];
    expect((await upload(api, world.admin, await rosterWorkbook(rows), 'dryRun=0&wait=1')).body.importRun).toMatchObject({ status: 'SUCCEEDED' });
    const target = (await cadresOf(unitCode)).get(String(rows[0]!.idNumber))!;
    // the file changes the second cadre's phone; the first is as stored when the file is checked
    const next = await rosterWorkbook([rows[0]!, { ...rows[1]!, phone: '13600136000' }]);
    let job: ReturnType<typeof upload> | null = null;
    await api.app.orm.em.fork().transactional(async (tem) => {
      // the job's run cannot be inserted until this transaction ends, with the first cadre changed
      await runBound(tem, 'lock table import_run in exclusive mode', []);
      await runBound(tem, 'update cadre set phone = ?, version = version + 1 where id = ?', ['13500135000', target.id]);
      job = upload(api, world.admin, next, 'dryRun=0&wait=1');
      for (let i = 0; ; i += 1) {
        const [waiting] = await query<{ n: number }>(api.app.orm.em.fork(), sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
        if (waiting!.n > 0) break;
        if (i > 1200) throw new Error('the import never waited');
        await new Promise((r) => setTimeout(r, 25));
      }
    });
    const answer = await job!;
    // the check counted one update; the job found the first cadre changed since, and set it back to the file's phone
    expect(answer.body.counts).toMatchObject({ updated: 1 });
    expect(answer.body.importRun).toMatchObject({ status: 'SUCCEEDED', updated: 2 });
    const after = await cadresOf(unitCode);
    expect([after.get(String(rows[0]!.idNumber))!.phone, after.get(String(rows[1]!.idNumber))!.phone]).toEqual(['13900139000', '13600136000']);
  });

  it('another user reads while an import of 3,000 rows runs: answered before the import finishes; the import is audited once, by its counts', async () => {
    const unitCode = `big${backend.slice(0, 2)}`;
    const rows = Array.from({ length: 3000 }, (_, i) => rosterRow(unitCode, i === 0 ? { unitName: `大村${backend}`, unitKind: '村' } : {}));
    const bytes = await rosterWorkbook(rows);
    // the analyst keeps reading the latest run and a list, from before the upload until the import has finished:
    // what a read sees of the run tells when it was answered
    const seen: { id: string; status: string }[] = [];
    let finished = false;
    const reading = (async () => {
      while (!finished) {
        const data = await api.ok<{ allImportRuns: { id: string; status: string }[]; allCadres: { id: string }[] }>(
          '{ allImportRuns(perPage: 1, sortField: "createdAt", sortOrder: "DESC") { id status } allCadres(perPage: 5) { id } }',
          {},
          world.analyst,
        );
        expect(data.allCadres.length).toBeGreaterThan(0);
        if (data.allImportRuns[0]) seen.push(data.allImportRuns[0]);
      }
    })();
    const answer = await upload(api, world.admin, bytes, 'dryRun=0&wait=1');
    finished = true;
    await reading;
    expect(answer.body.importRun).toMatchObject({ status: 'SUCCEEDED', created: 3001 });
    const id = answer.body.importRun!.id;
    expect(seen.filter((run) => run.id === id).map((run) => run.status)).toContain('RUNNING');
    // one audit entry, counting the rows (too many records to list one by one)
    const entries = await auditEntries(api, world.admin, { action: 'importRoster', entityId: id });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.changes).toContainEqual({ entityType: 'Cadre', entityId: '*', operation: 'CREATE', field: 'rows', before: null, after: '3000' });
    expect(3000).toBeGreaterThan(AUDITED_RECORD_LINES);
    expect(entries[0]!.changes.filter((c) => c.entityType !== 'ImportRun' && c.entityId !== '*')).toEqual([]);
  }, 120_000);

  describe('bad files: a clear error in Chinese and English, nothing written', () => {
    const refused = async (bytes: Buffer | Uint8Array, status = 400) => {
      // building a large file blocks the event loop: let the client see connections the server closed meanwhile
      await new Promise((r) => setTimeout(r, 50));
      const before = await cadreCount();
      const answer = await upload(api, world.admin, bytes, 'dryRun=0&wait=1');
      expect(answer.status).toBe(status);
      expect(await cadreCount()).toBe(before);
      const error = answer.body.errors![0]!;
      expect(error.message).toBeTruthy();
      expect(error.extensions.messageZh).toBeTruthy();
      return error;
    };

    it('not a workbook', async () => {
      expect((await refused(Buffer.from('姓名,身份证号\n张三,420606198506150011\n'))).extensions.messageZh).toBe('该文件不是 Excel 工作簿(.xlsx)');
    });

    it('a password-protected workbook (encrypted OLE container)', async () => {
      const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(1024)]);
      const error = await refused(ole);
      expect(error.extensions.messageZh).toContain('密码');
      expect(error.message).toContain('password');
    });

    it('a zip bomb: refused by its expanded size before any spreadsheet parser sees it', async () => {
      // 64 MB of zeros deflated by zlib, in a zip written by hand (one entry)
      const bomb = zipOf({ 'xl/worksheets/sheet1.xml': Buffer.alloc(64 * 1024 * 1024) });
      expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
      expect((await refused(bomb)).extensions.messageZh).toContain('压缩炸弹');
    });

    it('1,000,000 rows: reading stops at the row limit (100,000)', async () => {
      if (backend !== backends[0]) return; // the same code on either database: once is enough
      const parts = [inlineRow(1, ['单位代码', '姓名', '性别', '出生日期', '身份证号'])];
      for (let n = 2; n <= 1_000_001; n += 1) parts.push(`<row r="${n}"><c r="A${n}" t="inlineStr"><is><t>ua</t></is></c></row>`);
      const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${parts.join('')}</sheetData></worksheet>`;
      const file = handMadeXlsx(xml);
      const started = performance.now();
      const error = await refused(file);
      expect(error.extensions.messageZh).toContain('超过 100000 行');
      expect(performance.now() - started).toBeLessThan(60_000);
    }, 120_000);

    it('a formula where a value belongs: that row and column are named', async () => {
      const bytes = await rosterWorkbook([rosterRow('ua'), rosterRow('ua', { phone: { formula: '"139"&"00139000"' } })]);
      const check = await upload(api, world.admin, bytes, 'dryRun=1');
      expect(check.body.problems).toEqual([expect.objectContaining({ row: 4, column: 'phone', header: '联系电话', messageZh: '此处应填写数值，不能是公式' })]);
      await refused(bytes);
    });

    it('a missing header', async () => {
      const bytes = await rosterWorkbook([rosterRow('ua')], { columns: ['unitCode', 'name', 'gender', 'birthDate'] });
      const error = await refused(bytes);
      expect(error.extensions.messageZh).toContain('“身份证号”');
      expect(error.message).toContain('"ID number"');
    });

    it('a file over 20 MB: 413', async () => {
      const res = await fetch(`${api.url}/excel/roster-import?dryRun=1`, { method: 'POST', headers: { authorization: `Bearer ${world.admin}` }, body: new Uint8Array(21 * 1024 * 1024) });
      expect(res.status).toBe(413);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    });
  });
});
