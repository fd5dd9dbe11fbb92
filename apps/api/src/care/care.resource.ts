import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { CareKind as Kind, PostTitle, Problems, Role, canAccess, careDue, endOfYear, type CareKind as CareKindT, type IsoDate, type PolicyValues } from '@liangwei/domain';
import { DateScalar } from '../graphql/scalars';
import type { Context } from '../graphql/context';
import { assertCan, findVisible, type ResourceDef } from '../resource/resource';
import { badReference } from '../resource/references';
import { text } from '../common/dates';
import { policyFor } from '../policy/policy.service';
import { Cadre } from '../cadre/cadre.entity';
import { Unit } from '../org/unit.entity';
import { User } from '../users/user.entity';
import { ListMetadata } from '../resource/list-args';
import { RulePageArgs, and, bool, byIds, count, fragments, pageClause, query, scoped, sql, type Sql } from '../common/sql';
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

/** PAY-5 The care list's statement: the secretaries on asOf (with their unit: an appointment is always in its cadre's unit), their latest visit and exam, what is due. */
function careDueItems(ctx: Context, date: IsoDate, policy: PolicyValues, unitId: string | null, kind: CareKindT | null): Sql {
  const f = fragments(ctx.em);
  const yearStart = `${date.slice(0, 4)}-01-01`;
  const yearEnd = endOfYear(date);
  return sql`
    WITH holder AS (
      SELECT DISTINCT a.cadre_id, a.unit_id
      FROM appointment a JOIN post p ON p.id = a.post_id
      WHERE p.title = ${PostTitle.PARTY_SECRETARY} AND a.start_date <= ${date} AND (a.end_date IS NULL OR a.end_date > ${date})
        ${scoped(ctx, 'a.unit_id')}${and(unitId != null && sql`a.unit_id = ${unitId}`)}
    ),
    ev AS (
      SELECT e.cadre_id,
        SUM(CASE WHEN e.kind = ${Kind.HOME_VISIT} AND e.date >= ${yearStart} THEN 1 ELSE 0 END) AS visits,
        MAX(CASE WHEN e.kind = ${Kind.HOME_VISIT} THEN e.date END) AS last_visit,
        MAX(CASE WHEN e.kind = ${Kind.PHYSICAL_EXAM} THEN e.date END) AS last_exam
      FROM care_event e JOIN holder h ON h.cadre_id = e.cadre_id
      WHERE e.date <= ${date} ${scoped(ctx, 'e.unit_id')}
      GROUP BY e.cadre_id
    ),
    items AS (
      SELECT h.cadre_id, h.unit_id, ${f.text(Kind.HOME_VISIT)} AS kind, 0 AS kind_order, ev.last_visit AS last_date, ${f.text(yearEnd)} AS due_date
      FROM holder h LEFT JOIN ev ON ev.cadre_id = h.cadre_id
      WHERE COALESCE(ev.visits, 0) < ${f.int(policy.homeVisitsPerYear)}
      UNION ALL
      SELECT h.cadre_id, h.unit_id, ${f.text(Kind.PHYSICAL_EXAM)}, 1, ev.last_exam,
        CASE WHEN ev.last_exam IS NULL THEN ${f.text(date)} ELSE ${f.addYears('ev.last_exam', policy.examIntervalYears)} END
      FROM holder h LEFT JOIN ev ON ev.cadre_id = h.cadre_id
    )
    SELECT cadre_id, unit_id, kind, kind_order, last_date, due_date, CASE WHEN due_date < ${f.text(date)} THEN 1 ELSE 0 END AS overdue
    FROM items WHERE due_date <= ${f.text(yearEnd)}${and(kind != null && sql`kind = ${f.text(kind)}`)}`;
}

async function careDuePolicy(ctx: Context, asOf: IsoDate | null): Promise<{ date: IsoDate; policy: PolicyValues }> {
  const date = asOf ?? ctx.today;
  const policy = await policyFor(ctx.em, Number(date.slice(0, 4)));
  // the domain's checks of the parameters (a list of no one: nothing else is computed)
  careDue([], [], date, policy);
  return { date, policy };
}

@Resolver()
export class CareDueResolver {
  /**
   * PAY-5 The care list on `asOf` (default today): for each secretary (current holder on asOf of a
   * visible unit's Party secretary post) what is due on or before 31 Dec of asOf's year, with
   * that year's parameters; overdue items first, then by due date, cadre and kind (visit first).
   * Computed in the database, one page at a time.
   */
  @Query(() => [CareDue])
  async careDue(
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('kind', () => CareKind, { nullable: true }) kind: CareKindT | null,
    @Args(() => RulePageArgs) paging: RulePageArgs,
    @Ctx() ctx: Context,
  ): Promise<CareDue[]> {
    assertCan(ctx, 'list', 'careEvents');
    const page = pageClause(paging);
    const { date, policy } = await careDuePolicy(ctx, asOf);
    const f = fragments(ctx.em);
    const rows = await query<{ cadre_id: string; unit_id: string; kind: CareKindT; last_date: string | null; due_date: string; overdue: unknown }>(
      ctx.em,
      sql`${careDueItems(ctx, date, policy, unitId, kind)} ORDER BY overdue DESC, ${f.byCodePoint('due_date')}, ${f.byCodePoint('cadre_id')}, kind_order${page}`,
    );
    const [cadres, units] = await Promise.all([byIds(ctx.em, Cadre, rows.map((r) => r.cadre_id)), byIds(ctx.em, Unit, rows.map((r) => r.unit_id))]);
    return rows.map((r) => ({ cadre: cadres.get(r.cadre_id)!, unit: units.get(r.unit_id)!, kind: r.kind, lastDate: r.last_date ?? null, dueDate: r.due_date, overdue: bool(r.overdue) }));
  }

  @Query(() => ListMetadata, { description: 'PAY-5 how many lines careDue has with these arguments' })
  async _careDueMeta(
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('kind', () => CareKind, { nullable: true }) kind: CareKindT | null,
    @Ctx() ctx: Context,
  ): Promise<ListMetadata> {
    assertCan(ctx, 'list', 'careEvents');
    const { date, policy } = await careDuePolicy(ctx, asOf);
    return { count: await count(ctx.em, sql`SELECT COUNT(*) AS n FROM (${careDueItems(ctx, date, policy, unitId, kind)}) c`) };
  }
}
