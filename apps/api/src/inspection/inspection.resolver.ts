import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  ConflictError,
  NoticeStatus as NS,
  NotFoundError,
  Problems,
  RectificationStep as Step,
  Role,
  TEXT_LIMITS,
  allowedRectificationSteps,
  findingCategoryLabels,
  findingSeverityLabels,
  formatNoticeNumber,
  isOverdue,
  label,
  nextRectificationStatus,
  type RectificationStatus as RectificationStatusT,
  type RectificationStep as RectificationStepT,
} from '@liangwei/domain';
import { DateScalar, DateTimeScalar } from '../graphql/scalars';
import type { Context } from '../graphql/context';
import { assertCan, findVisible } from '../resource/resource';
import { requireViewer } from '../auth/viewer';
import { text } from '../common/dates';
import { unmasked } from '../resource/projection';
import { Unit } from '../org/unit.entity';
import { AssessmentIndicator, AssessmentScore, AssessmentYear } from '../assessment/assessment.entities';
import { AssessmentYearStatus } from '../assessment/enums';
import { checkScoreRow, draftYear } from '../assessment/assessment.resource';
import { RectificationStep as RectificationStepEnum } from './enums';
import { InspectionDeduction, InspectionFinding, InspectionNotice, InspectionNoticeItem, InspectionRound, RectificationReport } from './inspection.entities';

/** ROLE-3 a unit user sees a finding once an issued notice has made it known */
async function visibleFinding(ctx: Context, id: string): Promise<InspectionFinding> {
  const viewer = requireViewer(ctx);
  assertCan(ctx, 'show', 'inspectionFindings');
  const f = await findVisible(ctx.em, InspectionFinding, id);
  if (!f || (viewer.role === Role.UNIT_USER && !f.issuedOn)) throw new NotFoundError('InspectionFinding', id, '未找到该督查问题');
  return f;
}

/** INS-1 one step of the rectification workflow, recorded as a report (history kept), in one flush */
async function rectificationStep(ctx: Context, id: string, step: RectificationStepT, content: string | null, date: string | null): Promise<InspectionFinding> {
  const viewer = requireViewer(ctx);
  const f = await visibleFinding(ctx, id);
  const next = nextRectificationStatus(f.status, step, viewer.role);
  if (!f.issuedOn) throw new ConflictError('This finding is in no issued notice yet.', '该问题尚未通报，不能办理整改');
  const problems = new Problems();
  const on = date ?? ctx.today;
  if (step === Step.SUBMIT) {
    problems.check(!!content, 'measures', 'say what was done', '请填写整改措施及完成情况');
    problems.check(on <= ctx.today, 'doneOn', 'lies in the future', '完成日期不能晚于今天');
    problems.check(on >= f.issuedOn, 'doneOn', 'lies before the notice', '完成日期不能早于通报日期');
  }
  if (step === Step.RETURN) problems.check(!!content, 'reason', 'a reason is required', '请填写退回理由');
  problems.throwIfAny();
  f.status = next;
  ctx.em.persist(Object.assign(new RectificationReport(), { unit: f.unit, finding: f, step, content, date: on, statusAfter: next, byUsername: ctx.username }));
  await ctx.em.flush();
  return f;
}

/** INS-1 the findings of a round as a notice writes them (unit by unit) */
export async function noticeItems(ctx: Context, roundId: string): Promise<{ items: InspectionNoticeItem[]; findings: InspectionFinding[] }> {
  const findings = await ctx.em.find(InspectionFinding, { round: roundId }, { populate: ['unit', 'cadre'], orderBy: { unit: { code: 'asc' }, createdAt: 'asc', id: 'asc' } });
  const items = findings.map((f) => ({
    unitName: f.unit.name,
    cadreName: f.cadre?.name ?? null,
    category: label(findingCategoryLabels, f.category),
    severity: label(findingSeverityLabels, f.severity),
    facts: f.facts,
    requiredRectification: f.requiredRectification,
    deadline: f.deadline ?? null,
  }));
  return { items, findings };
}

