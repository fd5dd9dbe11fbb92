import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import {
  NotFoundError,
  ValidationError,
  PlanStatus as S,
  PlanStep as Step,
  allowedPlanSteps,
  checkJudgement,
  checkProgress,
  nextPlanStatus,
  type CommitmentMethod as CommitmentMethodT,
  type Fulfilment as FulfilmentT,
  type PlanStep as PlanStepT,
  type ProgressStatus as ProgressStatusT,
} from '@liangwei/domain';
import { DateScalar } from '../graphql/scalars';
import type { Context } from '../graphql/context';
import { assertCan, findVisible } from '../resource/resource';
import { requireViewer } from '../auth/viewer';
import { stepDate, text } from '../common/dates';
import { CommitmentMethod, Fulfilment, PlanStep, ProgressStatus } from './enums';
import { AnnualPlan, PlanItem, PlanProgressUpdate } from './targets.entities';
import { planOf } from './targets.resource';

@InputType({ description: 'TGT-2 the judgement of one item of the plan' })
export class PlanItemJudgementInput {
  @Field(() => ID) itemId!: string;
  @Field(() => Fulfilment) fulfilment!: FulfilmentT;
  @Field(() => String, { nullable: true }) note?: string | null;
}

/** TGT-2 Loads a plan the viewer may move on (FORBIDDEN for a role that edits no plans, NOT_FOUND for another unit's). */
async function planFor(ctx: Context, id: string): Promise<AnnualPlan> {
  assertCan(ctx, 'edit', 'annualPlans');
  const plan = await findVisible(ctx.em, AnnualPlan, id);
  if (!plan) throw new NotFoundError('AnnualPlan', id, '未找到该年度计划');
  assertCan(ctx, 'edit', 'annualPlans', plan.unit.id);
  return plan;
}

/** TGT-2 One step of the plan's workflow, decided by the domain's state machine. */
async function step(ctx: Context, id: string, which: PlanStepT, change: (plan: AnnualPlan) => void | Promise<void>): Promise<AnnualPlan> {
  const plan = await planFor(ctx, id);
  plan.status = nextPlanStatus(plan.status, which, requireViewer(ctx).role);
  await change(plan);
  await ctx.em.flush();
  return plan;
}

@Resolver(() => AnnualPlan)
export class PlanWorkflowResolver {
  /** TGT-2 The unit submits its draft (or its returned plan, changed) for the subdistrict's approval. */
  @Mutation(() => AnnualPlan, { description: 'TGT-2 submit a draft or returned plan for approval' })
  submitAnnualPlan(@Arg('id', () => ID) id: string, @Arg('date', () => DateScalar, { nullable: true }) date: string | null, @Ctx() ctx: Context): Promise<AnnualPlan> {
    return step(ctx, id, Step.SUBMIT, async (plan) => {
      plan.submittedOn = stepDate(date, ctx.today, plan.returnedOn);
    });
  }

  /** TGT-2 / ROLE-1 The subdistrict Party committee approves the plan; a unit never approves its own. */
  @Mutation(() => AnnualPlan, { description: 'TGT-2 approve a submitted plan (subdistrict only)' })
  approveAnnualPlan(@Arg('id', () => ID) id: string, @Arg('date', () => DateScalar, { nullable: true }) date: string | null, @Ctx() ctx: Context): Promise<AnnualPlan> {
    return step(ctx, id, Step.APPROVE, (plan) => {
      plan.approvedOn = stepDate(date, ctx.today, plan.submittedOn);
      plan.approvedBy = ctx.username;
    });
  }

