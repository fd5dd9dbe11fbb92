import { Arg, ArgsType, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import { ConflictError, Problems, checkPayRecord, type PayCheck, type PostTitle as PostTitleT } from '@liangwei/domain';
import { PostTitle } from '../graphql/enums';
import type { Context } from '../graphql/context';
import { assertCan, findVisible, type ResourceDef } from '../resource/resource';
import { badReference } from '../resource/references';
import { text } from '../common/dates';
import { Cadre } from '../cadre/cadre.entity';
import { PayRecord } from './pay.entities';
import { policyOfYear } from './secretaries';

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

@Resolver()
export class PayReportResolver {
  /** PAY-1 A year's pay records, those below their floor first (largest shortfall first), through the viewer's scope. */
  @Query(() => [PayRecord])
  async payReport(@Arg('year', () => Int) year: number, @Arg('unitId', () => ID, { nullable: true }) unitId: string | null, @Ctx() ctx: Context): Promise<PayRecord[]> {
    assertCan(ctx, 'list', 'payRecords');
    const records = await ctx.em.find(PayRecord, { year, ...(unitId ? { unit: unitId } : {}) }, { populate: ['cadre', 'unit'] });
    const checks = new Map(await Promise.all(records.map(async (r) => [r.id, await payCheckOf(r, ctx)] as const)));
    return records.sort((a, b) => {
      const ca = checks.get(a.id);
      const cb = checks.get(b.id);
      return (
        Number(cb?.belowFloor ?? false) - Number(ca?.belowFloor ?? false) ||
        (cb?.shortfall ?? 0) - (ca?.shortfall ?? 0) ||
        a.unit.name.localeCompare(b.unit.name, 'zh-CN') ||
        a.cadre.name.localeCompare(b.cadre.name, 'zh-CN') ||
        a.id.localeCompare(b.id)
      );
    });
  }
}
