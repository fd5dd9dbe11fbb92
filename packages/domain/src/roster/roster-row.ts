import { isIsoDate, type IsoDate } from '../shared/date';
import type { Label, Labels } from '../shared/labels';
import { TEXT_LIMITS } from '../shared/input-limits';
import { unitKindLabels, type UnitKind } from '../org/unit';
import { postTitleLabels, type PostTitle } from '../org/post';
import { educationLabels, genderLabels, politicalStatusLabels, selectionMethodLabels, type Education, type Gender, type PoliticalStatus, type SelectionMethod } from '../cadre/enums';
import { checkCadreFacts } from '../cadre/validation';
import { checkAppointmentDates } from '../cadre/validation';
import { Problems } from '../shared/errors';

/**
 * The roster (花名册) of the base data as one sheet: each row names a unit (by its code), a cadre
 * (by ID number) and, optionally, the post the cadre holds and since when (ORG-2/4, SEL-1/2).
 * Enumerations are written as their Chinese labels. The same checks as the API's mutations apply
 * (checkCadreFacts, checkAppointmentDates); what needs the database (one holder per post at a
 * date, a code of another unit) is checked by the API's importer.
 */
export type RosterColumnKey =
  | 'unitCode'
  | 'unitName'
  | 'unitKind'
  | 'postTitle'
  | 'postName'
  | 'name'
  | 'gender'
  | 'birthDate'
  | 'idNumber'
  | 'ethnicity'
  | 'education'
  | 'politicalStatus'
  | 'phone'
  | 'isCollegeGraduateOfficial'
  | 'startDate'
  | 'selectionMethod'
  | 'note';

export interface RosterColumn {
  key: RosterColumnKey;
  header: Label;
  /** the hint row under the headers */
  hint: Label;
  required: boolean;
  kind: 'text' | 'date' | 'enum' | 'boolean';
  labels?: Labels<string>;
  max?: number;
}

const YES_NO: Labels<'YES' | 'NO'> = { YES: { zh: '是', en: 'Yes' }, NO: { zh: '否', en: 'No' } };

export const ROSTER_SHEET: Label = { zh: '花名册', en: 'Roster' };

export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  { key: 'unitCode', header: { zh: '单位代码', en: 'Unit code' }, hint: { zh: '必填；2-32 位字母、数字、- 或 _', en: 'required; 2-32 letters, digits, - or _' }, required: true, kind: 'text', max: TEXT_LIMITS.Unit.code.max },
  { key: 'unitName', header: { zh: '单位名称', en: 'Unit name' }, hint: { zh: '新单位必填', en: 'required for a new unit' }, required: false, kind: 'text', max: TEXT_LIMITS.Unit.name.max },
  { key: 'unitKind', header: { zh: '单位类型', en: 'Unit kind' }, hint: { zh: '村 / 社区；新单位必填', en: 'village / community; required for a new unit' }, required: false, kind: 'enum', labels: unitKindLabels },
  { key: 'postTitle', header: { zh: '岗位职务', en: 'Post title' }, hint: { zh: '从下拉列表选择；不任职可留空', en: 'pick from the list; empty when holding no post' }, required: false, kind: 'enum', labels: postTitleLabels },
  { key: 'postName', header: { zh: '岗位名称', en: 'Post name' }, hint: { zh: '可留空(默认为职务名称)', en: 'optional (defaults to the title)' }, required: false, kind: 'text', max: TEXT_LIMITS.Post.name.max },
  { key: 'name', header: { zh: '姓名', en: 'Name' }, hint: { zh: '必填', en: 'required' }, required: true, kind: 'text', max: TEXT_LIMITS.Cadre.name.max },
  { key: 'gender', header: { zh: '性别', en: 'Gender' }, hint: { zh: '男 / 女', en: 'male / female' }, required: true, kind: 'enum', labels: genderLabels },
  { key: 'birthDate', header: { zh: '出生日期', en: 'Birth date' }, hint: { zh: '必填；如 1985-06-15', en: 'required; e.g. 1985-06-15' }, required: true, kind: 'date' },
  { key: 'idNumber', header: { zh: '身份证号', en: 'ID number' }, hint: { zh: '必填；18 位，按 GB 11643 校验', en: 'required; 18 characters, GB 11643 checksum' }, required: true, kind: 'text', max: TEXT_LIMITS.Cadre.idNumber.max },
  { key: 'ethnicity', header: { zh: '民族', en: 'Ethnicity' }, hint: { zh: '如 汉族', en: 'e.g. Han' }, required: false, kind: 'text', max: TEXT_LIMITS.Cadre.ethnicity.max },
  { key: 'education', header: { zh: '学历', en: 'Education' }, hint: { zh: '从下拉列表选择', en: 'pick from the list' }, required: false, kind: 'enum', labels: educationLabels },
  { key: 'politicalStatus', header: { zh: '政治面貌', en: 'Political status' }, hint: { zh: '从下拉列表选择', en: 'pick from the list' }, required: false, kind: 'enum', labels: politicalStatusLabels },
  { key: 'phone', header: { zh: '联系电话', en: 'Phone' }, hint: { zh: '手机或固定电话', en: 'mobile or landline' }, required: false, kind: 'text', max: TEXT_LIMITS.Cadre.phone.max },
  { key: 'isCollegeGraduateOfficial', header: { zh: '大学生村官', en: 'College-graduate official' }, hint: { zh: '是 / 否', en: 'yes / no' }, required: false, kind: 'boolean', labels: YES_NO },
  { key: 'startDate', header: { zh: '任职日期', en: 'Start date' }, hint: { zh: '填写岗位时必填', en: 'required with a post' }, required: false, kind: 'date' },
  { key: 'selectionMethod', header: { zh: '选任方式', en: 'Selection method' }, hint: { zh: '从下拉列表选择', en: 'pick from the list' }, required: false, kind: 'enum', labels: selectionMethodLabels },
  { key: 'note', header: { zh: '备注', en: 'Note' }, hint: { zh: '可留空', en: 'optional' }, required: false, kind: 'text', max: TEXT_LIMITS.Cadre.note.max },
];