  /** TGT-2 The subdistrict returns a submitted plan with its comments; the unit changes it and submits again. */
  @Mutation(() => AnnualPlan, { description: 'TGT-2 return a submitted plan with comments (subdistrict only)' })
  returnAnnualPlan(
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String) comment: string,
    @Arg('date', () => DateScalar, { nullable: true }) date: string | null,
    @Ctx() ctx: Context,
  ): Promise<AnnualPlan> {
    return step(ctx, id, Step.RETURN, (plan) => {
      const words = text(comment);
      if (!words) throw validation('comment', 'say what to change', '请填写退回修改意见');
      plan.returnedOn = stepDate(date, ctx.today, plan.submittedOn);
      plan.returnComment = words;
    });
  }

  /** TGT-2 The approved plan is publicly committed (公开承诺): on which day and how. */
  @Mutation(() => AnnualPlan, { description: 'TGT-2 record the public commitment of an approved plan' })
  commitAnnualPlan(
    @Arg('id', () => ID) id: string,
    @Arg('date', () => DateScalar) date: string,
    @Arg('how', () => CommitmentMethod) how: CommitmentMethodT,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<AnnualPlan> {
    return step(ctx, id, Step.COMMIT, (plan) => {
      plan.committedOn = stepDate(date, ctx.today, plan.approvedOn);
      plan.commitmentMethod = how;
      plan.commitmentNote = text(note);
    });
  }

  /** TGT-2 Progress of a target or practical matter of a committed plan, kept as history; the item shows the latest. */
  @Mutation(() => PlanItem, { description: 'TGT-2 record progress of an item of a committed plan' })
  async recordPlanProgress(
    @Arg('itemId', () => ID) itemId: string,
    @Arg('status', () => ProgressStatus) status: ProgressStatusT,
    @Arg('percent', () => Int) percent: number,
    @Arg('date', () => DateScalar) date: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<PlanItem> {
    assertCan(ctx, 'edit', 'planItems');
    const item = await findVisible(ctx.em, PlanItem, itemId);
    if (!item) throw new NotFoundError('PlanItem', itemId, '未找到该目标或实事');
    assertCan(ctx, 'edit', 'planItems', item.unit.id);
    const plan = await planOf(item, ctx);
    nextPlanStatus(plan.status, Step.RECORD_PROGRESS, requireViewer(ctx).role);
    checkProgress({ status, percent, date }, ctx.today, plan.year).throwIfAny();
    // the item shows the latest report by date (a late entry of an earlier date is kept as history only)
    if (!item.progressOn || date >= item.progressOn) {
      item.progressStatus = status;
      item.percent = percent;
      item.progressOn = date;
    }
    ctx.em.persist(Object.assign(new PlanProgressUpdate(), { unit: item.unit, item, status, percent, date, note: text(note), byUsername: ctx.username ?? 'system' }));
    await ctx.em.flush();
    return item;
  }

  /** TGT-2 At year end the subdistrict judges every item and the plan as a whole: fulfilled, partly, not. */
  @Mutation(() => AnnualPlan, { description: 'TGT-2 judge a committed plan: every item and overall (subdistrict only)' })
  judgeAnnualPlan(
    @Arg('id', () => ID) id: string,
    @Arg('items', () => [PlanItemJudgementInput]) items: PlanItemJudgementInput[],
    @Arg('overall', () => Fulfilment) overall: FulfilmentT,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Arg('date', () => DateScalar, { nullable: true }) date: string | null,
    @Ctx() ctx: Context,
  ): Promise<AnnualPlan> {
    return step(ctx, id, Step.JUDGE, async (plan) => {
      const planItems = await ctx.em.find(PlanItem, { plan });
      checkJudgement(planItems.map((i) => i.id), items).throwIfAny();
      const byId = new Map(planItems.map((i) => [i.id, i]));
      for (const j of items) {
        const item = byId.get(j.itemId)!;
        item.fulfilment = j.fulfilment;
        item.judgementNote = text(j.note);
      }
      plan.judgedOn = stepDate(date, ctx.today, plan.committedOn);
      plan.overallFulfilment = overall;
      plan.judgementNote = text(note);
    });
  }

  /** TGT-1 The plan's targets and practical matters, in order. */
  @FieldResolver(() => [PlanItem])
  items(@Root() plan: AnnualPlan, @Ctx() ctx: Context): Promise<PlanItem[]> {
    return ctx.em.find(PlanItem, { plan: plan.id }, { orderBy: { sortOrder: 'asc', id: 'asc' } });
  }

  /** TGT-2 The steps the viewer may take next on this plan (the console shows only these). */
  @FieldResolver(() => [PlanStep])
  allowedSteps(@Root() plan: AnnualPlan, @Ctx() ctx: Context): PlanStepT[] {
    const viewer = requireViewer(ctx);
    return allowedPlanSteps(plan.status ?? S.DRAFT, viewer.role);
  }
}

function validation(field: string, message: string, messageZh: string): Error {
  return new ValidationError([{ field, message, messageZh }]);
}
