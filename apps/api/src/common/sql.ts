import type { AnyEntity, EntityManager, EntityName } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { ArgsType, Field, Int } from 'type-graphql';
import { Problems } from '@liangwei/domain';
import type { Context } from '../graphql/context';
import { MAX_PER_PAGE } from '../resource/list-args';
import { assertWithinTimeLimit } from '../limits/time-limit';
import { UNIT_SCOPE, scopedUnitIdOf } from '../db/scope';

/**
 * Rule queries computed in the database: a small SQL builder whose values are always bound
 * parameters, the few fragments where SQLite and PostgreSQL differ, paging, and the unit scope.
 * Raw SQL bypasses the ORM's unit filter (ROLE-3/4), so every query adds the unit scope itself
 * (`scoped`, `unitConditions`).
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

export const EMPTY: Sql = raw('');

function isEmpty(part: Sql): boolean {
  return part.text.trim() === '';
}

/** Fragments joined by a separator (e.g. ' union all '); empty fragments are skipped. */
export function join(parts: readonly Sql[], separator: string): Sql {
  const kept = parts.filter((p) => !isEmpty(p));
  return { text: kept.map((p) => p.text).join(separator), params: kept.flatMap((p) => p.params) };
}

/**
 * ` and <condition>` for each condition that applies (for appending to a WHERE clause that has one
 * already); nothing when none does. Absent (`false`, null) and empty conditions are skipped.
 */
export function and(...conditions: (Sql | null | undefined | false)[]): Sql {
  const kept = conditions.filter((c): c is Sql => !!c && !isEmpty(c));
  return kept.length ? sql` and ${join(kept, ' and ')}` : EMPTY;
}

export type Dialect = 'sqlite' | 'postgres';

export function dialectOf(em: EntityManager): Dialect {
  return em.getPlatform().constructor.name.startsWith('PostgreSql') ? 'postgres' : 'sqlite';
}

/** The per-driver fragments: everything else is written once. */
export function fragments(em: EntityManager) {
  const dialect = dialectOf(em);
  /** A column or expression compared by code point, as the domain compares ids (`<`), not by the server's locale (PostgreSQL's database collation would order names by locale). */
  const byCodePoint = (expression: string): Sql => raw(dialect === 'postgres' ? `${expression} collate "C"` : expression);
  return {
    dialect,
    byCodePoint,
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
    /**
     * Age in full years (周岁) on `asOf` of an ISO birth date column, as the domain's `ageOn`: the year
     * difference, less one before the birthday (month-day strings compared; 29 February counts from
     * 1 March in common years, as `'03-01' >= '02-29'`).
     */
    ageOn(birthColumn: string, asOf: string): Sql {
      const md = byCodePoint(`substr(${birthColumn}, 6, 5)`);
      return sql`(cast(substr(${asOf}, 1, 4) as integer) - cast(substr(${raw(birthColumn)}, 1, 4) as integer) - case when substr(${asOf}, 6, 5) < ${md} then 1 else 0 end)`;
    },
    /** The calendar date in China (UTC+8) of a stored instant, as `isoDateOf`: SQLite keeps instants as epoch milliseconds. */
    chinaDate: (instantColumn: string): Sql =>
      raw(
        dialect === 'postgres'
          ? `to_char((${instantColumn} at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD')`
          : `strftime('%Y-%m-%d', ${instantColumn} / 1000, 'unixepoch', '+8 hours')`,
      ),
    /** An instant as a bound value comparable with a stored instant column. */
    instant: (instant: Date): unknown => (dialect === 'postgres' ? instant.toISOString() : instant.getTime()),
  };
}

export type Fragments = ReturnType<typeof fragments>;

/** Runs one statement through the request's connection (and its transaction, if any). */
export async function query<T = Record<string, unknown>>(em: EntityManager, statement: Sql): Promise<T[]> {
  return runBound<T>(em, statement.text, statement.params);
}

export interface RunOptions {
  /**
   * A small statement run very often (a read-path shape, the token's user): on PostgreSQL it may
   * be prepared on each pooled connection. Not for rule queries: their planning is a small part of
   * their time, and a plan made for their parameters is worth more than one made once.
   */
  prepare?: boolean;
}

/**
 * Runs a statement with `?` placeholders and its values as bound parameters (the ORM's own
 * `execute` writes the values into the text), in the request's transaction if there is one;
 * the rows as plain objects. Driver errors become the ORM's exceptions (constraint names,
 * deadlocks), as on the ORM's own path.
 */
export async function runBound<T = Record<string, unknown>>(em: EntityManager, text: string, params: readonly unknown[], options: RunOptions = {}): Promise<T[]> {
  assertWithinTimeLimit(em);
  const knex = (em as SqlEntityManager).getKnex();
  const transaction = em.getTransactionContext<Knex.Transaction>();
  if (!transaction && knex.client.dialect === 'postgresql' && !params.includes(undefined)) return runOnPooledConnection<T>(em, knex, text, params, options.prepare === true);
  const statement = knex.raw(text, params as Knex.RawBinding[]);
  if (transaction) statement.transacting(transaction);
  try {
    const result = (await statement) as T[] | { rows: T[] };
    return Array.isArray(result) ? result : result.rows;
  } catch (error) {
    throw em.getDriver().convertException(error as Error);
  }
}

/** A statement text's PostgreSQL form and the name it is prepared under, once it has one. */
export interface NumberedText {
  /** the text with `$1, $2, …` for `?` */
  readonly text: string;
  uses: number;
  name: string | undefined;
}