/** The facts of one roster row, with enumerations as codes. */
export interface RosterFacts {
  unitCode: string;
  unitName: string | null;
  unitKind: UnitKind | null;
  postTitle: PostTitle | null;
  postName: string | null;
  name: string;
  gender: Gender | null;
  birthDate: IsoDate | null;
  idNumber: string;
  ethnicity: string | null;
  education: Education | null;
  politicalStatus: PoliticalStatus | null;
  phone: string | null;
  isCollegeGraduateOfficial: boolean;
  startDate: IsoDate | null;
  selectionMethod: SelectionMethod | null;
  note: string | null;
}

/** A problem of one cell (or of the row, when `column` is null). */
export interface RosterProblem {
  column: RosterColumnKey | null;
  message: string;
  messageZh: string;
}

/**
 * A cell's value as read from a workbook: text, a number, a date (a date-formatted cell), a
 * boolean, or a formula (refused: a value belongs there), or nothing.
 */
export type RosterCell = string | number | boolean | Date | { formula: string } | null | undefined;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A date cell as an ISO date: a date-formatted cell, or text `YYYY-MM-DD` / `YYYY/M/D` / `YYYY.M.D` / `YYYYMMDD`. */
export function rosterDate(value: RosterCell): IsoDate | null | 'invalid' {
  if (value == null || value === '') return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return 'invalid';
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  const text = String(value).trim();
  if (!text) return null;
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return 'invalid';
  const iso = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  return isIsoDate(iso) ? iso : 'invalid';
}

function textOf(value: RosterCell): string {
  if (value == null) return '';
  if (value instanceof Date) return rosterDate(value) as string;
  return String(value).trim();
}

/** The code of an enumeration written as its label (Chinese or English, or the code itself). */
export function codeOfLabel<T extends string>(labels: Labels<T>, text: string): T | null {
  const wanted = text.trim().toLowerCase();
  for (const [code, label] of Object.entries(labels) as [T, Label][]) {
    if (label.zh === text.trim() || label.en.toLowerCase() === wanted || code.toLowerCase() === wanted) return code;
  }
  return null;
}

function columnOf(key: RosterColumnKey): RosterColumn {
  return ROSTER_COLUMNS.find((c) => c.key === key)!;
}

/**
 * Reads one row (cells by column key) into facts and checks it with the rules the API's mutations
 * apply (SEL-1 personal data and ID number checksum, SEL-2 dates, ORG-4 post titles), given the
 * date of the import. Every problem names its column, in Chinese and English.
 */
