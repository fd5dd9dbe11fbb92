import type { EntityManager } from '@mikro-orm/core';
import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  ASSESSMENT_FULL_MARKS,
  ConflictError,
  ConsequenceKind as CK,
  ConsequenceStatus as CS,
  ExitKind,
  NotFoundError,
  PostTitle,
  Problems,
  Role,
  SCORE_EPSILON,
  ValidationError,
  WarningKind,
  assertPublishable,
  consequenceStatusLabels,
  label,
  isMainLeaderTitle,
  proposeConsequences,
  rankUnits,
  realisationAward,
  targetAwardUnits,
  effectivePolicy,
  type FieldProblem,
  type PolicyValues,
  type PublishedRanking,
  type RankedRow,
  type UnitKind as UnitKindT,
} from '@liangwei/domain';
import { UnitKind } from '../graphql/enums';
import { DateScalar } from '../graphql/scalars';
import type { Context } from '../graphql/context';
import { assertCan, findVisible } from '../resource/resource';
import { badReference } from '../resource/references';
import { requireViewer } from '../auth/viewer';
import { UNIT_SCOPE } from '../db/scope';
import { text } from '../common/dates';
import { compareByNameSort, compareCodePoints } from '../common/name-sort';
import { Unit } from '../org/unit.entity';
import { Cadre } from '../cadre/cadre.entity';
import { Appointment } from '../cadre/appointment.entity';
import { performExit } from '../exit/exit.service';
import { policyFor } from '../policy/policy.service';
import { registerWarningSource } from '../warnings/warnings';
import { AssessmentIndicator, AssessmentScore, AssessmentYear, Consequence, RankingEntry } from './assessment.entities';
import { checkScoreRow, draftYear } from './assessment.resource';
import { AssessmentYearStatus } from './enums';
import { ListMetadata } from '../resource/list-args';
import { RulePageArgs, bool, byIds, count, fragments, pageClause, query, sql, type Sql } from '../common/sql';

@ObjectType({ description: 'ASM-3 a unit’s place in its kind' })
export class RankingRow {
  @Field(() => Unit) unit!: Unit;
  @Field(() => Int) year!: number;
  @Field(() => UnitKind) kind!: UnitKindT;
  @Field(() => Float) total!: number;
  @Field(() => Int) rank!: number;
  @Field(() => Boolean) isLast!: boolean;
  @Field(() => Boolean, { description: 'false: a draft computed from the scores so far (subdistrict roles only)' }) published!: boolean;
}

@ObjectType({ description: 'PAY-4 the target award of a top unit’s main leader' })
export class AwardRow {
  @Field(() => Unit) unit!: Unit;
  @Field(() => Int) rank!: number;
  @Field(() => Float) total!: number;
  @Field(() => Cadre, { nullable: true, description: 'the main leader on the publishing date' }) recipient?: Cadre | null;
  @Field(() => String, { nullable: true }) recipientName?: string | null;
  @Field(() => Float) minimumAmount!: number;
}

@ObjectType({ description: 'PAY-3 a cadre’s assessment realisation award' })
export class RealisationAwardRow {
  @Field(() => Cadre) cadre!: Cadre;
  @Field(() => Unit) unit!: Unit;
  @Field(() => Float) total!: number;
  @Field(() => Float) amount!: number;
}

@InputType({ description: 'one cell of the score grid' })
export class ScoreInput {
  @Field(() => ID) indicatorId!: string;
  @Field(() => Float) points!: number;
  @Field(() => String, { nullable: true }) note?: string | null;
}

/** ASM-5 the policy of a published year as it was when published; the current one for drafts. */
export async function yearPolicy(em: EntityManager, year: number): Promise<PolicyValues> {
  const row = await em.findOne(AssessmentYear, { year });
  return row?.status === AssessmentYearStatus.PUBLISHED && row.policySnapshot ? effectivePolicy(row.policySnapshot as Partial<PolicyValues>) : policyFor(em, year);
}

