import type { AnyEntity, EntityManager, EntityName } from '@mikro-orm/core';
import { ArgsType, Field, Int } from 'type-graphql';
import { Problems, seesAllUnits } from '@liangwei/domain';
import type { Context } from '../graphql/context';
import { MAX_PER_PAGE } from '../resource/list-args';
import { UNIT_SCOPE } from '../db/scope';

/**
 * Rule queries computed in the database: one place for the little that differs between SQLite
 * and PostgreSQL, the unit scope of raw SQL (ROLE-3/4: the ORM's filter does not apply to it),
 * paging, and the tagged template that keeps every value a bound parameter.
 */

import { query as queryRows, raw, sql, type Sql } from './sql-rules-a';

export { raw, sql, type Sql };

export const EMPTY = raw('');

export function join(parts: readonly Sql[], separator: string): Sql {
  return { text: parts.map((p) => p.text).join(separator), params: parts.flatMap((p) => p.params) };
}

/** `AND <condition>` when the condition applies, nothing otherwise. */
export function and(condition: Sql | false | null | undefined): Sql {
  return condition ? sql` AND ${condition}` : EMPTY;
}

export type Dialect = 'sqlite' | 'postgres';

export function dialectOf(em: EntityManager): Dialect {
  return em.getPlatform().constructor.name.startsWith('PostgreSql') ? 'postgres' : 'sqlite';
}

/** The per-driver fragments: everything else is written once. */
export function fragments(em: EntityManager) {
  const dialect = dialectOf(em);
  return {
    dialect,
    /** Text ordered by code unit, as the domain compares ids (`<`), not by the server's locale. */
    binary: (expr: string): Sql => raw(dialect === 'postgres' ? `${expr} COLLATE "C"` : expr),
    /** A bound value typed as text (PostgreSQL cannot infer the type of a bare `?` in a select list). */
    text: (value: string | null): Sql => sql`CAST(${value} AS TEXT)`,
    int: (value: number): Sql => sql`CAST(${value} AS INTEGER)`,
    real: (value: number): Sql => (dialect === 'postgres' ? sql`CAST(${value} AS DOUBLE PRECISION)` : sql`CAST(${value} AS REAL)`),
    /** `WITH x AS MATERIALIZED (…)` on PostgreSQL: a CTE read many times (once per month) is computed once. */
    materialized: raw(dialect === 'postgres' ? 'MATERIALIZED ' : ''),
    /** The whole part of a number that is not negative (SQLite has no FLOOR without its math extension). */
    floorOfPositive: (expr: Sql): Sql => (dialect === 'postgres' ? sql`CAST(FLOOR(${expr}) AS BIGINT)` : sql`CAST(${expr} AS INTEGER)`),
    /**
     * `date` (YYYY-MM-DD text) plus `years` whole years; 29 February becomes 28 February in a
     * year that is not a leap year (the domain's addYears).
     */
    addYears(date: string, years: number): Sql {
      const y = sql`(CAST(substr(${raw(date)}, 1, 4) AS INTEGER) + CAST(${years} AS INTEGER))`;
      const leap = sql`((${y} % 4 = 0 AND ${y} % 100 <> 0) OR ${y} % 400 = 0)`;
      return sql`(CAST(${y} AS TEXT) || CASE WHEN substr(${raw(date)}, 6, 5) = '02-29' AND NOT ${leap} THEN '-02-28' ELSE substr(${raw(date)}, 5, 6) END)`;
    },
  };
}

/** Runs a statement through the request's connection (and its transaction, if any). */
export async function query<T = Record<string, unknown>>(em: EntityManager, statement: Sql): Promise<T[]> {
  return (await queryRows(em, statement)) as T[];
}

/**
 * ROLE-3/4 The unit a raw statement must be limited to: the viewer's own unit for a unit user
 * (or no unit at all without one), null for the subdistrict roles that see every unit.
 */
export function scopeUnitId(ctx: Context): string | null {
  if (ctx.viewer && seesAllUnits(ctx.viewer)) return null;
  return ctx.viewer?.unitId ?? '\u0000no-unit';
}

/** `AND <column> = <own unit>` for a unit user; nothing for the subdistrict roles. */
export function scoped(ctx: Context, column: string): Sql {
  const unitId = scopeUnitId(ctx);
  return unitId == null ? EMPTY : sql` AND ${raw(column)} = ${unitId}`;
}

/** Paging of the rule queries (zero-based `page`, like the resources). */
@ArgsType()
export class RulePageArgs {
  @Field(() => Int, { nullable: true, description: 'zero-based page (with perPage)' })
  page?: number | null;

  @Field(() => Int, { nullable: true, description: `rows per page, at most ${MAX_PER_PAGE}; default ${MAX_PER_PAGE} (the whole list when it is small)` })
  perPage?: number | null;
}

export interface Page {
  limit: number;
  offset: number;
}

export function pageOf(args: RulePageArgs | undefined): Page {
  const page = args?.page ?? 0;
  const perPage = args?.perPage ?? MAX_PER_PAGE;
  new Problems()
    .check(Number.isInteger(page) && page >= 0, 'page', 'a page number of at least 0', '页码不能小于 0')
    .check(Number.isInteger(perPage) && perPage >= 1 && perPage <= MAX_PER_PAGE, 'perPage', `between 1 and ${MAX_PER_PAGE} rows per page`, `每页行数应在 1 至 ${MAX_PER_PAGE} 之间`)
    .throwIfAny();
  return { limit: perPage, offset: page * perPage };
}

export function limitOffset(page: Page): Sql {
  return sql` LIMIT ${page.limit} OFFSET ${page.offset}`;
}

/** A count from `SELECT COUNT(*) AS n` (PostgreSQL answers a bigint as text). */
export async function count(em: EntityManager, statement: Sql): Promise<number> {
  const [row] = await query<{ n: number | string }>(em, statement);
  return Number(row?.n ?? 0);
}

/** SQLite answers booleans as 0/1. */
export function bool(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 't';
}

/**
 * The entities with these ids in one statement (none when there are no ids), by id. `unscoped`
 * reads past the unit scope: only for what a rule makes public (ASM-2 the published ranking).
 */
export async function byIds<T extends AnyEntity>(em: EntityManager, entity: EntityName<T>, ids: readonly string[], unscoped = false): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await em.find(entity, { id: { $in: unique } } as never, unscoped ? { filters: { [UNIT_SCOPE]: false } } : {});
  return new Map(rows.map((row) => [(row as unknown as { id: string }).id, row as T]));
}
