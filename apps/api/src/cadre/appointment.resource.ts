import { FlushMode, type FilterQuery } from '@mikro-orm/core';
import { ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Resolver, Root } from 'type-graphql';
import { ConflictError, checkAppointmentDates, isOpenOn, type SelectionMethod as SelectionMethodT } from '@liangwei/domain';
import { AppointmentStatus, SelectionMethod } from '../graphql/enums';
import { DateScalar } from '../graphql/scalars';
import type { Context } from '../graphql/context';
import { findVisible, type ResourceDef } from '../resource/resource';
import { badReference } from '../resource/references';
import { Post } from '../org/post.entity';
import { Cadre } from './cadre.entity';
import { Appointment } from './appointment.entity';

@InputType()
export class AppointmentFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) cadreId?: string;
  @Field(() => ID, { nullable: true }) postId?: string;
  @Field(() => SelectionMethod, { nullable: true }) selectionMethod?: SelectionMethodT;
  @Field(() => AppointmentStatus, { nullable: true, description: 'on the request date' }) status?: AppointmentStatus;
  @Field(() => DateScalar, { nullable: true }) startDate_lt?: string;
  @Field(() => DateScalar, { nullable: true }) startDate_lte?: string;
  @Field(() => DateScalar, { nullable: true }) startDate_gt?: string;
  @Field(() => DateScalar, { nullable: true }) startDate_gte?: string;
  @Field(() => DateScalar, { nullable: true }) endDate_lt?: string;
  @Field(() => DateScalar, { nullable: true }) endDate_lte?: string;
  @Field(() => DateScalar, { nullable: true }) endDate_gt?: string;
  @Field(() => DateScalar, { nullable: true }) endDate_gte?: string;
}

@ArgsType()
export class CreateAppointmentArgs {
  @Field(() => ID) cadreId!: string;
  @Field(() => ID) postId!: string;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar, { nullable: true }) endDate?: string | null;
  @Field(() => SelectionMethod, { nullable: true }) selectionMethod?: SelectionMethodT | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ArgsType()
export class UpdateAppointmentArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => DateScalar, { nullable: true }) startDate?: string;
  @Field(() => DateScalar, { nullable: true }) endDate?: string | null;
  @Field(() => SelectionMethod, { nullable: true }) selectionMethod?: SelectionMethodT | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

function statusFilter(status: AppointmentStatus, ctx: Context): FilterQuery<Appointment> {
  const today = ctx.today;
  if (status === AppointmentStatus.FUTURE) return { startDate: { $gt: today } };
  if (status === AppointmentStatus.ENDED) return { endDate: { $lte: today } };
  return { startDate: { $lte: today }, $or: [{ endDate: null }, { endDate: { $gt: today } }] };
}

/** SEL-2 One holder per post at a time: another appointment of the post may not overlap this one. */
export async function checkNoOverlap(appointment: Appointment, ctx: Context): Promise<void> {
  checkAppointmentDates(appointment.startDate, appointment.endDate).throwIfAny();
  // FlushMode.COMMIT: the query must not auto-flush the change under test (a rejected update would be saved)
  const others = await ctx.em.find(Appointment, { post: appointment.post, id: { $ne: appointment.id } }, { flushMode: FlushMode.COMMIT });
  const end = appointment.endDate ?? '9999-12-31';
  const clash = others.find((o) => o.startDate < end && appointment.startDate < (o.endDate ?? '9999-12-31'));
  if (clash) {
    throw new ConflictError(
      `The post is held by another appointment from ${clash.startDate}${clash.endDate ? ` to ${clash.endDate}` : ''}; end it first.`,
      `该岗位${clash.endDate ? `在 ${clash.startDate} 至 ${clash.endDate} 期间` : `自 ${clash.startDate} 起`}已有他人任职，请先结束该任职`,
    );
  }
}

function applyOptional(appointment: Appointment, input: Record<string, unknown>): void {
  if (input.startDate != null) appointment.startDate = String(input.startDate);
  if (input.endDate !== undefined) appointment.endDate = (input.endDate as string | null) ?? null;
  if (input.selectionMethod !== undefined) appointment.selectionMethod = (input.selectionMethod as SelectionMethodT | null) ?? null;
  if (input.note !== undefined) appointment.note = typeof input.note === 'string' && input.note.trim() ? input.note.trim() : null;
}

/** SEL-2 Appointments: history is never deleted; leaving a post sets the end date. */
export const appointmentResource: ResourceDef<Appointment> = {
  name: 'Appointment',
  plural: 'Appointments',
  resource: 'appointments',
  entity: Appointment,
  filter: AppointmentFilter,
  sortFields: ['startDate', 'endDate', 'unitId', 'cadreId', 'postId', 'selectionMethod', 'createdAt'],
  defaultSort: { field: 'startDate', order: 'DESC' },
  customFilters: { status: statusFilter },
  computed: { status: ['startDate', 'endDate'] },
  create: {
    args: CreateAppointmentArgs,
    async build(input, ctx) {
      const post = await findVisible(ctx.em, Post, String(input.postId));
      if (!post) throw badReference('postId', 'post', '岗位');
      const cadre = await findVisible(ctx.em, Cadre, String(input.cadreId));
      if (!cadre) throw badReference('cadreId', 'cadre', '干部');
      if (cadre.unit.id !== post.unit.id) throw badReference('cadreId', 'cadre of this post’s unit', '本岗位所在单位的干部');
      const appointment = Object.assign(new Appointment(), { unit: post.unit, post, cadre, startDate: String(input.startDate) });
      applyOptional(appointment, input);
      await checkNoOverlap(appointment, ctx);
      return appointment;
    },
  },
  update: {
    args: UpdateAppointmentArgs,
    async apply(appointment, input, ctx) {
      applyOptional(appointment, input);
      await checkNoOverlap(appointment, ctx);
    },
  },
};

@Resolver(() => Appointment)
export class AppointmentFieldsResolver {
  /** SEL-2 on the request date */
  @FieldResolver(() => AppointmentStatus)
  status(@Root() appointment: Pick<Appointment, 'startDate' | 'endDate'>, @Ctx() ctx: Context): AppointmentStatus {
    if (appointment.startDate > ctx.today) return AppointmentStatus.FUTURE;
    return isOpenOn(appointment, ctx.today) ? AppointmentStatus.CURRENT : AppointmentStatus.ENDED;
  }
}
