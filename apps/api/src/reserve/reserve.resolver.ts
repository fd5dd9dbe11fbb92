import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { rowsUnder, stubOf } from '../resource/projection';
import {
  ConflictError,
  NotFoundError,
  ReserveStatus as RS,
  ReserveStep,

  allowedReserveSteps,
  checkRecommendation,
  describeShortfall,
  developmentGaps,
  inPoolOn,
  label,
  nextReserveStatus,
  complianceShortfalls,
  successionStatusLabels,
  type RecommendationSource as RecommendationSourceT,
  type PolicyValues,
  type SelectionMethod as SelectionMethodT,
} from '@liangwei/domain';
import { PairRelease, RecommendationSource, ReserveStepKind, SelectionMethod, SuccessionStatus, UnitKind } from '../graphql/enums';
import { DateScalar } from '../graphql/scalars';
import type { Context } from '../graphql/context';
import { assertCan, findVisible } from '../resource/resource';
import { badReference } from '../resource/references';
import { requireViewer } from '../auth/viewer';
import { stepDate, text } from '../common/dates';
import { Unit } from '../org/unit.entity';
import { Post } from '../org/post.entity';
import { Cadre } from '../cadre/cadre.entity';
import { Appointment } from '../cadre/appointment.entity';
import { checkNoOverlap } from '../cadre/appointment.resource';
import { ListMetadata } from '../resource/list-args';
import { RulePageArgs, bool, num, pageClause, query } from '../common/sql';
import { policyOfYear } from '../pay/secretaries';
import { complianceCount, complianceRows, gapCount, gapRows } from './reserve-queries';
import { ReserveAssignment, ReserveCandidate, ReserveStepRecord, SuccessionPair, SuccessionProposal } from './reserve.entities';

@ObjectType({ description: 'RES-4 one requirement a unit does not meet' })
export class Shortfall {
  @Field(() => String, { description: 'AGED_45_OR_UNDER | AGED_35_OR_UNDER | FEMALE_RESERVE' }) kind!: string;
  @Field(() => Int) required!: number;
  @Field(() => Int) actual!: number;
  @Field(() => String) textZh!: string;
  @Field(() => String) textEn!: string;
}

@ObjectType({ description: 'RES-4 a unit’s team composition on a date' })
export class ComplianceRow {
  @Field(() => Unit) unit!: Unit;
  @Field(() => DateScalar) asOf!: string;
  @Field(() => Boolean) compliant!: boolean;
  @Field(() => Int) teamSize!: number;
  @Field(() => Int) aged45OrUnder!: number;
  @Field(() => Int) aged35OrUnder!: number;
  @Field(() => Int) femaleReserves!: number;
  @Field(() => [String], { description: 'what is missing, in words (zh-CN)' }) missing!: string[];
  @Field(() => [Shortfall]) shortfalls!: Shortfall[];
}

/** RES-4 a row of the compliance statement, with what is missing in words under the year's policy */
function complianceRow(row: Record<string, unknown>, unit: Unit, asOf: string, policy: PolicyValues): ComplianceRow {
  const counts = { aged45OrUnder: num(row.aged45), aged35OrUnder: num(row.aged35), femaleReserves: num(row.female_reserves) };
  const shortfalls = complianceShortfalls(counts, policy).map((s) => {
    const words = describeShortfall(s, policy);
    return { ...s, textZh: words.zh, textEn: words.en };
  });
  return { unit, asOf, compliant: bool(row.compliant), teamSize: num(row.team_size), ...counts, missing: shortfalls.map((s) => s.textZh), shortfalls };
}

const STEP_KIND: Record<ReserveStep, keyof typeof ReserveStepKind> = {
  PROPOSE: 'PROPOSE',
  COMMITTEE_REVIEW: 'COMMITTEE_REVIEW',
  SUBDISTRICT_REVIEW: 'SUBDISTRICT_REVIEW',
};

function record(ctx: Context, candidate: ReserveCandidate, step: keyof typeof ReserveStepKind, approved: boolean, date: string, note: string | null): void {
  ctx.em.persist(
    Object.assign(new ReserveStepRecord(), { unit: candidate.unit, candidate, step, approved, resultingStatus: candidate.status, date, byUsername: ctx.username ?? 'system', note }),
  );
}

