import { Arg, Args, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { LogCheckOutcome, PostTitle, allowanceForMonth, checkPayRecord, inPoolOn, realisationAward, targetAwardUnits, type UnitKind as UnitKindT } from '@liangwei/domain';
import type { Context } from '../graphql/context';
import { assertCan } from '../resource/resource';
import { UNIT_SCOPE } from '../db/scope';
import { Unit } from '../org/unit.entity';
import { Cadre } from '../cadre/cadre.entity';
import { ExitRecord } from '../exit/exit-record.entity';
import { ReserveCandidate } from '../reserve/reserve.entities';
import { PayRecord, DutyLogCheck } from '../pay/pay.entities';
import { Honour } from '../care/care.entities';
import { Consequence, RankingEntry } from './assessment.entities';
import { yearPolicy } from './assessment.resolver';
import { UnitKind } from '../graphql/enums';
import { ListMetadata } from '../resource/list-args';
import { RulePageArgs, and, byIds, count, fragments, join, pageClause, query, scoped, sql, type Sql } from '../common/sql';

@ObjectType({ description: 'TGT-6 三挂钩: a cadre’s results of a year that feed pay, awards and appointment decisions' })
export class ThreeLinksRow {
  @Field(() => Cadre) cadre!: Cadre;
  @Field(() => Unit) unit!: Unit;
  @Field(() => Int) year!: number;
  @Field(() => [String], { description: 'the posts held in the year (PostTitle codes)' }) posts!: string[];
  // the evidence (TGT-5): the thousand-point assessment
  @Field(() => Float, { nullable: true, description: 'ASM the unit’s published total' }) assessmentTotal?: number | null;
  @Field(() => Int, { nullable: true }) assessmentRank?: number | null;
  @Field(() => Boolean, { nullable: true }) assessmentLast?: boolean | null;
  // 与经济待遇挂钩 (PAY)
  @Field(() => Float, { nullable: true, description: 'PAY-3 realisation award' }) realisationAward?: number | null;
  @Field(() => Float, { nullable: true, description: 'PAY-1 recorded pay of the year' }) pay?: number | null;
  @Field(() => Float, { nullable: true, description: 'PAY-1 the floor for that post' }) payFloor?: number | null;
  @Field(() => Boolean, { nullable: true }) payBelowFloor?: boolean | null;
  @Field(() => Int, { description: 'PAY-2 months whose duty-log check passed (secretaries)' }) allowanceMonthsPassed!: number;
  @Field(() => Int, { description: 'PAY-2 months checked and failed' }) allowanceMonthsFailed!: number;
  @Field(() => Float, { description: 'PAY-2 post allowance due for the year' }) allowanceDue!: number;
  // 与评先表优挂钩 (PAY-4, PAY-6)
  @Field(() => Float, { nullable: true, description: 'PAY-4 target award (minimum amount) when the cadre was the awarded main leader' }) targetAward?: number | null;
  @Field(() => [Honour], { description: 'PAY-6 honours and recommendations of the year' }) honours!: Honour[];
  // 与干部任用挂钩 (MGT-2, MGT-3, RES)
  @Field(() => [Consequence], { description: 'MGT-2 consequences naming the cadre' }) consequences!: Consequence[];
  @Field(() => Boolean, { description: 'RES-3 in the reserve pool at the end of the year' }) inReservePool!: boolean;
  @Field(() => ExitRecord, { nullable: true }) exit?: ExitRecord | null;
}

interface ThreeLinksFilter {
  year: number;
  unitId: string | null;
  cadreId: string | null;
  kind: UnitKindT | null;
}

/**
 * TGT-6 The cadres on a visible team during the year, once each, with their unit (an appointment
 * is always in its cadre's unit, which never changes); the unit scope applied explicitly (ROLE-3).
 * The caller orders, pages or counts.
 */
function threeLinksCadres(ctx: Context, filter: ThreeLinksFilter): Sql {
  return sql`
    SELECT k.id AS cadre_id, k.unit_id, u.code AS unit_code, k.name_sort AS cadre_name_sort
    FROM cadre k JOIN unit u ON u.id = k.unit_id
    WHERE EXISTS (
      SELECT 1 FROM appointment a
      WHERE a.cadre_id = k.id AND a.start_date <= ${`${filter.year}-12-31`} AND (a.end_date IS NULL OR a.end_date > ${`${filter.year}-01-01`})${scoped(ctx, 'a.unit_id')}
        ${and(filter.unitId != null && sql`a.unit_id = ${filter.unitId}`)}
    )${scoped(ctx, 'k.unit_id')}${and(filter.cadreId != null && sql`k.id = ${filter.cadreId}`)}${and(filter.kind != null && sql`u.kind = ${filter.kind}`)}`;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

@Resolver()
export class ThreeLinksResolver {
  /**
   * TGT-6 For each cadre on a team during the year (through the viewer's scope), the year's
   * results that feed the three links; by unit code, then cadre name (pinyin: the stored sort key)
   * and id. The page of cadres is chosen in the database; each of its facts is then read for the
   * page's cadres only, in a fixed number of statements.
   */
  @Query(() => [ThreeLinksRow])
  async threeLinks(
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('cadreId', () => ID, { nullable: true }) cadreId: string | null,
    @Arg('kind', () => UnitKind, { nullable: true }) kind: UnitKindT | null,
    @Args(() => RulePageArgs) paging: RulePageArgs,
    @Ctx() ctx: Context,
  ): Promise<ThreeLinksRow[]> {
    assertCan(ctx, 'list', 'cadres');
    const page = pageClause(paging);
    const f = fragments(ctx.em);
    const start = `${year}-01-01`;
    const end = `${year}-12-31`;
    const asOf = end < ctx.today ? end : ctx.today;
    const lines = await query<{ cadre_id: string; unit_id: string }>(
      ctx.em,
      sql`SELECT l.cadre_id, l.unit_id FROM (${threeLinksCadres(ctx, { year, unitId, cadreId, kind })}) l
        ORDER BY ${f.byCodePoint('l.unit_code')}, ${f.byCodePoint('l.cadre_name_sort')}, ${f.byCodePoint('l.cadre_id')}${page}`,
    );
    if (lines.length === 0) return [];
    const ids = lines.map((l) => l.cadre_id);
    const inIds = join(ids.map((id) => sql`${id}`), ', ');
    const unitIds = [...new Set(lines.map((l) => l.unit_id))];
    const policy = await yearPolicy(ctx.em, year);
    const [titles, cadres, units, ranking, pay, checks, honours, consequences, candidacies, exits] = await Promise.all([
      query<{ cadre_id: string; title: string }>(
        ctx.em,
        sql`SELECT a.cadre_id, p.title FROM appointment a JOIN post p ON p.id = a.post_id
          WHERE a.cadre_id IN (${inIds}) AND a.start_date <= ${end} AND (a.end_date IS NULL OR a.end_date > ${start})${scoped(ctx, 'a.unit_id')}${and(unitId != null && sql`a.unit_id = ${unitId}`)}
          ORDER BY a.start_date, ${f.byCodePoint('a.id')}`,
      ),
      byIds(ctx.em, Cadre, ids),
      byIds(ctx.em, Unit, unitIds),
      // the published ranking is public (ASM-2); the unit scope is kept for everything else
      ctx.em.find(RankingEntry, { year, rankedUnit: { $in: unitIds } }, { filters: { [UNIT_SCOPE]: false } }),
      ctx.em.find(PayRecord, { cadre: { $in: ids }, year }),
      ctx.em.find(DutyLogCheck, { cadre: { $in: ids }, month: { $gte: `${year}-01`, $lte: `${year}-12` } }),
      ctx.em.find(Honour, { cadre: { $in: ids }, date: { $gte: start, $lte: end } }),
      ctx.em.find(Consequence, { subject: { $in: ids } }, { orderBy: { year: 'asc' } }),
      ctx.em.find(ReserveCandidate, { cadre: { $in: ids } }),
      ctx.em.find(ExitRecord, { cadre: { $in: ids } }),
    ]);
    const entryOf = new Map(ranking.map((e) => [e.rankedUnit.id, e]));
    const awarded = new Map(targetAwardUnits(ranking.map((e) => ({ unitId: e.rankedUnit.id, kind: e.kind, total: e.total, rank: e.rank, isLast: e.isLast })), policy).map((a) => [a.unitId, a]));
    const titlesOf = groupBy(titles, (t) => t.cadre_id);
    const payOf = new Map(pay.map((p) => [p.cadre.id, p]));
    const checksOf = groupBy(checks, (c) => c.cadre.id);
    const honoursOf = groupBy(honours, (h) => h.cadre.id);
    const consequencesOf = groupBy(consequences, (c) => c.subject?.id ?? '');
    const candidaciesOf = groupBy(candidacies, (c) => c.cadre.id);
    const exitOf = new Map(exits.map((e) => [e.cadre.id, e]));
    const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`).filter((m) => m <= ctx.today.slice(0, 7));
    return lines.map(({ cadre_id: id, unit_id }) => {
      const cadre = cadres.get(id)!;
      const unit = units.get(unit_id)!;
      const posts = [...new Set((titlesOf.get(id) ?? []).map((t) => t.title))];
      const entry = entryOf.get(unit_id);
      const record = payOf.get(id);
      const payCheck = record && policy.priorYearRuralIncome > 0 ? checkPayRecord(record, policy.priorYearRuralIncome, policy) : null;
      const isSecretary = posts.includes(PostTitle.PARTY_SECRETARY);
      const own = (checksOf.get(id) ?? []).map((c) => ({ month: c.month, outcome: c.outcome, remarks: c.remarks ?? undefined }));
      const allowance = isSecretary ? months.map((m) => allowanceForMonth(m, own, policy)) : [];
      const award = awarded.get(unit_id);
      return {
        cadre,
        unit,
        year,
        posts,
        assessmentTotal: entry?.total ?? null,
        assessmentRank: entry?.rank ?? null,
        assessmentLast: entry?.isLast ?? null,
        realisationAward: entry ? realisationAward(entry.total, policy) : null,
        pay: record?.amount ?? null,
        payFloor: payCheck?.floor ?? null,
        payBelowFloor: payCheck?.belowFloor ?? null,
        allowanceMonthsPassed: own.filter((c) => c.outcome === LogCheckOutcome.PASS).length,
        allowanceMonthsFailed: own.filter((c) => c.outcome === LogCheckOutcome.FAIL).length,
        allowanceDue: allowance.reduce((sum, a) => sum + a.amount, 0),
        targetAward: award && entry?.mainLeaderId === id ? award.minimumAmount : null,
        honours: honoursOf.get(id) ?? [],
        consequences: consequencesOf.get(id) ?? [],
        inReservePool: (candidaciesOf.get(id) ?? []).some((c) => inPoolOn(c, asOf)),
        exit: exitOf.get(id) ?? null,
      };
    });
  }

  @Query(() => ListMetadata, { description: 'TGT-6 how many cadres threeLinks lists with these arguments' })
  async _threeLinksMeta(
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('cadreId', () => ID, { nullable: true }) cadreId: string | null,
    @Arg('kind', () => UnitKind, { nullable: true }) kind: UnitKindT | null,
    @Ctx() ctx: Context,
  ): Promise<ListMetadata> {
    assertCan(ctx, 'list', 'cadres');
    return { count: await count(ctx.em, sql`SELECT COUNT(*) AS n FROM (${threeLinksCadres(ctx, { year, unitId, cadreId, kind })}) l`) };
  }
}
