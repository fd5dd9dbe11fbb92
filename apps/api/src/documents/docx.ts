import { AlignmentType, BorderStyle, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { DocBlock, DocCell, DocModel } from './model';

/** Word's East Asian faces: 宋体 / 仿宋 / 黑体 (Latin text in Times New Roman). */
const font = (eastAsia: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia, cs: 'Times New Roman' });
const SONG = font('宋体');
const FANG = font('仿宋');
const HEI = font('黑体');
/** sizes in half-points: 三号 16 pt, 四号 14 pt, 二号 22 pt */
const BODY = 32;
const TABLE = 28;
const TITLE = 44;
const ISSUER = 60;
/** twips per millimetre */
const MM = 56.7;
const LINE = { line: 560, lineRule: 'exact' as const };

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function runs(text: string, options: { font: typeof SONG; size: number; bold?: boolean; color?: string }): TextRun[] {
  return text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, font: options.font, size: options.size, bold: options.bold, color: options.color, break: i > 0 ? 1 : undefined }));
}

function cell(c: DocCell, header: boolean, width: number): TableCell {
  const o = typeof c === 'string' ? { text: c } : c;
  return new TableCell({
    columnSpan: o.colSpan && o.colSpan > 1 ? Math.floor(o.colSpan) : undefined,
    rowSpan: o.rowSpan && o.rowSpan > 1 ? Math.floor(o.rowSpan) : undefined,
    verticalAlign: VerticalAlign.CENTER,
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: [new Paragraph({ alignment: header ? AlignmentType.CENTER : o.align ? ALIGN[o.align] : AlignmentType.LEFT, children: runs(o.text ?? '', { font: header ? HEI : FANG, size: TABLE, bold: o.bold }) })],
  });
}

function span(c: DocCell): number {
  return typeof c === 'string' ? 1 : Math.max(1, Math.floor(c.colSpan ?? 1));
}

function table(b: Extract<DocBlock, { kind: 'table' }>, textWidth: number): Table {
  const columns = Math.max(b.widths?.length ?? 0, ...[b.header ?? [], ...b.rows].map((r) => r.reduce((n, c) => n + span(c), 0)), 1);
  const relative = b.widths?.length === columns ? b.widths.map((w) => Math.max(0, w)) : Array.from({ length: columns }, () => 1);
  const total = relative.reduce((s, w) => s + w, 0) || 1;
  const widths = relative.map((w) => Math.round((w / total) * textWidth));
  const rowOf = (cells: DocCell[], header: boolean) => {
    let column = 0;
    return new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((c) => {
        const n = span(c);
        const w = widths.slice(column, column + n).reduce((s, x) => s + x, 0) || widths[0]!;
        column += n;
        return cell(c, header, w);
      }),
    });
  };
  const line = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [...(b.header?.length ? [rowOf(b.header, true)] : []), ...b.rows.map((r) => rowOf(r, false))],
  });
}

function blocks(b: DocBlock, textWidth: number): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ spacing: LINE, children: runs(b.text, { font: HEI, size: BODY }) })];
    case 'paragraph':
      return b.text.split(/\r?\n/).map(
        (line) =>
          new Paragraph({
            spacing: LINE,
            alignment: b.align ? ALIGN[b.align] : AlignmentType.JUSTIFIED,
            indent: b.indent === false ? undefined : { firstLine: 2 * 16 * 20 },
            children: [new TextRun({ text: line, font: FANG, size: BODY, bold: b.bold })],
          }),
      );
    case 'table':
      return [table(b, textWidth), new Paragraph({ spacing: { line: 240 }, children: [] })];
    case 'signature':
      return [
        new Paragraph({ spacing: LINE, children: [] }),
        ...b.lines.map((l) => new Paragraph({ spacing: LINE, alignment: AlignmentType.RIGHT, indent: { right: 4 * 16 * 20 }, keepNext: true, children: [new TextRun({ text: l, font: FANG, size: BODY })] })),
      ];
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
    default:
      return [];
  }
}

/** The model as a Word document with the same structure and layout as the PDF (A4, GB/T 9704 margins). */
export async function renderDocx(model: DocModel): Promise<Buffer> {
  const landscape = model.landscape === true;
  const pageWidth = Math.round((landscape ? 297 : 210) * MM);
  const margin = { top: Math.round(37 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM), bottom: Math.round(35 * MM) };
  const textWidth = pageWidth - margin.left - margin.right;
  const head: Paragraph[] = [];
  if (model.issuer) {
    head.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'D00000', space: 8 } },
        spacing: { after: 360 },
        children: [new TextRun({ text: model.issuer, font: SONG, size: ISSUER, color: 'D00000' })],
      }),
    );
  }
  head.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120, line: 680, lineRule: 'exact' }, children: [new TextRun({ text: model.title, font: SONG, size: TITLE, bold: true })] }));
  if (model.docNumber) head.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...LINE, after: 240 }, children: [new TextRun({ text: model.docNumber, font: FANG, size: BODY })] }));
  const doc = new Document({
    creator: model.issuer ?? '',
    title: model.title,
    styles: { default: { document: { run: { font: FANG, size: BODY } } } },
    sections: [
      {
        properties: { page: { size: { width: Math.round(210 * MM), height: Math.round(297 * MM), orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT }, margin } },
        children: [...head, ...model.blocks.flatMap((b) => blocks(b, textWidth))],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
