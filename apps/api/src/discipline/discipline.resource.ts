import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import {
  ConflictError,
  DisciplineStatus as S,
  DisciplineStep as Step,
  NotFoundError,
  Problems,
  allowedDisciplineSteps,
  checkDisciplineDecision,
  checkMayOpenDisciplineCase,
  decisionRequiresRectification,
  disciplineLevelLabels,
  label,
  nextDisciplineStatus,
  rectificationOverdue,
  type DisciplineLevel as DisciplineLevelT,
  type DisciplineStatus as DisciplineStatusT,
  type DisciplineStep as DisciplineStepT,
  type ExitKind as ExitKindT,
} from '@liangwei/domain';
import { ExitKind } from '../graphql/enums';
import { DateScalar } from '../graphql/scalars';
import type { Context } from '../graphql/context';
import { requireViewer } from '../auth/viewer';
import { assertCan, findVisible, type ResourceDef } from '../resource/resource';
import { badReference } from '../resource/references';
import { stepDate, text } from '../common/dates';
import { Cadre } from '../cadre/cadre.entity';
import { User } from '../users/user.entity';
import { performExit } from '../exit/exit.service';
import { DisciplineLevel, DisciplineStatus, DisciplineStep } from './enums';
import { DisciplineCase, DisciplineCaseFinding } from './discipline.entities';

@InputType()
export class DisciplineCaseFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true, description: 'searches the facts and the decision' }) q?: string;
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) cadreId?: string;
  @Field(() => DisciplineStatus, { nullable: true }) status?: DisciplineStatusT;
  @Field(() => DisciplineLevel, { nullable: true }) level?: DisciplineLevelT;
  @Field(() => Boolean, { nullable: true, description: 'MGT-1 only cases not yet closed (true) or only closed ones (false)' }) open?: boolean;
  @Field(() => DateScalar, { nullable: true }) openedOn_gte?: string;
  @Field(() => DateScalar, { nullable: true }) openedOn_lte?: string;
}

/** MGT-1 Discipline cases: read here; opened and moved on by the workflow mutations below. */
export const disciplineCaseResource: ResourceDef<DisciplineCase> = {
  name: 'DisciplineCase',
  plural: 'DisciplineCases',
  resource: 'disciplineCases',
  entity: DisciplineCase,
  filter: DisciplineCaseFilter,
  searchFields: ['facts', 'decision'],
  sortFields: ['openedOn', 'decidedOn', 'status', 'level', 'unitId', 'cadreId', 'rectificationDeadline', 'createdAt'],
  defaultSort: { field: 'openedOn', order: 'DESC' },
  computed: { findingIds: ['id'], allowedSteps: ['status'], overdue: ['status', 'rectificationDeadline'] },
  customFilters: {
    open: (value: boolean) => (value ? { status: { $ne: S.CLOSED } } : { status: S.CLOSED }),
  },
};

/** The case through the viewer's scope (another unit's case is not found), its version checked when given. */
async function caseFor(ctx: Context, id: string, version: number | null | undefined): Promise<DisciplineCase> {
  assertCan(ctx, 'show', 'disciplineCases');
  const c = await findVisible(ctx.em, DisciplineCase, id);
  if (!c) throw new NotFoundError('DisciplineCase', id, '未找到该问题处理案件');
  if (version != null && version !== c.version) {
    throw new ConflictError(`DisciplineCase ${id} was changed by someone else (version ${c.version}, yours ${version}); reload and try again.`, `该案件已被他人修改(当前版本 ${c.version}，您的版本 ${version})，请刷新后重试`);
  }
  return c;
}

function step(ctx: Context, c: DisciplineCase, s: DisciplineStepT, withRectification = false): DisciplineStatusT {
  return nextDisciplineStatus(c.status, s, requireViewer(ctx).role, withRectification);
}

