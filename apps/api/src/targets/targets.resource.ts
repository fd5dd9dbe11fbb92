import type { FilterQuery } from '@mikro-orm/core';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import {
  ConflictError,
  PlanItemKind as Kind,
  Problems,
  assertPlanContentEditable,
  checkPlanItem,
  checkTerm,
  roundYuan,
  PlanStatus as S,
  ProgressStatus as PS,
  PROGRESS_DUE_DAYS,
  type IsoDate,
  type PlanItemKind as PlanItemKindT,
  type PlanStatus as PlanStatusT,
  type PostTitle as PostTitleT,
  type ProgressStatus as ProgressStatusT,
} from '@liangwei/domain';
import { PostTitle } from '../graphql/enums';
import { DateScalar } from '../graphql/scalars';
import { findVisible, type ResourceDef } from '../resource/resource';
import { badReference } from '../resource/references';
import { text } from '../common/dates';
import type { Context } from '../graphql/context';
import { Unit } from '../org/unit.entity';
import { Post } from '../org/post.entity';
import { PlanItemKind, PlanStatus, ProgressStatus } from './enums';
import { AnnualPlan, DutyTemplate, PlanItem, PlanProgressUpdate, PostDuty, TermTarget } from './targets.entities';

type Input = Record<string, unknown>;

function required(value: unknown, field: string, zh: string): string {
  const t = text(value);
  new Problems().check(t != null, field, 'is required', `请填写${zh}`).throwIfAny();
  return t!;
}

// ---------------------------------------------------------------- TGT-1 duty templates

@InputType()
export class DutyTemplateFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => PostTitle, { nullable: true }) title?: PostTitleT;
}

@ArgsType()
export class CreateDutyTemplateArgs {
  @Field(() => PostTitle) title!: PostTitleT;
  @Field(() => String) duties!: string;
}

@ArgsType()
export class UpdateDutyTemplateArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => String, { nullable: true }) duties?: string;
}

/** TGT-1 The subdistrict's duties per post title (one per title); every unit reads them. */
export const dutyTemplateResource: ResourceDef<DutyTemplate> = {
  name: 'DutyTemplate',
  plural: 'DutyTemplates',
  resource: 'dutyTemplates',
  entity: DutyTemplate,
  filter: DutyTemplateFilter,
  searchFields: ['duties'],
  sortFields: ['title', 'createdAt'],
  defaultSort: { field: 'title', order: 'ASC' },
  create: {
    args: CreateDutyTemplateArgs,
    async build(input, ctx) {
      const title = input.title as PostTitleT;
      if (await ctx.em.count(DutyTemplate, { title })) throw new ConflictError('This post title has its duties already: edit them.', '该职务已有岗位职责模板，请修改原模板');
      return Object.assign(new DutyTemplate(), { title, duties: required(input.duties, 'duties', '岗位职责') });
    },
  },
  update: {
    args: UpdateDutyTemplateArgs,
    apply(e, input) {
      if (input.duties !== undefined) e.duties = required(input.duties, 'duties', '岗位职责');
    },
  },
};

// ---------------------------------------------------------------- TGT-1 a post's own duties

@InputType()
export class PostDutyFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) postId?: string;
}

@ArgsType()
export class CreatePostDutyArgs {
  @Field(() => ID) postId!: string;
  @Field(() => String) duties!: string;
}

@ArgsType()
export class UpdatePostDutyArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => String, { nullable: true }) duties?: string;
}

/** TGT-1 A post's duties as its unit refines them (over the title's template). One per post. */
export const postDutyResource: ResourceDef<PostDuty> = {
  name: 'PostDuty',
  plural: 'PostDuties',
  resource: 'postDuties',
  entity: PostDuty,
  filter: PostDutyFilter,
  sortFields: ['unitId', 'postId', 'createdAt'],
  defaultSort: { field: 'unitId', order: 'ASC' },
  create: {
    args: CreatePostDutyArgs,
    async build(input, ctx) {
      const post = await findVisible(ctx.em, Post, String(input.postId));
      if (!post) throw badReference('postId', 'post', '岗位');
      if (await ctx.em.count(PostDuty, { post })) throw new ConflictError('This post has its duties already: edit them.', '该岗位已有岗位职责，请修改原记录');
      return Object.assign(new PostDuty(), { unit: post.unit, post, duties: required(input.duties, 'duties', '岗位职责') });
    },
  },
  update: {
    args: UpdatePostDutyArgs,
    apply(e, input) {
      if (input.duties !== undefined) e.duties = required(input.duties, 'duties', '岗位职责');
    },
  },
};

// ---------------------------------------------------------------- TGT-1 term targets

@InputType()
export class TermTargetFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => Int, { nullable: true }) startYear?: number;
  @Field(() => Int, { nullable: true }) endYear_gte?: number;
  @Field(() => Int, { nullable: true }) startYear_lte?: number;
}