/** INS-1 a notice visible to the viewer (drafts are the subdistrict's) */
export async function visibleNotice(ctx: Context, id: string): Promise<InspectionNotice> {
  const viewer = requireViewer(ctx);
  assertCan(ctx, 'show', 'inspectionNotices');
  const n = await ctx.em.findOne(InspectionNotice, { id }, { populate: ['round'] });
  if (!n || (viewer.role === Role.UNIT_USER && n.status === NS.DRAFT)) throw new NotFoundError('InspectionNotice', id, '未找到该通报');
  return n;
}

@ObjectType({ description: 'INS-3 a deduction an inspection finding proposes on the year’s assessment, shown beside the score' })
export class InspectionDeductionRow {
  @Field(() => ID, { description: 'the finding' }) id!: string;
  @Field(() => InspectionFinding) finding!: InspectionFinding;
  @Field(() => Unit) unit!: Unit;
  @Field(() => ID) unitId!: string;
  @Field(() => AssessmentIndicator) indicator!: AssessmentIndicator;
  @Field(() => ID) indicatorId!: string;
  @Field(() => Float) points!: number;
  @Field(() => String, { description: 'the finding as the reason (zh-CN)' }) reason!: string;
  @Field(() => Boolean, { description: 'written in an issued notice (only then can it be applied)' }) issued!: boolean;
  @Field(() => Boolean) applied!: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) appliedAt!: Date | null;
}

function deductionReason(f: InspectionFinding, month: string): string {
  return `${Number(month.slice(0, 4))}年${Number(month.slice(5))}月督查：${label(findingCategoryLabels, f.category)}，${f.facts}`;
}

@Resolver()
export class InspectionResolver {
  /** INS-1 The unit reports what it did (its own findings only); OPEN or RETURNED → SUBMITTED. */
  @Mutation(() => InspectionFinding)
  async submitRectification(
    @Arg('findingId', () => ID) findingId: string,
    @Arg('measures', () => String, { description: 'what was done' }) measures: string,
    @Arg('doneOn', () => DateScalar, { nullable: true, description: 'when it was done (default today; not in the future)' }) doneOn: string | null,
    @Ctx() ctx: Context,
  ): Promise<InspectionFinding> {
    return rectificationStep(ctx, findingId, Step.SUBMIT, text(measures), doneOn);
  }

  /** INS-1 The subdistrict accepts the report: SUBMITTED → ACCEPTED (no longer overdue). */
  @Mutation(() => InspectionFinding)
  async acceptRectification(@Arg('findingId', () => ID) findingId: string, @Arg('note', () => String, { nullable: true }) note: string | null, @Ctx() ctx: Context): Promise<InspectionFinding> {
    return rectificationStep(ctx, findingId, Step.ACCEPT, text(note), null);
  }

  /** INS-1 The subdistrict returns the report with its reason: SUBMITTED → RETURNED. */
  @Mutation(() => InspectionFinding)
  async returnRectification(@Arg('findingId', () => ID) findingId: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context): Promise<InspectionFinding> {
    return rectificationStep(ctx, findingId, Step.RETURN, text(reason), null);
  }

  /** INS-1 Issues a draft notice: the round's findings are written into it as they stand and become known to their units; the notice is frozen. */
  @Mutation(() => InspectionNotice)
  async issueInspectionNotice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<InspectionNotice> {
    assertCan(ctx, 'edit', 'inspectionNotices');
    const n = await visibleNotice(ctx, id);
    if (n.status !== NS.DRAFT) throw new ConflictError('This notice is issued already.', '该通报已印发');
    new Problems().check(n.date <= ctx.today, 'date', 'an issue date in the future', '印发日期不能晚于今天').throwIfAny();
    const { items, findings } = await noticeItems(ctx, n.round.id);
    for (const f of findings) {
      f.notice = n;
      f.issuedOn ??= n.date;
    }
    Object.assign(n, { status: NS.ISSUED, snapshot: items, issuedAt: ctx.now, issuedBy: ctx.username });
    await ctx.em.flush();
    return n;
  }

