import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { LogCheckOutcome, PostTitle, allowanceForMonth, checkPayRecord, inPoolOn, realisationAward, targetAwardUnits } from '@liangwei/domain';
import type { Context } from '../graphql/context';
import { assertCan } from '../resource/resource';
import { UNIT_SCOPE } from '../db/scope';
import { Unit } from '../org/unit.entity';
import { Cadre } from '../cadre/cadre.entity';
import { Appointment } from '../cadre/appointment.entity';
import { ExitRecord } from '../exit/exit-record.entity';
import { ReserveCandidate } from '../reserve/reserve.entities';
import { PayRecord, DutyLogCheck } from '../pay/pay.entities';
import { Honour } from '../care/care.entities';
import { Consequence, RankingEntry } from './assessment.entities';
import { yearPolicy } from './assessment.resolver';

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

@Resolver()
export class ThreeLinksResolver {
  /** TGT-6 For each cadre on a team during the year (through the viewer's scope), the year's results that feed the three links. */
  @Query(() => [ThreeLinksRow])
  async threeLinks(
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('cadreId', () => ID, { nullable: true }) cadreId: string | null,
    @Ctx() ctx: Context,
  ): Promise<ThreeLinksRow[]> {
    assertCan(ctx, 'list', 'cadres');
    const start = `${year}-01-01`;
    const end = `${year}-12-31`;
    const asOf = end < ctx.today ? end : ctx.today;
    const where = { ...(unitId ? { unit: unitId } : {}), ...(cadreId ? { cadre: cadreId } : {}) };
    const appointments = await ctx.em.find(Appointment, { ...where, startDate: { $lte: end }, $or: [{ endDate: null }, { endDate: { $gt: start } }] }, { populate: ['cadre', 'post', 'unit'] });
    const cadres = [...new Map(appointments.map((a) => [a.cadre.id, a.cadre])).values()];
    const ids = cadres.map((c) => c.id);
    const policy = await yearPolicy(ctx.em, year);
    // the published ranking is public (ASM-2); the unit scope is kept for everything else
    const ranking = await ctx.em.find(RankingEntry, { year }, { populate: ['rankedUnit'], filters: { [UNIT_SCOPE]: false } });
    const awarded = new Map(targetAwardUnits(ranking.map((e) => ({ unitId: e.rankedUnit.id, kind: e.kind, total: e.total, rank: e.rank, isLast: e.isLast })), policy).map((a) => [a.unitId, a]));
    const [pay, checks, honours, consequences, candidacies, exits] = await Promise.all([
      ctx.em.find(PayRecord, { cadre: { $in: ids }, year }),
      ctx.em.find(DutyLogCheck, { cadre: { $in: ids }, month: { $gte: `${year}-01`, $lte: `${year}-12` } }),
      ctx.em.find(Honour, { cadre: { $in: ids }, date: { $gte: start, $lte: end } }),
      ctx.em.find(Consequence, { subject: { $in: ids } }, { orderBy: { year: 'asc' } }),
      ctx.em.find(ReserveCandidate, { cadre: { $in: ids } }),
      ctx.em.find(ExitRecord, { cadre: { $in: ids } }),
    ]);
    const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`).filter((m) => m <= ctx.today.slice(0, 7));
    return cadres
      .map((cadre) => {
        const held = appointments.filter((a) => a.cadre.id === cadre.id);
        const unit = held[0]!.unit;
        const entry = ranking.find((e) => e.rankedUnit.id === unit.id);
        const record = pay.find((p) => p.cadre.id === cadre.id);
        const payCheck = record && policy.priorYearRuralIncome > 0 ? checkPayRecord(record, policy.priorYearRuralIncome, policy) : null;
        const isSecretary = held.some((a) => a.post.title === PostTitle.PARTY_SECRETARY);
        const own = checks.filter((c) => c.cadre.id === cadre.id).map((c) => ({ month: c.month, outcome: c.outcome, remarks: c.remarks ?? undefined }));
        const allowance = isSecretary ? months.map((m) => allowanceForMonth(m, own, policy)) : [];
        const award = awarded.get(unit.id);
        return {
          cadre,
          unit,
          year,
          posts: [...new Set(held.map((a) => a.post.title))],
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
          targetAward: award && entry?.mainLeaderId === cadre.id ? award.minimumAmount : null,
          honours: honours.filter((h) => h.cadre.id === cadre.id),
          consequences: consequences.filter((c) => c.subject?.id === cadre.id),
          inReservePool: candidacies.some((c) => c.cadre.id === cadre.id && inPoolOn(c, asOf)),
          exit: exits.find((e) => e.cadre.id === cadre.id) ?? null,
        };
      })
      .sort((a, b) => a.unit.code.localeCompare(b.unit.code) || a.cadre.name.localeCompare(b.cadre.name, 'zh-CN'));
  }
}
