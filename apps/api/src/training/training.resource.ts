import { Arg, Args, ArgsType, Ctx, Field, Float, ID, Info, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { rowsUnder, stubOf } from '../resource/projection';
import { ConflictError, Problems, type TrainingKind as TrainingKindT } from '@liangwei/domain';
import { TrainingKind } from '../graphql/enums';
import { DateScalar } from '../graphql/scalars';
import type { Context } from '../graphql/context';
import { assertCan, findVisible, type ResourceDef } from '../resource/resource';
import { badReference } from '../resource/references';
import { text } from '../common/dates';
import { Cadre } from '../cadre/cadre.entity';
import { ListMetadata } from '../resource/list-args';
import { RulePageArgs, num, pageClause, query } from '../common/sql';
import { hoursCount, hoursRows, untrainedCount, untrainedRows } from './training-queries';
import { TrainingParticipation, TrainingSession } from './training.entities';

@InputType()
export class TrainingSessionFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => TrainingKind, { nullable: true }) kind?: TrainingKindT;
  @Field(() => DateScalar, { nullable: true }) startDate_gte?: string;
  @Field(() => DateScalar, { nullable: true }) startDate_lte?: string;
}

@ArgsType()
export class CreateTrainingSessionArgs {
  @Field(() => String) title!: string;
  @Field(() => TrainingKind) kind!: TrainingKindT;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar, { nullable: true, description: 'defaults to the start date' }) endDate?: string | null;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => Float) hours!: number;
  @Field(() => String, { nullable: true }) organiser?: string | null;
  @Field(() => String, { nullable: true }) outcome?: string | null;
}

@ArgsType()
export class UpdateTrainingSessionArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => TrainingKind, { nullable: true }) kind?: TrainingKindT;
  @Field(() => DateScalar, { nullable: true }) startDate?: string;
  @Field(() => DateScalar, { nullable: true }) endDate?: string;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => Float, { nullable: true }) hours?: number;
  @Field(() => String, { nullable: true }) organiser?: string | null;
  @Field(() => String, { nullable: true }) outcome?: string | null;
}

function applySession(s: TrainingSession, input: Record<string, unknown>): void {
  if (input.title != null) s.title = String(input.title).trim();
  if (input.kind != null) s.kind = input.kind as TrainingKindT;
  if (input.startDate != null) s.startDate = String(input.startDate);
  if (input.endDate != null) s.endDate = String(input.endDate);
  s.endDate ??= s.startDate;
  if (input.hours != null) s.hours = Number(input.hours);
  for (const key of ['place', 'organiser', 'outcome'] as const) if (input[key] !== undefined) s[key] = text(input[key]);
  const problems = new Problems()
    .check(s.title.length > 0 && s.title.length <= 200, 'title', 'a title of 1 to 200 characters is required', '培训名称不能为空，且不超过 200 个字')
    .check(Number.isFinite(s.hours) && s.hours > 0 && s.hours <= 1000, 'hours', 'between 0 and 1000 hours', '学时应大于 0 且不超过 1000')
    // stored in 200- and 100-character columns (PostgreSQL refuses longer values)
    .check((s.place?.length ?? 0) <= 200, 'place', 'at most 200 characters', '地点不能超过 200 个字')
    .check((s.organiser?.length ?? 0) <= 100, 'organiser', 'at most 100 characters', '组织单位不能超过 100 个字');
  if (s.endDate < s.startDate) problems.add('endDate', 'lies before the start date', '结束日期不能早于开始日期');
  problems.throwIfAny();
}

/** TRN-1 Sessions and study trips: subdistrict data, read by units (their cadres take part). */
export const trainingSessionResource: ResourceDef<TrainingSession> = {
  name: 'TrainingSession',
  plural: 'TrainingSessions',
  resource: 'trainingSessions',
  entity: TrainingSession,
  filter: TrainingSessionFilter,
  searchFields: ['title', 'place', 'organiser'],
  sortFields: ['startDate', 'title', 'kind', 'hours', 'createdAt'],
  defaultSort: { field: 'startDate', order: 'DESC' },
  create: {
    args: CreateTrainingSessionArgs,
    build(input) {
      const s = Object.assign(new TrainingSession(), { title: '', kind: input.kind, startDate: String(input.startDate), hours: Number(input.hours) });
      applySession(s, input);
      return s;
    },
  },
  update: { args: UpdateTrainingSessionArgs, apply: (s, input) => applySession(s, input) },
};

@InputType()
export class TrainingParticipationFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) sessionId?: string;
  @Field(() => ID, { nullable: true }) cadreId?: string;
  @Field(() => Boolean, { nullable: true }) attended?: boolean;
}

@ArgsType()
export class CreateTrainingParticipationArgs {
  @Field(() => ID) sessionId!: string;
  @Field(() => ID) cadreId!: string;
  @Field(() => Boolean, { nullable: true }) attended?: boolean | null;
  @Field(() => Float, { nullable: true }) hours?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ArgsType()
export class UpdateTrainingParticipationArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => Boolean, { nullable: true, description: 'TRN-1 attendance, confirmed by the unit' }) attended?: boolean | null;
  @Field(() => Float, { nullable: true }) hours?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

