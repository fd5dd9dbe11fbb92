import ExcelJS from 'exceljs';
import { ROSTER_COLUMNS, makeIdNumber, type RosterColumnKey } from '@liangwei/domain';
import type { TestApi } from './api';

/** Helpers of the Excel suites: build a roster workbook, upload it, read an answer as a workbook. */

export type RosterInput = Partial<Record<RosterColumnKey, string | number | Date | { formula: string }>>;

let seq = 0;

/** A valid roster row of a cadre of `unitCode` (labels, not codes), with a fresh ID number. */
export function rosterRow(unitCode: string, overrides: RosterInput = {}): RosterInput {
  seq += 1;
  // distinct ID numbers: a birth date per 400 rows, a sequence number within it
  const birthDate = (overrides.birthDate as string | undefined) ?? new Date(Date.UTC(1975, 0, 1) + Math.floor(seq / 400) * 86_400_000).toISOString().slice(0, 10);
  const female = overrides.gender === '女';
  return {
    unitCode,
    name: `导入${seq}`,
    gender: '男',
    birthDate,
    idNumber: makeIdNumber('420607', birthDate, ((seq % 400) * 2 + (female ? 2 : 1)) % 1000),
    education: '大专',
    politicalStatus: '中共党员',
    phone: '13900139000',
    ...overrides,
  };
}

/** A roster workbook: the template's headers (or `columns`), an optional hint row, then the rows. */
export async function rosterWorkbook(rows: RosterInput[], options: { columns?: RosterColumnKey[]; hints?: boolean } = {}): Promise<Buffer> {
  const columns = options.columns ?? ROSTER_COLUMNS.map((c) => c.key);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow(columns.map((key) => ROSTER_COLUMNS.find((c) => c.key === key)!.header.zh));
  if (options.hints !== false) sheet.addRow(columns.map((key) => ROSTER_COLUMNS.find((c) => c.key === key)!.hint.zh));
  for (const row of rows) sheet.addRow(columns.map((key) => row[key] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface UploadAnswer {
  status: number;
  body: {
    dryRun?: boolean;
    ok?: boolean;
    counts?: { rows: number; created: number; updated: number; unchanged: number; cadres: { created: number; updated: number; unchanged: number }; appointments: { created: number; updated: number; unchanged: number } };
    problemCount?: number;
    problems?: { row: number; column: string | null; header: string | null; cell: string | null; message: string; messageZh: string }[];
    importRun?: { id: string; status: string; rowsTotal: number; rowsDone: number; rowsLeft: number; created: number; updated: number; unchanged: number };
    errors?: { message: string; extensions: { code: string; messageZh: string; problems?: { row: number; column: string }[] } }[];
  };
}

/** `POST /excel/roster-import` with the file as the body. */
export async function upload(api: TestApi, token: string | null, bytes: Buffer | Uint8Array, query: string): Promise<UploadAnswer> {
  const res = await fetch(`${api.url}/excel/roster-import?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: bytes,
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as UploadAnswer['body']) : {} };
}

/** A workbook answer (a download) read back: the first sheet's values, row by row (1-based). */
export async function readWorkbook(bytes: ArrayBuffer): Promise<{ rows: unknown[][]; sheet: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return { rows, sheet };
}