/**
 * The PostgreSQL form of each statement text (`?` placeholders as `$1, $2, …`) and, once a text
 * has been run `prepareAfter` times, the name it is prepared under on each pooled connection
 * (parsed and planned once per connection, then only bound and executed). A text is a statement's
 * shape, never its values, so the names are bounded by the shapes the read path builds; past
 * `limit` names, further texts run unnamed, and a connection holds at most `limit` prepared
 * statements. A name is never given to another text (the driver refuses a name reused for a
 * different text on a connection that prepared it).
 */
export class StatementTexts {
  private readonly texts = new Map<string, NumberedText>();
  private named = 0;

  constructor(
    readonly limit = 256,
    private readonly prepareAfter = 3,
    private readonly remembered = 5_000,
  ) {}

  /** The text's PostgreSQL form, and its name when `prepare` is asked and the text is frequent. */
  of(text: string, numbered: () => string, prepare = true): NumberedText {
    let entry = this.texts.get(text);
    if (entry === undefined) {
      if (this.texts.size >= this.remembered) {
        // forget the unnamed ones; named texts keep their names
        for (const [key, known] of this.texts) if (known.name === undefined) this.texts.delete(key);
      }
      entry = { text: numbered(), uses: 0, name: undefined };
      this.texts.set(text, entry);
    }
    entry.uses += 1;
    if (prepare && entry.name === undefined && entry.uses >= this.prepareAfter && this.named < this.limit) {
      this.named += 1;
      entry.name = `lw_${this.named}`;
    }
    return entry;
  }
}

const statementTexts = new StatementTexts();

/**
 * A statement outside a transaction on PostgreSQL: straight to one of the pool's connections, with
 * the values bound, without the query builder's per-statement work (formatting the text again,
 * wrapping the driver's answer); a frequent text asked to be prepared runs as a prepared statement. Observers of the
 * `query` event still see every statement.
 */
async function runOnPooledConnection<T>(em: EntityManager, knex: Knex, text: string, params: readonly unknown[], prepare: boolean): Promise<T[]> {
  const numbered = statementTexts.of(text, () => knex.raw(text, params.map(() => null)).toSQL().toNative().sql, prepare);
  const client = knex.client as Knex.Client & { acquireConnection(): Promise<PooledConnection>; releaseConnection(connection: PooledConnection): Promise<void> };
  const connection = await client.acquireConnection();
  try {
    client.emit('query', { sql: text, bindings: params, method: 'raw' });
    return (await connection.query({ name: numbered.name, text: numbered.text, values: params as unknown[] })).rows as T[];
  } catch (error) {
    throw em.getDriver().convertException(error as Error);
  } finally {
    await client.releaseConnection(connection);
  }
}

interface PooledConnection {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/** A count from `SELECT COUNT(*) AS n` (PostgreSQL answers a bigint as text). */
export async function count(em: EntityManager, statement: Sql): Promise<number> {
  const [row] = await query<{ n: number | string }>(em, statement);
  return Number(row?.n ?? 0);
}

/** Numbers from the database (PostgreSQL returns counts and sums of integers as strings). */
export function num(value: unknown): number {
  return value == null ? 0 : Number(value);
}

/** Booleans from the database (SQLite answers them as 0/1). */
export function bool(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 't';
}

/**
 * ROLE-3/4 The unit a raw rule query is limited to: a unit user's own unit (nobody logged in: no
 * unit at all), or null for the subdistrict roles, who see every unit.
 */
export function scopeUnitId(ctx: Context): string | null {
  return scopedUnitIdOf(ctx.em);
}

/** `<column> = ?` for the viewer's scope and for a requested unit (either may be absent), for `and`. */
export function unitConditions(ctx: Context, column: string, unitId?: string | null): Sql[] {
  const scope = scopeUnitId(ctx);
  return [scope != null ? sql`${raw(column)} = ${scope}` : EMPTY, unitId ? sql`${raw(column)} = ${unitId}` : EMPTY];
}

/** ROLE-3/4 ` and <column> = <own unit>` for a unit user; nothing for the subdistrict roles. */
export function scoped(ctx: Context, column: string): Sql {
  return and(...unitConditions(ctx, column));
}

/**
 * Paging of a rule query's list (`page` zero-based, as the resources). Without `perPage` a rule
 * query returns the whole list as it always did, bounded by the resources' cap.
 */
@ArgsType()
export class RulePageArgs {
  @Field(() => Int, { nullable: true, description: 'zero-based page (with perPage)' })
  page?: number | null;

  @Field(() => Int, { nullable: true, description: `rows per page, at most ${MAX_PER_PAGE}; default ${MAX_PER_PAGE} (the whole list when it is small)` })
  perPage?: number | null;
}

/** ` limit ? offset ?` for the requested page; a page size outside 1..MAX_PER_PAGE or a negative page is a problem. */
export function pageClause(args: RulePageArgs): Sql {
  const perPage = args.perPage ?? MAX_PER_PAGE;
  const page = args.page ?? 0;
  // the same words as the resources' lists (resource/resource.ts)
  new Problems()
    .check(Number.isInteger(perPage) && perPage >= 1 && perPage <= MAX_PER_PAGE, 'perPage', `must be between 1 and ${MAX_PER_PAGE}`, `每页条数应在 1 至 ${MAX_PER_PAGE} 之间`)
    .check(Number.isInteger(page) && page >= 0, 'page', 'must be 0 or more (pages count from 0)', '页码不能小于 0(页码从 0 开始)')
    .throwIfAny();
  return sql` limit ${perPage} offset ${page * perPage}`;
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
