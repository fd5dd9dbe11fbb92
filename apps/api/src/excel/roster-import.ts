import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import {
  ROSTER_COLUMNS,
  Role,
  parseRosterRow,
  postTitleLabels,
  type Education,
  type Gender,
  type IsoDate,
  type PoliticalStatus,
  type PostTitle,
  type RosterColumnKey,
  type RosterFacts,
  type SelectionMethod,
  type UnitKind,
  type Viewer,
} from '@liangwei/domain';
import { EMPTY, bool, join, num, query, raw, sql, type Sql } from '../common/sql';
import { nameSortKey } from '../common/name-sort';
import { scopedUnitIdOf } from '../db/scope';
import type { RosterSheet } from './roster-read';

/** A problem of one cell of the uploaded sheet, named by row and column, in Chinese and English. */
export interface ImportProblem {
  row: number;
  /** the column's key, or null for the whole row */
  column: RosterColumnKey | null;
  /** the column's header (Chinese) and letter in the uploaded sheet */
  header: string | null;
  cell: string | null;
  message: string;
  messageZh: string;
}

export interface ImportCounts {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  units: KindCounts;
  posts: KindCounts;
  cadres: KindCounts;
  appointments: KindCounts;
}

interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * What the plan knows of one stored (or new) record: plain data, never a managed entity. `version`
 * is the one read (null: created by this import); `row` is the first row of the file that created
 * or changed it; `before` holds the values as read once a row has changed them.
 */
interface PlannedRecord {
  id: string;
  version: number | null;
  row: number;
  /** what this import does with it, for the counts: see `Tally` */
  tally: number;
}

export interface UnitRecord extends PlannedRecord {
  code: string;
  name: string;
  kind: UnitKind;
  nameSort: string;
  before: { name: string; kind: UnitKind } | null;
}

export interface PostRecord extends PlannedRecord {
  unitId: string;
  title: PostTitle;
  name: string;
}

export interface CadreRecord extends PlannedRecord {
  unitId: string;
  idNumber: string;
  name: string;
  gender: Gender;
  birthDate: string;
  ethnicity: string | null;
  education: Education | null;
  politicalStatus: PoliticalStatus | null;
  phone: string | null;
  note: string | null;
  isCollegeGraduateOfficial: boolean;
  nameSort: string;
  before: CadreValues | null;
}

export interface AppointmentRecord extends PlannedRecord {
  unitId: string;
  postId: string;
  cadreId: string;
  startDate: string;
  endDate: string | null;
  selectionMethod: SelectionMethod | null;
  before: AppointmentValues | null;
}

export const CADRE_FIELDS = ['name', 'gender', 'birthDate', 'ethnicity', 'education', 'politicalStatus', 'phone', 'note'] as const;
export const CADRE_VALUES = [...CADRE_FIELDS, 'isCollegeGraduateOfficial'] as const;
type CadreValues = Pick<CadreRecord, (typeof CADRE_VALUES)[number]>;
export const APPOINTMENT_VALUES = ['startDate', 'endDate', 'selectionMethod'] as const;
type AppointmentValues = Pick<AppointmentRecord, (typeof APPOINTMENT_VALUES)[number]>;

/**
 * What an import writes, in the order it must be written: records to insert in their final state,
 * and stored records to update (guarded by the version read). Posts are never updated.
 */
export interface RosterWrites {
  units: { insert: UnitRecord[]; update: UnitRecord[] };
  posts: { insert: PostRecord[] };
  cadres: { insert: CadreRecord[]; update: CadreRecord[] };
  appointments: { insert: AppointmentRecord[]; update: AppointmentRecord[] };
}

export interface PlanResult {
  problems: ImportProblem[];
  counts: ImportCounts;
  /** what to write (empty unless planned with `write`) */
  writes: RosterWrites;
  /** what the plan read the database for, and a digest of what it read (see `storedDigest`) */
  keys: StoredKeys;
  stored: string;
}

export interface PlanOptions {
  viewer: Viewer;
  /** prepare the writes (the sort keys of new and changed names) or only check */
  write: boolean;
  /** rows decided so far, while the plan runs */
  onProgress?(rowsDone: number): void;
  /** let each row's facts go once it is decided (the plan is the last to read them) */
  release?: boolean;
}

const OPEN_END = '9999-12-31';
/** values per `in (…)` of a read */
const CHUNK = 500;
/** rows decided between two yields to the event loop */
const ROWS_PER_SLICE = 1000;