export function parseRosterRow(cells: Partial<Record<RosterColumnKey, RosterCell>>, today: IsoDate): { facts: RosterFacts; problems: RosterProblem[] } {
  const problems: RosterProblem[] = [];
  const add = (column: RosterColumnKey | null, message: string, messageZh: string) => problems.push({ column, message, messageZh });
  const values: Partial<Record<RosterColumnKey, unknown>> = {};
  for (const column of ROSTER_COLUMNS) {
    const raw = cells[column.key];
    if (raw != null && typeof raw === 'object' && !(raw instanceof Date) && 'formula' in raw) {
      add(column.key, 'a formula where a value belongs: enter the value itself', '此处应填写数值，不能是公式');
      values[column.key] = null;
      continue;
    }
    const cell = raw as Exclude<RosterCell, { formula: string }>;
    if (column.kind === 'date') {
      const date = rosterDate(cell);
      if (date === 'invalid') add(column.key, 'not a date (YYYY-MM-DD)', `“${column.header.zh}”不是有效日期(应为 YYYY-MM-DD)`);
      values[column.key] = date === 'invalid' ? null : date;
    } else {
      const text = textOf(cell);
      if (column.kind === 'enum' || column.kind === 'boolean') {
        if (!text) values[column.key] = null;
        else {
          const code = codeOfLabel(column.labels!, text);
          if (!code) add(column.key, `must be one of: ${Object.values(column.labels!).map((l) => l.en).join(', ')}`, `“${column.header.zh}”应为以下之一：${Object.values(column.labels!).map((l) => l.zh).join('、')}`);
          values[column.key] = code;
        }
      } else {
        if (column.max !== undefined && text.length > column.max) add(column.key, `at most ${column.max} characters`, `“${column.header.zh}”不能超过 ${column.max} 个字`);
        values[column.key] = text || null;
      }
    }
    if (column.required && (values[column.key] == null || values[column.key] === '') && !problems.some((p) => p.column === column.key)) {
      add(column.key, 'required', `“${column.header.zh}”为必填项`);
    }
  }
  const facts: RosterFacts = {
    unitCode: (values.unitCode as string | null) ?? '',
    unitName: (values.unitName as string | null) ?? null,
    unitKind: (values.unitKind as UnitKind | null) ?? null,
    postTitle: (values.postTitle as PostTitle | null) ?? null,
    postName: (values.postName as string | null) ?? null,
    name: (values.name as string | null) ?? '',
    gender: (values.gender as Gender | null) ?? null,
    birthDate: (values.birthDate as IsoDate | null) ?? null,
    idNumber: ((values.idNumber as string | null) ?? '').toUpperCase(),
    ethnicity: (values.ethnicity as string | null) ?? null,
    education: (values.education as Education | null) ?? null,
    politicalStatus: (values.politicalStatus as PoliticalStatus | null) ?? null,
    phone: (values.phone as string | null) ?? null,
    isCollegeGraduateOfficial: values.isCollegeGraduateOfficial === 'YES',
    startDate: (values.startDate as IsoDate | null) ?? null,
    selectionMethod: (values.selectionMethod as SelectionMethod | null) ?? null,
    note: (values.note as string | null) ?? null,
  };
  const seen = new Set(problems.map((p) => p.column));
  if (facts.unitCode && !seen.has('unitCode') && !/^[A-Za-z0-9_-]{2,32}$/.test(facts.unitCode)) {
    add('unitCode', '2 to 32 letters, digits, - or _', '单位代码应为 2 至 32 位字母、数字、- 或 _');
  }
  // SEL-1 the same checks as createCadre / updateCadre
  const cadreProblems = new Problems();
  checkCadreFacts({ name: facts.name || ' ', gender: facts.gender, birthDate: facts.birthDate, idNumber: facts.idNumber || null, phone: facts.phone }, today, cadreProblems);
  for (const p of problemsOf(cadreProblems)) {
    const key = p.field as RosterColumnKey;
    if (!seen.has(key) && !(key === 'name' && !facts.name)) add(key, p.message, p.messageZh ?? p.message);
  }
  // SEL-2 a post needs its start date; a start date needs a post
  if (facts.postTitle) {
    if (!facts.startDate && !seen.has('startDate')) add('startDate', 'required with a post', `填写了岗位时“${columnOf('startDate').header.zh}”为必填项`);
    else if (facts.startDate) {
      for (const p of problemsOf(checkAppointmentDates(facts.startDate, null))) add('startDate', p.message, p.messageZh ?? p.message);
      if (facts.startDate > today) add('startDate', 'lies in the future', '任职日期不能晚于今天');
    }
  } else if (facts.startDate || facts.postName || facts.selectionMethod) {
    if (!seen.has('postTitle')) add('postTitle', 'required when a post name, start date or selection method is given', '填写了岗位名称、任职日期或选任方式时，“岗位职务”为必填项');
  }
  return { facts, problems };
}

/** The problems a `Problems` collected, without throwing. */
function problemsOf(problems: Problems): { field: string; message: string; messageZh?: string }[] {
  try {
    problems.throwIfAny();
    return [];
  } catch (error) {
    return (error as { problems: { field: string; message: string; messageZh?: string }[] }).problems;
  }
}

/** The header of a column in a workbook, matched in Chinese or English (spaces ignored). */
export function rosterColumnOfHeader(header: string): RosterColumnKey | null {
  const text = header.replace(/\s+/g, '').replace(/[*＊]/g, '').toLowerCase();
  for (const column of ROSTER_COLUMNS) {
    if (column.header.zh === text || column.header.en.replace(/\s+/g, '').toLowerCase() === text) return column.key;
  }
  return null;
}
