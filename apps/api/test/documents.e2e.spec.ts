import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '@liangwei/domain';
import { backends, TestApi } from './support/api';
import { compact, docxText, docxXml, pdfRead, pdfText } from './support/documents';
import { buildWorld, type World } from './support/fixture';
import { registerDocument } from '../src/documents/model';
import { closeDocumentBrowser } from '../src/documents/pdf';
import { assertCan, findVisible } from '../src/resource/resource';
import { Cadre } from '../src/cadre/cadre.entity';

/**
 * Printed documents: one model rendered as PDF (Chromium) and Word, served at
 * `GET /documents/<kind>/<id>.pdf|.docx` to whoever may read the record. The PDF's text is read
 * back with pdf.js (unpdf), the Word document's from word/document.xml.
 */

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);

/** A test document about a cadre: title, number, body text, a table with spans, and markup that must stay text. */
registerDocument({
  kind: 'test-cadre-sheet',
  async load(ctx, id) {
    assertCan(ctx, 'show', 'cadres');
    const cadre = await findVisible(ctx.em, Cadre, id);
    if (!cadre) throw new NotFoundError('Cadre', id);
    return {
      title: '干部情况登记表',
      docNumber: '〔2026〕第11期',
      issuer: '中共测试街道工作委员会',
      date: '2026年11月25日',
      filename: `登记表-${cadre.name}`,
      blocks: [
        { kind: 'paragraph', text: `本表记录${cadre.name}同志的基本情况。` },
        { kind: 'heading', text: '一、基本信息' },
        {
          kind: 'table',
          widths: [1, 2, 1, 2],
          header: ['项目', { text: '内容', colSpan: 3 }],
          rows: [
            [{ text: '姓名', rowSpan: 2 }, cadre.name, '性别', '男'],
            ['第二行甲', '第二行乙', '第二行丙'],
          ],
        },
        { kind: 'paragraph', text: '备注：<b>不是标签</b> & 符号' },
        { kind: 'pageBreak' },
        { kind: 'paragraph', text: '第二页正文内容' },
      ],
    };
  },
});