  /** INS-1 Corrects an issued notice: it is kept as superseded, and a new draft revision under the same number carries the reason. */
  @Mutation(() => InspectionNotice)
  async reissueInspectionNotice(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context): Promise<InspectionNotice> {
    assertCan(ctx, 'edit', 'inspectionNotices');
    const n = await visibleNotice(ctx, id);
    if (n.status !== NS.ISSUED) throw new ConflictError('Only the issued notice in force can be re-issued.', n.status === NS.DRAFT ? '草稿可直接修改，无需重新印发' : '该通报已被更正重发');
    new Problems().check(!!text(reason), 'reason', 'say what the correction is', '请填写更正理由').throwIfAny();
    n.status = NS.SUPERSEDED;
    const copy = Object.assign(new InspectionNotice(), {
      round: n.round,
      year: n.year,
      number: n.number,
      revision: n.revision + 1,
      title: n.title,
      date: ctx.today,
      body: n.body,
      reissueReason: text(reason),
      previousId: n.id,
    });
    ctx.em.persist(copy);
    await ctx.em.flush();
    return copy;
  }

  /** INS-3 The deductions inspection findings propose on a year's indicators (for the score grid); units: their own, published years only. */
  @Query(() => [InspectionDeductionRow])
  async inspectionDeductions(@Arg('year', () => Int) year: number, @Arg('unitId', () => ID, { nullable: true }) unitId: string | null, @Ctx() ctx: Context): Promise<InspectionDeductionRow[]> {
    const viewer = requireViewer(ctx);
    assertCan(ctx, 'list', 'inspectionFindings');
    if (viewer.role === Role.UNIT_USER) {
      const y = await ctx.em.findOne(AssessmentYear, { year });
      if (y?.status !== AssessmentYearStatus.PUBLISHED) return [];
    }
    const findings = await ctx.em.find(
      InspectionFinding,
      { proposedIndicator: { year }, proposedDeduction: { $ne: null }, ...(unitId ? { unit: unitId } : {}), ...(viewer.role === Role.UNIT_USER ? { issuedOn: { $ne: null } } : {}) },
      { populate: ['unit', 'proposedIndicator', 'round'], orderBy: { unit: { code: 'asc' }, createdAt: 'asc', id: 'asc' } },
    );
    return findings.map((f) => ({
      id: f.id,
      finding: f,
      unit: f.unit,
      unitId: f.unit.id,
      indicator: f.proposedIndicator!,
      indicatorId: f.proposedIndicator!.id,
      points: f.proposedDeduction!,
      reason: deductionReason(f, f.round.month),
      issued: !!f.issuedOn,
      applied: !!f.deductionAppliedAt,
      appliedAt: f.deductionAppliedAt ?? null,
    }));
  }

