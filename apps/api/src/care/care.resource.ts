import { Arg, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { CareKind as Kind, Problems, Role, canAccess, careDue, type CareKind as CareKindT, type IsoDate } from '@liangwei/domain';
import { DateScalar } from '../graphql/scalars';
import type { Context } from '../graphql/context';
import { assertCan, findVisible, type ResourceDef } from '../resource/resource';
import { badReference } from '../resource/references';
import { text } from '../common/dates';
import { policyFor } from '../policy/policy.service';
import { Cadre } from '../cadre/cadre.entity';
import { Unit } from '../org/unit.entity';
import { User } from '../users/user.entity';
import { secretaryAppointments } from '../pay/secretaries';
import { CareKind } from './enums';
import { CareEvent } from './care.entities';

@InputType()
export class CareEventFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) cadreId?: string;
  @Field(() => CareKind, { nullable: true }) kind?: CareKindT;
  @Field(() => ID, { nullable: true }) ledById?: string;
  @Field(() => DateScalar, { nullable: true }) date_gte?: string;
  @Field(() => DateScalar, { nullable: true }) date_lte?: string;
}

@ArgsType()
export class CreateCareEventArgs {
  @Field(() => ID) cadreId!: string;
  @Field(() => CareKind) kind!: CareKindT;
  @Field(() => DateScalar, { description: 'not in the future' }) date!: string;
  @Field(() => ID, { nullable: true, description: 'the leading subdistrict leadership member (a SUBDISTRICT_ADMIN or SUBDISTRICT_ANALYST user); a HOME_VISIT needs ledById or ledByName' })
  ledById?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true, description: 'the leader by name, when not a user' }) ledByName?: string | null;
}

@ArgsType()
export class UpdateCareEventArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => CareKind, { nullable: true }) kind?: CareKindT;
  @Field(() => DateScalar, { nullable: true }) date?: string;
  @Field(() => ID, { nullable: true }) ledById?: string | null;
  @Field(() => String, { nullable: true }) ledByName?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

/** PAY-5 The roles of the subdistrict's leadership members, who lead home visits. */
const LEADER_ROLES: readonly string[] = [Role.SUBDISTRICT_ADMIN, Role.SUBDISTRICT_ANALYST];

async function applyCareEvent(e: CareEvent, input: Record<string, unknown>, ctx: Context): Promise<void> {
  const problems = new Problems();
  if (input.kind != null) e.kind = input.kind as CareKindT;
  if (input.date != null) e.date = String(input.date);
  if (input.ledByName !== undefined) e.ledByName = text(input.ledByName);
  if (input.note !== undefined) e.note = text(input.note);
  if (input.ledById !== undefined) {
    if (input.ledById === null) e.ledBy = null;
    else {
      const user = await ctx.em.findOne(User, { id: String(input.ledById) });
      if (!user) problems.add('ledById', 'unknown user', '未知的用户');
      else if (!LEADER_ROLES.includes(user.role)) problems.add('ledById', 'not a subdistrict leadership member (a subdistrict admin or analyst)', '带队领导须为办事处领导班子成员(办事处管理员或分析员)');
      else e.ledBy = user;
    }
  }
  problems
    .check(e.date <= ctx.today, 'date', 'lies in the future', '日期不能晚于今天')
    .check((e.ledByName?.length ?? 0) <= 50, 'ledByName', 'at most 50 characters', '带队领导姓名不能超过 50 个字')
    .check((e.note?.length ?? 0) <= 1000, 'note', 'at most 1000 characters', '备注不能超过 1000 个字');
  if (e.kind === Kind.HOME_VISIT && !e.ledBy && !e.ledByName && !problems.count) {
    problems.add('ledById', 'a home visit is led by a subdistrict leadership member: give ledById or ledByName', '走访须由办事处领导班子成员带队，请选择带队领导或填写其姓名');
  }
  problems.throwIfAny();
}

async function caredCadre(input: Record<string, unknown>, ctx: Context): Promise<Cadre> {
  const cadre = await findVisible(ctx.em, Cadre, String(input.cadreId));
  if (!cadre) throw badReference('cadreId', 'cadre', '干部');
  return cadre;
}

/** PAY-5 Home visits and physical exams: recorded by the subdistrict (`createCareEvent`), read by the unit concerned. */
export const careEventResource: ResourceDef<CareEvent> = {
  name: 'CareEvent',
  plural: 'CareEvents',
  resource: 'careEvents',
  entity: CareEvent,
  filter: CareEventFilter,
  sortFields: ['date', 'kind', 'unitId', 'cadreId', 'createdAt'],
  defaultSort: { field: 'date', order: 'DESC' },
  create: {
    args: CreateCareEventArgs,
    async build(input, ctx) {
      const cadre = await caredCadre(input, ctx);
      const e = Object.assign(new CareEvent(), { unit: cadre.unit, cadre, kind: input.kind as CareKindT, date: String(input.date) });
      await applyCareEvent(e, input, ctx);
      return e;
    },
  },
  update: { args: UpdateCareEventArgs, apply: (e, input, ctx) => applyCareEvent(e, input, ctx) },
};

@Resolver(() => CareEvent)
export class CareEventFieldsResolver {
  /** Users are read by subdistrict admins only (API.md): others see the id and `ledByName`, not the user. */
  @FieldResolver(() => User, { nullable: true, description: 'PAY-5 the leading user; null for viewers who may not read users' })
  ledBy(@Root() e: CareEvent, @Ctx() ctx: Context): User | null {
    if (!e.ledBy || !canAccess(ctx.viewer, 'show', 'users')) return null;
    return e.ledBy;
  }
}

@ObjectType({ description: 'PAY-5 a line of the care list' })
export class CareDue {
  @Field(() => Cadre) cadre!: Cadre;
  @Field(() => Unit, { description: 'the unit whose Party secretary the cadre is' }) unit!: Unit;
  @Field(() => CareKind) kind!: CareKindT;
  @Field(() => DateScalar, { nullable: true, description: 'the latest event of this kind on or before asOf' }) lastDate!: string | null;
  @Field(() => DateScalar) dueDate!: string;
  @Field(() => Boolean, { description: 'due before asOf (due on asOf is not overdue)' }) overdue!: boolean;
}

@Resolver()
export class CareDueResolver {
  /**
   * PAY-5 The care list on `asOf` (default today): for each secretary (current holder on asOf of a
   * visible unit's Party secretary post) what is due on or before 31 Dec of asOf's year, with
   * that year's parameters; overdue items first.
   */
  @Query(() => [CareDue])
  async careDue(
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Ctx() ctx: Context,
  ): Promise<CareDue[]> {
    assertCan(ctx, 'list', 'careEvents');
    const date = asOf ?? ctx.today;
    const appointments = await secretaryAppointments(ctx.em, date, date, unitId);
    const holders = new Map(appointments.map((a) => [a.cadre.id, a]));
    const events = holders.size ? await ctx.em.find(CareEvent, { cadre: { $in: [...holders.keys()] }, date: { $lte: date } }) : [];
    const policy = await policyFor(ctx.em, Number(date.slice(0, 4)));
    const items = careDue(
      [...holders.keys()].map((cadreId) => ({ cadreId })),
      events.map((e) => ({ cadreId: e.cadre.id, kind: e.kind, date: e.date })),
      date,
      policy,
    );
    return items.map((item) => {
      const appointment = holders.get(item.cadreId)!;
      return { cadre: appointment.cadre, unit: appointment.unit, kind: item.kind, lastDate: item.lastDate, dueDate: item.dueDate, overdue: item.overdue };
    });
  }
}
