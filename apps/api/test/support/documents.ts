import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';

/** Whitespace removed; pdf.js reads some CJK glyphs of the Noto faces back as radicals (⼯ for 工, ⻚ for 页): NFKC and a few supplement radicals map them back. */
const RADICALS: Record<string, string> = { '⻚': '页', '⻓': '长', '⻔': '门', '⻜': '飞', '⻢': '马', '⻋': '车', '⻅': '见', '⻉': '贝', '⻛': '风', '⻥': '鱼', '⻝': '食', '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻆': '角', '⻄': '西', '⻨': '麦', '⻰': '龙', '⻳': '龟' };
export const compact = (s: string) => s.normalize('NFKC').replace(/[\u2e80-\u2eff]/g, (c) => RADICALS[c] ?? c).replace(/\s+/g, '');

/** The PDF's text (compacted) and its number of pages; pdf.js takes over the bytes it is given, so it gets a copy. */
export async function pdfText(bytes: ArrayBuffer): Promise<string> {
  return (await pdfRead(bytes)).text;
}

export async function pdfRead(bytes: ArrayBuffer): Promise<{ text: string; pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes.slice(0)));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  return { text: compact(text), pages: totalPages };
}

export function docxXml(bytes: ArrayBuffer): string {
  const files = unzipSync(new Uint8Array(bytes));
  return strFromU8(files['word/document.xml']!);
}

/** The text of the Word document's runs, joined (markup removed, entities decoded). */
export function docxText(xml: string): string {
  const runs = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!);
  return runs.join('').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