/** Holders of a unit's main-leader posts on a date (ORG-4: the secretary; by policy also the director). */
async function mainLeaders(em: EntityManager, unitIds: string[], date: string, includeDirector: boolean): Promise<Map<string, Cadre[]>> {
  const titles = [PostTitle.PARTY_SECRETARY, PostTitle.DIRECTOR].filter((t) => isMainLeaderTitle(t, includeDirector));
  const appointments = await em.find(
    Appointment,
    { unit: { $in: unitIds }, post: { title: { $in: titles } }, startDate: { $lte: date }, $or: [{ endDate: null }, { endDate: { $gt: date } }] },
    { populate: ['cadre', 'post'], orderBy: { post: { title: 'desc' }, startDate: 'asc' } },
  );
  const byUnit = new Map<string, Cadre[]>();
  for (const a of appointments) {
    const list = byUnit.get(a.unit.id) ?? [];
    if (!list.some((c) => c.id === a.cadre.id)) list.push(a.cadre);
    byUnit.set(a.unit.id, list);
  }
  return byUnit;
}

/**
 * ASM-3 A year's ranking within a kind in one statement: the stored one of a published year
 * (ASM-2: it names every unit, whoever asks), or a draft computed from the scores so far — totals
 * capped at 1000, competition ranking (RANK) on totals equal within SCORE_EPSILON (the domain's
 * key), every unit tied at the bottom last.
 */
function rankingLines(ctx: Context, year: number, kind: UnitKindT, published: boolean): Sql {
  const f = fragments(ctx.em);
  if (published) {
    return sql`SELECT e.ranked_unit_id AS unit_id, e.total, e.rank, e.is_last FROM ranking_entry e WHERE e.year = ${year} AND e.kind = ${kind}`;
  }
  return sql`
    SELECT unit_id, total, rnk AS rank, CASE WHEN rnk = MAX(rnk) OVER () THEN 1 ELSE 0 END AS is_last FROM (
      SELECT unit_id, total, RANK() OVER (ORDER BY ROUND(total / ${f.real(SCORE_EPSILON)}) DESC) AS rnk FROM (
        SELECT s.unit_id, CASE WHEN SUM(s.points) > ${f.real(ASSESSMENT_FULL_MARKS)} THEN ${f.real(ASSESSMENT_FULL_MARKS)} ELSE SUM(s.points) END AS total
        FROM assessment_score s JOIN unit u ON u.id = s.unit_id
        WHERE s.year = ${year} AND u.kind = ${kind}
        GROUP BY s.unit_id
      ) t
    ) r`;
}

async function yearRow(ctx: Context, year: number): Promise<AssessmentYear | null> {
  return ctx.em.findOne(AssessmentYear, { year });
}


/**
 * ASM-5 / MGT-2 The publishing of a year, in the caller's unit of work (the caller flushes): checks
 * the catalogue (1000 points) and that every assessed unit is fully scored, stores the ranking
 * (ASM-3) with each unit's main leader on the publishing date, proposes the consequences against
 * every published year, and freezes the year.
 */