describe.each(backends)('printed documents (%s)', (backend) => {
  let api: TestApi;
  let world: World;
  let cadreName: string;

  beforeAll(async () => {
    api = await TestApi.start(backend);
    world = await buildWorld(api);
    const { Cadre: c } = await api.ok<{ Cadre: { name: string } }>('query($id: ID!) { Cadre(id: $id) { name } }', { id: world.a.cadreId }, world.admin);
    cadreName = c.name;
  });
  afterAll(async () => {
    await closeDocumentBrowser();
    await api?.close();
  });

  const get = (path: string, token?: string | null) => fetch(`${api.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it.skipIf(!hasChromium)('a PDF with the title, number, body text and table cells in Chinese, markup kept as text', async () => {
    const res = await get(`/documents/test-cadre-sheet/${world.a.cadreId}.pdf`, world.admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent(`登记表-${cadreName}.pdf`)}`);
    const bytes = await res.arrayBuffer();
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const { text, pages } = await pdfRead(bytes);
    expect(pages).toBe(2);
    for (const expected of ['中共测试街道工作委员会', '干部情况登记表', '〔2026〕第11期', `本表记录${cadreName}同志的基本情况。`, '一、基本信息', '姓名', cadreName, '第二行丙', '备注：<b>不是标签</b>&符号', '第二页正文内容', '2026年11月25日']) {
      expect(text).toContain(compact(expected));
    }
  });

  it('a Word document with the same text, spans and the East Asian fonts', async () => {
    const res = await get(`/documents/test-cadre-sheet/${world.a.cadreId}.docx`, world.admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent(`登记表-${cadreName}.docx`));
    const xml = docxXml(await res.arrayBuffer());
    const text = docxText(xml);
    for (const expected of ['中共测试街道工作委员会', '干部情况登记表', '〔2026〕第11期', `本表记录${cadreName}同志的基本情况。`, '一、基本信息', cadreName, '第二行丙', '备注：<b>不是标签</b> & 符号', '第二页正文内容', '2026年11月25日']) {
      expect(text).toContain(expected);
    }
    // the markup stayed text: escaped in the XML, never an element
    expect(xml).toContain('&lt;b&gt;不是标签&lt;/b&gt;');
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="宋体"');
    expect(xml).toContain('<w:gridSpan w:val="3"/>');
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(xml).toMatch(/<w:vMerge w:val="continue"\/>|<w:vMerge\/>/);
  });

  it('nobody logged in: 401 UNAUTHENTICATED, nothing rendered', async () => {
    for (const format of ['pdf', 'docx']) {
      const res = await get(`/documents/test-cadre-sheet/${world.a.cadreId}.${format}`);
      expect(res.status).toBe(401);
      const body = (await res.json()) as { errors: { extensions: { code: string; messageZh: string } }[] };
      expect(body.errors[0]!.extensions).toEqual({ code: 'UNAUTHENTICATED', messageZh: '请先登录' });
    }
  });

  it('ROLE-3/4 a unit user gets its own unit’s document and 404 for another unit’s record', async () => {
    expect((await get(`/documents/test-cadre-sheet/${world.a.cadreId}.docx`, world.a.token)).status).toBe(200);
    const res = await get(`/documents/test-cadre-sheet/${world.b.cadreId}.docx`, world.a.token);
    expect(res.status).toBe(404);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('NOT_FOUND');
    expect((await get(`/documents/test-cadre-sheet/${world.b.cadreId}.pdf`, world.a.token)).status).toBe(404);
  });

  it('an unknown kind or record is 404', async () => {
    expect((await get(`/documents/no-such-kind/${world.a.cadreId}.docx`, world.admin)).status).toBe(404);
    expect((await get('/documents/test-cadre-sheet/00000000-0000-0000-0000-000000000000.docx', world.admin)).status).toBe(404);
  });

  it('without Chromium the PDF is a clear 503 DOCUMENT_PDF_UNAVAILABLE pointing to Word, and Word still works', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const res = await get(`/documents/test-cadre-sheet/${world.a.cadreId}.pdf`, world.admin);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string; messageZh: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('DOCUMENT_PDF_UNAVAILABLE');
      expect(body.errors[0]!.message).toMatch(/PDF is not available.*Word/);
      expect(body.errors[0]!.extensions.messageZh).toContain('请下载 Word 文档');
      const word = await get(`/documents/test-cadre-sheet/${world.a.cadreId}.docx`, world.admin);
      expect(word.status).toBe(200);
      expect(docxText(docxXml(await word.arrayBuffer()))).toContain('干部情况登记表');
      expect(await api.ok('{ documentFormats }', {}, world.admin)).toEqual({ documentFormats: ['docx'] });
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });

  it('documentFormats tells the console what is available; nobody logged in gets UNAUTHENTICATED', async () => {
    expect(await api.ok('{ documentFormats }', {}, world.a.token)).toEqual({ documentFormats: hasChromium ? ['pdf', 'docx'] : ['docx'] });
    const anonymous = await api.gql('{ documentFormats }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.skipIf(!hasChromium)('MGT-1 the discipline decision (处理决定) as PDF and Word: title, number, facts, level, decision, signature', async () => {
    const { openDisciplineCase } = await api.ok<{ openDisciplineCase: { id: string } }>(
      'mutation($c: ID!) { openDisciplineCase(cadreId: $c, facts: "值班期间多次脱岗，群众反映强烈", openedOn: "2026-11-02") { id } }',
      { c: world.a.cadreId },
      world.admin,
    );
    await api.ok(
      'mutation($id: ID!) { decideDisciplineCase(id: $id, level: CRITICISM, decision: "给予批评教育，责令限期整改", decisionNumber: "街纪〔2026〕3号", decidedOn: "2026-11-10", rectificationRequirement: "建立值班签到制度", rectificationDeadline: "2026-12-10") { id } }',
      { id: openDisciplineCase.id },
      world.admin,
    );
    const pdf = await get(`/documents/discipline-decision/${openDisciplineCase.id}.pdf`, world.a.token);
    expect(pdf.status).toBe(200);
    const text = await pdfText(await pdf.arrayBuffer());
    for (const expected of ['处理决定', '街纪〔2026〕3号', '值班期间多次脱岗，群众反映强烈', '批评教育并整改', '给予批评教育，责令限期整改', '建立值班签到制度', '2026年12月10日', '2026年11月10日', cadreName]) {
      expect(text).toContain(compact(expected));
    }
    const word = await get(`/documents/discipline-decision/${openDisciplineCase.id}.docx`, world.admin);
    expect(word.status).toBe(200);
    expect(word.headers.get('content-disposition')).toContain(encodeURIComponent('处理决定-'));
    const wordText = docxText(docxXml(await word.arrayBuffer()));
    for (const expected of ['处理决定', '街纪〔2026〕3号', '值班期间多次脱岗，群众反映强烈', '批评教育并整改', '给予批评教育，责令限期整改']) expect(wordText).toContain(expected);
    // another unit's user: not found
    expect((await get(`/documents/discipline-decision/${openDisciplineCase.id}.docx`, world.b.token)).status).toBe(404);
  });
});

