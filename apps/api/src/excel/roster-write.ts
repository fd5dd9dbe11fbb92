import type { EntityManager } from '@mikro-orm/core';
import { ConflictError } from '@liangwei/domain';
import type { AuditChange } from '../audit/audit-entry.entity';
import { dialectOf, runBound, type Dialect } from '../common/sql';
import { APPOINTMENT_VALUES, CADRE_VALUES, yieldToEventLoop, type AppointmentRecord, type CadreRecord, type PostRecord, type RosterWrites, type UnitRecord } from './roster-import';

/**
 * Writes a planned roster import with plain SQL: multi-row INSERTs of the new records, in their
 * final state, and UPDATEs of the changed ones guarded by the version the plan read. Each
 * statement writes a few hundred rows; the event loop runs between statements.
 */

/** rows per statement (at most 16 values a row: far below either database's limit of bound values) */
export const ROWS_PER_STATEMENT = 400;

interface Kind {
  en: string;
  zh: string;
}

const KINDS = {
  unit: { en: 'unit', zh: '单位' },
  cadre: { en: 'cadre', zh: '干部' },
  appointment: { en: 'appointment', zh: '任职记录' },
} satisfies Record<string, Kind>;

/** The refusal when a record the import updates was changed (or removed) after the plan read it: nothing is written. */
export function changedMeanwhile(row: number, kind: Kind): ConflictError {
  return new ConflictError(
    `row ${row}: the ${kind.en} was changed by someone else while the file was being imported; import the file again`,
    `第 ${row} 行的${kind.zh}在导入期间已被他人修改，请重新导入该文件`,
  );
}

interface Column<T> {
  name: string;
  value(record: T): unknown;
  /** PostgreSQL's type of a value in a VALUES list that is not text */
  pgType?: 'integer' | 'boolean';
}

interface WriteOptions {
  /** the instant written as created_at / updated_at */
  now: Date;
  /** rows written so far and in all, after each statement */
  onProgress?(written: number, total: number): void;
}

/**
 * Writes `writes` through `em`'s transaction (the caller opens it; a failure rolls everything
 * back). Order: the units (updates first, so that a new unit may take a name another unit gives
 * up), posts, cadres, then the appointments — the ended ones updated before the new holders' are
 * inserted, as the database refuses overlapping periods of one post at once. An UPDATE that finds
 * fewer rows at the version read than it should throws a CONFLICT naming the row of the file.
 */