@ArgsType()
export class CreateTermTargetArgs {
  @Field(() => ID) unitId!: string;
  @Field(() => Int) startYear!: number;
  @Field(() => Int) endYear!: number;
  @Field(() => String) content!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ArgsType()
export class UpdateTermTargetArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => Int, { nullable: true }) startYear?: number;
  @Field(() => Int, { nullable: true }) endYear?: number;
  @Field(() => String, { nullable: true }) content?: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

function applyTermTarget(e: TermTarget, input: Input): void {
  if (input.startYear != null) e.startYear = Number(input.startYear);
  if (input.endYear != null) e.endYear = Number(input.endYear);
  if (input.content !== undefined) e.content = required(input.content, 'content', '任期目标');
  if (input.note !== undefined) e.note = text(input.note);
  checkTerm(e.startYear, e.endYear).throwIfAny();
}

/** TGT-1 The team's term targets (任期目标), drafted by the unit. */
export const termTargetResource: ResourceDef<TermTarget> = {
  name: 'TermTarget',
  plural: 'TermTargets',
  resource: 'termTargets',
  entity: TermTarget,
  filter: TermTargetFilter,
  searchFields: ['content'],
  sortFields: ['unitId', 'startYear', 'createdAt'],
  defaultSort: { field: 'startYear', order: 'DESC' },
  create: {
    args: CreateTermTargetArgs,
    unitOf: (input) => String(input.unitId),
    async build(input, ctx) {
      const unit = await findVisible(ctx.em, Unit, String(input.unitId));
      if (!unit) throw badReference('unitId', 'unit', '单位');
      const e = Object.assign(new TermTarget(), { unit, startYear: Number(input.startYear), endYear: Number(input.endYear) });
      applyTermTarget(e, input);
      return e;
    },
  },
  update: { args: UpdateTermTargetArgs, apply: (e, input) => applyTermTarget(e, input) },
  remove: { check: () => undefined },
};

// ---------------------------------------------------------------- TGT-1/2 annual plans

@InputType()
export class AnnualPlanFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => Int, { nullable: true }) year_gte?: number;
  @Field(() => Int, { nullable: true }) year_lte?: number;
  @Field(() => PlanStatus, { nullable: true }) status?: PlanStatusT;
}

@ArgsType()
export class CreateAnnualPlanArgs {
  @Field(() => ID) unitId!: string;
  @Field(() => Int) year!: number;
  @Field(() => String, { nullable: true, description: 'how the public was consulted (征求意见)' }) consultation?: string | null;
}

@ArgsType()
export class UpdateAnnualPlanArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => String, { nullable: true }) consultation?: string | null;
}

/** TGT-1/2 One plan per unit and year; drafted by the unit; the workflow commands move it on (plans.resolver.ts). */
export const annualPlanResource: ResourceDef<AnnualPlan> = {
  name: 'AnnualPlan',
  plural: 'AnnualPlans',
  resource: 'annualPlans',
  entity: AnnualPlan,
  filter: AnnualPlanFilter,
  sortFields: ['unitId', 'year', 'status', 'createdAt'],
  defaultSort: { field: 'year', order: 'DESC' },
  computed: { items: ['id'], allowedSteps: ['status'] },
  create: {
    args: CreateAnnualPlanArgs,
    unitOf: (input) => String(input.unitId),
    async build(input, ctx) {
      const unit = await findVisible(ctx.em, Unit, String(input.unitId));
      if (!unit) throw badReference('unitId', 'unit', '单位');
      const year = Number(input.year);
      if (await ctx.em.count(AnnualPlan, { unit, year })) {
        throw new ConflictError(`${unit.name} has a plan for ${year} already: edit that one.`, `${unit.name}已有${year}年度计划，请修改原计划`);
      }
      return Object.assign(new AnnualPlan(), { unit, year, consultation: text(input.consultation) });
    },
  },
  update: {
    args: UpdateAnnualPlanArgs,
    apply(plan, input) {
      assertPlanContentEditable(plan.status);
      if (input.consultation !== undefined) plan.consultation = text(input.consultation);
    },
  },
};

// ---------------------------------------------------------------- TGT-1 plan items

function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** TGT-2 Items of a committed plan, not completed, with a deadline within PROGRESS_DUE_DAYS after today or passed (the domain's `progressDue`). */
export function progressDueWhere(today: IsoDate): FilterQuery<PlanItem> {
  return { plan: { status: S.COMMITTED }, progressStatus: { $ne: PS.COMPLETED }, deadline: { $ne: null, $lte: addDays(today, PROGRESS_DUE_DAYS) } } as FilterQuery<PlanItem>;
}

@InputType()
export class PlanItemFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) planId?: string;
  @Field(() => PlanItemKind, { nullable: true }) kind?: PlanItemKindT;
  @Field(() => ProgressStatus, { nullable: true }) progressStatus?: ProgressStatusT;
  @Field(() => DateScalar, { nullable: true }) deadline_lte?: string;
  @Field(() => DateScalar, { nullable: true }) deadline_gte?: string;
  @Field(() => Boolean, { nullable: true, description: 'TGT-2 items of committed plans whose progress is due (true) or not (false)' }) progressDue?: boolean;
}

