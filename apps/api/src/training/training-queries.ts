import type { Context } from '../graphql/context';
import { and, fragments, scoped, sql, unitConditions, type Sql } from '../common/sql';

/**
 * TRN-2 as set-based statements. The domain's `trainingHoursByCadre` and `cadresWithoutTraining`
 * are the specification; test/rules-sql.e2e.spec.ts compares both on generated data.
 */

/**
 * The attended participations of the year (by the session's start date), with the hours that count:
 * the participation's own, else the session's. Within the requested unit and the viewer's scope.
 */
function attendedInYear(ctx: Context, year: number, unitId: string | null): Sql {
  return sql`from training_participation tp join training_session ts on ts.id = tp.session_id
    where tp.attended = true and ts.start_date >= ${`${year}-01-01`} and ts.start_date <= ${`${year}-12-31`}${and(...unitConditions(ctx, 'tp.unit_id', unitId))}`;
}

/** TRN-2 hours per cadre (only cadres who attended something): cadre_id, hours, sessions. */
function hoursTable(ctx: Context, year: number, unitId: string | null): Sql {
  return sql`select tp.cadre_id, sum(coalesce(tp.hours, ts.hours)) as hours, count(*) as sessions ${attendedInYear(ctx, year, unitId)} group by tp.cadre_id`;
}

/** The cadre's own unit is in the viewer's scope too (a unit user never sees another unit's cadre). */
function cadreScope(ctx: Context): Sql {
  return scoped(ctx, 'c.unit_id');
}

/** TRN-2 the page of hours rows, by the cadre's unit code, name (pinyin: the stored sort key) and id. */
export function hoursRows(ctx: Context, year: number, unitId: string | null, page: Sql): Sql {
  const f = fragments(ctx.em);
  return sql`select h.cadre_id, h.hours, h.sessions from (${hoursTable(ctx, year, unitId)}) h
    join cadre c on c.id = h.cadre_id join unit u on u.id = c.unit_id
    where 1 = 1${cadreScope(ctx)}
    order by ${f.byCodePoint('u.code')}, ${f.byCodePoint('c.name_sort')}, c.id${page}`;
}

export function hoursCount(ctx: Context, year: number, unitId: string | null): Sql {
  return sql`select count(*) as count from (${hoursTable(ctx, year, unitId)}) h join cadre c on c.id = h.cadre_id where 1 = 1${cadreScope(ctx)}`;
}

/**
 * TRN-2 cadres on a team at some time in the year (an appointment starting on or before 31 December
 * and not ended by 1 January) whose attended hours in the year are not above zero. Hours are never
 * negative (TRN-1 checks a session's and a participation's hours), so a sum above zero is one attended
 * session with hours above zero: an anti-join, no aggregate per cadre.
 */
function untrainedWhere(ctx: Context, year: number, unitId: string | null): Sql {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  return sql`from cadre c join unit u on u.id = c.unit_id
    where exists (
      select 1 from appointment a
      where a.cadre_id = c.id and a.start_date <= ${end} and (a.end_date is null or a.end_date > ${start})${and(...unitConditions(ctx, 'a.unit_id', unitId))}
    ) and not exists (
      select 1 ${attendedInYear(ctx, year, unitId)} and tp.cadre_id = c.id and coalesce(tp.hours, ts.hours) > 0
    )${cadreScope(ctx)}`;
}

/** TRN-2 the page of untrained cadres (every column of `cadre`), by unit code, name (pinyin: the stored sort key) and id. */
export function untrainedRows(ctx: Context, year: number, unitId: string | null, page: Sql): Sql {
  const f = fragments(ctx.em);
  return sql`select c.* ${untrainedWhere(ctx, year, unitId)} order by ${f.byCodePoint('u.code')}, ${f.byCodePoint('c.name_sort')}, c.id${page}`;
}

export function untrainedCount(ctx: Context, year: number, unitId: string | null): Sql {
  return sql`select count(*) as count ${untrainedWhere(ctx, year, unitId)}`;
}