export async function writeRoster(em: EntityManager, writes: RosterWrites, options: WriteOptions): Promise<void> {
  const dialect = dialectOf(em);
  const instant = dialect === 'postgres' ? options.now.toISOString() : options.now.getTime();
  const flag = (value: boolean) => (dialect === 'postgres' ? value : value ? 1 : 0);
  const total = writes.units.insert.length + writes.units.update.length + writes.posts.insert.length + writes.cadres.insert.length + writes.cadres.update.length + writes.appointments.insert.length + writes.appointments.update.length;
  let written = 0;
  const step = async (rows: number) => {
    written += rows;
    options.onProgress?.(written, total);
    await yieldToEventLoop();
  };
  const common = <T extends { id: string }>(): Column<T>[] => [
    { name: 'id', value: (r) => r.id },
    { name: 'version', value: () => 1 },
    { name: 'created_at', value: () => instant },
    { name: 'updated_at', value: () => instant },
  ];

  await update<UnitRecord>(em, dialect, 'unit', KINDS.unit, writes.units.update, instant, [
    { name: 'name', value: (u) => u.name },
    { name: 'kind', value: (u) => u.kind },
    { name: 'name_sort', value: (u) => u.nameSort },
  ], step);
  await insert<UnitRecord>(em, 'unit', writes.units.insert, [
    ...common<UnitRecord>(),
    { name: 'name', value: (u) => u.name },
    { name: 'kind', value: (u) => u.kind },
    { name: 'code', value: (u) => u.code },
    { name: 'name_sort', value: (u) => u.nameSort },
  ], step);
  await insert<PostRecord>(em, 'post', writes.posts.insert, [
    ...common<PostRecord>(),
    { name: 'unit_id', value: (p) => p.unitId },
    { name: 'title', value: (p) => p.title },
    { name: 'name', value: (p) => p.name },
  ], step);
  const cadreValues: Column<CadreRecord>[] = [
    { name: 'name', value: (c) => c.name },
    { name: 'name_sort', value: (c) => c.nameSort },
    { name: 'gender', value: (c) => c.gender },
    { name: 'birth_date', value: (c) => c.birthDate },
    { name: 'ethnicity', value: (c) => c.ethnicity },
    { name: 'education', value: (c) => c.education },
    { name: 'political_status', value: (c) => c.politicalStatus },
    { name: 'phone', value: (c) => c.phone },
    { name: 'note', value: (c) => c.note },
    { name: 'is_college_graduate_official', value: (c) => flag(c.isCollegeGraduateOfficial), pgType: 'boolean' },
  ];
  await update<CadreRecord>(em, dialect, 'cadre', KINDS.cadre, writes.cadres.update, instant, cadreValues, step);
  await insert<CadreRecord>(em, 'cadre', writes.cadres.insert, [...common<CadreRecord>(), { name: 'unit_id', value: (c) => c.unitId }, { name: 'id_number', value: (c) => c.idNumber }, ...cadreValues], step);
  const appointmentValues: Column<AppointmentRecord>[] = [
    { name: 'start_date', value: (a) => a.startDate },
    { name: 'end_date', value: (a) => a.endDate },
    { name: 'selection_method', value: (a) => a.selectionMethod },
  ];
  await update<AppointmentRecord>(em, dialect, 'appointment', KINDS.appointment, writes.appointments.update, instant, appointmentValues, step);
  await insert<AppointmentRecord>(em, 'appointment', writes.appointments.insert, [
    ...common<AppointmentRecord>(),
    { name: 'unit_id', value: (a) => a.unitId },
    { name: 'cadre_id', value: (a) => a.cadreId },
    { name: 'post_id', value: (a) => a.postId },
    ...appointmentValues,
  ], step);
}

/** `insert into <table> (…) values (…), (…)`, a few hundred rows a statement. */
async function insert<T>(em: EntityManager, table: string, records: readonly T[], columns: readonly Column<T>[], step: (rows: number) => Promise<void>): Promise<void> {
  const row = `(${columns.map(() => '?').join(', ')})`;
  const head = `insert into ${table} (${columns.map((c) => c.name).join(', ')}) values `;
  for (let i = 0; i < records.length; i += ROWS_PER_STATEMENT) {
    const part = records.slice(i, i + ROWS_PER_STATEMENT);
    const params: unknown[] = [];
    for (const record of part) for (const column of columns) params.push(column.value(record));
    await runBound(em, head + part.map(() => row).join(', '), params);
    await step(part.length);
  }
}

/**
 * Updates the records to their planned values, a few hundred a statement: `with v(…) as (values
 * …) update <table> set … from v where id = v.id and version = v.version returning id`, bumping
 * the version and `updated_at` as the ORM does. A record missing from what the statement returns
 * was changed or removed since it was read: the whole import is refused.
 */