@ArgsType()
export class CreatePlanItemArgs {
  @Field(() => ID) planId!: string;
  @Field(() => PlanItemKind) kind!: PlanItemKindT;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) detail?: string | null;
  @Field(() => String, { nullable: true, description: 'for whom (a practical matter needs it)' }) beneficiaries?: string | null;
  @Field(() => Float, { nullable: true, description: 'yuan, to the fen' }) budget?: number | null;
  @Field(() => DateScalar, { nullable: true, description: 'within the plan’s year (a practical matter needs it)' }) deadline?: string | null;
  @Field(() => Int, { nullable: true }) sortOrder?: number | null;
}

@ArgsType()
export class UpdatePlanItemArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => PlanItemKind, { nullable: true }) kind?: PlanItemKindT;
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => String, { nullable: true }) detail?: string | null;
  @Field(() => String, { nullable: true }) beneficiaries?: string | null;
  @Field(() => Float, { nullable: true }) budget?: number | null;
  @Field(() => DateScalar, { nullable: true }) deadline?: string | null;
  @Field(() => Int, { nullable: true }) sortOrder?: number | null;
}

/** The item's plan, loaded (the same instance as `item.plan`). */
export async function planOf(item: PlanItem, ctx: Context): Promise<AnnualPlan> {
  return ctx.em.findOneOrFail(AnnualPlan, { id: item.plan.id });
}

function applyPlanItem(e: PlanItem, input: Input): void {
  if (input.kind != null) e.kind = input.kind as PlanItemKindT;
  if (input.title !== undefined) e.title = text(input.title) ?? '';
  if (input.detail !== undefined) e.detail = text(input.detail);
  if (input.beneficiaries !== undefined) e.beneficiaries = text(input.beneficiaries);
  if (input.budget !== undefined) e.budget = input.budget == null ? null : Number(input.budget);
  if (input.deadline !== undefined) e.deadline = input.deadline == null ? null : String(input.deadline);
  if (input.sortOrder != null) e.sortOrder = Number(input.sortOrder);
  checkPlanItem({ kind: e.kind, title: e.title, budget: e.budget, deadline: e.deadline, beneficiaries: e.beneficiaries }, e.plan.year).throwIfAny();
  if (e.budget != null) e.budget = roundYuan(e.budget);
}

/** TGT-1 The plan's annual targets and practical matters; changed only while the plan is drafted or returned (TGT-2). */
export const planItemResource: ResourceDef<PlanItem> = {
  name: 'PlanItem',
  plural: 'PlanItems',
  resource: 'planItems',
  entity: PlanItem,
  filter: PlanItemFilter,
  searchFields: ['title'],
  sortFields: ['planId', 'kind', 'sortOrder', 'deadline', 'createdAt'],
  defaultSort: { field: 'sortOrder', order: 'ASC' },
  customFilters: {
    progressDue: (value: boolean, ctx) => (value ? progressDueWhere(ctx.today) : ({ $not: progressDueWhere(ctx.today) } as FilterQuery<PlanItem>)),
  },
  create: {
    args: CreatePlanItemArgs,
    async build(input, ctx) {
      const plan = await findVisible(ctx.em, AnnualPlan, String(input.planId));
      if (!plan) throw badReference('planId', 'annual plan', '年度计划');
      assertPlanContentEditable(plan.status);
      const count = await ctx.em.count(PlanItem, { plan });
      const e = Object.assign(new PlanItem(), { unit: plan.unit, plan, kind: (input.kind as PlanItemKindT) ?? Kind.TARGET, title: '', sortOrder: count + 1 });
      applyPlanItem(e, input);
      return e;
    },
  },
  update: {
    args: UpdatePlanItemArgs,
    async apply(e, input, ctx) {
      const plan = await planOf(e, ctx);
      assertPlanContentEditable(plan.status);
      applyPlanItem(e, input);
    },
  },
  remove: {
    async check(e, ctx) {
      assertPlanContentEditable((await planOf(e, ctx)).status);
    },
  },
};

// ---------------------------------------------------------------- TGT-2 progress history

@InputType()
export class PlanProgressUpdateFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) itemId?: string;
  @Field(() => DateScalar, { nullable: true }) date_gte?: string;
  @Field(() => DateScalar, { nullable: true }) date_lte?: string;
}

/** TGT-2 Every progress report, kept (read-only; written by `recordPlanProgress`). */
export const planProgressUpdateResource: ResourceDef<PlanProgressUpdate> = {
  name: 'PlanProgressUpdate',
  plural: 'PlanProgressUpdates',
  resource: 'planProgressUpdates',
  entity: PlanProgressUpdate,
  filter: PlanProgressUpdateFilter,
  sortFields: ['date', 'itemId', 'createdAt'],
  defaultSort: { field: 'date', order: 'DESC' },
};
