import { Arg, Args, ArgsType, Ctx, Field, Float, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import {
  ConflictError,
  LogCheckOutcome as Outcome,
  Problems,
  WarningKind,
  PostTitle,
  allowanceForMonth,
  isYearMonth,
  monthRange,
  type AllowanceReason as AllowanceReasonT,
  type IsoDate,
  type LogCheckOutcome as LogCheckOutcomeT,
  type YearMonth,
} from '@liangwei/domain';
import { DateScalar } from '../graphql/scalars';
import type { Context } from '../graphql/context';
import { assertCan, findVisible, type ResourceDef } from '../resource/resource';
import { badReference } from '../resource/references';
import { text } from '../common/dates';
import { registerWarningSource } from '../warnings/warnings';
import { Cadre } from '../cadre/cadre.entity';
import { Unit } from '../org/unit.entity';
import { AllowanceReason, LogCheckOutcome } from './enums';
import { DutyLogCheck, DutyLogEntry } from './pay.entities';
import { heldSecretaryPost, monthBounds, policyOfYear } from './secretaries';
import { ListMetadata } from '../resource/list-args';
import { RulePageArgs, and, byIds, count, fragments, join, pageClause, query, scoped, sql, type Sql } from '../common/sql';

async function cadreOf(input: Record<string, unknown>, ctx: Context): Promise<Cadre> {
  const cadre = await findVisible(ctx.em, Cadre, String(input.cadreId));
  if (!cadre) throw badReference('cadreId', 'cadre', '干部');
  return cadre;
}

// --- INS-2 duty log entries: the unit keeps its cadres' logs

@InputType()
export class DutyLogEntryFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) cadreId?: string;
  @Field(() => String, { nullable: true }) category?: string;
  @Field(() => DateScalar, { nullable: true }) date?: string;
  @Field(() => DateScalar, { nullable: true }) date_gte?: string;
  @Field(() => DateScalar, { nullable: true }) date_lte?: string;
}

@ArgsType()
export class CreateDutyLogEntryArgs {
  @Field(() => ID) cadreId!: string;
  @Field(() => DateScalar) date!: string;
  @Field(() => String) content!: string;
  @Field(() => String, { nullable: true }) category?: string | null;
}

@ArgsType()
export class UpdateDutyLogEntryArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => DateScalar, { nullable: true }) date?: string;
  @Field(() => String, { nullable: true }) content?: string;
  @Field(() => String, { nullable: true }) category?: string | null;
}

function applyEntry(e: DutyLogEntry, input: Record<string, unknown>, today: IsoDate): void {
  if (input.date != null) e.date = String(input.date);
  if (input.content !== undefined) e.content = text(input.content) ?? '';
  if (input.category !== undefined) e.category = text(input.category);
  new Problems()
    .check(e.date <= today, 'date', 'lies in the future', '日志日期不能晚于今天')
    .check(e.content.length > 0 && e.content.length <= 2000, 'content', 'a text of 1 to 2000 characters is required', '日志内容不能为空，且不超过 2000 个字')
    .check((e.category?.length ?? 0) <= 50, 'category', 'at most 50 characters', '类别不能超过 50 个字')
    .throwIfAny();
}

/** INS-2 Duty log entries (履责全程纪实日志): a unit writes its own cadres' entries (ROLE-3). */
export const dutyLogEntryResource: ResourceDef<DutyLogEntry> = {
  name: 'DutyLogEntry',
  plural: 'DutyLogEntries',
  resource: 'dutyLogEntries',
  entity: DutyLogEntry,
  filter: DutyLogEntryFilter,
  searchFields: ['content', 'category'],
  sortFields: ['date', 'unitId', 'cadreId', 'category', 'createdAt'],
  defaultSort: { field: 'date', order: 'DESC' },
  create: {
    args: CreateDutyLogEntryArgs,
    async build(input, ctx) {
      const cadre = await cadreOf(input, ctx);
      const e = Object.assign(new DutyLogEntry(), { unit: cadre.unit, cadre, date: String(input.date), content: '' });
      applyEntry(e, input, ctx.today);
      return e;
    },
  },
  update: { args: UpdateDutyLogEntryArgs, apply: (e, input, ctx) => applyEntry(e, input, ctx.today) },
};

