import { ArgsType, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Resolver, Root } from 'type-graphql';
import {
  ConflictError,
  DutyReportAudience as Audience,
  ForbiddenError,
  Problems,
  Role,
  checkPoll,
  combinedScore,
  evaluationScoreProblem,
  halfBounds,
  halfName,
  isHalf,
  isPoorPoll,
  pollScore,
  poorShare,
  type DutyReportAudience as AudienceT,
  type Half,
  type Poll,
} from '@liangwei/domain';
import { DateScalar } from '../graphql/scalars';
import type { Context } from '../graphql/context';
import { requireViewer } from '../auth/viewer';
import { findVisible, type ResourceDef } from '../resource/resource';
import { badReference } from '../resource/references';
import { text } from '../common/dates';
import { policyOfYear } from '../pay/secretaries';
import { Cadre } from '../cadre/cadre.entity';
import { Appointment } from '../cadre/appointment.entity';
import { DutyReportAudience } from './enums';
import { DutyReport } from './duty-report.entity';

@InputType()
export class DutyReportFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) cadreId?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => Int, { nullable: true }) year_gte?: number;
  @Field(() => Int, { nullable: true }) year_lte?: number;
  @Field(() => Int, { nullable: true }) half?: number;
}

@ArgsType()
export class DutyReportFields {
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => DateScalar, { nullable: true }) subdistrictCommitteeDate?: string | null;
  @Field(() => DateScalar, { nullable: true }) partyMembersAssemblyDate?: string | null;
  @Field(() => DateScalar, { nullable: true }) residentsMeetingDate?: string | null;
  @Field(() => Float, { nullable: true }) selfEvaluationScore?: number | null;
  @Field(() => Int, { nullable: true }) pollBallotsIssued?: number | null;
  @Field(() => Int, { nullable: true }) pollBallotsReturned?: number | null;
  @Field(() => Int, { nullable: true }) pollGood?: number | null;
  @Field(() => Int, { nullable: true }) pollFairlyGood?: number | null;
  @Field(() => Int, { nullable: true }) pollAverage?: number | null;
  @Field(() => Int, { nullable: true }) pollPoor?: number | null;
  @Field(() => Float, { nullable: true, description: 'entered by the subdistrict only' }) higherEvaluationScore?: number | null;
}

@ArgsType()
export class CreateDutyReportArgs extends DutyReportFields {
  @Field(() => ID) cadreId!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: '1 = H1, 2 = H2' }) half!: number;
}

@ArgsType()
export class UpdateDutyReportArgs extends DutyReportFields {
  @Field(() => Int, { nullable: true }) version?: number;
}

/** TGT-3 the audiences and the property holding the day each was given the report */
export const AUDIENCE_DATES: readonly { audience: AudienceT; field: 'subdistrictCommitteeDate' | 'partyMembersAssemblyDate' | 'residentsMeetingDate'; zh: string }[] = [
  { audience: Audience.SUBDISTRICT_COMMITTEE, field: 'subdistrictCommitteeDate', zh: '向办事处党委述职日期' },
  { audience: Audience.PARTY_MEMBERS_ASSEMBLY, field: 'partyMembersAssemblyDate', zh: '向党员大会述职日期' },
  { audience: Audience.RESIDENTS_MEETING, field: 'residentsMeetingDate', zh: '向村(居)民代表会议述职日期' },
];

const NUMBER_FIELDS = ['selfEvaluationScore', 'pollBallotsIssued', 'pollBallotsReturned', 'pollGood', 'pollFairlyGood', 'pollAverage', 'pollPoor', 'higherEvaluationScore'] as const;

export function pollOf(r: Pick<DutyReport, 'pollBallotsIssued' | 'pollBallotsReturned' | 'pollGood' | 'pollFairlyGood' | 'pollAverage' | 'pollPoor'>): Poll {
  return { ballotsIssued: r.pollBallotsIssued ?? null, ballotsReturned: r.pollBallotsReturned ?? null, good: r.pollGood ?? null, fairlyGood: r.pollFairlyGood ?? null, average: r.pollAverage ?? null, poor: r.pollPoor ?? null };
}

/**
 * TGT-3/4 Applies and checks a report's fields: each audience's day within the half or after it and
 * not in the future; scores 0..100; the poll consistent (TGT-4). The higher-level evaluation
 * (上级组织考评) is the subdistrict's: a unit user who changes it is refused (ROLE-3).
 */
async function applyDutyReport(r: DutyReport, input: Record<string, unknown>, ctx: Context): Promise<void> {
  const viewer = requireViewer(ctx);
  if (input.higherEvaluationScore !== undefined && viewer.role === Role.UNIT_USER && (input.higherEvaluationScore ?? null) !== (r.higherEvaluationScore ?? null)) {
    throw new ForbiddenError('The higher-level evaluation is entered by the subdistrict.', '上级组织考评由办事处录入，村(社区)不能填写或修改');
  }
  if (input.summary !== undefined) r.summary = text(input.summary);
  for (const { field } of AUDIENCE_DATES) if (input[field] !== undefined) r[field] = (input[field] as string | null) ?? null;
  for (const field of NUMBER_FIELDS) if (input[field] !== undefined) r[field] = input[field] == null ? null : Number(input[field]);
  const problems = new Problems();
  const { start } = halfBounds(r.year, r.half as Half);
  for (const { field, zh } of AUDIENCE_DATES) {
    const date = r[field];
    if (!date) continue;
    problems
      .check(date >= start, field, `before the half year began (${start})`, `${zh}不能早于该半年度的开始日期(${start})`)
      .check(date <= ctx.today, field, 'lies in the future', `${zh}不能晚于今天`);
  }
  for (const p of [evaluationScoreProblem('selfEvaluationScore', r.selfEvaluationScore ?? null, '基层组织自评分'), evaluationScoreProblem('higherEvaluationScore', r.higherEvaluationScore ?? null, '上级组织考评分')]) {
    if (p) problems.add(p.field, p.message, p.messageZh);
  }
  problems.throwIfAny();
  checkPoll(pollOf(r));
}

