import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { ConflictError, Problems, Role, checkScore, checkUnitTotal, type ConsequenceKind as ConsequenceKindT, type ConsequenceStatus as ConsequenceStatusT } from '@liangwei/domain';
import type { Context } from '../graphql/context';
import { findVisible, type ResourceDef } from '../resource/resource';
import { badReference } from '../resource/references';
import { text } from '../common/dates';
import { Unit } from '../org/unit.entity';
import { AssessmentIndicator, AssessmentScore, AssessmentYear, Consequence } from './assessment.entities';
import { AssessmentYearStatus, CampaignYear, ConsequenceKind, ConsequenceStatus } from './enums';

/** ASM-5 Draft years are invisible to unit users: the published years they may see. */
export async function publishedYears(ctx: Context): Promise<number[]> {
  const years = await ctx.em.find(AssessmentYear, { status: AssessmentYearStatus.PUBLISHED });
  return years.map((y) => y.year);
}

const unitSeesPublishedOnly = (field: 'status' | 'year') => async (ctx: Context) => {
  if (ctx.viewer?.role !== Role.UNIT_USER) return null;
  return field === 'status' ? { status: AssessmentYearStatus.PUBLISHED } : { year: { $in: await publishedYears(ctx) } };
};

/** ASM-5 A year whose scores may still change, created as a draft when first used. */
export async function draftYear(ctx: Context, year: number, field = 'year'): Promise<AssessmentYear> {
  new Problems().check(Number.isInteger(year) && year >= 2000 && year <= 2100, field, 'a year between 2000 and 2100', '年度应在 2000 至 2100 之间').throwIfAny();
  let row = await ctx.em.findOne(AssessmentYear, { year });
  if (!row) {
    row = Object.assign(new AssessmentYear(), { year });
    ctx.em.persist(row);
  }
  if (row.status === AssessmentYearStatus.PUBLISHED) throw new ConflictError(`The ${year} assessment is published and frozen; an admin must re-open it first.`, `${year} 年度考核已公布并冻结，须由管理员重新开放后方可修改`);
  return row;
}

// ---- years

@InputType()
export class AssessmentYearFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => AssessmentYearStatus, { nullable: true }) status?: string;
}

@ArgsType()
export class CreateAssessmentYearArgs {
  @Field(() => Int) year!: number;
  @Field(() => CampaignYear, { nullable: true }) campaignYear?: string | null;
}

@ArgsType()
export class UpdateAssessmentYearArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => CampaignYear, { nullable: true }) campaignYear?: string | null;
}

export const assessmentYearResource: ResourceDef<AssessmentYear> = {
  name: 'AssessmentYear',
  plural: 'AssessmentYears',
  resource: 'assessmentYears',
  entity: AssessmentYear,
  filter: AssessmentYearFilter,
  sortFields: ['year', 'status'],
  defaultSort: { field: 'year', order: 'DESC' },
  visibleWhere: unitSeesPublishedOnly('status'),
  create: {
    args: CreateAssessmentYearArgs,
    async build(input, ctx) {
      const year = Number(input.year);
      new Problems().check(Number.isInteger(year) && year >= 2000 && year <= 2100, 'year', 'a year between 2000 and 2100', '年度应在 2000 至 2100 之间').throwIfAny();
      if (await ctx.em.count(AssessmentYear, { year })) throw new ConflictError(`The year ${year} exists already.`, `${year} 年度已存在`);
      return Object.assign(new AssessmentYear(), { year, campaignYear: input.campaignYear ?? null });
    },
  },
  update: {
    args: UpdateAssessmentYearArgs,
    apply(y, input) {
      if (input.campaignYear !== undefined) y.campaignYear = (input.campaignYear as never) ?? null;
    },
  },
};

// ---- indicators (ASM-1)

@InputType()
export class AssessmentIndicatorFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => Int, { nullable: true }) year?: number;
}

@ArgsType()
export class CreateAssessmentIndicatorArgs {
  @Field(() => Int) year!: number;
  @Field(() => String) name!: string;
  @Field(() => Float) maxPoints!: number;
  @Field(() => Int, { nullable: true }) sortOrder?: number | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@ArgsType()
export class UpdateAssessmentIndicatorArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => Float, { nullable: true }) maxPoints?: number;
  @Field(() => Int, { nullable: true }) sortOrder?: number;
  @Field(() => String, { nullable: true }) description?: string | null;
}

function checkIndicator(i: AssessmentIndicator): void {
  new Problems()
    .check(i.name.length > 0 && i.name.length <= 200, 'name', 'a name of 1 to 200 characters is required', '指标名称不能为空，且不超过 200 个字')
    .check(Number.isFinite(i.maxPoints) && i.maxPoints > 0 && i.maxPoints <= 1000, 'maxPoints', 'more than 0 and at most 1000', '指标满分应大于 0 且不超过 1000 分')
    .throwIfAny();
}