  /**
   * INS-3 Writes a finding's proposed deduction into the unit's score on the indicator (the finding
   * as the note's reason), exactly once (a database constraint per finding); refused on a
   * published year (ASM-5) and for a finding not yet issued.
   */
  @Mutation(() => AssessmentScore)
  async applyInspectionDeduction(@Arg('findingId', () => ID) findingId: string, @Ctx() ctx: Context): Promise<AssessmentScore> {
    assertCan(ctx, 'edit', 'assessmentScores');
    const f = await ctx.em.findOne(InspectionFinding, { id: findingId }, { populate: ['proposedIndicator', 'round', 'unit'] });
    if (!f) throw new NotFoundError('InspectionFinding', findingId, '未找到该督查问题');
    assertCan(ctx, 'edit', 'assessmentScores', f.unit.id);
    const indicator = f.proposedIndicator;
    if (!indicator || f.proposedDeduction == null) throw new ConflictError('This finding proposes no deduction.', '该问题未提出扣分建议');
    if (f.deductionAppliedAt) throw new ConflictError('The deduction of this finding has been applied already.', '该问题的扣分已计入考核，不能重复扣分');
    if (!f.issuedOn) throw new ConflictError('This finding is in no issued notice yet.', '该问题尚未通报，不能扣分');
    await draftYear(ctx, indicator.year);
    let score = await ctx.em.findOne(AssessmentScore, { unit: f.unit, indicator });
    if (!score) {
      score = Object.assign(new AssessmentScore(), { unit: f.unit, indicator, year: indicator.year, points: indicator.maxPoints });
      ctx.em.persist(score);
    }
    const before = score.points;
    const after = Math.max(0, Math.round((before - f.proposedDeduction) * 100) / 100);
    const reason = `督查扣${f.proposedDeduction}分（${deductionReason(f, f.round.month)}）`;
    const note = score.note ? `${score.note}；${reason}` : reason;
    score.points = after;
    score.note = note.length > TEXT_LIMITS.AssessmentScore.note.max ? `${note.slice(0, TEXT_LIMITS.AssessmentScore.note.max - 1)}…` : note;
    await checkScoreRow(ctx, score, indicator);
    f.deductionAppliedAt = ctx.now;
    ctx.em.persist(Object.assign(new InspectionDeduction(), { unit: f.unit, finding: f, indicator, year: indicator.year, points: f.proposedDeduction, pointsBefore: before, pointsAfter: after, appliedBy: ctx.username }));
    await ctx.em.flush();
    return score;
  }
}

@Resolver(() => InspectionFinding)
export class InspectionFindingFieldsResolver {
  @FieldResolver(() => Boolean, { description: 'INS-1 overdue today: the deadline has passed and no report has been accepted (a deadline of today is not overdue)' })
  overdue(@Root() f: InspectionFinding, @Ctx() ctx: Context): boolean {
    return isOverdue(unmasked<string | null>(f, 'deadline'), unmasked<RectificationStatusT>(f, 'status'), ctx.today);
  }

  @FieldResolver(() => [RectificationReport], { description: 'INS-1 the reports, acceptances and returns, oldest first (the viewer’s own unit only)' })
  async rectifications(@Root() f: InspectionFinding, @Ctx() ctx: Context): Promise<RectificationReport[]> {
    return ctx.em.find(RectificationReport, { finding: f.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => [RectificationStepEnum], { description: 'INS-1 the steps the viewer may take next' })
  allowedSteps(@Root() f: InspectionFinding, @Ctx() ctx: Context): RectificationStepT[] {
    return ctx.viewer ? allowedRectificationSteps(f.status, ctx.viewer.role) : [];
  }

  @FieldResolver(() => Boolean, { description: 'INS-3 the proposed deduction has been applied to the score' })
  deductionApplied(@Root() f: InspectionFinding): boolean {
    return !!f.deductionAppliedAt;
  }
}

@Resolver(() => InspectionNotice)
export class InspectionNoticeFieldsResolver {
  @FieldResolver(() => String, { description: 'INS-1 the number as printed, e.g. 〔2026〕第3期' })
  numberText(@Root() n: InspectionNotice): string {
    const base = formatNoticeNumber(n.year, n.number);
    return n.revision > 1 ? `${base}（更正）` : base;
  }

  @FieldResolver(() => [InspectionNoticeItem], { description: 'INS-1 the findings as written in the notice (a draft: as they stand now)' })
  async items(@Root() n: InspectionNotice, @Ctx() ctx: Context): Promise<InspectionNoticeItem[]> {
    if (n.status !== NS.DRAFT) return n.snapshot ?? [];
    return (await noticeItems(ctx, (n.round as { id: string }).id)).items;
  }
}

export { InspectionRound };