async function reportingCadre(input: Record<string, unknown>, ctx: Context): Promise<Cadre> {
  const cadre = await findVisible(ctx.em, Cadre, String(input.cadreId));
  if (!cadre) throw badReference('cadreId', 'cadre', '干部');
  return cadre;
}

const conflict = (year: number, half: Half) =>
  new ConflictError(`This cadre has a duty report for ${halfName(year, half, 'en')} already: update that one.`, `该干部${halfName(year, half)}已有述职记录，请修改原记录`);

/** TGT-3 Duty reports: the unit keeps its own (ROLE-3); the subdistrict reads all and enters the higher-level evaluation. */
export const dutyReportResource: ResourceDef<DutyReport> = {
  name: 'DutyReport',
  plural: 'DutyReports',
  resource: 'dutyReports',
  entity: DutyReport,
  filter: DutyReportFilter,
  searchFields: ['summary'],
  sortFields: ['year', 'half', 'unitId', 'cadreId', 'createdAt', 'selfEvaluationScore', 'higherEvaluationScore'],
  defaultSort: { field: 'year', order: 'DESC' },
  computed: {
    combinedScore: ['year', 'selfEvaluationScore', 'higherEvaluationScore', 'pollBallotsIssued', 'pollBallotsReturned', 'pollGood', 'pollFairlyGood', 'pollAverage', 'pollPoor'],
    pollScore: ['year', 'pollBallotsIssued', 'pollBallotsReturned', 'pollGood', 'pollFairlyGood', 'pollAverage', 'pollPoor'],
    poorShare: ['pollBallotsIssued', 'pollBallotsReturned', 'pollGood', 'pollFairlyGood', 'pollAverage', 'pollPoor'],
    poorPoll: ['year', 'pollBallotsIssued', 'pollBallotsReturned', 'pollGood', 'pollFairlyGood', 'pollAverage', 'pollPoor'],
    givenTo: ['subdistrictCommitteeDate', 'partyMembersAssemblyDate', 'residentsMeetingDate'],
  },
  create: {
    args: CreateDutyReportArgs,
    async build(input, ctx) {
      const year = Number(input.year);
      const half = Number(input.half);
      new Problems()
        .check(Number.isInteger(year) && year >= 2000 && year <= 2100, 'year', 'a year between 2000 and 2100', '年度应在 2000 至 2100 之间')
        .check(isHalf(half), 'half', '1 (H1) or 2 (H2)', '半年度应为 1(上半年)或 2(下半年)')
        .throwIfAny();
      const h = half as Half;
      const cadre = await reportingCadre(input, ctx);
      const { start, end } = halfBounds(year, h);
      const problems = new Problems().check(start <= ctx.today, 'half', 'this half year has not begun', `${halfName(year, h)}尚未开始，不能登记述职`);
      // TGT-3 the reporters are the team members of the half: a post held on at least one of its days
      const held = await ctx.em.count(Appointment, { cadre, startDate: { $lte: end }, $or: [{ endDate: null }, { endDate: { $gt: start } }] });
      problems.check(held > 0, 'cadreId', `held no post during ${halfName(year, h, 'en')}`, `该干部${halfName(year, h)}未在两委班子任职，无需述职`).throwIfAny();
      if (await ctx.em.count(DutyReport, { cadre, year, half })) throw conflict(year, h);
      const r = Object.assign(new DutyReport(), { unit: cadre.unit, cadre, year, half });
      await applyDutyReport(r, input, ctx);
      return r;
    },
  },
  update: { args: UpdateDutyReportArgs, apply: (r, input, ctx) => applyDutyReport(r, input, ctx) },
};

@Resolver(() => DutyReport)
export class DutyReportFieldsResolver {
  @FieldResolver(() => Float, { nullable: true, description: "TGT-4 the poll's score (0..100): the mean of the votes' points (the year's parameters); null without votes" })
  async pollScore(@Root() r: DutyReport, @Ctx() ctx: Context): Promise<number | null> {
    return pollScore(pollOf(r), await policyOfYear(ctx, r.year));
  }

  @FieldResolver(() => Float, { nullable: true, description: 'TGT-4 the share of 差 among the votes (0..1); null without votes' })
  poorShare(@Root() r: DutyReport): number | null {
    return poorShare(pollOf(r));
  }

  @FieldResolver(() => Boolean, { description: "TGT-4 MGT-4 the share of 差 is above the year's threshold (exactly at it is not)" })
  async poorPoll(@Root() r: DutyReport, @Ctx() ctx: Context): Promise<boolean> {
    return isPoorPoll(pollOf(r), await policyOfYear(ctx, r.year));
  }

  @FieldResolver(() => Float, { nullable: true, description: "TGT-4 三评 combined: the weighted sum of the three scores with the year's weights; null until all three are in" })
  async combinedScore(@Root() r: DutyReport, @Ctx() ctx: Context): Promise<number | null> {
    return combinedScore({ selfEvaluationScore: r.selfEvaluationScore ?? null, higherEvaluationScore: r.higherEvaluationScore ?? null, poll: pollOf(r) }, await policyOfYear(ctx, r.year));
  }

  @FieldResolver(() => [DutyReportAudience], { description: 'TGT-3 the audiences the report has been given to' })
  givenTo(@Root() r: DutyReport): AudienceT[] {
    return AUDIENCE_DATES.filter((a) => r[a.field]).map((a) => a.audience);
  }
}