async function update<T extends UnitRecord | CadreRecord | AppointmentRecord>(
  em: EntityManager,
  dialect: Dialect,
  table: string,
  kind: Kind,
  records: readonly T[],
  instant: unknown,
  columns: readonly Column<T>[],
  step: (rows: number) => Promise<void>,
): Promise<void> {
  const cast = (type: 'integer' | 'boolean' | undefined) => (type === 'integer' || (type === 'boolean' && dialect === 'postgres') ? `cast(? as ${type})` : '?');
  const row = `(?, ${cast('integer')}${columns.map((c) => `, ${cast(c.pgType)}`).join('')})`;
  const names = ['id', 'version', ...columns.map((c) => c.name)].join(', ');
  const values = columns.map((c) => c.name).join(', ');
  for (let i = 0; i < records.length; i += ROWS_PER_STATEMENT) {
    const part = records.slice(i, i + ROWS_PER_STATEMENT);
    const params: unknown[] = [];
    for (const record of part) {
      params.push(record.id, record.version);
      for (const column of columns) params.push(column.value(record));
    }
    params.push(instant);
    const text = `with v (${names}) as (values ${part.map(() => row).join(', ')}) update ${table} set (${values}) = (select ${values} from v where v.id = ${table}.id), version = version + 1, updated_at = ? where (id, version) in (select id, version from v) returning id`;
    const done = new Set((await runBound<{ id: string }>(em, text, params)).map((r) => r.id));
    const missed = part.find((record) => !done.has(record.id));
    if (missed) throw changedMeanwhile(missed.row, kind);
    await step(part.length);
  }
}

const show = (value: unknown): string | null => (value == null ? null : String(value));

/** Lines naming records an import's audit entry holds at most; a larger import's entry counts its rows only (as a bulk load's). */
export const AUDITED_RECORD_LINES = 1000;

/**
 * The changes of an import for its one audit entry: how many records of each kind it created and
 * updated (lines of field `rows`, as a bulk load's entry counts its rows); and, when they fit in
 * AUDITED_RECORD_LINES lines, each new unit and cadre by the code or ID number the file names it by
 * and each changed field of each updated record, before and after.
 */
export function rosterAuditChanges(writes: RosterWrites): AuditChange[] {
  const changes: AuditChange[] = [];
  const count = (entityType: string, operation: 'CREATE' | 'UPDATE', rows: number) => {
    if (rows > 0) changes.push({ entityType, entityId: '*', operation, field: 'rows', before: null, after: String(rows) });
  };
  count('Unit', 'CREATE', writes.units.insert.length);
  count('Unit', 'UPDATE', writes.units.update.length);
  count('Post', 'CREATE', writes.posts.insert.length);
  count('Cadre', 'CREATE', writes.cadres.insert.length);
  count('Cadre', 'UPDATE', writes.cadres.update.length);
  count('Appointment', 'CREATE', writes.appointments.insert.length);
  count('Appointment', 'UPDATE', writes.appointments.update.length);

  const updated: [string, { id: string; before: object | null }, readonly string[]][] = [
    ...writes.units.update.map((u) => ['Unit', u, ['name', 'kind']] as [string, UnitRecord, readonly string[]]),
    ...writes.cadres.update.map((c) => ['Cadre', c, CADRE_VALUES] as [string, CadreRecord, readonly string[]]),
    ...writes.appointments.update.map((a) => ['Appointment', a, APPOINTMENT_VALUES] as [string, AppointmentRecord, readonly string[]]),
  ];
  const changedFields = (record: { before: object | null }, fields: readonly string[]) => {
    const before = (record.before ?? {}) as Record<string, unknown>;
    const after = record as unknown as Record<string, unknown>;
    return fields.filter((field) => before[field] !== after[field]).map((field) => ({ field, before: show(before[field]), after: show(after[field]) }));
  };
  let lines = writes.units.insert.length + writes.cadres.insert.length;
  for (const [, record, fields] of updated) {
    if (lines > AUDITED_RECORD_LINES) break;
    lines += changedFields(record, fields).length;
  }
  if (lines > AUDITED_RECORD_LINES) return changes;

  for (const unit of writes.units.insert) changes.push({ entityType: 'Unit', entityId: unit.id, operation: 'CREATE', field: 'code', before: null, after: unit.code });
  for (const cadre of writes.cadres.insert) changes.push({ entityType: 'Cadre', entityId: cadre.id, operation: 'CREATE', field: 'idNumber', before: null, after: cadre.idNumber });
  for (const [entityType, record, fields] of updated) {
    for (const change of changedFields(record, fields)) changes.push({ entityType, entityId: record.id, operation: 'UPDATE', ...change });
  }
  return changes;
}