function letter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A new record's id: a random UUID (v4), as the entities' `randomUUID()`, built as one flat string.
 * `randomUUID()` answers a string made of some twenty concatenated pieces, about 500 bytes of
 * memory while it is kept; the plan keeps the id of every record it creates.
 */
let randomPool = Buffer.alloc(0);
let randomOffset = 0;
export function newId(): string {
  if (randomOffset + 16 > randomPool.length) {
    randomPool = randomBytes(16 * 1024);
    randomOffset = 0;
  }
  const b = randomPool.subarray(randomOffset, randomOffset + 16);
  randomOffset += 16;
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
}

export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** `in (?, ?, …)` of the values. */
function inList(values: readonly string[]): Sql {
  return sql`(${join(
    values.map((v) => sql`${v}`),
    ', ',
  )})`;
}

/** Runs `build` for each chunk of `values` (plain rows), yielding to the event loop between statements. */
async function readInChunks<T>(em: EntityManager, values: readonly string[], build: (part: readonly string[]) => Sql, each: (row: T) => void): Promise<void> {
  for (let i = 0; i < values.length; i += CHUNK) {
    for (const row of await query<T>(em, build(values.slice(i, i + CHUNK)))) each(row);
    await yieldToEventLoop();
  }
}

/**
 * One string for each repeated text read from the database (labels, dates): the driver answers a
 * string per row and column, and the plan keeps tens of thousands of rows.
 */
class SharedTexts {
  private readonly texts = new Map<string, string>();
  of<T extends string | null>(text: T): T {
    if (text === null) return text;
    const kept = this.texts.get(text);
    if (kept !== undefined) return kept as T;
    this.texts.set(text, text);
    return text;
  }
}

const UNTOUCHED = 0;
const UNCHANGED = 1;
const UPDATED = 2;
const CREATED = 3;

/**
 * The records of one kind the rows name: created, updated (counted once, and not when created by
 * this import) or left unchanged; the created and updated ones in the order the rows first named
 * them (the order they are written). The record carries its own state: no set of every record.
 */
class Tally<T extends PlannedRecord> {
  readonly inserts: T[] = [];
  readonly updates: T[] = [];
  private touched = 0;
  create(record: T): void {
    record.tally = CREATED;
    this.inserts.push(record);
    this.touched += 1;
  }
  update(record: T): void {
    if (record.tally === CREATED || record.tally === UPDATED) return;
    if (record.tally === UNTOUCHED) this.touched += 1;
    record.tally = UPDATED;
    this.updates.push(record);
  }
  touch(record: T): void {
    if (record.tally !== UNTOUCHED) return;
    record.tally = UNCHANGED;
    this.touched += 1;
  }
  counts(): KindCounts {
    return { created: this.inserts.length, updated: this.updates.length, unchanged: this.touched - this.inserts.length - this.updates.length };
  }
}

type UnitRow = { id: string; version: number | string; code: string; name: string; kind: UnitKind };
type PostRow = { id: string; version: number | string; unit_id: string; title: PostTitle; name: string };
type AppointmentRow = { id: string; version: number | string; post_id: string; cadre_id: string; start_date: string; end_date: string | null; selection_method: SelectionMethod | null };
type CadreRow = {
  id: string;
  version: number | string;
  unit_id: string;
  id_number: string;
  name: string;
  gender: Gender;
  birth_date: string;
  ethnicity: string | null;
  education: Education | null;
  political_status: PoliticalStatus | null;
  phone: string | null;
  note: string | null;
  is_college_graduate_official: unknown;
};

/** The rows of an uploaded sheet, each checked on its own: what the plan needs of them, and their problems. */
export interface ParsedRoster {
  /** in file order: the row number, and its facts (null: the row has problems of its own and is not decided) */
  rows: { row: number; facts: RosterFacts | null }[];
  /** the rows' own problems (SEL-1 personal data, SEL-2 dates, labels) */
  problems: ImportProblem[];
  /** the sheet's column number of each roster column (the problems' cells) */
  columns: Map<RosterColumnKey, number>;
}

/** A problem of a cell (or of the row), named by its header and the cell's address in the sheet. */
function problemOf(columns: Map<RosterColumnKey, number>, row: number, column: RosterColumnKey | null, message: string, messageZh: string): ImportProblem {
  const index = column ? columns.get(column) : undefined;
  return { row, column, header: column ? ROSTER_COLUMNS.find((c) => c.key === column)!.header.zh : null, cell: index ? `${letter(index)}${row}` : null, message, messageZh };
}

