import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import { ConflictError, PostTitle as PostTitleCode, Problems, checkPayRecord, payFloor, type PayCheck, type PostTitle as PostTitleT } from '@liangwei/domain';
import { PostTitle } from '../graphql/enums';
import type { Context } from '../graphql/context';
import { assertCan, findVisible, type ResourceDef } from '../resource/resource';
import { badReference } from '../resource/references';
import { text } from '../common/dates';
import { Cadre } from '../cadre/cadre.entity';
import { PayRecord } from './pay.entities';
import { policyOfYear } from './secretaries';
import { ListMetadata } from '../resource/list-args';
import { RulePageArgs, and, count, fragments, join, pageClause, query, raw, scoped, sql, type Sql } from '../common/sql';

@InputType()
export class PayRecordFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) cadreId?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => Int, { nullable: true }) year_gte?: number;
  @Field(() => Int, { nullable: true }) year_lte?: number;
  @Field(() => PostTitle, { nullable: true }) title?: PostTitleT;
  @Field(() => Float, { nullable: true }) amount_lt?: number;
  @Field(() => Float, { nullable: true }) amount_gte?: number;
}

@ArgsType()
export class CreatePayRecordArgs {
  @Field(() => ID) cadreId!: string;
  @Field(() => Int) year!: number;
  @Field(() => PostTitle, { description: 'the post the pay is for (a cadre with two posts: the one with the higher floor)' }) title!: PostTitleT;
  @Field(() => Float, { description: 'yuan per year' }) amount!: number;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ArgsType()
export class UpdatePayRecordArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => PostTitle, { nullable: true }) title?: PostTitleT;
  @Field(() => Float, { nullable: true }) amount?: number;
  @Field(() => String, { nullable: true }) note?: string | null;
}

async function applyPayRecord(r: PayRecord, input: Record<string, unknown>, ctx: Context): Promise<void> {
  const yearChanged = input.year != null && input.year !== r.year;
  if (input.year != null) r.year = Number(input.year);
  if (input.title != null) r.title = input.title as PostTitleT;
  if (input.amount != null) r.amount = Number(input.amount);
  if (input.note !== undefined) r.note = text(input.note);
  new Problems()
    .check(Number.isInteger(r.year) && r.year >= 2000 && r.year <= 2100, 'year', 'a year between 2000 and 2100', '年度应在 2000 至 2100 之间')
    .check(Number.isFinite(r.amount) && r.amount >= 0 && r.amount <= 10_000_000, 'amount', 'an amount of yuan per year between 0 and 10,000,000', '年度报酬金额应在 0 至 10,000,000 元之间')
    .check((r.note?.length ?? 0) <= 500, 'note', 'at most 500 characters', '备注不能超过 500 个字')
    .throwIfAny();
  if (yearChanged && (await ctx.em.count(PayRecord, { cadre: r.cadre, year: r.year, id: { $ne: r.id } }))) {
    throw new ConflictError(`This cadre has a pay record for ${r.year} already: update that one.`, `该干部 ${r.year} 年度已有报酬记录，请修改原记录`);
  }
}

async function payCadre(input: Record<string, unknown>, ctx: Context): Promise<Cadre> {
  const cadre = await findVisible(ctx.em, Cadre, String(input.cadreId));
  if (!cadre) throw badReference('cadreId', 'cadre', '干部');
  return cadre;
}

/** PAY-1 Pay records: entered by the subdistrict, read by the unit they belong to. */
export const payRecordResource: ResourceDef<PayRecord> = {
  name: 'PayRecord',
  plural: 'PayRecords',
  resource: 'payRecords',
  entity: PayRecord,
  filter: PayRecordFilter,
  sortFields: ['year', 'unitId', 'cadreId', 'title', 'amount', 'createdAt'],
  defaultSort: { field: 'year', order: 'DESC' },
  create: {
    args: CreatePayRecordArgs,
    async build(input, ctx) {
      const cadre = await payCadre(input, ctx);
      const r = Object.assign(new PayRecord(), { unit: cadre.unit, cadre, year: Number(input.year), title: input.title, amount: Number(input.amount) });
      await applyPayRecord(r, input, ctx);
      if (await ctx.em.count(PayRecord, { cadre, year: r.year })) throw new ConflictError(`This cadre has a pay record for ${r.year} already: update that one.`, `该干部 ${r.year} 年度已有报酬记录，请修改原记录`);
      return r;
    },
  },
  update: { args: UpdatePayRecordArgs, apply: (r, input, ctx) => applyPayRecord(r, input, ctx) },
};

/**
 * PAY-1 The record compared with its post's floor, with the parameters of the record's year
 * (its `priorYearRuralIncome` is the previous year's income); null while that income is not
 * entered (0).
 */
export async function payCheckOf(r: PayRecord, ctx: Context): Promise<PayCheck | null> {
  const policy = await policyOfYear(ctx, r.year);
  if (!policy.priorYearRuralIncome) return null;
  return checkPayRecord({ amount: r.amount, title: r.title }, policy.priorYearRuralIncome, policy);
}