// --- INS-2 monthly checks of the secretaries' logs: by the subdistrict

@InputType()
export class DutyLogCheckFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) cadreId?: string;
  @Field(() => String, { nullable: true }) month?: string;
  @Field(() => String, { nullable: true }) month_gte?: string;
  @Field(() => String, { nullable: true }) month_lte?: string;
  @Field(() => LogCheckOutcome, { nullable: true }) outcome?: LogCheckOutcomeT;
}

@ArgsType()
export class CreateDutyLogCheckArgs {
  @Field(() => ID, { description: 'a secretary: held the Party secretary post of the unit during the month' }) cadreId!: string;
  @Field(() => String, { description: 'YYYY-MM, not in the future' }) month!: string;
  @Field(() => LogCheckOutcome) outcome!: LogCheckOutcomeT;
  @Field(() => String, { nullable: true, description: 'required when the check failed' }) remarks?: string | null;
}

@ArgsType()
export class UpdateDutyLogCheckArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => LogCheckOutcome, { nullable: true }) outcome?: LogCheckOutcomeT;
  @Field(() => String, { nullable: true }) remarks?: string | null;
}

function applyCheck(c: DutyLogCheck, input: Record<string, unknown>, ctx: Context): void {
  if (input.outcome != null) c.outcome = input.outcome as LogCheckOutcomeT;
  if (input.remarks !== undefined) c.remarks = text(input.remarks);
  c.checkedBy = ctx.username ?? 'system';
  new Problems()
    .check(c.outcome !== Outcome.FAIL || !!c.remarks, 'remarks', 'a failed check needs remarks (why it failed)', '检查未通过的，须在备注中说明原因')
    .check((c.remarks?.length ?? 0) <= 1000, 'remarks', 'at most 1000 characters', '备注不能超过 1000 个字')
    .throwIfAny();
}

/** INS-2 One check per secretary and month, recorded (and re-recorded) by a subdistrict admin. */
export const dutyLogCheckResource: ResourceDef<DutyLogCheck> = {
  name: 'DutyLogCheck',
  plural: 'DutyLogChecks',
  resource: 'dutyLogChecks',
  entity: DutyLogCheck,
  filter: DutyLogCheckFilter,
  sortFields: ['month', 'unitId', 'cadreId', 'outcome', 'createdAt'],
  defaultSort: { field: 'month', order: 'DESC' },
  create: {
    args: CreateDutyLogCheckArgs,
    async build(input, ctx) {
      const cadre = await cadreOf(input, ctx);
      const month = String(input.month);
      const problems = new Problems();
      if (!isYearMonth(month)) problems.add('month', 'not a month (YYYY-MM)', '月份格式应为 YYYY-MM');
      else if (month > ctx.today.slice(0, 7)) problems.add('month', 'lies in the future', '月份不能晚于本月');
      else if (!(await heldSecretaryPost(ctx.em, cadre.id, cadre.unit.id, month))) problems.add('cadreId', `did not hold the unit's Party secretary post in ${month}`, `该干部在 ${month} 未担任本单位党组织书记`);
      problems.throwIfAny();
      if (await ctx.em.count(DutyLogCheck, { cadre, month })) throw new ConflictError(`The duty log of this secretary for ${month} has been checked already: update that check.`, `该书记 ${month} 的纪实日志已检查，请修改原检查记录`);
      const c = Object.assign(new DutyLogCheck(), { unit: cadre.unit, cadre, month, outcome: input.outcome as LogCheckOutcomeT });
      applyCheck(c, input, ctx);
      return c;
    },
  },
  update: { args: UpdateDutyLogCheckArgs, apply: (c, input, ctx) => applyCheck(c, input, ctx) },
};

