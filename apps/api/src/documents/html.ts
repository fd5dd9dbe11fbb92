import type { DocBlock, DocCell, DocModel } from './model';

/** Text for HTML: every character that could open markup or an attribute is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Song (titles), FangSong (body) and Hei (headings) faces with the fallbacks installed on Debian (Noto CJK, WenQuanYi). */
export const FONTS = {
  song: `"FZXiaoBiaoSong-B05S", "方正小标宋简体", "SimSun", "宋体", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif CJK", serif`,
  fang: `"FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif`,
  hei: `"SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif`,
} as const;

const ALIGN = new Set(['left', 'center', 'right']);

function lines(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

function cell(c: DocCell, tag: 'td' | 'th'): string {
  const o = typeof c === 'string' ? { text: c } : c;
  const attrs: string[] = [];
  if (o.colSpan && o.colSpan > 1) attrs.push(`colspan="${Math.floor(o.colSpan)}"`);
  if (o.rowSpan && o.rowSpan > 1) attrs.push(`rowspan="${Math.floor(o.rowSpan)}"`);
  const style: string[] = [];
  if (o.align && ALIGN.has(o.align)) style.push(`text-align:${o.align}`);
  if (o.bold) style.push('font-weight:bold');
  if (style.length) attrs.push(`style="${style.join(';')}"`);
  return `<${tag}${attrs.length ? ' ' + attrs.join(' ') : ''}>${lines(o.text ?? '')}</${tag}>`;
}

function block(b: DocBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h2>${lines(b.text)}</h2>`;
    case 'paragraph': {
      const classes = [b.indent === false ? 'flush' : '', b.bold ? 'bold' : ''].filter(Boolean).join(' ');
      const style = b.align && ALIGN.has(b.align) ? ` style="text-align:${b.align}"` : '';
      return b.text
        .split(/\r?\n/)
        .map((line) => `<p${classes ? ` class="${classes}"` : ''}${style}>${escapeHtml(line)}</p>`)
        .join('');
    }
    case 'table': {
      const columns = Math.max(b.widths?.length ?? 0, ...[b.header ?? [], ...b.rows].map((r) => r.reduce<number>((n, c) => n + (typeof c === 'string' ? 1 : Math.max(1, c.colSpan ?? 1)), 0)));
      const widths = b.widths?.length ? b.widths : Array.from({ length: columns }, () => 1);
      const total = widths.reduce((s, w) => s + (w > 0 ? w : 0), 0) || 1;
      const cols = widths.map((w) => `<col style="width:${((Math.max(0, w) / total) * 100).toFixed(2)}%">`).join('');
      const head = b.header?.length ? `<thead><tr>${b.header.map((c) => cell(c, 'th')).join('')}</tr></thead>` : '';
      const body = `<tbody>${b.rows.map((r) => `<tr>${r.map((c) => cell(c, 'td')).join('')}</tr>`).join('')}</tbody>`;
      return `<table><colgroup>${cols}</colgroup>${head}${body}</table>`;
    }
    case 'signature':
      return `<div class="signature">${b.lines.map((l) => `<div>${escapeHtml(l)}</div>`).join('')}</div>`;
    case 'pageBreak':
      return '<div class="page-break"></div>';
    default:
      return '';
  }
}

/**
 * A document model as printable HTML in the official layout (GB/T 9704, roughly): A4, margins 37 mm
 * top, 28 mm left, 26 mm right, 35 mm bottom; the issuer in red above a red rule; the title in a large
 * Song face, the document number centred under it; body text in FangSong at 三号 (16 pt) with a
 * two-character first-line indent; headings in Hei; ruled tables; the signature bottom right.
 * Every text is escaped; the page loads nothing from outside.
 */
export function renderHtml(model: DocModel): string {
  const size = model.landscape ? 'A4 landscape' : 'A4';
  const issuer = model.issuer ? `<div class="issuer">${escapeHtml(model.issuer)}</div><div class="red-rule"></div>` : '';
  const number = model.docNumber ? `<div class="doc-number">${escapeHtml(model.docNumber)}</div>` : '';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(model.title)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>
@page { size: ${size}; margin: 37mm 26mm 35mm 28mm; }
html, body { margin: 0; padding: 0; }
body { font-family: ${FONTS.fang}; font-size: 16pt; line-height: 28pt; color: #000; }
.issuer { font-family: ${FONTS.song}; color: #d00000; font-size: 30pt; line-height: 40pt; text-align: center; letter-spacing: 2pt; }
.red-rule { border-top: 2pt solid #d00000; margin: 4mm 0 8mm; }
h1 { font-family: ${FONTS.song}; font-size: 22pt; line-height: 34pt; font-weight: bold; text-align: center; margin: 0 0 4mm; }
.doc-number { text-align: center; margin: 0 0 6mm; }
h2 { font-family: ${FONTS.hei}; font-size: 16pt; font-weight: normal; margin: 0; line-height: 28pt; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.flush { text-indent: 0; }
p.bold { font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: 3mm 0; font-size: 14pt; line-height: 22pt; table-layout: fixed; }
th, td { border: 0.75pt solid #000; padding: 1.5mm 2mm; vertical-align: middle; word-break: break-all; }
th { font-family: ${FONTS.hei}; font-weight: normal; text-align: center; }
tr { break-inside: avoid; }
.signature { margin: 12mm 4em 0 auto; width: max-content; text-align: center; break-inside: avoid; }
.page-break { break-after: page; }
</style></head>
<body>${issuer}<h1>${escapeHtml(model.title)}</h1>${number}${model.blocks.map(block).join('\n')}</body></html>`;
}
