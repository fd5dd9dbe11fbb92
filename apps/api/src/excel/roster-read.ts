import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import { ROSTER_COLUMNS, rosterColumnOfHeader, type RosterCell, type RosterColumnKey } from '@liangwei/domain';
import { EXCEL_LIMITS, WorkbookError, checkWorkbookBytes } from './workbook-guard';

/**
 * exceljs 4.4's streaming reader decodes each chunk of a sheet's XML on its own, so a Chinese
 * character split between two chunks comes out as "��" (seen on rows of a generated roster). Its
 * reader accepts text chunks as they are: the sheets and the shared strings are handed to it
 * decoded here, with a StringDecoder that keeps a split character for the next chunk.
 */
async function* utf8Chunks(source: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of source) yield typeof chunk === 'string' ? chunk : decoder.write(chunk);
  const rest = decoder.end();
  if (rest) yield rest;
}

type ReaderInternals = {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): AsyncGenerator<unknown>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
};
const readerPrototype = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals & { __utf8Chunks?: boolean };
if (!readerPrototype.__utf8Chunks) {
  const parseWorksheet = readerPrototype._parseWorksheet;
  const parseSharedStrings = readerPrototype._parseSharedStrings;
  readerPrototype._parseWorksheet = function (this: ReaderInternals, iterator, sheetNo) {
    return parseWorksheet.call(this, utf8Chunks(iterator), sheetNo);
  };
  readerPrototype._parseSharedStrings = function (this: ReaderInternals, entry) {
    entry.setEncoding('utf8');
    return parseSharedStrings.call(this, entry);
  };
  readerPrototype.__utf8Chunks = true;
}

/** One data row of the roster sheet: its row number in the sheet and its cells by column. */
export interface RosterRow {
  row: number;
  cells: Partial<Record<RosterColumnKey, RosterCell>>;
}

export interface RosterSheet {
  rows: RosterRow[];
  /** the sheet's column number (1-based) of each roster column it has */
  columns: Map<RosterColumnKey, number>;
}

/**
 * The texts of a sheet as kept: the parser's strings are slices of the chunks of XML it read, and
 * each keeps its whole chunk alive (a 60,000-row roster held three times its size that way). A text
 * is copied once into a string of its own, and repeated texts (labels, dates, unit codes) are shared.
 */
class TextStore {
  private readonly kept = new Map<string, string>();
  keep(text: string): string {
    let kept = this.kept.get(text);
    if (kept === undefined) {
      kept = Buffer.from(text, 'utf8').toString('utf8');
      this.kept.set(kept, kept);
    }
    return kept;
  }
}

/** A cell of exceljs as a roster cell: formulas kept as such (refused by the row check), rich text and links as their text. */
function cellOf(value: unknown, kind: string): RosterCell {
  if (value == null) return null;
  if (typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'number') {
    // a date column holding a serial number (a cell without a date format): days since 1899-12-30
    if (kind === 'date' && value > 1 && value < 100_000 && Number.isInteger(value)) return new Date(Date.UTC(1899, 11, 30) + value * 86_400_000);
    return value;
  }
  if (typeof value === 'object') {
    const v = value as { formula?: string; sharedFormula?: string; richText?: { text: string }[]; text?: string; error?: string };
    if (v.formula !== undefined || v.sharedFormula !== undefined) return { formula: v.formula ?? v.sharedFormula ?? '' };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return String(v.text);
    if (v.error !== undefined) return String(v.error);
  }
  return String(value);
}

function text(value: unknown): string {
  const cell = cellOf(value, 'text');
  return cell == null || typeof cell === 'object' ? '' : String(cell).trim();
}

/**
 * Reads the roster sheet (the workbook's first sheet) of an uploaded .xlsx, streaming: the bytes
 * are checked first (checkWorkbookBytes), the header row is the first row, a hint row under it
 * is skipped, and reading stops at the first data row beyond the row limit. A missing required
 * column refuses the file.
 */
