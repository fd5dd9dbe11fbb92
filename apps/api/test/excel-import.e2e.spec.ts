import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deflateRawSync, crc32 } from 'node:zlib';
import { backends, TestApi } from './support/api';
import { buildWorld, type World } from './support/fixture';
import { auditEntries, countOf } from './support/helpers';
import { readWorkbook, rosterRow, rosterWorkbook, upload } from './support/excel';

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
    expect(check.status).toBe(200);
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
    expect(check.status).toBe(200);
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
