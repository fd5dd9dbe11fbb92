import { zipSync, strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, codeOf, TestApi } from './support/api';
import { buildWorld, createCadre, type World } from './support/fixture';
import { auditCount, fieldsOf, newAuditEntries } from './support/helpers';
import { proposalIn } from './support/workflows';

/**
 * The appointment form (干部任免审批表): the cadre's form fields, resume lines and family members;
 * the printed form's model; the .lrmx export (ROLE-2 masking) and import (one transaction per file,
 * per-file results, ROLE-3 scope, a round trip changes nothing). The server's clock is fixed at 2026-11-25.
 */

const FORM_FIELDS = `nativePlace birthplace partyEntryDate workStartDate healthStatus technicalTitle specialty fullTimeEducation fullTimeDegree fullTimeSchool
  inServiceEducation inServiceDegree inServiceSchool rewardsAndPunishments ethnicity version`;
const UPDATE_FORM = `mutation($id: ID!, $np: String, $bp: String, $pe: String, $ws: String, $hs: String, $ft: String, $fd: String, $fs: String, $is: String, $rp: String, $eth: String) {
  updateCadre(id: $id, nativePlace: $np, birthplace: $bp, partyEntryDate: $pe, workStartDate: $ws, healthStatus: $hs, fullTimeEducation: $ft, fullTimeDegree: $fd, fullTimeSchool: $fs,
    inServiceEducation: $is, rewardsAndPunishments: $rp, ethnicity: $eth) { id ${FORM_FIELDS} }
}`;
const CREATE_LINE = 'mutation($c: ID!, $f: String!, $t: String, $x: String!) { createCadreResumeLine(cadreId: $c, fromMonth: $f, toMonth: $t, content: $x) { id position fromMonth toMonth content unitId } }';
const CREATE_MEMBER = `mutation($c: ID!, $r: String!, $n: String!, $b: String, $p: String, $w: String) {
  createCadreFamilyMember(cadreId: $c, relation: $r, name: $n, birthMonth: $b, politicalStatus: $p, workUnitAndPost: $w) { id position relation name birthMonth unitId }
}`;
const LRMX = 'query($c: ID!) { cadreLrmx(cadreId: $c) }';

interface ImportAnswer {
  imported: number;
  failed: number;
  files: { fileName: string; ok: boolean; cadreId?: string; changed?: boolean; reason?: string }[];
}

interface DocCellJson {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}
interface DocJson {
  title: string;
  filename: string;
  blocks: { kind: string; text?: string; rows?: (string | DocCellJson)[][] }[];
}

const cellText = (c: string | DocCellJson | undefined) => (typeof c === 'string' ? c : (c?.text ?? ''));