@Resolver(() => DisciplineCase)
export class DisciplineResolver {
  /** MGT-1 The subdistrict opens a case on a cadre with its facts, optionally resting on inspection findings (by id). */
  @Mutation(() => DisciplineCase)
  async openDisciplineCase(
    @Arg('cadreId', () => ID) cadreId: string,
    @Arg('facts', () => String) facts: string,
    @Arg('openedOn', () => DateScalar, { nullable: true, description: 'default today; not in the future' }) openedOn: string | null,
    @Arg('findingIds', () => [ID], { nullable: true, description: 'INS-1 the inspection findings the case rests on' }) findingIds: string[] | null,
    @Ctx() ctx: Context,
  ): Promise<DisciplineCase> {
    checkMayOpenDisciplineCase(requireViewer(ctx).role);
    assertCan(ctx, 'create', 'disciplineCases');
    const cadre = await findVisible(ctx.em, Cadre, cadreId);
    if (!cadre) throw badReference('cadreId', 'cadre', '干部');
    assertCan(ctx, 'create', 'disciplineCases', cadre.unit.id);
    new Problems().check(!!text(facts), 'facts', 'the facts are required', '请填写问题事实').throwIfAny();
    const c = Object.assign(new DisciplineCase(), { unit: cadre.unit, cadre, facts: text(facts)!, openedOn: stepDate(openedOn, ctx.today, null, 'openedOn', '立案日期') });
    ctx.em.persist(c);
    for (const findingId of new Set((findingIds ?? []).map((f) => f.trim()).filter(Boolean))) {
      ctx.em.persist(Object.assign(new DisciplineCaseFinding(), { unit: cadre.unit, disciplineCase: c, findingId }));
    }
    await ctx.em.flush();
    return c;
  }

  /**
   * MGT-1 The subdistrict decides: level, decision, decided-by (the acting admin), date; criticism
   * requires rectification (requirement and deadline; the unit then answers). MGT-3 an adjustment
   * or serious handling that ends service is carried out as an exit linked to the case.
   */
  @Mutation(() => DisciplineCase)
  async decideDisciplineCase(
    @Arg('id', () => ID) id: string,
    @Arg('level', () => DisciplineLevel) level: DisciplineLevelT,
    @Arg('decision', () => String) decision: string,
    @Arg('decisionNumber', () => String, { nullable: true }) decisionNumber: string | null,
    @Arg('decidedOn', () => DateScalar, { nullable: true, description: 'default today' }) decidedOn: string | null,
    @Arg('rectificationRequirement', () => String, { nullable: true }) rectificationRequirement: string | null,
    @Arg('rectificationDeadline', () => DateScalar, { nullable: true }) rectificationDeadline: string | null,
    @Arg('exitKind', () => ExitKind, { nullable: true, description: 'MGT-3 REMOVAL, DISMISSAL or TERMINATION when the decision ends service' }) exitKind: ExitKindT | null,
    @Arg('exitEffectiveDate', () => DateScalar, { nullable: true }) exitEffectiveDate: string | null,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: Context,
  ): Promise<DisciplineCase> {
    const c = await caseFor(ctx, id, version);
    const d = { level, decision: text(decision), decidedOn: decidedOn ?? ctx.today, rectificationRequirement: text(rectificationRequirement), rectificationDeadline, exitKind, exitEffectiveDate };
    const next = step(ctx, c, Step.DECIDE, decisionRequiresRectification(d));
    checkDisciplineDecision(d, c.openedOn, ctx.today).throwIfAny();
    const user = ctx.userId ? await ctx.em.findOne(User, { id: ctx.userId }) : null;
    Object.assign(c, {
      status: next,
      level,
      decision: d.decision,
      decisionNumber: text(decisionNumber),
      decidedOn: d.decidedOn,
      decidedBy: user,
      decidedByName: ctx.username,
      rectificationRequirement: d.rectificationRequirement,
      rectificationDeadline: d.rectificationRequirement ? rectificationDeadline : null,
    });
    if (exitKind) {
      const cadre = await ctx.em.findOneOrFail(Cadre, c.cadre.id);
      const exit = await performExit(ctx, cadre, {
        kind: exitKind,
        effectiveDate: exitEffectiveDate,
        reason: `${label(disciplineLevelLabels, level)}：${d.decision}`,
        basis: `问题分级处理决定${text(decisionNumber) ? `(${text(decisionNumber)})` : ''} (MGT-1)`,
        approvedBy: ctx.username,
        approvedOn: d.decidedOn,
        decisionNumber: text(decisionNumber),
      });
      c.exitRecordId = exit.id;
    }
    await ctx.em.flush();
    return c;
  }