/** RES-3 Moves a candidacy one step on, or refuses (FORBIDDEN for the wrong role, CONFLICT out of order). */
async function takeStep(ctx: Context, id: string, step: ReserveStep, approve: boolean, date: string | null | undefined, note: string | null): Promise<ReserveCandidate> {
  const viewer = requireViewer(ctx);
  assertCan(ctx, 'edit', 'reserveCandidates');
  const candidate = await findVisible(ctx.em, ReserveCandidate, id);
  if (!candidate) throw new NotFoundError('ReserveCandidate', id);
  assertCan(ctx, 'edit', 'reserveCandidates', candidate.unit.id);
  const previous = candidate.committeeReviewedOn ?? candidate.proposedOn ?? candidate.recommendedOn;
  const status = nextReserveStatus(candidate.status, step, viewer.role, approve);
  const on = stepDate(date, ctx.today, previous);
  candidate.status = status;
  if (step === ReserveStep.PROPOSE) candidate.proposedOn = on;
  if (step === ReserveStep.COMMITTEE_REVIEW) {
    candidate.committeeReviewedOn = on;
    candidate.committeeMinutes = note;
  }
  if (step === ReserveStep.SUBDISTRICT_REVIEW) {
    candidate.subdistrictReviewedOn = on;
    if (status === RS.IN_POOL) candidate.inPoolFrom = on;
  }
  record(ctx, candidate, STEP_KIND[step], approve, on, note);
  await ctx.em.flush();
  return candidate;
}