@Resolver(() => PayRecord)
export class PayRecordFieldsResolver {
  @FieldResolver(() => Float, { nullable: true, description: "PAY-1 the post's floor (yuan per year); null while the year's priorYearRuralIncome is not entered" })
  async floor(@Root() r: PayRecord, @Ctx() ctx: Context): Promise<number | null> {
    return (await payCheckOf(r, ctx))?.floor ?? null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'PAY-1 the amount is below the floor (exactly at the floor is not); null when the floor is unknown' })
  async belowFloor(@Root() r: PayRecord, @Ctx() ctx: Context): Promise<boolean | null> {
    return (await payCheckOf(r, ctx))?.belowFloor ?? null;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'PAY-1 what is missing to reach the floor (0 when not below); null when the floor is unknown' })
  async shortfall(@Root() r: PayRecord, @Ctx() ctx: Context): Promise<number | null> {
    return (await payCheckOf(r, ctx))?.shortfall ?? null;
  }
}

/**
 * PAY-1 A year's pay records with their shortfall in cents (0 when not below the floor, and while
 * the year's priorYearRuralIncome is not entered), in one statement. The floors of the eight
 * posts come from the domain (payFloor) as bound parameters; the shortfall is rounded to the cent
 * half up, as roundYuan does (a margin of 1e-6 cent absorbs the binary noise of the difference).
 */
async function payLines(ctx: Context, year: number, unitId: string | null, cadreId: string | null, belowFloor: boolean | null): Promise<Sql> {
  const f = fragments(ctx.em);
  const policy = await policyOfYear(ctx, year);
  const floors = policy.priorYearRuralIncome > 0 ? Object.values(PostTitleCode).map((t) => sql`WHEN ${t} THEN ${f.real(payFloor(t, policy.priorYearRuralIncome, policy))}`) : [];
  const floor = floors.length ? sql`CASE r.title ${join(floors, ' ')} END` : raw('NULL');
  const shortfall = sql`CASE WHEN ${floor} - r.amount > 0 THEN ${f.floorOfPositive(sql`(${floor} - r.amount) * 100 + 0.5 + 0.000001`)} ELSE 0 END`;
  const lines = sql`SELECT r.id, r.unit_id, r.cadre_id, ${shortfall} AS shortfall_cents FROM pay_record r
    WHERE r.year = ${year}${scoped(ctx, 'r.unit_id')}${and(unitId != null && sql`r.unit_id = ${unitId}`)}${and(cadreId != null && sql`r.cadre_id = ${cadreId}`)}`;
  if (belowFloor == null) return lines;
  return sql`SELECT * FROM (${lines}) l WHERE ${raw(belowFloor ? 'l.shortfall_cents > 0' : 'l.shortfall_cents = 0')}`;
}

@Resolver()
export class PayReportResolver {
  /**
   * PAY-1 A year's pay records, those below their floor first (largest shortfall first), then by
   * unit code and cadre name (pinyin: the stored sort key), through the viewer's scope; computed in
   * the database, one page at a time.
   */
  @Query(() => [PayRecord])
  async payReport(
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('cadreId', () => ID, { nullable: true }) cadreId: string | null,
    @Arg('belowFloor', () => Boolean, { nullable: true, description: 'true: only the records below their floor; false: only the others' }) belowFloor: boolean | null,
    @Args(() => RulePageArgs) paging: RulePageArgs,
    @Ctx() ctx: Context,
  ): Promise<PayRecord[]> {
    assertCan(ctx, 'list', 'payRecords');
    const page = pageClause(paging);
    const f = fragments(ctx.em);
    const lines = await query<{ id: string }>(
      ctx.em,
      sql`SELECT l.id FROM (${await payLines(ctx, year, unitId, cadreId, belowFloor)}) l JOIN unit u ON u.id = l.unit_id JOIN cadre k ON k.id = l.cadre_id
        ORDER BY l.shortfall_cents DESC, ${f.byCodePoint('u.code')}, ${f.byCodePoint('k.name_sort')}, ${f.byCodePoint('l.id')}${page}`,
    );
    if (lines.length === 0) return [];
    const records = await ctx.em.find(PayRecord, { id: { $in: lines.map((l) => l.id) } }, { populate: ['cadre', 'unit'] });
    const byId = new Map(records.map((r) => [r.id, r]));
    return lines.map((l) => byId.get(l.id)).filter((r): r is PayRecord => !!r);
  }

  @Query(() => ListMetadata, { description: 'PAY-1 how many records payReport has with these arguments' })
  async _payReportMeta(
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('cadreId', () => ID, { nullable: true }) cadreId: string | null,
    @Arg('belowFloor', () => Boolean, { nullable: true }) belowFloor: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<ListMetadata> {
    assertCan(ctx, 'list', 'payRecords');
    return { count: await count(ctx.em, sql`SELECT COUNT(*) AS n FROM (${await payLines(ctx, year, unitId, cadreId, belowFloor)}) l`) };
  }
}