  /** MGT-1 The unit reports its rectification (the admin may record it for the unit). */
  @Mutation(() => DisciplineCase)
  async answerDisciplineRectification(
    @Arg('id', () => ID) id: string,
    @Arg('answer', () => String) answer: string,
    @Arg('answeredOn', () => DateScalar, { nullable: true, description: 'default today' }) answeredOn: string | null,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: Context,
  ): Promise<DisciplineCase> {
    const c = await caseFor(ctx, id, version);
    const next = step(ctx, c, Step.ANSWER);
    new Problems().check(!!text(answer), 'answer', 'describe the rectification', '请填写整改情况').throwIfAny();
    Object.assign(c, { status: next, rectificationAnswer: text(answer), answeredOn: stepDate(answeredOn, ctx.today, c.decidedOn, 'answeredOn', '整改报告日期'), answeredByName: ctx.username });
    await ctx.em.flush();
    return c;
  }

  /** MGT-1 The subdistrict accepts the unit's rectification. */
  @Mutation(() => DisciplineCase)
  async acceptDisciplineRectification(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: Context,
  ): Promise<DisciplineCase> {
    const c = await caseFor(ctx, id, version);
    const next = step(ctx, c, Step.ACCEPT);
    Object.assign(c, { status: next, acceptedOn: stepDate(null, ctx.today, c.answeredOn), acceptanceNote: text(note) });
    await ctx.em.flush();
    return c;
  }

  /** MGT-1 The subdistrict returns the answer, saying why: the unit rectifies again. */
  @Mutation(() => DisciplineCase)
  async returnDisciplineRectification(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: Context,
  ): Promise<DisciplineCase> {
    const c = await caseFor(ctx, id, version);
    const next = step(ctx, c, Step.RETURN);
    new Problems().check(!!text(reason), 'reason', 'say why the rectification is returned', '请填写退回理由').throwIfAny();
    Object.assign(c, { status: next, returnReason: text(reason) });
    await ctx.em.flush();
    return c;
  }

  /** MGT-1 The subdistrict closes a decided case (its rectification, if any, accepted). */
  @Mutation(() => DisciplineCase)
  async closeDisciplineCase(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: Context,
  ): Promise<DisciplineCase> {
    const c = await caseFor(ctx, id, version);
    const next = step(ctx, c, Step.CLOSE);
    Object.assign(c, { status: next, closedOn: ctx.today, closingNote: text(note) });
    await ctx.em.flush();
    return c;
  }

  @FieldResolver(() => [String], { description: 'INS-1 the ids of the inspection findings the case rests on' })
  async findingIds(@Root() c: Pick<DisciplineCase, 'id'>, @Ctx() ctx: Context): Promise<string[]> {
    const links = await ctx.em.find(DisciplineCaseFinding, { disciplineCase: c.id }, { orderBy: { findingId: 'asc' } });
    return links.map((l) => l.findingId);
  }

  @FieldResolver(() => [DisciplineStep], { description: 'MGT-1 the steps the viewer may take next' })
  allowedSteps(@Root() c: Pick<DisciplineCase, 'status'>, @Ctx() ctx: Context): DisciplineStepT[] {
    return ctx.viewer ? allowedDisciplineSteps(c.status, ctx.viewer.role) : [];
  }

  @FieldResolver(() => Boolean, { description: 'MGT-1 the rectification deadline has passed (from the day after it) without an accepted answer' })
  overdue(@Root() c: Pick<DisciplineCase, 'status' | 'rectificationDeadline'>, @Ctx() ctx: Context): boolean {
    return rectificationOverdue(c, ctx.today);
  }
}