// --- PAY-2 the post allowance report

@ObjectType({ description: 'PAY-2 a secretary’s post allowance (岗位补贴) for a month, and why' })
export class AllowanceRow {
  @Field(() => Cadre) cadre!: Cadre;
  @Field(() => Unit) unit!: Unit;
  @Field(() => String, { description: 'YYYY-MM' }) month!: string;
  @Field(() => Boolean) due!: boolean;
  @Field(() => Float, { description: 'yuan: postAllowanceMonthly when due, else 0' }) amount!: number;
  @Field(() => AllowanceReason) reason!: AllowanceReasonT;
  @Field(() => String, { nullable: true, description: 'the check’s remarks' }) remarks!: string | null;
}

/** The months of the report: `month` alone, or the year's months up to the current one. */
function reportMonths(year: number, month: string | null, today: IsoDate): YearMonth[] {
  const problems = new Problems().check(Number.isInteger(year) && year >= 2000 && year <= 2100, 'year', 'a year between 2000 and 2100', '年度应在 2000 至 2100 之间');
  if (month != null) problems.check(isYearMonth(month) && month.startsWith(`${year}-`), 'month', `a month (YYYY-MM) of ${year}`, `月份应为 ${year} 年内的月份(YYYY-MM)`);
  problems.throwIfAny();
  if (month != null) return [month];
  const current = today.slice(0, 7);
  const last = `${year}-12` < current ? `${year}-12` : current;
  return monthRange(`${year}-01`, last);
}

/**
 * PAY-2 The report's lines in one statement: for each month, each secretary holding a visible
 * unit's Party secretary post at some time in it, once, with the unit (an appointment is always
 * in its cadre's unit, which never changes), its code and the cadre's name sort key (pinyin) the
 * report is ordered by. The secretaries' appointments over the whole period are read once, then
 * spread over the months.
 */
function allowanceLines(ctx: Context, months: readonly YearMonth[], unitId: string | null, cadreId: string | null): Sql {
  const f = fragments(ctx.em);
  const monthRows = join(
    months.map((m) => {
      const { first, last } = monthBounds(m);
      return sql`SELECT ${f.text(m)} AS month, ${f.text(first)} AS first_day, ${f.text(last)} AS last_day`;
    }),
    ' UNION ALL ',
  );
  const from = monthBounds(months[0]!).first;
  const to = monthBounds(months[months.length - 1]!).last;
  return sql`
    WITH months AS (${monthRows}),
    sa AS ${f.materialized}(
      SELECT a.cadre_id, a.unit_id, a.start_date, a.end_date, u.code AS unit_code, k.name_sort AS cadre_name_sort
      FROM appointment a JOIN post p ON p.id = a.post_id JOIN unit u ON u.id = a.unit_id JOIN cadre k ON k.id = a.cadre_id
      WHERE p.title = ${PostTitle.PARTY_SECRETARY} AND a.start_date <= ${to} AND (a.end_date IS NULL OR a.end_date > ${from})
        ${scoped(ctx, 'a.unit_id')}${and(unitId != null && sql`a.unit_id = ${unitId}`)}${and(cadreId != null && sql`a.cadre_id = ${cadreId}`)}
    )
    SELECT DISTINCT m.month, sa.cadre_id, sa.unit_id, sa.unit_code, sa.cadre_name_sort
    FROM months m JOIN sa ON sa.start_date <= m.last_day AND (sa.end_date IS NULL OR sa.end_date > m.first_day)`;
}