describe('the printed documents of the demo data (INS-1, TGT-2, MGT-1, ORG-3)', () => {
  let api: TestApi;
  let admin = '';

  beforeAll(async () => {
    api = await TestApi.start('sqlite', { seedDemo: true, adminPassword: null });
    admin = await api.login('admin', 'demo-pass-123');
  });
  afterAll(async () => {
    await closeDocumentBrowser();
    await api?.close();
  });

  /** The document's text in Word and (with Chromium) in PDF, compacted. */
  async function rendered(kind: string, id: string): Promise<{ word: string; pdf: string | null }> {
    const get = (format: string) => fetch(`${api.url}/documents/${kind}/${encodeURIComponent(id)}.${format}`, { headers: { authorization: `Bearer ${admin}` } });
    const word = await get('docx');
    expect(word.status).toBe(200);
    const wordText = compact(docxText(docxXml(await word.arrayBuffer())));
    if (!hasChromium) return { word: wordText, pdf: null };
    const pdf = await get('pdf');
    expect(pdf.status).toBe(200);
    return { word: wordText, pdf: await pdfText(await pdf.arrayBuffer()) };
  }

  function expectText(doc: { word: string; pdf: string | null }, ...texts: string[]): void {
    for (const text of texts) {
      expect(doc.word).toContain(compact(text));
      if (doc.pdf !== null) expect(doc.pdf).toContain(compact(text));
    }
  }

  it('INS-1 the month’s notice: title, number, the findings per unit', async () => {
    const { allInspectionNotices } = await api.ok<{ allInspectionNotices: { id: string; numberText: string; status: string }[] }>('{ allInspectionNotices(sortField: "number", sortOrder: "ASC") { id numberText status } }', {}, admin);
    const first = allInspectionNotices.find((n) => n.status === 'ISSUED')!;
    expectText(await rendered('inspection-notice', first.id), '通报', first.numberText, '王家湾村');
  });

  it('TGT-2 the commitment sheet of cun01’s plan: the unit, the year, its practical matters', async () => {
    const { allAnnualPlans } = await api.ok<{ allAnnualPlans: { id: string; year: number; unit: { code: string; name: string } }[] }>('{ allAnnualPlans(perPage: 100) { id year unit { code name } } }', {}, admin);
    const plan = allAnnualPlans.find((p) => p.unit.code === 'cun01' && p.year === 2026)!;
    expectText(await rendered('commitment-sheet', plan.id), '承诺', plan.unit.name, '2026');
  });

  it('MGT-1 a case decision: 处理决定 with the facts and the level', async () => {
    const { allDisciplineCases } = await api.ok<{ allDisciplineCases: { id: string; facts: string; cadre: { name: string } }[] }>('{ allDisciplineCases { id facts cadre { name } } }', {}, admin);
    const decided = allDisciplineCases[0]!;
    expectText(await rendered('discipline-decision', decided.id), '处理决定', decided.cadre.name);
  });

  it('ORG-3 the appointment form and cun01’s dossier with its inspection findings', async () => {
    const { allUnits } = await api.ok<{ allUnits: { id: string; code: string; name: string }[] }>('{ allUnits(perPage: 100) { id code name } }', {}, admin);
    const cun01 = allUnits.find((u) => u.code === 'cun01')!;
    const { allCadres } = await api.ok<{ allCadres: { id: string; name: string }[] }>('query($u: ID) { allCadres(filter: { unitId: $u }, perPage: 1) { id name } }', { u: cun01.id }, admin);
    expectText(await rendered('appointment-form', allCadres[0]!.id), '干部任免审批表', allCadres[0]!.name);
    const dossier = await rendered('unit-dossier', cun01.id);
    expectText(dossier, cun01.name, '督查月份', '整改时限');
  });
});