export async function publishYear(ctx: Pick<Context, 'em' | 'today' | 'now' | 'username'>, year: number): Promise<void> {
  const y = await ctx.em.findOne(AssessmentYear, { year });
  if (!y) throw new NotFoundError('AssessmentYear', String(year));
  if (y.status === AssessmentYearStatus.PUBLISHED) throw new ConflictError(`The ${year} assessment is published already.`, `${year} 年度考核已公布`);
  const indicators = await ctx.em.find(AssessmentIndicator, { year });
  assertPublishable(indicators);
  const scores = await ctx.em.find(AssessmentScore, { year }, { populate: ['unit'] });
  const byUnit = new Map<string, { unit: Unit; scores: AssessmentScore[] }>();
  for (const s of scores) {
    const entry = byUnit.get(s.unit.id) ?? { unit: s.unit, scores: [] };
    entry.scores.push(s);
    byUnit.set(s.unit.id, entry);
  }
  const incomplete = [...byUnit.values()].filter((u) => u.scores.length < indicators.length).map((u) => u.unit.name);
  if (incomplete.length) throw new ConflictError(`Not every indicator is scored for: ${incomplete.join('、')}.`, `以下单位尚有指标未评分：${incomplete.join('、')}`);
  // ASM-1 every deduction carries its reason (an indicator's maximum may have been raised since)
  const maxOf = new Map(indicators.map((i) => [i.id, i.maxPoints]));
  const unexplained = [...new Set(scores.filter((s) => s.points < maxOf.get(s.indicator.id)! && !s.note).map((s) => s.unit.name))];
  if (unexplained.length) throw new ConflictError(`Deductions without a reason for: ${unexplained.join('、')}.`, `以下单位有扣分未填写扣分理由：${unexplained.join('、')}`);
  if (byUnit.size === 0) throw new ConflictError(`No unit has been scored for ${year}.`, `${year} 年度尚无单位评分`);
  const ranked = rankUnits([...byUnit.values()].map((u) => ({ unitId: u.unit.id, kind: u.unit.kind, total: u.scores.reduce((sum, s) => sum + s.points, 0) })));
  const policy = await policyFor(ctx.em, year);
  const leaders = await mainLeaders(ctx.em, [...byUnit.keys()], ctx.today, policy.mainLeaderIncludesDirector);
  for (const r of ranked) {
    const leader = leaders.get(r.unitId)?.[0] ?? null;
    ctx.em.persist(Object.assign(new RankingEntry(), { year, rankedUnit: byUnit.get(r.unitId)!.unit, kind: r.kind, total: r.total, rank: r.rank, isLast: r.isLast, mainLeaderId: leader?.id ?? null, mainLeaderName: leader?.name ?? null }));
  }
  // MGT-2 against every published year, this one included.
  const earlier = await ctx.em.find(RankingEntry, { year: { $ne: year } }, { populate: ['rankedUnit'] });
  const history: PublishedRanking[] = [...new Set(earlier.map((e) => e.year))].map((yr) => ({
    year: yr,
    rows: earlier.filter((e) => e.year === yr).map((e): RankedRow => ({ unitId: e.rankedUnit.id, kind: e.kind, total: e.total, rank: e.rank, isLast: e.isLast })),
  }));
  history.push({ year, rows: ranked });
  // a person's decision stands: confirmed or dismissed proposals are not made again after a re-opening
  const decided = await ctx.em.find(Consequence, { year, status: { $in: [CS.CONFIRMED, CS.DISMISSED] }, withdrawnByReopen: false });
  for (const p of proposeConsequences(history, year, policy)) {
    const subjects = leaders.get(p.unitId) ?? [];
    for (const subject of subjects.length ? subjects : [null]) {
      if (decided.some((d) => d.unit.id === p.unitId && d.kind === p.kind && (d.subject?.id ?? null) === (subject?.id ?? null))) continue;
      ctx.em.persist(Object.assign(new Consequence(), { unit: byUnit.get(p.unitId)!.unit, year, kind: p.kind, subject, subjectName: subject?.name ?? null, evidence: p.evidence, streakYears: p.streakYears }));
    }
  }
  Object.assign(y, { status: AssessmentYearStatus.PUBLISHED, publishedAt: ctx.now, publishedBy: ctx.username, policySnapshot: { ...policy } });
}

@Resolver()
export class AssessmentResolver {
  /**
   * ASM-3 The ranking of a year within a kind (competition ranking; all tied at the bottom are
   * last), by rank then unit code, one page at a time. Unit users see published years only (ASM-5).
   */
  @Query(() => [RankingRow])
  async assessmentRanking(@Arg('year', () => Int) year: number, @Arg('kind', () => UnitKind) kind: UnitKindT, @Args(() => RulePageArgs) paging: RulePageArgs, @Ctx() ctx: Context): Promise<RankingRow[]> {
    const viewer = requireViewer(ctx);
    const page = pageClause(paging);
    const published = (await yearRow(ctx, year))?.status === AssessmentYearStatus.PUBLISHED;
    if (!published && viewer.role === Role.UNIT_USER) return [];
    const f = fragments(ctx.em);
    const lines = await query<{ unit_id: string; total: number; rank: number | string; is_last: unknown }>(
      ctx.em,
      sql`SELECT l.* FROM (${rankingLines(ctx, year, kind, published)}) l JOIN unit u ON u.id = l.unit_id ORDER BY l.rank, ${f.byCodePoint('u.code')}, ${f.byCodePoint('l.unit_id')}${page}`,
    );
    const units = await byIds(ctx.em, Unit, lines.map((l) => l.unit_id), true);
    return lines.map((l) => ({ unit: units.get(l.unit_id)!, year, kind, total: Number(l.total), rank: Number(l.rank), isLast: bool(l.is_last), published }));
  }