export async function readRoster(bytes: Buffer): Promise<RosterSheet> {
  checkWorkbookBytes(bytes);
  try {
    return await readRows(async (take) => {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'ignore' });
      for await (const worksheet of reader) {
        for await (const row of worksheet) take((row.values ?? []) as unknown[], row.number);
        break; // the first sheet only
      }
    });
  } catch (streaming) {
    if (streaming instanceof WorkbookError) throw streaming;
    // The streaming reader failed on a file that passed the checks above: its failure is logged and
    // the file, already in memory and bounded in size, is read again as a whole before it is refused.
    if (process.env.NODE_ENV !== 'test' || process.env.LOG_ERRORS === '1') console.error('Workbook: the streaming reader failed, reading it whole:', streaming);
    try {
      return await readRosterWhole(bytes);
    } catch (whole) {
      if (whole instanceof WorkbookError) throw whole;
      if (process.env.NODE_ENV !== 'test' || process.env.LOG_ERRORS === '1') console.error('Workbook could not be read:', whole);
      throw new WorkbookError('BAD_USER_INPUT', 'The file could not be read as an Excel workbook.', '无法读取该 Excel 工作簿，文件可能已损坏');
    }
  }
}

/** The roster sheet read from the whole workbook in memory (the streaming reader's second attempt). */
export async function readRosterWhole(bytes: Buffer): Promise<RosterSheet> {
  return readRows(async (take) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    workbook.worksheets[0]?.eachRow((row) => take((row.values ?? []) as unknown[], row.number));
  });
}

/**
 * The roster from the rows a reader hands over in order (values by column number, the row's
 * number): the header row, then the data rows up to the row limit.
 */
async function readRows(read: (take: (values: unknown[], rowNumber: number) => void) => Promise<void>): Promise<RosterSheet> {
  const rows: RosterRow[] = [];
  const columns = new Map<RosterColumnKey, number>();
  const texts = new TextStore();
  let headerSeen = false;
  await read((values, rowNumber) => {
    if (!headerSeen) {
      headerSeen = true;
      values.forEach((value, index) => {
        const key = rosterColumnOfHeader(text(value));
        if (key && !columns.has(key)) columns.set(key, index);
      });
      const missing = ROSTER_COLUMNS.filter((c) => c.required && !columns.has(c.key));
      if (missing.length > 0) {
        throw new WorkbookError(
          'BAD_USER_INPUT',
          `The first row of the first sheet lacks the column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c.header.en}"`).join(', ')}: use the template.`,
          `第一个工作表的第一行缺少列：${missing.map((c) => `“${c.header.zh}”`).join('、')}，请使用导入模板`,
        );
      }
      return;
    }
    const cells: Partial<Record<RosterColumnKey, RosterCell>> = {};
    let empty = true;
    for (const column of ROSTER_COLUMNS) {
      const index = columns.get(column.key);
      if (index === undefined) continue;
      const cell = cellOf(values[index], column.kind);
      if (cell != null && cell !== '') empty = false;
      cells[column.key] = typeof cell === 'string' ? texts.keep(cell) : cell;
    }
    if (empty) return;
    // the template's hint row
    const first = cells.unitCode;
    if (typeof first === 'string' && (first === ROSTER_COLUMNS[0]!.hint.zh || first === ROSTER_COLUMNS[0]!.hint.en)) return;
    if (rows.length >= EXCEL_LIMITS.maxRows) {
      throw new WorkbookError(
        'BAD_USER_INPUT',
        `The sheet has more than ${EXCEL_LIMITS.maxRows} data rows: split it into files of at most ${EXCEL_LIMITS.maxRows} rows.`,
        `工作表的数据超过 ${EXCEL_LIMITS.maxRows} 行，请拆分为每个不超过 ${EXCEL_LIMITS.maxRows} 行的文件`,
      );
    }
    rows.push({ row: rowNumber, cells });
  });
  if (!headerSeen) throw new WorkbookError('BAD_USER_INPUT', 'The first sheet is empty: use the template.', '第一个工作表为空，请使用导入模板');
  return { rows, columns };
}