function applyParticipation(p: TrainingParticipation, input: Record<string, unknown>, username: string | null, sessionHours: number): void {
  if (input.attended !== undefined) {
    p.attended = input.attended as boolean | null;
    p.confirmedBy = p.attended == null ? null : username;
  }
  if (input.hours !== undefined) p.hours = input.hours as number | null;
  if (input.note !== undefined) p.note = text(input.note);
  if (p.hours != null) {
    new Problems().check(p.hours >= 0 && p.hours <= sessionHours, 'hours', `between 0 and the session's ${sessionHours} hours`, `学时应在 0 至本次培训的 ${sessionHours} 学时之间`).throwIfAny();
  }
}

/** TRN-1/2 Participants: the subdistrict enrols cadres; the unit confirms its own cadres' attendance. */
export const trainingParticipationResource: ResourceDef<TrainingParticipation> = {
  name: 'TrainingParticipation',
  plural: 'TrainingParticipations',
  resource: 'trainingParticipations',
  entity: TrainingParticipation,
  filter: TrainingParticipationFilter,
  sortFields: ['unitId', 'cadreId', 'sessionId', 'attended', 'createdAt'],
  defaultSort: { field: 'createdAt', order: 'ASC' },
  create: {
    args: CreateTrainingParticipationArgs,
    async build(input, ctx) {
      const cadre = await findVisible(ctx.em, Cadre, String(input.cadreId));
      if (!cadre) throw badReference('cadreId', 'cadre', '干部');
      const session = await findVisible(ctx.em, TrainingSession, String(input.sessionId));
      if (!session) throw badReference('sessionId', 'training session', '培训');
      if (await ctx.em.count(TrainingParticipation, { session, cadre })) throw new ConflictError(`${cadre.name} is enrolled in this session already.`, `${cadre.name}已报名参加本次培训`);
      const p = Object.assign(new TrainingParticipation(), { unit: cadre.unit, cadre, session });
      applyParticipation(p, input, ctx.username, session.hours);
      return p;
    },
  },
  update: {
    args: UpdateTrainingParticipationArgs,
    async apply(p, input, ctx) {
      const session = await ctx.em.findOneOrFail(TrainingSession, p.session.id);
      applyParticipation(p, input, ctx.username, session.hours);
    },
  },
};

@ObjectType({ description: 'TRN-2 a cadre’s training in a year' })
export class TrainingHoursRow {
  @Field(() => Cadre) cadre!: Cadre;
  @Field(() => Float) hours!: number;
  @Field(() => Int) sessions!: number;
}

@Resolver()
export class TrainingReportResolver {
  /** TRN-2 Hours attended per cadre in a year (only cadres with some training), by unit code and name. */
  @Query(() => [TrainingHoursRow])
  async trainingHours(
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Args(() => RulePageArgs) paging: RulePageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TrainingHoursRow[]> {
    assertCan(ctx, 'list', 'trainingParticipations');
    const rows = await query(ctx.em, hoursRows(ctx, year, unitId, pageClause(paging)));
    // the page's cadres in one read of what is selected of them (scoped like every read of the request)
    const cadres = await rowsUnder(ctx, info, 'cadre', 'Cadre', rows.map((row) => String(row.cadre_id)));
    return rows.map((row) => ({ cadre: (cadres?.get(String(row.cadre_id)) ?? stubOf(String(row.cadre_id))) as unknown as Cadre, hours: num(row.hours), sessions: num(row.sessions) }));
  }

  /** TRN-2 How many cadres `trainingHours` lists with the same arguments. */
  @Query(() => ListMetadata)
  async _trainingHoursMeta(@Arg('year', () => Int) year: number, @Arg('unitId', () => ID, { nullable: true }) unitId: string | null, @Ctx() ctx: Context): Promise<ListMetadata> {
    assertCan(ctx, 'list', 'trainingParticipations');
    const [row] = await query(ctx.em, hoursCount(ctx, year, unitId));
    return { count: num(row?.count) };
  }

  /** TRN-2 Cadres on a team at some time in the year who attended no training that year, by unit code and name. */
  @Query(() => [Cadre])
  async untrainedCadres(
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Args(() => RulePageArgs) paging: RulePageArgs,
    @Ctx() ctx: Context,
  ): Promise<Cadre[]> {
    assertCan(ctx, 'list', 'trainingParticipations');
    const rows = await query(ctx.em, untrainedRows(ctx, year, unitId, pageClause(paging)));
    return rows.map((row) => ctx.em.map(Cadre, row));
  }

  /** TRN-2 How many cadres `untrainedCadres` lists with the same arguments. */
  @Query(() => ListMetadata)
  async _untrainedCadresMeta(@Arg('year', () => Int) year: number, @Arg('unitId', () => ID, { nullable: true }) unitId: string | null, @Ctx() ctx: Context): Promise<ListMetadata> {
    assertCan(ctx, 'list', 'trainingParticipations');
    const [row] = await query(ctx.em, untrainedCount(ctx, year, unitId));
    return { count: num(row?.count) };
  }
}