/**
 * Every row on its own, with the rules the mutations apply (parseRosterRow): the facts the plan
 * decides on. The cells are not kept: a checked file's facts are what the job needs of it.
 */
export async function parseRoster(sheet: RosterSheet, today: IsoDate): Promise<ParsedRoster> {
  const rows: ParsedRoster['rows'] = [];
  const problems: ImportProblem[] = [];
  for (const { row, cells } of sheet.rows) {
    const { facts, problems: rowProblems } = parseRosterRow(cells, today);
    for (const p of rowProblems) problems.push(problemOf(sheet.columns, row, p.column, p.message, p.messageZh));
    rows.push({ row, facts: rowProblems.length === 0 ? facts : null });
    if (rows.length % ROWS_PER_SLICE === 0) await yieldToEventLoop();
  }
  return { rows, problems, columns: sheet.columns };
}

/** What the rows name, for reading what the database holds of it: unit codes and ID numbers. */
export interface StoredKeys {
  codes: ReadonlySet<string>;
  idNumbers: readonly string[];
}

function keysOf(parsed: ParsedRoster): StoredKeys {
  const named = parsed.rows.flatMap((r) => (r.facts ? [r.facts] : []));
  return { codes: new Set(named.map((f) => f.unitCode)), idNumbers: [...new Set(named.map((f) => f.idNumber).filter(Boolean))] };
}

/** The rows of what the database holds of the records a file names, as `readStored` reads them. */
interface StoredRows {
  unit(row: UnitRow): void;
  post(row: PostRow): void;
  appointment(row: AppointmentRow): void;
  cadre(row: CadreRow): void;
  /** an ID number registered in a unit the viewer does not see */
  elsewhere(idNumber: string): void;
}

/**
 * Reads what the database holds of the units, posts, cadres and appointments the rows name, as plain
 * rows, in chunks, outside any transaction, with the viewer's unit scope (ROLE-3): every unit the
 * viewer sees (codes, and names unique across units), the posts of the units named and their
 * appointments, the cadres by ID number, and for a unit user the ID numbers registered elsewhere.
 * The same database state gives the same rows in the same order.
 */
async function readStored(em: EntityManager, keys: StoredKeys, viewer: Viewer, into: StoredRows): Promise<void> {
  const { codes, idNumbers } = keys;
  const scope = scopedUnitIdOf(em);
  const inScope = (column: string) => (scope != null ? sql` and ${raw(column)} = ${scope}` : EMPTY);
  const unitIds: string[] = [];
  for (const u of await query<UnitRow>(em, sql`select id, version, code, name, kind from unit where 1 = 1${inScope('id')} order by id`)) {
    into.unit(u);
    if (codes.has(u.code)) unitIds.push(u.id);
  }
  await yieldToEventLoop();
  const postIds: string[] = [];
  await readInChunks<PostRow>(
    em,
    unitIds,
    (part) => sql`select id, version, unit_id, title, name from post where unit_id in ${inList(part)}${inScope('unit_id')} order by id`,
    (p) => {
      into.post(p);
      postIds.push(p.id);
    },
  );
  await readInChunks<AppointmentRow>(
    em,
    postIds,
    (part) => sql`select id, version, post_id, cadre_id, start_date, end_date, selection_method from appointment where post_id in ${inList(part)}${inScope('unit_id')} order by start_date, id`,
    (a) => into.appointment(a),
  );
  const found = new Set<string>();
  await readInChunks<CadreRow>(
    em,
    idNumbers,
    (part) =>
      sql`select id, version, unit_id, id_number, name, gender, birth_date, ethnicity, education, political_status, phone, note, is_college_graduate_official from cadre where id_number in ${inList(part)}${inScope('unit_id')} order by id`,
    (c) => {
      into.cadre(c);
      found.add(c.id_number);
    },
  );
  if (viewer.role === Role.UNIT_USER) {
    await readInChunks<{ id_number: string }>(
      em,
      idNumbers.filter((n) => !found.has(n)),
      (part) => sql`select id_number from cadre where id_number in ${inList(part)} order by id_number`,
      (c) => into.elsewhere(c.id_number),
    );
  }
}

