import { Arg, Args, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Problems, Role, halfBounds, halfName, isHalf, isReportDue, lastEndedHalf, missingFlaggedFrom, type Half, type IsoDate } from '@liangwei/domain';
import { DateScalar } from '../graphql/scalars';
import type { Context } from '../graphql/context';
import { assertCan } from '../resource/resource';
import { ListMetadata } from '../resource/list-args';
import { RulePageArgs, and, byIds, count, fragments, pageClause, query, sql, unitConditions, type Sql } from '../common/sql';
import { Cadre } from '../cadre/cadre.entity';
import { Unit } from '../org/unit.entity';
import { registerWorkSource } from '../work/work';

@ObjectType({ description: 'TGT-3 a team member of the half year without a duty report for it' })
export class MissingDutyReport {
  @Field(() => Cadre) cadre!: Cadre;
  @Field(() => Unit) unit!: Unit;
  @Field(() => Int) year!: number;
  @Field(() => Int) half!: number;
  @Field(() => DateScalar, { description: 'missing since: the day after the half year ended' }) since!: string;
}

/**
 * TGT-3 The statement of the team members of a half year (an appointment open on at least one of
 * its days; the end date is the day the post is left) with no report of that half: one row per
 * cadre and unit (`cadre_id`, `unit_id`), in the viewer's scope (raw SQL: `unitConditions`).
 */
export function missingReportsTable(ctx: Context, year: number, half: Half, unitId: string | null): Sql {
  const { start, end } = halfBounds(year, half);
  return sql`
    SELECT a.cadre_id, a.unit_id, MIN(a.id) AS record_id
    FROM appointment a
    WHERE a.start_date <= ${end} AND (a.end_date IS NULL OR a.end_date > ${start})${and(...unitConditions(ctx, 'a.unit_id', unitId))}
      AND NOT EXISTS (SELECT 1 FROM duty_report r WHERE r.cadre_id = a.cadre_id AND r.year = ${year} AND r.half = ${half})
    GROUP BY a.cadre_id, a.unit_id`;
}

function checkHalf(year: number, half: number): Half {
  new Problems()
    .check(Number.isInteger(year) && year >= 2000 && year <= 2100, 'year', 'a year between 2000 and 2100', '年度应在 2000 至 2100 之间')
    .check(isHalf(half), 'half', '1 (H1) or 2 (H2)', '半年度应为 1(上半年)或 2(下半年)')
    .throwIfAny();
  return half as Half;
}

/** TGT-3 how many reports of the last half year ended on `asOf` are missing, in the viewer's scope (one statement) */
export async function countMissingLastHalf(ctx: Context, asOf: IsoDate): Promise<number> {
  const { year, half } = lastEndedHalf(asOf);
  return count(ctx.em, sql`SELECT COUNT(*) AS n FROM (${missingReportsTable(ctx, year, half, null)}) m`);
}

@Resolver()
export class MissingDutyReportsResolver {
  /**
   * TGT-3 The team members of a half year without a duty report for it, known on `asOf` (default
   * today): nothing before the half has ended (on 30 June no H1 report is missing yet; from 1 July
   * it is). By unit code, cadre name (pinyin: the stored sort key), one page at a time; a unit
   * user sees its own unit only.
   */
  @Query(() => [MissingDutyReport])
  async missingDutyReports(
    @Arg('year', () => Int) year: number,
    @Arg('half', () => Int) half: number,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Args(() => RulePageArgs) paging: RulePageArgs,
    @Ctx() ctx: Context,
  ): Promise<MissingDutyReport[]> {
    assertCan(ctx, 'list', 'dutyReports');
    const h = checkHalf(year, half);
    const page = pageClause(paging);
    if (!isReportDue(year, h, asOf ?? ctx.today)) return [];
    const f = fragments(ctx.em);
    const rows = await query<{ cadre_id: string; unit_id: string }>(
      ctx.em,
      sql`SELECT m.cadre_id, m.unit_id FROM (${missingReportsTable(ctx, year, h, unitId)}) m JOIN cadre c ON c.id = m.cadre_id JOIN unit u ON u.id = m.unit_id
        ORDER BY ${f.byCodePoint('u.code')}, ${f.byCodePoint('c.name_sort')}, c.id${page}`,
    );
    const [cadres, units] = await Promise.all([byIds(ctx.em, Cadre, rows.map((r) => r.cadre_id)), byIds(ctx.em, Unit, rows.map((r) => r.unit_id))]);
    const since = missingFlaggedFrom(year, h);
    return rows.flatMap((r) => {
      const cadre = cadres.get(r.cadre_id);
      const unit = units.get(r.unit_id);
      return cadre && unit ? [{ cadre, unit, year, half: h, since }] : [];
    });
  }

  @Query(() => ListMetadata, { description: 'TGT-3 how many lines missingDutyReports has with these arguments' })
  async _missingDutyReportsMeta(
    @Arg('year', () => Int) year: number,
    @Arg('half', () => Int) half: number,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Args(() => RulePageArgs) _paging: RulePageArgs,
    @Ctx() ctx: Context,
  ): Promise<ListMetadata> {
    assertCan(ctx, 'list', 'dutyReports');
    const h = checkHalf(year, half);
    if (!isReportDue(year, h, asOf ?? ctx.today)) return { count: 0 };
    return { count: await count(ctx.em, sql`SELECT COUNT(*) AS n FROM (${missingReportsTable(ctx, year, h, unitId)}) m`) };
  }
}

/** TGT-3 "My work": the reports of the last ended half year still missing (a unit user: its own unit; the admin: every unit). */
registerWorkSource({
  key: 'dutyReportsMissing',
  roles: [Role.SUBDISTRICT_ADMIN, Role.UNIT_USER],
  label: { zh: '上一半年度未登记的述职', en: 'Duty reports missing for the last half year' },
  link: '/missingDutyReports',
  count: (ctx) => countMissingLastHalf(ctx, ctx.today),
});

/** "2026年上半年述职未登记" for the warning list and the work list */
export function missingDetail(year: number, half: Half): string {
  return `${halfName(year, half)}述职未登记`;
}