  @Query(() => ListMetadata, { description: 'ASM-3 how many units assessmentRanking ranks with these arguments' })
  async _assessmentRankingMeta(@Arg('year', () => Int) year: number, @Arg('kind', () => UnitKind) kind: UnitKindT, @Ctx() ctx: Context): Promise<ListMetadata> {
    const viewer = requireViewer(ctx);
    const published = (await yearRow(ctx, year))?.status === AssessmentYearStatus.PUBLISHED;
    if (!published && viewer.role === Role.UNIT_USER) return { count: 0 };
    return { count: await count(ctx.em, sql`SELECT COUNT(*) AS n FROM (${rankingLines(ctx, year, kind, published)}) l`) };
  }

  /** ASM-3 A unit's published results over the years (for its trend). */
  @Query(() => [RankingRow])
  async assessmentHistory(@Arg('unitId', () => ID) unitId: string, @Ctx() ctx: Context): Promise<RankingRow[]> {
    requireViewer(ctx);
    const entries = await ctx.em.find(RankingEntry, { rankedUnit: unitId }, { populate: ['rankedUnit'], orderBy: { year: 'asc' }, filters: { [UNIT_SCOPE]: false } });
    return entries.map((e) => ({ unit: e.rankedUnit, year: e.year, kind: e.kind, total: e.total, rank: e.rank, isLast: e.isLast, published: true }));
  }