/** A digest of the rows `readStored` read: equal digests, the same database state for this file and viewer. */
class StoredDigest implements StoredRows {
  private readonly hash = createHash('sha256');
  private feed(...values: unknown[]): void {
    this.hash.update(`${values.map((v) => (v == null ? '\u0001' : String(v))).join('\u0000')}\n`);
  }
  unit(u: UnitRow): void {
    this.feed('unit', u.id, num(u.version), u.code, u.name, u.kind);
  }
  post(p: PostRow): void {
    this.feed('post', p.id, num(p.version), p.unit_id, p.title, p.name);
  }
  appointment(a: AppointmentRow): void {
    this.feed('appointment', a.id, num(a.version), a.post_id, a.cadre_id, a.start_date, a.end_date, a.selection_method);
  }
  cadre(c: CadreRow): void {
    this.feed('cadre', c.id, num(c.version), c.unit_id, c.id_number, c.name, c.gender, c.birth_date, c.ethnicity, c.education, c.political_status, c.phone, c.note, bool(c.is_college_graduate_official));
  }
  elsewhere(idNumber: string): void {
    this.feed('elsewhere', idNumber);
  }
  value(): string {
    return this.hash.digest('base64');
  }
}

/**
 * Whether the database still holds what a plan read: the same reads as the plan's, digested
 * without keeping anything (the job compares it with the check's plan before writing that plan).
 */
export async function storedDigest(em: EntityManager, keys: StoredKeys, viewer: Viewer): Promise<string> {
  const digest = new StoredDigest();
  await readStored(em, keys, viewer, digest);
  return digest.value();
}

/**
 * Checks the parsed rows against the database, in file order, as the mutations would, and plans
 * the writes: units matched by code (a unit user: its own unit only; new units: the admin only),
 * posts by unit + title + name, cadres by ID number, and SEL-2 one holder per post at a time — a
 * new holder ends the current appointment on the new start date; a row that repeats the stored
 * state changes nothing. Empty optional cells leave stored values as they are.
 *
 * Runs outside any transaction: what the database holds of the units, posts, cadres and
 * appointments the file names is read as plain rows, in chunks (the viewer's unit scope added,
 * ROLE-3), and every decision is made in memory. `writeRoster` writes the result; the version of
 * each record to update is the one read here, so a record changed meanwhile fails the write.
 */