@Resolver(() => ReserveCandidate)
export class ReserveResolver {
  /** RES-3 三荐: a recommendation for a cadre of the unit; a democratic one records the vote. */
  @Mutation(() => ReserveCandidate)
  async recommendReserve(
    @Arg('cadreId', () => ID) cadreId: string,
    @Arg('source', () => RecommendationSource) source: RecommendationSourceT,
    @Arg('eligible', () => Int, { nullable: true }) eligible: number | null,
    @Arg('present', () => Int, { nullable: true }) present: number | null,
    @Arg('votesFor', () => Int, { nullable: true }) votesFor: number | null,
    @Arg('date', () => DateScalar, { nullable: true }) date: string | null,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<ReserveCandidate> {
    assertCan(ctx, 'create', 'reserveCandidates');
    const cadre = await findVisible(ctx.em, Cadre, cadreId);
    if (!cadre) throw badReference('cadreId', 'cadre', '干部');
    assertCan(ctx, 'create', 'reserveCandidates', cadre.unit.id);
    const votes = { eligible: eligible ?? undefined, present: present ?? undefined, votesFor: votesFor ?? undefined };
    checkRecommendation(source, eligible == null && present == null && votesFor == null ? null : votes).throwIfAny();
    const on = stepDate(date, ctx.today);
    const live = await ctx.em.count(ReserveCandidate, { cadre, status: { $nin: [RS.REJECTED, RS.WITHDRAWN] } });
    if (live > 0) throw new ConflictError(`${cadre.name} already has a candidacy under way or in the pool.`, `${cadre.name}已有进行中或已入库的后备干部推荐`);
    const candidate = Object.assign(new ReserveCandidate(), {
      unit: cadre.unit,
      cadre,
      source,
      votesEligible: eligible,
      votesPresent: present,
      votesFor,
      recommendedOn: on,
      note: text(note),
    });
    ctx.em.persist(candidate);
    record(ctx, candidate, 'RECOMMEND', true, on, text(note));
    await ctx.em.flush();
    return candidate;
  }

  /** RES-3 二议 (1): the Party organisation proposes the candidate (or not). */
  @Mutation(() => ReserveCandidate)
  proposeReserve(
    @Arg('id', () => ID) id: string,
    @Arg('approve', () => Boolean, { nullable: true, defaultValue: true }) approve: boolean,
    @Arg('date', () => DateScalar, { nullable: true }) date: string | null,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<ReserveCandidate> {
    return takeStep(ctx, id, ReserveStep.PROPOSE, approve, date, text(note));
  }

  /** RES-3 二议 (2): the two committees' collective review, with its minutes. */
  @Mutation(() => ReserveCandidate)
  committeeReviewReserve(
    @Arg('id', () => ID) id: string,
    @Arg('approve', () => Boolean) approve: boolean,
    @Arg('date', () => DateScalar, { nullable: true }) date: string | null,
    @Arg('minutes', () => String, { nullable: true }) minutes: string | null,
    @Ctx() ctx: Context,
  ): Promise<ReserveCandidate> {
    return takeStep(ctx, id, ReserveStep.COMMITTEE_REVIEW, approve, date, text(minutes));
  }

  /** RES-3 一审查: the subdistrict Party committee's review (ROLE-1 only); approval puts the candidate in the pool. */
  @Mutation(() => ReserveCandidate)
  subdistrictReviewReserve(
    @Arg('id', () => ID) id: string,
    @Arg('approve', () => Boolean) approve: boolean,
    @Arg('date', () => DateScalar, { nullable: true }) date: string | null,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<ReserveCandidate> {
    return takeStep(ctx, id, ReserveStep.SUBDISTRICT_REVIEW, approve, date, text(note));
  }

  @FieldResolver(() => [ReserveStepRecord], { description: 'RES-3 every step so far, oldest first' })
  steps(@Root() candidate: ReserveCandidate, @Ctx() ctx: Context): Promise<ReserveStepRecord[]> {
    return ctx.em.find(ReserveStepRecord, { candidate: candidate.id }, { orderBy: { date: 'asc', createdAt: 'asc' } });
  }

  @FieldResolver(() => [ReserveStepKind], { description: 'RES-3 the step the viewer may take next (the console offers it)' })
  nextSteps(@Root() candidate: ReserveCandidate, @Ctx() ctx: Context): string[] {
    return ctx.viewer ? allowedReserveSteps(candidate.status, ctx.viewer.role) : [];
  }

  @FieldResolver(() => Boolean, { description: 'RES-4 in the pool today' })
  inPool(@Root() candidate: ReserveCandidate, @Ctx() ctx: Context): boolean {
    return inPoolOn(candidate, ctx.today);
  }

  @FieldResolver(() => [String], { description: 'RES-5 NO_EXPOSURE | NO_INDEPENDENT_RESPONSIBILITY | COLLEGE_GRADUATE_NEEDS_MORE' })
  async developmentGaps(@Root() candidate: ReserveCandidate, @Ctx() ctx: Context): Promise<string[]> {
    const assignments = await ctx.em.find(ReserveAssignment, { reserveCandidate: candidate.id });
    const cadre = await ctx.loaders.load('Cadre', candidate.cadre.id);
    return developmentGaps(assignments, (cadre as Cadre | null)?.isCollegeGraduateOfficial ?? false);
  }

  @FieldResolver(() => SuccessionPair, { nullable: true, description: 'RES-1 the post this reserve backs now' })
  activePair(@Root() candidate: ReserveCandidate, @Ctx() ctx: Context): Promise<SuccessionPair | null> {
    return ctx.em.findOne(SuccessionPair, { reserveCandidate: candidate.id, releasedOn: null });
  }

  /** RES-4 Each visible unit's composition on `asOf` (default today) under that year's policy, non-compliant units first, then by unit code. */
  @Query(() => [ComplianceRow])
  async reserveCompliance(
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Arg('kind', () => UnitKind, { nullable: true }) kind: string | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('compliant', () => Boolean, { nullable: true, description: 'only compliant (true) or non-compliant (false) units' }) compliant: boolean | null,
    @Args(() => RulePageArgs) paging: RulePageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ComplianceRow[]> {
    assertCan(ctx, 'list', 'reserveCandidates');
    const date = asOf ?? ctx.today;
    const policy = await policyOfYear(ctx, Number(date.slice(0, 4)));
    const rows = await query(ctx.em, complianceRows(ctx, date, policy, { kind, unitId, compliant }, pageClause(paging)));
    // the page's units in one read of what is selected of them (scoped like every read of the request)
    const units = await rowsUnder(ctx, info, 'unit', 'Unit', rows.map((row) => String(row.unit_id)));
    return rows.map((row) => complianceRow(row, (units?.get(String(row.unit_id)) ?? stubOf(String(row.unit_id))) as unknown as Unit, date, policy));
  }

  /** RES-4 How many units `reserveCompliance` lists with the same arguments. */
  @Query(() => ListMetadata)
  async _reserveComplianceMeta(
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Arg('kind', () => UnitKind, { nullable: true }) kind: string | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('compliant', () => Boolean, { nullable: true }) compliant: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<ListMetadata> {
    assertCan(ctx, 'list', 'reserveCandidates');
    const date = asOf ?? ctx.today;
    const policy = await policyOfYear(ctx, Number(date.slice(0, 4)));
    const [row] = await query(ctx.em, complianceCount(ctx, date, policy, { kind, unitId, compliant }));
    return { count: num(row?.count) };
  }

  /** RES-1 Posts with no paired reserve on `asOf` (default today), by unit code, title and id. */
  @Query(() => [Post])
  async successionGaps(
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('kind', () => UnitKind, { nullable: true }) kind: string | null,
    @Args(() => RulePageArgs) paging: RulePageArgs,
    @Ctx() ctx: Context,
  ): Promise<Post[]> {
    assertCan(ctx, 'list', 'successionPairs');
    const rows = await query(ctx.em, gapRows(ctx, asOf ?? ctx.today, { unitId, kind }, pageClause(paging)));
    return rows.map((row) => ctx.em.map(Post, row));
  }

  /** RES-1 How many posts `successionGaps` lists with the same arguments. */
  @Query(() => ListMetadata)
  async _successionGapsMeta(
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('kind', () => UnitKind, { nullable: true }) kind: string | null,
    @Ctx() ctx: Context,
  ): Promise<ListMetadata> {
    assertCan(ctx, 'list', 'successionPairs');
    const [row] = await query(ctx.em, gapCount(ctx, asOf ?? ctx.today, { unitId, kind }));
    return { count: num(row?.count) };
  }

  /** RES-1 Pairs a post with a reserve in the pool of the same unit; one reserve per post, one post per reserve. */
  @Mutation(() => SuccessionPair)
  async createSuccessionPair(
    @Arg('postId', () => ID) postId: string,
    @Arg('reserveCandidateId', () => ID) reserveCandidateId: string,
    @Arg('pairedOn', () => DateScalar, { nullable: true }) pairedOn: string | null,
    @Ctx() ctx: Context,
  ): Promise<SuccessionPair> {
    assertCan(ctx, 'create', 'successionPairs');
    const post = await findVisible(ctx.em, Post, postId);
    if (!post) throw badReference('postId', 'post', '岗位');
    assertCan(ctx, 'create', 'successionPairs', post.unit.id);
    const candidate = await findVisible(ctx.em, ReserveCandidate, reserveCandidateId);
    if (!candidate || candidate.unit.id !== post.unit.id) throw badReference('reserveCandidateId', 'reserve candidate of this post’s unit', '本岗位所在单位的后备干部');
    const on = stepDate(pairedOn, ctx.today, candidate.inPoolFrom, 'pairedOn', '结对日期');
    if (!inPoolOn(candidate, on)) throw new ConflictError('Only a reserve in the pool (after the subdistrict’s review) can be paired with a post.', '只有已入库(经办事处党委审查)的后备干部才能与岗位结对');
    if (await ctx.em.count(SuccessionPair, { post, releasedOn: null })) throw new ConflictError('This post already has a reserve; release that pair first.', '该岗位已有后备干部，请先解除结对');
    if (await ctx.em.count(SuccessionPair, { reserveCandidate: candidate, releasedOn: null })) throw new ConflictError('This reserve already backs another post.', '该后备干部已与其他岗位结对');
    const holder = await ctx.em.count(Appointment, { post, cadre: candidate.cadre, startDate: { $lte: on }, $or: [{ endDate: null }, { endDate: { $gt: on } }] });
    if (holder) throw new ConflictError('The reserve holds this post already.', '该后备干部已担任此岗位');
    const pair = Object.assign(new SuccessionPair(), { unit: post.unit, post, reserveCandidate: candidate, pairedOn: on });
    ctx.em.persist(pair);
    await ctx.em.flush();
    return pair;
  }

  /** RES-1 Ends a pair (the post becomes a gap until paired again). */
  @Mutation(() => SuccessionPair)
  async releaseSuccessionPair(
    @Arg('id', () => ID) id: string,
    @Arg('releasedOn', () => DateScalar, { nullable: true }) releasedOn: string | null,
    @Ctx() ctx: Context,
  ): Promise<SuccessionPair> {
    assertCan(ctx, 'edit', 'successionPairs');
    const pair = await findVisible(ctx.em, SuccessionPair, id);
    if (!pair) throw new NotFoundError('SuccessionPair', id);
    assertCan(ctx, 'edit', 'successionPairs', pair.unit.id);
    if (pair.releasedOn) throw new ConflictError('This pair has been released already.', '该结对已解除');
    pair.releasedOn = stepDate(releasedOn, ctx.today, pair.pairedOn, 'releasedOn', '解除结对日期');
    pair.releaseReason = PairRelease.RELEASED;
    await ctx.em.flush();
    return pair;
  }

  /** RES-2 Appoints the proposed reserve to the vacated post: a new appointment; the pair is released. */
  @Mutation(() => Appointment)
  async appointSuccessor(
    @Arg('proposalId', () => ID) proposalId: string,
    @Arg('startDate', () => DateScalar, { nullable: true }) startDate: string | null,
    @Arg('selectionMethod', () => SelectionMethod, { nullable: true }) selectionMethod: SelectionMethodT | null,
    @Ctx() ctx: Context,
  ): Promise<Appointment> {
    assertCan(ctx, 'edit', 'successionProposals');
    const proposal = await findVisible(ctx.em, SuccessionProposal, proposalId);
    if (!proposal) throw new NotFoundError('SuccessionProposal', proposalId);
    assertCan(ctx, 'edit', 'successionProposals', proposal.unit.id);
    if (proposal.status !== SuccessionStatus.PROPOSED) throw new ConflictError(`This proposal is ${proposal.status} already.`, `该接任提名当前状态为“${label(successionStatusLabels, proposal.status)}”，不能再次处理`);
    const candidate = await ctx.em.findOneOrFail(ReserveCandidate, proposal.reserveCandidate.id, { populate: ['cadre'] });
    const start = startDate ?? proposal.vacatedOn;
    // RES-4 in the pool on the start date (a reserve whose own exit lies ahead is still in it until then)
    if (!inPoolOn(candidate, start)) throw new ConflictError('The reserve is not in the pool on that date.', '该后备干部在该日期不在人才库中');
    if (start < proposal.vacatedOn) throw new ConflictError(`The successor cannot start before the post was vacated (${proposal.vacatedOn}).`, `接任日期不能早于岗位空缺日期(${proposal.vacatedOn})`);
    const post = await ctx.em.findOneOrFail(Post, proposal.post.id);
    const appointment = Object.assign(new Appointment(), { unit: post.unit, post, cadre: candidate.cadre, startDate: start, selectionMethod, note: '一职一备：后备干部接任' });
    await checkNoOverlap(appointment, ctx);
    ctx.em.persist(appointment);
    const pair = await ctx.em.findOneOrFail(SuccessionPair, proposal.pair.id);
    if (!pair.releasedOn) {
      pair.releasedOn = start;
      pair.releaseReason = PairRelease.SUCCEEDED;
    }
    proposal.status = SuccessionStatus.APPOINTED;
    proposal.appointment = appointment;
    await ctx.em.flush();
    return appointment;
  }

  /** RES-2 Declines a successor proposal (the pair stays until released). */
  @Mutation(() => SuccessionProposal)
  async declineSuccession(@Arg('proposalId', () => ID) proposalId: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context): Promise<SuccessionProposal> {
    assertCan(ctx, 'edit', 'successionProposals');
    const proposal = await findVisible(ctx.em, SuccessionProposal, proposalId);
    if (!proposal) throw new NotFoundError('SuccessionProposal', proposalId);
    assertCan(ctx, 'edit', 'successionProposals', proposal.unit.id);
    if (proposal.status !== SuccessionStatus.PROPOSED) throw new ConflictError(`This proposal is ${proposal.status} already.`, `该接任提名当前状态为“${label(successionStatusLabels, proposal.status)}”，不能再次处理`);
    if (!text(reason)) throw badReference('reason', 'reason (required)', '理由', '请填写不采纳的理由');
    proposal.status = SuccessionStatus.DECLINED;
    proposal.note = text(reason);
    await ctx.em.flush();
    return proposal;
  }
}

@Resolver(() => Post)
export class PostReserveResolver {
  @FieldResolver(() => ReserveCandidate, { nullable: true, description: 'RES-1 the reserve paired with this post now' })
  async reserve(@Root() post: Post, @Ctx() ctx: Context): Promise<ReserveCandidate | null> {
    const pair = await ctx.em.findOne(SuccessionPair, { post: post.id, releasedOn: null });
    return pair ? pair.reserveCandidate : null;
  }
}
