import { Arg, Args, Ctx, Field, ID, Info, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { rowsUnder, stubOf } from '../resource/projection';
import { WarningKind as WarningKindV, exitKindLabels, type IsoDate, type WarningKind as WarningKindT } from '@liangwei/domain';
import { WarningKind } from '../graphql/enums';
import { DateScalar } from '../graphql/scalars';
import type { Context } from '../graphql/context';
import { assertCan } from '../resource/resource';
import { ListMetadata } from '../resource/list-args';
import { RulePageArgs, and, fragments, join, num, pageClause, query, raw, scoped, sql, unitConditions, type Fragments, type Sql } from '../common/sql';
import { Cadre } from '../cadre/cadre.entity';

@ObjectType({ description: 'MGT-4 a warning sign on a cadre' })
export class CadreWarning {
  @Field(() => Cadre) cadre!: Cadre;
  @Field(() => WarningKind) kind!: WarningKindT;
  @Field(() => DateScalar) since!: string;
  @Field(() => String, { description: 'in the users’ language (zh-CN)' }) detail!: string;
}

/** What a warning source's statement is built from. */
export interface WarningQuery {
  fragments: Fragments;
  asOf: IsoDate;
  /** ` and <column> = ?` for the requested unit and the viewer's scope (raw SQL: the ORM's unit filter does not apply) */
  units(column: string): Sql;
}

/**
 * MGT-4 A source of warning signs. Each rule that produces signs registers one here
 * (`registerWarningSource`); the list below does not change when a source is added. A source is
 * one SELECT of the columns `cadre_id`, `since` (ISO date), `detail` (text) and `record_id` (a
 * tie-breaker) for the signs known on `asOf`; the sources are combined into one statement, sorted
 * and paged in the database.
 */
export interface WarningSource {
  kind: WarningKindT;
  select(q: WarningQuery): Sql;
}

const sources: WarningSource[] = [];

export function registerWarningSource(source: WarningSource): void {
  if (!sources.some((s) => s.kind === source.kind)) sources.push(source);
}

/** `case <column> when <code> then <text> … end` from a label table (codes and texts bound). */
export function labelCaseSql(column: string, labels: Record<string, { zh: string }>): Sql {
  return sql`case ${raw(column)}${join(Object.entries(labels).map(([code, label]) => sql` when ${code} then ${label.zh}`), '')} end`;
}

/** MGT-3 an exit recorded but not yet effective, since it was approved (or handed in; else recorded) */
registerWarningSource({
  kind: WarningKindV.EXIT_PENDING,
  select: (q) =>
    sql`select e.cadre_id, coalesce(e.approved_on, e.submitted_on, ${q.fragments.chinaDate('e.created_at')}) as since,
      ${labelCaseSql('e.kind', exitKindLabels)} || ${'，'} || e.effective_date || ${'生效'} as detail, e.id as record_id
    from exit_record e where e.effective_date > ${q.asOf}${q.units('e.unit_id')}`,
});

/** The sources' statement: one row per sign (kind, cadre_id, since, detail, record_id), optionally of one kind. */
function warningsTable(ctx: Context, asOf: IsoDate, unitId: string | null, kind: WarningKindT | null): Sql | null {
  const q: WarningQuery = { fragments: fragments(ctx.em), asOf, units: (column) => and(...unitConditions(ctx, column, unitId)) };
  const chosen = sources.filter((s) => kind == null || s.kind === kind);
  if (chosen.length === 0) return null;
  return join(
    chosen.map((s) => sql`select cast(${s.kind} as varchar(32)) as kind, w.cadre_id, w.since, w.detail, w.record_id from (${s.select(q)}) w`),
    ' union all ',
  );
}

/** ROLE-3/4 a unit user's signs are about its own cadres */
function cadreScope(ctx: Context): Sql {
  return scoped(ctx, 'c.unit_id');
}

@Resolver()
export class WarningResolver {
  /** MGT-4 Cadres with warning signs known on `asOf` (default today), through the viewer's scope; by unit code, cadre name (pinyin: the stored sort key), kind. */
  @Query(() => [CadreWarning])
  async cadreWarnings(
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('kind', () => WarningKind, { nullable: true }) kind: WarningKindT | null,
    @Args(() => RulePageArgs) paging: RulePageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CadreWarning[]> {
    assertCan(ctx, 'list', 'cadres');
    const page = pageClause(paging);
    const table = warningsTable(ctx, asOf ?? ctx.today, unitId, kind);
    if (!table) return [];
    const f = fragments(ctx.em);
    const rows = await query(
      ctx.em,
      sql`select w.kind, w.cadre_id, w.since, w.detail from (${table}) w join cadre c on c.id = w.cadre_id join unit u on u.id = c.unit_id
        where 1 = 1${cadreScope(ctx)}
        order by ${f.byCodePoint('u.code')}, ${f.byCodePoint('c.name_sort')}, c.id, ${f.byCodePoint('w.kind')}, w.since, w.record_id${page}`,
    );
    // the page's cadres in one read of what is selected of them (scoped like every read of the request)
    const cadres = await rowsUnder(ctx, info, 'cadre', 'Cadre', rows.map((row) => String(row.cadre_id)));
    return rows.map((row) => ({ cadre: (cadres?.get(String(row.cadre_id)) ?? stubOf(String(row.cadre_id))) as unknown as Cadre, kind: row.kind as WarningKindT, since: String(row.since), detail: String(row.detail ?? '') }));
  }

  /** MGT-4 How many signs `cadreWarnings` lists with the same arguments. */
  @Query(() => ListMetadata)
  async _cadreWarningsMeta(
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('kind', () => WarningKind, { nullable: true }) kind: WarningKindT | null,
    @Ctx() ctx: Context,
  ): Promise<ListMetadata> {
    assertCan(ctx, 'list', 'cadres');
    const table = warningsTable(ctx, asOf ?? ctx.today, unitId, kind);
    if (!table) return { count: 0 };
    const [row] = await query(ctx.em, sql`select count(*) as count from (${table}) w join cadre c on c.id = w.cadre_id where 1 = 1${cadreScope(ctx)}`);
    return { count: num(row?.count) };
  }
}