  /** MGT-2 The consequences proposed for a year, with their status (a unit user: its own). */
  @Query(() => [Consequence])
  async assessmentConsequences(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<Consequence[]> {
    assertCan(ctx, 'list', 'consequences');
    return ctx.em.find(Consequence, { year }, { orderBy: { kind: 'desc', unit: { code: 'asc' } } });
  }

  /** PAY-4 Target awards of a published year: main leaders of the top villages and communities (ties at the boundary included). */
  @Query(() => [AwardRow])
  async targetAwards(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<AwardRow[]> {
    const viewer = requireViewer(ctx);
    const entries = await ctx.em.find(RankingEntry, { year }, { populate: ['rankedUnit'] });
    if (entries.length === 0) return [];
    const policy = await yearPolicy(ctx.em, year);
    const byUnit = new Map(entries.map((e) => [e.rankedUnit.id, e]));
    const awarded = targetAwardUnits(entries.map((e) => ({ unitId: e.rankedUnit.id, kind: e.kind, total: e.total, rank: e.rank, isLast: e.isLast })), policy).filter(
      (a) => viewer.role !== Role.UNIT_USER || a.unitId === viewer.unitId,
    );
    const rows: AwardRow[] = [];
    for (const a of awarded) {
      const e = byUnit.get(a.unitId)!;
      const recipient = e.mainLeaderId ? await findVisible(ctx.em, Cadre, e.mainLeaderId) : null;
      rows.push({ unit: e.rankedUnit, rank: a.rank, total: a.total, recipient, recipientName: e.mainLeaderName ?? null, minimumAmount: a.minimumAmount });
    }
    return rows;
  }

  /**
   * PAY-3 Each cadre's realisation award from the unit's published total (team at the end of the
   * year); the highest total first, then by unit code, cadre name (pinyin) and id.
   */
  @Query(() => [RealisationAwardRow])
  async realisationAwards(@Arg('year', () => Int) year: number, @Arg('unitId', () => ID, { nullable: true }) unitId: string | null, @Ctx() ctx: Context): Promise<RealisationAwardRow[]> {
    assertCan(ctx, 'list', 'assessmentScores');
    const entries = await ctx.em.find(RankingEntry, { year, ...(unitId ? { rankedUnit: unitId } : {}) }, { populate: ['rankedUnit'] });
    const policy = await yearPolicy(ctx.em, year);
    const date = `${year}-12-31` < ctx.today ? `${year}-12-31` : ctx.today;
    const team = await ctx.em.find(Appointment, { unit: { $in: entries.map((e) => e.rankedUnit.id) }, startDate: { $lte: date }, $or: [{ endDate: null }, { endDate: { $gt: date } }] }, { populate: ['cadre'] });
    const rows: RealisationAwardRow[] = [];
    const seen = new Set<string>();
    for (const a of team) {
      if (seen.has(a.cadre.id)) continue;
      seen.add(a.cadre.id);
      const e = entries.find((x) => x.rankedUnit.id === a.unit.id)!;
      rows.push({ cadre: a.cadre, unit: e.rankedUnit, total: e.total, amount: realisationAward(e.total, policy) });
    }
    return rows.sort((x, y) => y.total - x.total || compareCodePoints(x.unit.code, y.unit.code) || compareByNameSort(x.cadre, y.cadre));
  }

  /** ASM-1 Starts a year's catalogue from another year's. */
  @Mutation(() => [AssessmentIndicator])
  async copyAssessmentCatalogue(@Arg('fromYear', () => Int) fromYear: number, @Arg('toYear', () => Int) toYear: number, @Ctx() ctx: Context): Promise<AssessmentIndicator[]> {
    assertCan(ctx, 'create', 'assessmentIndicators');
    await draftYear(ctx, toYear, 'toYear');
    if (await ctx.em.count(AssessmentIndicator, { year: toYear })) throw new ConflictError(`The ${toYear} catalogue has indicators already.`, `${toYear} 年度已有考核指标`);
    const source = await ctx.em.find(AssessmentIndicator, { year: fromYear }, { orderBy: { sortOrder: 'asc' } });
    if (source.length === 0) throw badReference('fromYear', 'year with a catalogue', '考核指标年度', `${fromYear} 年度没有可复制的考核指标`);
    const copies = source.map((i) => Object.assign(new AssessmentIndicator(), { year: toYear, name: i.name, maxPoints: i.maxPoints, sortOrder: i.sortOrder, description: i.description }));
    ctx.em.persist(copies);
    await ctx.em.flush();
    return copies;
  }

  /** ASM-1/2 Saves a unit's row of the score grid at once (create or update each cell), all checked, one transaction. */
  @Mutation(() => [AssessmentScore])
  async setAssessmentScores(@Arg('unitId', () => ID) unitId: string, @Arg('year', () => Int) year: number, @Arg('scores', () => [ScoreInput]) scores: ScoreInput[], @Ctx() ctx: Context): Promise<AssessmentScore[]> {
    assertCan(ctx, 'create', 'assessmentScores');
    assertCan(ctx, 'edit', 'assessmentScores', unitId);
    const unit = await findVisible(ctx.em, Unit, unitId);
    if (!unit) throw badReference('unitId', 'unit', '单位');
    await draftYear(ctx, year);
    const indicators = new Map((await ctx.em.find(AssessmentIndicator, { year })).map((i) => [i.id, i]));
    const existing = new Map((await ctx.em.find(AssessmentScore, { unit, year })).map((s) => [s.indicator.id, s]));
    const problems = new Problems();
    scores.forEach((cell, index) => {
      problems.check(indicators.has(cell.indicatorId), `scores.${index}.indicatorId`, 'not an indicator of this year', `第${index + 1}项评分的指标不属于本年度考核指标`);
      problems.check(scores.findIndex((c) => c.indicatorId === cell.indicatorId) === index, `scores.${index}.indicatorId`, 'the same indicator twice', `第${index + 1}项评分的指标与前面重复`);
    });
    problems.throwIfAny();
    const result: AssessmentScore[] = [];
    for (const cell of scores) {
      const score = existing.get(cell.indicatorId) ?? Object.assign(new AssessmentScore(), { unit, indicator: indicators.get(cell.indicatorId)!, year });
      score.points = cell.points;
      score.note = text(cell.note);
      existing.set(cell.indicatorId, score);
      ctx.em.persist(score);
      result.push(score);
    }
    const all = [...existing.values()];
    const total = all.reduce((sum, s) => sum + s.points, 0);
    for (const [index, score] of result.entries()) {
      try {
        await checkScoreRow(ctx, score, indicators.get(score.indicator.id)!, total - score.points);
      } catch (error) {
        const problems = (error as { problems?: FieldProblem[] }).problems;
        if (!problems) throw error;
        throw new ValidationError(problems.map((p) => ({ field: `scores.${index}.${p.field}`, message: p.message, ...(p.messageZh ? { messageZh: `第${index + 1}项评分：${p.messageZh}` } : {}) })));
      }
    }
    await ctx.em.flush();
    return result;
  }

  /**
   * ASM-5 / MGT-2 Publishes a year: the catalogue must total 1000 and every assessed unit must have
   * every indicator scored; the ranking is computed (ASM-3) and stored, the year is frozen, and the
   * consequences are proposed with their evidence and the main leader on the publishing date.
   */
  @Mutation(() => Boolean)
  async publishAssessmentYear(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<boolean> {
    assertCan(ctx, 'edit', 'assessmentYears');
    await publishYear(ctx, year);
    await ctx.em.flush();
    return true;
  }

  /** ASM-5 An explicit, audited re-opening for a correction: the stored ranking goes, open proposals are dismissed. */
  @Mutation(() => AssessmentYear)
  async reopenAssessmentYear(@Arg('year', () => Int) year: number, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context): Promise<AssessmentYear> {
    assertCan(ctx, 'edit', 'assessmentYears');
    const y = await yearRow(ctx, year);
    if (!y) throw new NotFoundError('AssessmentYear', String(year));
    if (y.status !== AssessmentYearStatus.PUBLISHED) throw new ConflictError(`The ${year} assessment is not published.`, `${year} 年度考核尚未公布`);
    new Problems().check(!!text(reason), 'reason', 'say why the year is re-opened', '请填写重新开放的理由').throwIfAny();
    for (const e of await ctx.em.find(RankingEntry, { year })) ctx.em.remove(e);
    for (const c of await ctx.em.find(Consequence, { year, status: CS.PROPOSED })) {
      Object.assign(c, { status: CS.DISMISSED, withdrawnByReopen: true, reason: `年度考核重新开放：${text(reason)}`, decidedBy: ctx.username, decidedAt: ctx.now });
    }
    Object.assign(y, { status: AssessmentYearStatus.DRAFT, reopenCount: y.reopenCount + 1, lastReopenReason: text(reason), policySnapshot: null });
    await ctx.em.flush();
    return y;
  }

  /** MGT-2 An admin confirms a proposal; a confirmed removal is carried out as an exit (MGT-3). */
  @Mutation(() => Consequence)
  async confirmConsequence(
    @Arg('id', () => ID) id: string,
    @Arg('effectiveDate', () => DateScalar, { nullable: true, description: 'REMOVAL: when the removal takes effect (default today)' }) effectiveDate: string | null,
    @Arg('decisionNumber', () => String, { nullable: true }) decisionNumber: string | null,
    @Ctx() ctx: Context,
  ): Promise<Consequence> {
    const c = await this.proposed(ctx, id);
    if (c.kind === CK.REMOVAL) {
      if (!c.subject) throw new ConflictError('The unit had no main leader on the publishing date: there is nobody to remove.', '考核结果公布之日该单位没有主要负责人，无免职对象');
      const cadre = await ctx.em.findOneOrFail(Cadre, c.subject.id);
      const exit = await performExit(ctx, cadre, {
        kind: ExitKind.REMOVAL,
        effectiveDate: effectiveDate ?? ctx.today,
        reason: `${c.year}年度考核连续${c.streakYears}年处于末位且得分在800分以下`,
        basis: '工作目标千分制考核办法；办事处党委决定',
        approvedBy: ctx.username,
        approvedOn: ctx.today,
        decisionNumber: text(decisionNumber),
        consequenceId: c.id,
      });
      c.exitRecordId = exit.id;
    }
    Object.assign(c, { status: CS.CONFIRMED, decidedBy: ctx.username, decidedAt: ctx.now });
    await ctx.em.flush();
    return c;
  }

  /** MGT-2 An admin dismisses a proposal, saying why. */
  @Mutation(() => Consequence)
  async dismissConsequence(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context): Promise<Consequence> {
    const c = await this.proposed(ctx, id);
    new Problems().check(!!text(reason), 'reason', 'a reason is required', '请填写驳回理由').throwIfAny();
    Object.assign(c, { status: CS.DISMISSED, reason: text(reason), decidedBy: ctx.username, decidedAt: ctx.now });
    await ctx.em.flush();
    return c;
  }

  private async proposed(ctx: Context, id: string): Promise<Consequence> {
    assertCan(ctx, 'edit', 'consequences');
    const c = await findVisible(ctx.em, Consequence, id);
    if (!c) throw new NotFoundError('Consequence', id);
    assertCan(ctx, 'edit', 'consequences', c.unit.id);
    if (c.status !== CS.PROPOSED) throw new ConflictError(`This consequence is ${c.status} already.`, `该处理建议当前状态为“${label(consequenceStatusLabels, c.status)}”，不能再次处理`);
    return c;
  }
}

@Resolver(() => AssessmentYear)
export class AssessmentYearFieldsResolver {
  @FieldResolver(() => Float, { description: 'ASM-1 the catalogue’s total (1000 to publish)' })
  async catalogueTotal(@Root() y: AssessmentYear, @Ctx() ctx: Context): Promise<number> {
    const indicators = await ctx.em.find(AssessmentIndicator, { year: y.year });
    return indicators.reduce((sum, i) => sum + i.maxPoints, 0);
  }
}

@Resolver(() => AssessmentScore)
export class AssessmentScoreFieldsResolver {
  @FieldResolver(() => Boolean, { description: 'ASM-1 points below the indicator’s maximum' })
  async isDeduction(@Root() s: AssessmentScore, @Ctx() ctx: Context): Promise<boolean> {
    const indicator = (await ctx.loaders.load('AssessmentIndicator', s.indicator.id)) as AssessmentIndicator | null;
    return indicator ? s.points < indicator.maxPoints : false;
  }
}

/** MGT-4 a confirmed admonishment talk within the last year, and a removal under consideration */
registerWarningSource({
  kind: WarningKind.ADMONISHMENT,
  select(q) {
    const since = `${Number(q.asOf.slice(0, 4)) - 1}${q.asOf.slice(4)}`;
    return sql`select c.subject_id as cadre_id, ${q.fragments.chinaDate('coalesce(c.decided_at, c.created_at)')} as since,
        cast(c.year as varchar(10)) || ${'年度考核末位'} as detail, c.id as record_id
      from consequence c
      where c.kind = ${CK.ADMONISHMENT_TALK} and c.status = ${CS.CONFIRMED} and c.subject_id is not null
        and c.decided_at >= ${q.fragments.instant(new Date(`${since}T00:00:00Z`))}${q.units('c.unit_id')}`;
  },
});
registerWarningSource({
  kind: WarningKind.REMOVAL_PROPOSED,
  select: (q) =>
    // since the year's ranking was published (the proposal's origin), not since the row was written
    sql`select c.subject_id as cadre_id, coalesce(${q.fragments.chinaDate('y.published_at')}, ${q.fragments.chinaDate('c.created_at')}) as since,
        ${'连续'} || cast(c.streak_years as varchar(10)) || ${'年末位'} as detail, c.id as record_id
      from consequence c left join assessment_year y on y.year = c.year
      where c.kind = ${CK.REMOVAL} and c.status = ${CS.PROPOSED} and c.subject_id is not null${q.units('c.unit_id')}`,
});