@Resolver()
export class AllowanceResolver {
  /**
   * PAY-2 / INS-2 For each secretary (holder of a visible unit's Party secretary post during the
   * month) and each month of the year up to the current one (or just `month`): the allowance due
   * after that month's duty log check, with the year's `postAllowanceMonthly`. No check: nothing
   * paid (NOT_CHECKED); a failed check: nothing paid, with its remarks. Ordered by unit code,
   * cadre name (pinyin: the stored sort key), cadre and month; computed in the database, one page
   * at a time.
   */
  @Query(() => [AllowanceRow])
  async allowanceReport(
    @Arg('year', () => Int) year: number,
    @Arg('month', () => String, { nullable: true, description: 'YYYY-MM of the year; default every month up to the current one' }) month: string | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('cadreId', () => ID, { nullable: true }) cadreId: string | null,
    @Args(() => RulePageArgs) paging: RulePageArgs,
    @Ctx() ctx: Context,
  ): Promise<AllowanceRow[]> {
    assertCan(ctx, 'list', 'dutyLogChecks');
    const page = pageClause(paging);
    const months = reportMonths(year, month, ctx.today);
    if (months.length === 0) return [];
    const f = fragments(ctx.em);
    const order = sql`${f.byCodePoint('l.unit_code')}, ${f.byCodePoint('l.cadre_name_sort')}, ${f.byCodePoint('l.cadre_id')}, l.month`;
    // the page first, then that month's check of each of its lines
    const lines = await query<{ month: YearMonth; cadre_id: string; unit_id: string; outcome: LogCheckOutcomeT | null; remarks: string | null }>(
      ctx.em,
      sql`SELECT l.month, l.cadre_id, l.unit_id, c.outcome, c.remarks
        FROM (SELECT * FROM (${allowanceLines(ctx, months, unitId, cadreId)}) l ORDER BY ${order}${page}) l
        LEFT JOIN duty_log_check c ON c.cadre_id = l.cadre_id AND c.month = l.month${scoped(ctx, 'c.unit_id')}
        ORDER BY ${order}`,
    );
    const policy = await policyOfYear(ctx, year);
    const [cadres, units] = await Promise.all([byIds(ctx.em, Cadre, lines.map((l) => l.cadre_id)), byIds(ctx.em, Unit, lines.map((l) => l.unit_id))]);
    return lines.map((l) => {
      const allowance = allowanceForMonth(l.month, l.outcome ? [{ month: l.month, outcome: l.outcome, remarks: l.remarks }] : [], policy);
      return { cadre: cadres.get(l.cadre_id)!, unit: units.get(l.unit_id)!, month: l.month, due: allowance.due, amount: allowance.amount, reason: allowance.reason, remarks: allowance.remarks };
    });
  }

  @Query(() => ListMetadata, { description: 'PAY-2 how many lines allowanceReport has with these arguments' })
  async _allowanceReportMeta(
    @Arg('year', () => Int) year: number,
    @Arg('month', () => String, { nullable: true }) month: string | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('cadreId', () => ID, { nullable: true }) cadreId: string | null,
    @Ctx() ctx: Context,
  ): Promise<ListMetadata> {
    assertCan(ctx, 'list', 'dutyLogChecks');
    const months = reportMonths(year, month, ctx.today);
    if (months.length === 0) return { count: 0 };
    return { count: await count(ctx.em, sql`SELECT COUNT(*) AS n FROM (${allowanceLines(ctx, months, unitId, cadreId)}) l`) };
  }
}

// --- MGT-4 a failed log check is a warning sign

/** The month `back` months before `month`. */
function monthsBefore(month: YearMonth, back: number): YearMonth {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - back;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** MGT-4 / INS-2 a secretary whose duty log check failed in the last three months up to asOf (asOf's month and the two before). */
registerWarningSource({
  kind: WarningKind.FAILED_LOG_CHECK,
  select(q) {
    const current = q.asOf.slice(0, 7);
    return sql`select d.cadre_id, d.month || ${'-01'} as since, coalesce(d.remarks, ${''}) as detail, d.id as record_id
      from duty_log_check d
      where d.outcome = ${Outcome.FAIL} and d.month >= ${monthsBefore(current, 2)} and d.month <= ${current}${q.units('d.unit_id')}`;
  },
});