export const assessmentIndicatorResource: ResourceDef<AssessmentIndicator> = {
  name: 'AssessmentIndicator',
  plural: 'AssessmentIndicators',
  resource: 'assessmentIndicators',
  entity: AssessmentIndicator,
  filter: AssessmentIndicatorFilter,
  searchFields: ['name'],
  sortFields: ['year', 'sortOrder', 'name', 'maxPoints'],
  defaultSort: { field: 'sortOrder', order: 'ASC' },
  visibleWhere: unitSeesPublishedOnly('year'),
  create: {
    args: CreateAssessmentIndicatorArgs,
    async build(input, ctx) {
      const year = Number(input.year);
      await draftYear(ctx, year);
      const count = await ctx.em.count(AssessmentIndicator, { year });
      const i = Object.assign(new AssessmentIndicator(), { year, name: String(input.name).trim(), maxPoints: Number(input.maxPoints), sortOrder: (input.sortOrder as number | null) ?? count + 1, description: text(input.description) });
      checkIndicator(i);
      return i;
    },
  },
  update: {
    args: UpdateAssessmentIndicatorArgs,
    async apply(i, input, ctx) {
      await draftYear(ctx, i.year);
      if (input.name != null) i.name = String(input.name).trim();
      if (input.maxPoints != null) i.maxPoints = Number(input.maxPoints);
      if (input.sortOrder != null) i.sortOrder = Number(input.sortOrder);
      if (input.description !== undefined) i.description = text(input.description);
      checkIndicator(i);
      const over = await ctx.em.count(AssessmentScore, { indicator: i, points: { $gt: i.maxPoints } });
      if (over) throw new ConflictError(`${over} score(s) exceed the new maximum; correct them first.`, `有 ${over} 项得分超过新的满分，请先修改这些得分`);
    },
  },
  remove: {
    async check(i, ctx) {
      await draftYear(ctx, i.year);
      if (await ctx.em.count(AssessmentScore, { indicator: i })) throw new ConflictError('Scores were entered for this indicator; it cannot be deleted.', '该指标已有评分，不能删除');
    },
  },
};

// ---- scores (ASM-1/2)

@InputType()
export class AssessmentScoreFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) indicatorId?: string;
  @Field(() => Int, { nullable: true }) year?: number;
}

@ArgsType()
export class CreateAssessmentScoreArgs {
  @Field(() => ID) unitId!: string;
  @Field(() => ID) indicatorId!: string;
  @Field(() => Float) points!: number;
  @Field(() => String, { nullable: true, description: 'required for a deduction (points below the maximum)' }) note?: string | null;
}

@ArgsType()
export class UpdateAssessmentScoreArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => Float, { nullable: true }) points?: number;
  @Field(() => String, { nullable: true }) note?: string | null;
}

/**
 * ASM-1/2 A score within 0..maxPoints, a note for every deduction, and the unit's year total within
 * 0..1000 counting every other score of that unit and year.
 */
export async function checkScoreRow(ctx: Context, score: AssessmentScore, indicator: AssessmentIndicator, others?: number): Promise<void> {
  const problems = checkScore(score.points, indicator);
  if (score.points < indicator.maxPoints) problems.check(!!score.note, 'note', 'a deduction needs its reason', '扣分须填写扣分理由');
  problems.throwIfAny();
  const rest =
    others ??
    (await ctx.em.find(AssessmentScore, { unit: score.unit, year: score.year, id: { $ne: score.id } })).reduce((sum, s) => sum + s.points, 0);
  checkUnitTotal(rest + score.points, new Problems(), 'points').throwIfAny();
}

export const assessmentScoreResource: ResourceDef<AssessmentScore> = {
  name: 'AssessmentScore',
  plural: 'AssessmentScores',
  resource: 'assessmentScores',
  entity: AssessmentScore,
  filter: AssessmentScoreFilter,
  sortFields: ['year', 'unitId', 'indicatorId', 'points'],
  defaultSort: { field: 'year', order: 'DESC' },
  visibleWhere: unitSeesPublishedOnly('year'),
  create: {
    args: CreateAssessmentScoreArgs,
    unitOf: (input) => String(input.unitId),
    async build(input, ctx) {
      const unit = await findVisible(ctx.em, Unit, String(input.unitId));
      if (!unit) throw badReference('unitId', 'unit', '单位');
      const indicator = await findVisible(ctx.em, AssessmentIndicator, String(input.indicatorId));
      if (!indicator) throw badReference('indicatorId', 'indicator', '考核指标');
      await draftYear(ctx, indicator.year);
      if (await ctx.em.count(AssessmentScore, { unit, indicator })) throw new ConflictError('This unit has a score for this indicator already: use updateAssessmentScore.', '该单位在此指标上已有评分，请修改原评分');
      const score = Object.assign(new AssessmentScore(), { unit, indicator, year: indicator.year, points: Number(input.points), note: text(input.note) });
      await checkScoreRow(ctx, score, indicator);
      return score;
    },
  },
  update: {
    args: UpdateAssessmentScoreArgs,
    async apply(score, input, ctx) {
      await draftYear(ctx, score.year);
      const indicator = await ctx.em.findOneOrFail(AssessmentIndicator, score.indicator.id);
      if (input.points != null) score.points = Number(input.points);
      if (input.note !== undefined) score.note = text(input.note);
      await checkScoreRow(ctx, score, indicator);
    },
  },
};

// ---- consequences (MGT-2)

@InputType()
export class ConsequenceFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => ConsequenceKind, { nullable: true }) kind?: ConsequenceKindT;
  @Field(() => ConsequenceStatus, { nullable: true }) status?: ConsequenceStatusT;
  @Field(() => ID, { nullable: true }) subjectId?: string;
}

export const consequenceResource: ResourceDef<Consequence> = {
  name: 'Consequence',
  plural: 'Consequences',
  resource: 'consequences',
  entity: Consequence,
  filter: ConsequenceFilter,
  sortFields: ['year', 'kind', 'status', 'unitId', 'createdAt'],
  defaultSort: { field: 'year', order: 'DESC' },
};