export async function planRoster(em: EntityManager, parsed: ParsedRoster, options: PlanOptions): Promise<PlanResult> {
  const { viewer } = options;
  const problems: ImportProblem[] = [...parsed.problems];
  const problem = (row: number, column: RosterColumnKey | null, message: string, messageZh: string) => problems.push(problemOf(parsed.columns, row, column, message, messageZh));
  const keys = keysOf(parsed);

  // 1. what the database holds of the units, posts, cadres and appointments the file names
  const digest = new StoredDigest();
  const shared = new SharedTexts();
  // every unit the viewer sees (a unit user: its own), for codes and the unique names (ORG-2)
  const units = new Map<string, UnitRecord>();
  const unitsById = new Map<string, UnitRecord>();
  const unitsByName = new Map<string, UnitRecord>();
  const posts = new Map<string, PostRecord>();
  const postsById = new Map<string, PostRecord>();
  const postKey = (unitId: string, title: string, name: string) => `${unitId}\u0000${title}\u0000${name}`;
  const history = new Map<string, AppointmentRecord[]>();
  const cadres = new Map<string, CadreRecord>();
  // ID numbers registered in a unit this viewer does not see (unique across the subdistrict, SEL-1)
  const elsewhere = new Set<string>();
  await readStored(em, keys, viewer, {
    unit(u) {
      digest.unit(u);
      const unit: UnitRecord = { id: u.id, version: num(u.version), row: 0, tally: UNTOUCHED, code: u.code, name: u.name, kind: shared.of(u.kind), nameSort: '', before: null };
      units.set(unit.code, unit);
      unitsById.set(unit.id, unit);
      unitsByName.set(unit.name, unit);
    },
    post(p) {
      digest.post(p);
      const unitId = unitsById.get(p.unit_id)?.id ?? p.unit_id;
      const post: PostRecord = { id: p.id, version: num(p.version), row: 0, tally: UNTOUCHED, unitId, title: shared.of(p.title), name: p.name };
      posts.set(postKey(unitId, p.title, p.name), post);
      postsById.set(post.id, post);
    },
    appointment(a) {
      digest.appointment(a);
      // an appointment's unit is its post's
      const post = postsById.get(a.post_id)!;
      const list = history.get(post.id) ?? [];
      list.push({
        id: a.id,
        version: num(a.version),
        row: 0,
        tally: UNTOUCHED,
        unitId: post.unitId,
        postId: post.id,
        cadreId: a.cadre_id,
        startDate: shared.of(a.start_date),
        endDate: shared.of(a.end_date),
        selectionMethod: shared.of(a.selection_method),
        before: null,
      });
      history.set(post.id, list);
    },
    cadre(c) {
      digest.cadre(c);
      cadres.set(c.id_number, {
        id: c.id,
        version: num(c.version),
        row: 0,
        tally: UNTOUCHED,
        unitId: unitsById.get(c.unit_id)?.id ?? c.unit_id,
        idNumber: c.id_number,
        name: c.name,
        gender: shared.of(c.gender),
        birthDate: shared.of(c.birth_date),
        ethnicity: shared.of(c.ethnicity),
        education: shared.of(c.education),
        politicalStatus: shared.of(c.political_status),
        phone: c.phone,
        note: c.note,
        isCollegeGraduateOfficial: bool(c.is_college_graduate_official),
        nameSort: '',
        before: null,
      });
    },
    elsewhere(idNumber) {
      digest.elsewhere(idNumber);
      elsewhere.add(idNumber);
    },
  });
  postsById.clear();
  const ownUnit = viewer.role === Role.UNIT_USER ? (viewer.unitId ? (unitsById.get(viewer.unitId) ?? null) : null) : null;

  const tallies = { units: new Tally<UnitRecord>(), posts: new Tally<PostRecord>(), cadres: new Tally<CadreRecord>(), appointments: new Tally<AppointmentRecord>() };
  const seenIds = new Map<string, number>();
  const unitFacts = new Map<string, { row: number; name: string | null; kind: string | null }>();

  // 2. the rows in order, against the state the earlier rows left
  for (let i = 0; i < parsed.rows.length; i += 1) {
    const parsedRow = parsed.rows[i]!;
    if (parsedRow.facts) processRow(parsedRow.row, parsedRow.facts);
    if (options.release) parsedRow.facts = null;
    if ((i + 1) % ROWS_PER_SLICE === 0) {
      options.onProgress?.(i + 1);
      await yieldToEventLoop();
    }
  }
  options.onProgress?.(parsed.rows.length);

  /** Keeps the values as read before the first change of a stored record (for the audit), and the row that changed it. */
  function changing<T extends PlannedRecord & { before: unknown }>(record: T, row: number, snapshot: () => T['before']): void {
    if (record.row === 0) record.row = row;
    if (record.version !== null && record.before === null) record.before = snapshot();
  }

  function processRow(row: number, facts: RosterFacts): void {
    const before = problems.length;
    // the unit, by code
    let unit = units.get(facts.unitCode);
    if (viewer.role === Role.UNIT_USER && (!ownUnit || facts.unitCode !== ownUnit.code)) {
      problem(row, 'unitCode', `A unit user imports into its own unit (${ownUnit?.code ?? '—'}) only.`, `只能导入本单位(${ownUnit?.name ?? '—'}，代码 ${ownUnit?.code ?? '—'})的数据`);
      return;
    }
    const earlier = unitFacts.get(facts.unitCode);
    if (earlier && ((facts.unitName && earlier.name && facts.unitName !== earlier.name) || (facts.unitKind && earlier.kind && facts.unitKind !== earlier.kind))) {
      problem(row, facts.unitName && facts.unitName !== earlier.name ? 'unitName' : 'unitKind', `differs from row ${earlier.row} for the same unit code`, `与第 ${earlier.row} 行同一单位代码的单位信息不一致`);
      return;
    }
    if (!earlier) unitFacts.set(facts.unitCode, { row, name: facts.unitName, kind: facts.unitKind });
    if (!unit) {
      if (viewer.role !== Role.SUBDISTRICT_ADMIN) {
        problem(row, 'unitCode', 'no unit has this code', `没有代码为 ${facts.unitCode} 的单位`);
        return;
      }
      if (!facts.unitName) problem(row, 'unitName', 'a new unit needs its name', '新单位须填写“单位名称”');
      if (!facts.unitKind) problem(row, 'unitKind', 'a new unit needs its kind', '新单位须填写“单位类型”');
      if (problems.length > before) return;
      if (unitsByName.has(facts.unitName!)) {
        problem(row, 'unitName', 'a unit with this name exists already', `已存在同名的村(社区)：${facts.unitName}`);
        return;
      }
      unit = { id: newId(), version: null, row, tally: UNTOUCHED, code: facts.unitCode, name: facts.unitName!, kind: facts.unitKind!, nameSort: '', before: null };
      units.set(unit.code, unit);
      unitsById.set(unit.id, unit);
      unitsByName.set(unit.name, unit);
      tallies.units.create(unit);
    } else {
      const rename = facts.unitName && facts.unitName !== unit.name;
      const rekind = facts.unitKind && facts.unitKind !== unit.kind;
      if (rename || rekind) {
        if (viewer.role !== Role.SUBDISTRICT_ADMIN) {
          problem(row, rename ? 'unitName' : 'unitKind', 'only the subdistrict changes a unit’s name or kind', `单位名称和类型只能由办事处修改(现为：${unit.name}，${unit.kind === 'VILLAGE' ? '村' : '社区'})`);
          return;
        }
        const named = rename ? unitsByName.get(facts.unitName!) : undefined;
        if (named && named !== unit) {
          problem(row, 'unitName', 'a unit with this name exists already', `已存在同名的村(社区)：${facts.unitName}`);
          return;
        }
        const stored = unit;
        changing(stored, row, () => ({ name: stored.name, kind: stored.kind }));
        if (rename) {
          unitsByName.delete(unit.name);
          unit.name = facts.unitName!;
          unitsByName.set(unit.name, unit);
        }
        if (rekind) unit.kind = facts.unitKind!;
        tallies.units.update(unit);
      } else tallies.units.touch(unit);
    }

    // the cadre, by ID number
    const firstRow = seenIds.get(facts.idNumber);
    if (firstRow !== undefined) {
      problem(row, 'idNumber', `the same ID number as row ${firstRow}`, `身份证号与第 ${firstRow} 行重复`);
      return;
    }
    seenIds.set(facts.idNumber, row);
    if (elsewhere.has(facts.idNumber)) {
      problem(row, 'idNumber', 'a cadre of another unit has this ID number', '该身份证号已登记在其他单位，请联系办事处办理调动');
      return;
    }
    let cadre = cadres.get(facts.idNumber);
    if (cadre && cadre.unitId !== unit.id) {
      problem(row, 'idNumber', 'a cadre of another unit has this ID number', `该身份证号已登记在其他单位(${unitsById.get(cadre.unitId)?.name ?? ''})，请先办理调动`);
      return;
    }
    if (!cadre) {
      cadre = {
        id: newId(),
        version: null,
        row,
        tally: UNTOUCHED,
        unitId: unit.id,
        idNumber: facts.idNumber,
        // name, gender and birth date are required: a row without them has a problem and is not decided
        name: facts.name,
        gender: facts.gender!,
        birthDate: facts.birthDate!,
        ethnicity: facts.ethnicity,
        education: facts.education,
        politicalStatus: facts.politicalStatus,
        phone: facts.phone,
        note: facts.note,
        isCollegeGraduateOfficial: facts.isCollegeGraduateOfficial,
        nameSort: '',
        before: null,
      };
      cadres.set(facts.idNumber, cadre);
      tallies.cadres.create(cadre);
    } else {
      const stored = cadre;
      const values = stored as unknown as Record<string, unknown>;
      const snapshot = () => Object.fromEntries(CADRE_VALUES.map((f) => [f, values[f]])) as unknown as CadreValues;
      let changed = false;
      for (const field of CADRE_FIELDS) {
        const value = facts[field];
        if (value != null && values[field] !== value) {
          changing(stored, row, snapshot);
          values[field] = value;
          changed = true;
        }
      }
      if (facts.isCollegeGraduateOfficial && !stored.isCollegeGraduateOfficial) {
        changing(stored, row, snapshot);
        stored.isCollegeGraduateOfficial = true;
        changed = true;
      }
      if (changed) tallies.cadres.update(stored);
      else tallies.cadres.touch(stored);
    }

    // the post and the appointment (SEL-2)
    if (!facts.postTitle) return;
    const postName = facts.postName ?? postTitleLabels[facts.postTitle].zh;
    const key = postKey(unit.id, facts.postTitle, postName);
    let post = posts.get(key);
    if (!post) {
      post = { id: newId(), version: null, row, tally: UNTOUCHED, unitId: unit.id, title: facts.postTitle, name: postName };
      posts.set(key, post);
      tallies.posts.create(post);
    } else tallies.posts.touch(post);
    const start = facts.startDate!;
    const held = history.get(post.id) ?? [];
    history.set(post.id, held);
    const holder = cadre.id;
    const snapshotOf = (a: AppointmentRecord) => () => ({ startDate: a.startDate, endDate: a.endDate, selectionMethod: a.selectionMethod });
    const same = held.find((a) => a.cadreId === holder && a.startDate === start);
    if (same) {
      if (facts.selectionMethod && same.selectionMethod !== facts.selectionMethod) {
        changing(same, row, snapshotOf(same));
        same.selectionMethod = facts.selectionMethod;
        tallies.appointments.update(same);
      } else tallies.appointments.touch(same);
      return;
    }
    const current = held.find((a) => a.endDate == null);
    if (current && current.cadreId === holder) {
      // the same holder with another start date: the row corrects it, if no earlier period overlaps
      const clash = held.find((a) => a !== current && (a.endDate ?? OPEN_END) > start);
      if (clash) {
        problem(row, 'startDate', `overlaps the appointment from ${clash.startDate} to ${clash.endDate ?? '—'}`, `与该岗位 ${clash.startDate} 至 ${clash.endDate ?? '今'} 的任职时间重叠`);
        return;
      }
      changing(current, row, snapshotOf(current));
      current.startDate = start;
      if (facts.selectionMethod) current.selectionMethod = facts.selectionMethod;
      tallies.appointments.update(current);
      return;
    }
    const latestEnd = held.reduce((max, a) => ((a.endDate ?? OPEN_END) > max && a !== current ? (a.endDate ?? OPEN_END) : max), '0000-01-01');
    if (current && start <= current.startDate) {
      problem(row, 'startDate', `the post is held by another cadre since ${current.startDate}: a new holder starts after that`, `该岗位自 ${current.startDate} 起由他人任职，新任职日期须晚于该日期`);
      return;
    }
    if (latestEnd > start) {
      problem(row, 'startDate', `the post was held by another cadre until ${latestEnd}`, `该岗位在 ${latestEnd} 之前由他人任职，任职日期不能早于该日期`);
      return;
    }
    const appointment: AppointmentRecord = { id: newId(), version: null, row, tally: UNTOUCHED, unitId: unit.id, postId: post.id, cadreId: holder, startDate: start, endDate: null, selectionMethod: facts.selectionMethod ?? null, before: null };
    held.push(appointment);
    tallies.appointments.create(appointment);
    if (current) {
      // a new holder ends the previous appointment on the new start date (history kept)
      changing(current, row, snapshotOf(current));
      current.endDate = start;
      tallies.appointments.update(current);
    }
  }

  const kinds = { units: tallies.units.counts(), posts: tallies.posts.counts(), cadres: tallies.cadres.counts(), appointments: tallies.appointments.counts() };
  const sum = (k: keyof KindCounts) => Object.values(kinds).reduce((s, c) => s + c[k], 0);
  problems.sort((a, b) => a.row - b.row);
  const counts = { rows: parsed.rows.length, created: sum('created'), updated: sum('updated'), unchanged: sum('unchanged'), ...kinds };
  const stored = digest.value();
  if (!options.write || problems.length > 0) return { problems, counts, keys, stored, writes: { units: { insert: [], update: [] }, posts: { insert: [] }, cadres: { insert: [], update: [] }, appointments: { insert: [], update: [] } } };

  const writes: RosterWrites = {
    units: { insert: tallies.units.inserts, update: tallies.units.updates },
    posts: { insert: tallies.posts.inserts },
    cadres: { insert: tallies.cadres.inserts, update: tallies.cadres.updates },
    appointments: { insert: tallies.appointments.inserts, update: tallies.appointments.updates },
  };
  // the pinyin sort keys of every unit and cadre written (as the entities' hooks keep them), computed here, outside the transaction
  let n = 0;
  for (const record of [...writes.units.insert, ...writes.units.update, ...writes.cadres.insert, ...writes.cadres.update]) {
    record.nameSort = nameSortKey(record.name);
    if (++n % ROWS_PER_SLICE === 0) await yieldToEventLoop();
  }
  return { problems, counts, keys, stored, writes };
}
