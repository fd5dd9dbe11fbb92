import { Field, Int, ArgsType } from 'type-graphql';
import { Problems, seesAllUnits } from '@liangwei/domain';
import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../graphql/context';
import { MAX_PER_PAGE } from '../resource/list-args';
import { assertWithinTimeLimit } from '../limits/time-limit';

/**
 * Rule queries computed in the database: a small SQL builder whose values are always bound
 * parameters, the few fragments where SQLite and PostgreSQL differ, paging, and the unit scope.
 * Raw SQL bypasses the ORM's unit filter (ROLE-3/4), so every query adds `unitScope` itself.
 */

/** A piece of SQL with its bound parameters, in order (`?` placeholders, both drivers). */
export interface Sql {
  readonly text: string;
  readonly params: readonly unknown[];
}

function isSql(value: unknown): value is Sql {
  return typeof value === 'object' && value !== null && 'text' in value && 'params' in value && Array.isArray((value as Sql).params);
}

/** `sql\`… ${value} …\``: a value becomes a bound parameter, an `Sql` fragment is inlined with its own. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0]!;
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (isSql(value)) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1]!;
  });
  return { text, params };
}

/** Trusted SQL text without parameters (column names, keywords). Never pass user input here. */
export function raw(text: string): Sql {
  return { text, params: [] };
}

export const empty: Sql = raw('');

/** Fragments joined by a separator (e.g. ' and '); empty fragments are skipped. */
export function joinSql(parts: Sql[], separator: string): Sql {
  const kept = parts.filter((p) => p.text.trim() !== '');
  return { text: kept.map((p) => p.text).join(separator), params: kept.flatMap((p) => p.params) };
}

/** `and <condition>` for each condition given (for appending to a WHERE clause that has one already). */
export function andAll(parts: (Sql | null | undefined | false)[]): Sql {
  const kept = parts.filter((p): p is Sql => !!p && p.text.trim() !== '');
  return kept.length ? sql` and ${joinSql(kept, ' and ')}` : empty;
}

export type Dialect = 'sqlite' | 'postgres';

export function dialectOf(em: EntityManager): Dialect {
  return em.getPlatform().constructor.name.startsWith('PostgreSql') ? 'postgres' : 'sqlite';
}

/** Runs one statement through the request's connection (and its transaction, if any). */
export async function query<T extends Record<string, unknown>>(em: EntityManager, statement: Sql): Promise<T[]> {
  assertWithinTimeLimit(em);
  const rows = await em.getConnection().execute(statement.text, [...statement.params], 'all', em.getTransactionContext());
  return rows as T[];
}

/** A column or expression compared by code point (PostgreSQL's database collation would order names by locale). */
export function byCodePoint(d: Dialect, expression: string): Sql {
  return raw(d === 'postgres' ? `${expression} collate "C"` : expression);
}

/**
 * Age in full years (周岁) on `asOf` of an ISO birth date column, as the domain's `ageOn`: the year
 * difference, less one before the birthday (month-day strings compared; 29 February counts from
 * 1 March in common years, as `'03-01' >= '02-29'`).
 */
export function ageOnSql(d: Dialect, birthColumn: string, asOf: string): Sql {
  const md = byCodePoint(d, `substr(${birthColumn}, 6, 5)`);
  return sql`(cast(substr(${asOf}, 1, 4) as integer) - cast(substr(${raw(birthColumn)}, 1, 4) as integer) - case when substr(${asOf}, 6, 5) < ${md} then 1 else 0 end)`;
}

/** The calendar date in China (UTC+8) of a stored instant, as `isoDateOf`: SQLite keeps instants as epoch milliseconds. */
export function chinaDateSql(d: Dialect, instantColumn: string): Sql {
  return raw(
    d === 'postgres'
      ? `to_char((${instantColumn} at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD')`
      : `strftime('%Y-%m-%d', ${instantColumn} / 1000, 'unixepoch', '+8 hours')`,
  );
}

/** An instant as a bound value comparable with a stored instant column. */
export function instantParam(d: Dialect, instant: Date): unknown {
  return d === 'postgres' ? instant.toISOString() : instant.getTime();
}

/** Numbers from the database (PostgreSQL returns counts and sums of integers as strings). */
export function num(value: unknown): number {
  return value == null ? 0 : Number(value);
}

export function bool(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 't';
}

/**
 * ROLE-3/4 The unit a raw rule query is limited to: a unit user's own unit (nobody logged in: no
 * unit at all), or null for the subdistrict roles, who see every unit.
 */
export function scopedUnit(ctx: Context): string | null {
  if (ctx.viewer && seesAllUnits(ctx.viewer)) return null;
  return ctx.viewer?.unitId ?? '\u0000no-unit';
}

/** `<column> = ?` for the viewer's scope and for a requested unit (either may be absent). */
export function unitConditions(ctx: Context, column: string, unitId: string | null | undefined): Sql[] {
  const scope = scopedUnit(ctx);
  return [scope != null ? sql`${raw(column)} = ${scope}` : empty, unitId ? sql`${raw(column)} = ${unitId}` : empty];
}

/**
 * Paging of a rule query's list (`page` zero-based, as the resources). Without `perPage` a rule
 * query returns the whole list as it always did, bounded by the resources' cap.
 */
@ArgsType()
export class RulePageArgs {
  @Field(() => Int, { nullable: true, description: 'zero-based' })
  page?: number | null;

  @Field(() => Int, { nullable: true, description: `rows per page; default and maximum ${MAX_PER_PAGE}` })
  perPage?: number | null;
}

export function pageClause(args: RulePageArgs): Sql {
  const perPage = args.perPage ?? MAX_PER_PAGE;
  const page = args.page ?? 0;
  new Problems()
    .check(Number.isInteger(perPage) && perPage >= 1 && perPage <= MAX_PER_PAGE, 'perPage', `must be between 1 and ${MAX_PER_PAGE}`, `每页条数应在 1 至 ${MAX_PER_PAGE} 之间`)
    .check(Number.isInteger(page) && page >= 0, 'page', 'must be 0 or more (pages count from 0)', '页码不能小于 0(页码从 0 开始)')
    .throwIfAny();
  return sql` limit ${perPage} offset ${page * perPage}`;
}