describe.each(backends)('appointment form and .lrmx (%s)', (backend) => {
  let api: TestApi;
  let world: World;
  let cadreId: string;
  let idNumber: string;

  async function importFile(token: string, body: Uint8Array | string, name = 'form.lrmx'): Promise<{ status: number; json: ImportAnswer & { errors?: { extensions: { code: string; messageZh: string } }[] } }> {
    const res = await fetch(`${api.url}/lrmx/import`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'x-file-name': encodeURIComponent(name) }, body: typeof body === 'string' ? body : Buffer.from(body) });
    return { status: res.status, json: (await res.json()) as never };
  }

  async function formDoc(token: string, id: string): Promise<{ status: number; doc: DocJson & { errors?: { extensions: { code: string } }[] } }> {
    const res = await fetch(`${api.url}/documents/appointment-form/${id}.json`, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, doc: (await res.json()) as never };
  }

  async function snapshot(id: string) {
    const data = await api.ok<Record<string, unknown>>(
      `query($c: ID!) {
        Cadre(id: $c) { ${FORM_FIELDS} }
        allCadreResumeLines(filter: { cadreId: $c }, perPage: 100) { id position fromMonth toMonth content version }
        allCadreFamilyMembers(filter: { cadreId: $c }, perPage: 100) { id position relation name birthMonth politicalStatus workUnitAndPost version }
      }`,
      { c: id },
      world.admin,
    );
    return data;
  }

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
    cadreId = world.a.cadreId;
    idNumber = (await api.ok<{ Cadre: { idNumber: string } }>('query($c: ID!) { Cadre(id: $c) { idNumber } }', { c: cadreId }, world.admin)).Cadre.idNumber;
    // the unit fills in its own cadre's form (ROLE-3)
    await api.ok(
      UPDATE_FORM,
      { id: cadreId, np: '湖北襄阳', bp: '湖北襄阳', pe: '2008-07', ws: '2004-07', hs: '健康', ft: '大学本科', fd: '学士', fs: '华中农业大学农学院农学专业', is: '研究生', rp: '2023年被评为"优秀党务工作者"<区级>&表彰', eth: '汉族' },
      world.a.token,
    );
    await api.ok(CREATE_LINE, { c: cadreId, f: '2000-09', t: '2004-07', x: '华中农业大学农学院农学专业学习' }, world.a.token);
    await api.ok(CREATE_LINE, { c: cadreId, f: '2004-07', t: null, x: '单位ua村党组织书记' }, world.a.token);
    await api.ok(CREATE_MEMBER, { c: cadreId, r: '妻子', n: '李梅', b: '1987-03', p: '中共党员', w: '襄阳市某小学教师' }, world.a.token);
    await api.ok(CREATE_MEMBER, { c: cadreId, r: '儿子', n: '张小明', b: '2012-10', p: '群众', w: '学生' }, world.a.token);
  });
  afterAll(() => api?.close());

  it('keeps the form fields, resume lines and family members in order; the unit may not touch another unit’s', async () => {
    const s = await snapshot(cadreId);
    expect(s.Cadre).toMatchObject({ nativePlace: '湖北襄阳', partyEntryDate: '2008-07', workStartDate: '2004-07', fullTimeDegree: '学士' });
    expect((s.allCadreResumeLines as { position: number; toMonth: string | null }[]).map((l) => [l.position, l.toMonth])).toEqual([
      [1, '2004-07'],
      [2, null],
    ]);
    expect((s.allCadreFamilyMembers as { name: string }[]).map((m) => m.name)).toEqual(['李梅', '张小明']);
    // another unit's cadre is unknown to unit A
    const other = await api.gql(CREATE_LINE, { c: world.b.cadreId, f: '2000-09', t: null, x: '学习' }, world.a.token);
    expect(codeOf(other)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(other)).toEqual(['cadreId']);
  });

  it('refuses form dates in the future or before birth, and a resume line ending before it starts, naming the field', async () => {
    const future = await api.gql(UPDATE_FORM, { id: cadreId, ws: '2026-12' }, world.admin);
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(future)).toEqual(['workStartDate']);
    // this month is allowed: the boundary
    const thisMonth = await api.gql(UPDATE_FORM, { id: cadreId, ws: '2026-11' }, world.admin);
    expect(codeOf(thisMonth)).toBeNull();
    await api.ok(UPDATE_FORM, { id: cadreId, ws: '2004-07' }, world.admin);
    const beforeBirth = await api.gql(UPDATE_FORM, { id: cadreId, pe: '1985-05' }, world.admin);
    expect(fieldsOf(beforeBirth)).toEqual(['partyEntryDate']);
    expect((beforeBirth.errors?.[0]?.extensions as { messageZh?: string }).messageZh).toContain('入党时间不能早于出生年月');
    const backwards = await api.gql(CREATE_LINE, { c: cadreId, f: '2010-01', t: '2009-12', x: '某村' }, world.admin);
    expect(fieldsOf(backwards)).toEqual(['toMonth']);
    const badMonth = await api.gql(CREATE_MEMBER, { c: cadreId, r: '父亲', n: '张某', b: '1960-13' }, world.admin);
    expect(fieldsOf(badMonth)).toEqual(['birthMonth']);
  });

  it('exports the .lrmx with the official element names, escaped text and the full ID number for the admin', async () => {
    const { cadreLrmx } = await api.ok<{ cadreLrmx: string }>(LRMX, { c: cadreId }, world.admin);
    expect(cadreLrmx).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(cadreLrmx).toContain('<Person>');
    expect(cadreLrmx).toContain('<ChuShengNianYue>198506</ChuShengNianYue>');
    expect(cadreLrmx).toContain('<RuDangShiJian>200807</RuDangShiJian>');
    expect(cadreLrmx).toContain('<QuanRiZhiJiaoYu_XueLi>大学本科</QuanRiZhiJiaoYu_XueLi>');
    expect(cadreLrmx).toContain('<XianRenZhiWu>单位ua党组织书记</XianRenZhiWu>');
    expect(cadreLrmx).toContain(`<ShenFenZheng>${idNumber}</ShenFenZheng>`);
    expect(cadreLrmx).toContain('&lt;区级&gt;&amp;表彰');
    expect(cadreLrmx).toContain('2000.09--2004.07  华中农业大学农学院农学专业学习\n2004.07--  单位ua村党组织书记');
    expect(cadreLrmx).toMatch(/<Item>\s*<ChengWei>妻子<\/ChengWei>\s*<XingMing>李梅<\/XingMing>\s*<ChuShengRiQi>198703<\/ChuShengRiQi>/);
    expect(cadreLrmx).toContain('<JiSuanNianLingShiJian>20261125</JiSuanNianLingShiJian>');
    // the download route serves the same file
    const res = await fetch(`${api.url}/lrmx/${cadreId}.lrmx?access_token=${encodeURIComponent(world.admin)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('.lrmx');
    expect(await res.text()).toBe(cadreLrmx);
  });

  it('ROLE-2 masks the ID number in the analyst’s .lrmx exactly as elsewhere; ROLE-4 another unit’s cadre is NOT_FOUND', async () => {
    const seen = await api.ok<{ Cadre: { idNumber: string } }>('query($c: ID!) { Cadre(id: $c) { idNumber } }', { c: cadreId }, world.analyst);
    expect(seen.Cadre.idNumber).toBe(`${'*'.repeat(16)}${idNumber.slice(-2)}`);
    const { cadreLrmx } = await api.ok<{ cadreLrmx: string }>(LRMX, { c: cadreId }, world.analyst);
    expect(cadreLrmx).toContain(`<ShenFenZheng>${seen.Cadre.idNumber}</ShenFenZheng>`);
    expect(cadreLrmx).not.toContain(idNumber);
    expect(codeOf(await api.gql(LRMX, { c: cadreId }, world.b.token))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(LRMX, { c: cadreId }, null))).toBe('UNAUTHENTICATED');
    const res = await fetch(`${api.url}/lrmx/${cadreId}.lrmx`, { headers: { authorization: `Bearer ${world.b.token}` } });
    expect(res.status).toBe(404);
  });

  it('a round trip (export as admin, import) changes nothing: same values, no audit entry', async () => {
    const { cadreLrmx } = await api.ok<{ cadreLrmx: string }>(LRMX, { c: cadreId }, world.admin);
    const before = await snapshot(cadreId);
    const audits = await auditCount(api, world.admin);
    const { status, json } = await importFile(world.admin, cadreLrmx);
    expect(status).toBe(200);
    expect(json).toMatchObject({ imported: 1, failed: 0, files: [{ fileName: 'form.lrmx', ok: true, cadreId, changed: false }] });
    expect(await snapshot(cadreId)).toEqual(before);
    expect(await auditCount(api, world.admin)).toBe(audits);
  });

  it('an import updates the form fields, resume and family in one audited change', async () => {
    const { cadreLrmx } = await api.ok<{ cadreLrmx: string }>(LRMX, { c: cadreId }, world.admin);
    const changed = cadreLrmx
      .replace('<JiGuan>湖北襄阳</JiGuan>', '<JiGuan>湖北宜城</JiGuan>')
      .replace('2004.07--  单位ua村党组织书记', '2004.07--2010.01  单位ua村委会委员\n2010.01--  单位ua村党组织书记');
    let json: ImportAnswer | undefined;
    const added = await newAuditEntries(api, world.admin, async () => {
      json = (await importFile(world.a.token, changed)).json;
    });
    expect(json!.files[0]).toMatchObject({ ok: true, changed: true });
    const s = await snapshot(cadreId);
    expect((s.Cadre as { nativePlace: string }).nativePlace).toBe('湖北宜城');
    expect((s.allCadreResumeLines as { content: string }[]).map((l) => l.content)).toEqual(['华中农业大学农学院农学专业学习', '单位ua村委会委员', '单位ua村党组织书记']);
    expect(added.map((e) => [e.action, e.username, e.unitId])).toEqual([['importLrmx', world.a.username, world.a.unitId]]);
    expect(added[0]!.changes.some((c) => c.field === 'nativePlace' && c.before === '湖北襄阳' && c.after === '湖北宜城')).toBe(true);
  });

  it('a .zip with one good and one bad file: a result per file, the bad one with its reason in Chinese', async () => {
    const { cadreLrmx } = await api.ok<{ cadreLrmx: string }>(LRMX, { c: cadreId }, world.admin);
    const masked = (await api.ok<{ cadreLrmx: string }>(LRMX, { c: cadreId }, world.analyst)).cadreLrmx;
    const good = cadreLrmx.replace('<JianKangZhuangKuang>健康</JianKangZhuangKuang>', '<JianKangZhuangKuang>良好</JianKangZhuangKuang>');
    const zip = zipSync({ '张三.lrmx': strToU8(good), 'masked.lrmx': strToU8(masked), 'broken.lrmx': strToU8('<Person><XingMing>'), 'readme.txt': strToU8('skip me') });
    const { status, json } = await importFile(world.admin, zip, 'forms.zip');
    expect(status).toBe(200);
    expect(json.imported).toBe(1);
    expect(json.failed).toBe(2);
    const byName = Object.fromEntries(json.files.map((f) => [f.fileName, f]));
    expect(Object.keys(byName).sort()).toEqual(['broken.lrmx', 'masked.lrmx', '张三.lrmx'].sort());
    expect(byName['张三.lrmx']).toMatchObject({ ok: true, changed: true });
    expect(byName['masked.lrmx']).toMatchObject({ ok: false });
    expect(byName['masked.lrmx']!.reason).toContain('已脱敏');
    expect(byName['broken.lrmx']!.ok).toBe(false);
    expect(byName['broken.lrmx']!.reason).toMatch(/XML|Person/);
    expect(((await snapshot(cadreId)).Cadre as { healthStatus: string }).healthStatus).toBe('良好');
  });

  it('ROLE-3 a unit user importing another unit’s cadre is refused and nothing changes; the analyst may not import', async () => {
    const { cadreLrmx } = await api.ok<{ cadreLrmx: string }>(LRMX, { c: cadreId }, world.admin);
    const changed = cadreLrmx.replace(/<JiGuan>[^<]*<\/JiGuan>/, '<JiGuan>外单位改写</JiGuan>');
    const before = await snapshot(cadreId);
    const audits = await auditCount(api, world.admin);
    const { status, json } = await importFile(world.b.token, changed);
    expect(status).toBe(200);
    expect(json.files[0]).toMatchObject({ ok: false });
    expect(json.files[0]!.cadreId).toBeUndefined();
    expect(json.files[0]!.reason).toContain('未找到');
    expect(await snapshot(cadreId)).toEqual(before);
    expect(await auditCount(api, world.admin)).toBe(audits);
    const analyst = await importFile(world.analyst, cadreLrmx);
    expect(analyst.status).toBe(403);
    expect(analyst.json.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(analyst.json.errors?.[0]?.extensions.messageZh).toBeTruthy();
  });

  it('refuses a file whose birth month does not match, bad dates in the file, and a zip bomb', async () => {
    const { cadreLrmx } = await api.ok<{ cadreLrmx: string }>(LRMX, { c: cadreId }, world.admin);
    const wrongMonth = await importFile(world.admin, cadreLrmx.replace('<ChuShengNianYue>198506</ChuShengNianYue>', '<ChuShengNianYue>198507</ChuShengNianYue>'));
    expect(wrongMonth.json.files[0]).toMatchObject({ ok: false });
    const badDate = await importFile(world.admin, cadreLrmx.replace('<RuDangShiJian>200807</RuDangShiJian>', '<RuDangShiJian>203001</RuDangShiJian>'));
    expect(badDate.json.files[0]).toMatchObject({ ok: false });
    expect(badDate.json.files[0]!.reason).toContain('入党时间不能晚于本月');
    const doctype = await importFile(world.admin, `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><Person><XingMing>&a;</XingMing></Person>`);
    expect(doctype.json.files[0]!.reason).toContain('DOCTYPE');
    const bomb = zipSync({ 'bomb.lrmx': new Uint8Array(40 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    const refused = await importFile(world.admin, bomb, 'bomb.zip');
    expect(refused.status).toBe(400);
    expect(refused.json.errors?.[0]?.extensions.messageZh).toContain('解压后超过');
    const many = zipSync(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}.lrmx`, strToU8('<Person/>')])));
    expect((await importFile(world.admin, many, 'many.zip')).json.errors?.[0]?.extensions.messageZh).toContain('超过 100 个');
  });

  it('the printed form: age on the age calculation date (a birthday today counts, tomorrow’s does not), the grid’s spans, the proposed post', async () => {
    const today = await createCadre(api, world.admin, world.a.unitId, { birthDate: '1980-11-25' });
    const tomorrow = await createCadre(api, world.admin, world.a.unitId, { birthDate: '1980-11-26' });
    const a = (await formDoc(world.admin, today.id)).doc;
    const b = (await formDoc(world.admin, tomorrow.id)).doc;
    const page1 = (d: DocJson) => d.blocks[0]!.rows!;
    expect(a.title).toBe('干部任免审批表');
    expect(cellText(page1(a)[0]![4])).toBe('出生年月\n(岁)');
    expect(cellText(page1(a)[0]![5])).toBe('1980.11(46岁)');
    expect(cellText(page1(b)[0]![5])).toBe('1980.11(45岁)');
    expect(a.blocks.at(-1)!.text).toBe('计算年龄时间：2026年11月25日');
    expect(page1(a)[0]![6]).toMatchObject({ text: '照片', rowSpan: 4 });
    expect(page1(a)[4]![0]).toMatchObject({ text: '学历\n学位', rowSpan: 2 });
    // every row of the grid spans seven columns (cells under a rowSpan not repeated)
    const widths = page1(a).map((row) => row.reduce((n, c) => n + (typeof c === 'string' ? 1 : (c.colSpan ?? 1)), 0));
    expect(widths).toEqual([7, 6, 6, 6, 7, 6, 7, 7, 7, 7]);

    const filled = (await formDoc(world.a.token, cadreId)).doc;
    expect(cellText(page1(filled)[6]![1])).toBe('单位ua党组织书记');
    expect(cellText(page1(filled)[9]![1])).toContain('2000.09--2004.07  华中农业大学农学院农学专业学习');
    const page2 = filled.blocks[2]!.rows!;
    const familyLabel = page2.find((row) => cellText(row[0]) === '家庭主要成员及重要社会关系')!;
    expect(familyLabel[0]).toMatchObject({ rowSpan: 7 });
    expect(page2.some((row) => row.map(cellText).join('|') === '妻子|李梅|1987.03|中共党员|襄阳市某小学教师')).toBe(true);

    // RES-2 a reserve proposed as successor: the proposed post and the reason
    const { candidateId } = await proposalIn(api, world.admin, world.a.unitId);
    const { ReserveCandidate } = await api.ok<{ ReserveCandidate: { cadreId: string } }>('query($id: ID!) { ReserveCandidate(id: $id) { cadreId } }', { id: candidateId }, world.admin);
    const proposed = (await formDoc(world.admin, ReserveCandidate.cadreId)).doc;
    expect(cellText(page1(proposed)[7]![1])).toBe('单位ua村委会副主任');
    expect(cellText(proposed.blocks[2]!.rows![2]![1])).toContain('一职一备');

    // ROLE-4 another unit's cadre
    const other = await formDoc(world.b.token, cadreId);
    expect(other.status).toBe(404);
    expect(other.doc.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
