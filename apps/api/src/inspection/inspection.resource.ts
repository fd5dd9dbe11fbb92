import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import {
  ConflictError,
  NoticeStatus as NS,
  Problems,
  RectificationStatus as RS,
  Role,
  checkFindingFacts,
  isMonth,
  nextNoticeNumber,
  noticeTitle,
  type FindingCategory as FindingCategoryT,
  type FindingSeverity as FindingSeverityT,
  type NoticeStatus as NoticeStatusT,
  type RectificationStatus as RectificationStatusT,
  type RectificationStep as RectificationStepT,
} from '@liangwei/domain';
import { DateScalar } from '../graphql/scalars';
import type { Context } from '../graphql/context';
import { findVisible, type ResourceDef } from '../resource/resource';
import { badReference } from '../resource/references';
import { text } from '../common/dates';
import { Unit } from '../org/unit.entity';
import { Cadre } from '../cadre/cadre.entity';
import { AssessmentIndicator } from '../assessment/assessment.entities';
import { FindingCategory, FindingSeverity, NoticeStatus, RectificationStatus, RectificationStep } from './enums';
import { InspectionFinding, InspectionNotice, InspectionRound, RectificationReport } from './inspection.entities';

// ---- rounds (INS-1)

@InputType()
export class InspectionRoundFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => String, { nullable: true }) month?: string;
  @Field(() => String, { nullable: true }) month_gte?: string;
  @Field(() => String, { nullable: true }) month_lte?: string;
}

@ArgsType()
export class CreateInspectionRoundArgs {
  @Field(() => String, { description: 'YYYY-MM' }) month!: string;
  @Field(() => String, { nullable: true }) inspectors?: string | null;
  @Field(() => String, { nullable: true }) scope?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ArgsType()
export class UpdateInspectionRoundArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => String, { nullable: true }) inspectors?: string | null;
  @Field(() => String, { nullable: true }) scope?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

function applyRound(r: InspectionRound, input: Record<string, unknown>): void {
  if (input.inspectors !== undefined) r.inspectors = text(input.inspectors);
  if (input.scope !== undefined) r.scope = text(input.scope);
  if (input.note !== undefined) r.note = text(input.note);
}

export const inspectionRoundResource: ResourceDef<InspectionRound> = {
  name: 'InspectionRound',
  plural: 'InspectionRounds',
  resource: 'inspectionRounds',
  entity: InspectionRound,
  filter: InspectionRoundFilter,
  searchFields: ['inspectors', 'scope'],
  sortFields: ['month', 'createdAt'],
  defaultSort: { field: 'month', order: 'DESC' },
  create: {
    args: CreateInspectionRoundArgs,
    build(input) {
      new Problems().check(isMonth(input.month), 'month', 'a month YYYY-MM', '督查月份应为“年-月”，如 2026-03').throwIfAny();
      const r = Object.assign(new InspectionRound(), { month: String(input.month) });
      applyRound(r, input);
      return r;
    },
  },
  update: { args: UpdateInspectionRoundArgs, apply: (r, input) => applyRound(r, input) },
};

/** INS-1 The round's notice in force (a draft or issued, not a superseded revision), if any. */
export async function liveNotice(ctx: Context, roundId: string): Promise<InspectionNotice | null> {
  return ctx.em.findOne(InspectionNotice, { round: roundId, status: { $ne: NS.SUPERSEDED } });
}

// ---- findings (INS-1, INS-3)

@InputType()
export class InspectionFindingFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) roundId?: string;
  @Field(() => ID, { nullable: true }) cadreId?: string;
  @Field(() => ID, { nullable: true }) noticeId?: string;
  @Field(() => FindingCategory, { nullable: true }) category?: FindingCategoryT;
  @Field(() => FindingSeverity, { nullable: true }) severity?: FindingSeverityT;
  @Field(() => RectificationStatus, { nullable: true }) status?: RectificationStatusT;
  @Field(() => [RectificationStatus], { nullable: true, description: 'any of these statuses' }) statuses?: RectificationStatusT[];
  @Field(() => Boolean, { nullable: true, description: 'INS-1 overdue today (deadline before today, no accepted report), or not' }) overdue?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'in an issued notice (units see these only)' }) issued?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'INS-3 carries a proposed deduction' }) hasProposedDeduction?: boolean;
  @Field(() => DateScalar, { nullable: true }) deadline_lt?: string;
  @Field(() => DateScalar, { nullable: true }) deadline_lte?: string;
  @Field(() => DateScalar, { nullable: true }) deadline_gt?: string;
  @Field(() => DateScalar, { nullable: true }) deadline_gte?: string;
}

@ArgsType()
export class CreateInspectionFindingArgs {
  @Field(() => ID) roundId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => ID, { nullable: true }) cadreId?: string | null;
  @Field(() => FindingCategory) category!: FindingCategoryT;
  @Field(() => FindingSeverity, { nullable: true, description: 'default MINOR' }) severity?: FindingSeverityT | null;
  @Field(() => String) facts!: string;
  @Field(() => String) requiredRectification!: string;
  @Field(() => DateScalar, { nullable: true }) deadline?: string | null;
  @Field(() => ID, { nullable: true }) responsibleCadreId?: string | null;
  @Field(() => ID, { nullable: true, description: 'INS-3 an indicator of the year inspected' }) proposedIndicatorId?: string | null;
  @Field(() => Float, { nullable: true }) proposedDeduction?: number | null;
}

@ArgsType()
export class UpdateInspectionFindingArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => ID, { nullable: true }) cadreId?: string | null;
  @Field(() => FindingCategory, { nullable: true }) category?: FindingCategoryT;
  @Field(() => FindingSeverity, { nullable: true }) severity?: FindingSeverityT;
  @Field(() => String, { nullable: true }) facts?: string;
  @Field(() => String, { nullable: true }) requiredRectification?: string;
  @Field(() => DateScalar, { nullable: true }) deadline?: string | null;
  @Field(() => ID, { nullable: true }) responsibleCadreId?: string | null;
  @Field(() => ID, { nullable: true }) proposedIndicatorId?: string | null;
  @Field(() => Float, { nullable: true }) proposedDeduction?: number | null;
}

const WRITTEN_FIELDS = ['cadreId', 'category', 'severity', 'facts', 'requiredRectification', 'deadline', 'responsibleCadreId'];
const DEDUCTION_FIELDS = ['proposedIndicatorId', 'proposedDeduction'];

async function unitCadre(ctx: Context, id: unknown, unitId: string, field: string): Promise<Cadre | null> {
  if (id == null) return null;
  const cadre = await findVisible(ctx.em, Cadre, String(id));
  if (!cadre) throw badReference(field, 'cadre', '干部');
  if (cadre.unit.id !== unitId) throw badReference(field, 'cadre of this unit', '干部', '所选干部不属于该村(社区)');
  return cadre;
}

async function applyFinding(f: InspectionFinding, input: Record<string, unknown>, ctx: Context): Promise<void> {
  if (f.issuedOn && WRITTEN_FIELDS.some((k) => input[k] !== undefined)) {
    throw new ConflictError('This finding is written in an issued notice: correct it by re-issuing the notice.', '该问题已在印发的通报中，须重新印发更正后的通报方可修改');
  }
  if (f.deductionAppliedAt && DEDUCTION_FIELDS.some((k) => input[k] !== undefined)) {
    throw new ConflictError('The deduction of this finding has been applied already.', '该问题的扣分已计入考核，不能再修改');
  }
  if (input.cadreId !== undefined) f.cadre = await unitCadre(ctx, input.cadreId, f.unit.id, 'cadreId');
  if (input.responsibleCadreId !== undefined) f.responsibleCadre = await unitCadre(ctx, input.responsibleCadreId, f.unit.id, 'responsibleCadreId');
  if (input.category != null) f.category = input.category as FindingCategoryT;
  if (input.severity != null) f.severity = input.severity as FindingSeverityT;
  if (input.facts !== undefined) f.facts = text(input.facts) ?? '';
  if (input.requiredRectification !== undefined) f.requiredRectification = text(input.requiredRectification) ?? '';
  if (input.deadline !== undefined) f.deadline = (input.deadline as string | null) ?? null;
  if (input.proposedDeduction !== undefined) f.proposedDeduction = (input.proposedDeduction as number | null) ?? null;
  if (input.proposedIndicatorId !== undefined) {
    if (input.proposedIndicatorId === null) f.proposedIndicator = null;
    else {
      const indicator = await ctx.em.findOne(AssessmentIndicator, { id: String(input.proposedIndicatorId) });
      if (!indicator) throw badReference('proposedIndicatorId', 'indicator', '考核指标');
      f.proposedIndicator = indicator;
    }
  }
  const round = await ctx.em.findOneOrFail(InspectionRound, f.round.id);
  checkFindingFacts({
    facts: f.facts || null,
    requiredRectification: f.requiredRectification || null,
    deadline: f.deadline ?? null,
    month: round.month,
    proposedDeduction: f.proposedDeduction ?? null,
    proposedIndicatorYear: f.proposedIndicator ? (await ctx.em.findOneOrFail(AssessmentIndicator, f.proposedIndicator.id)).year : null,
  }).throwIfAny();
}

/** Units see their findings once a notice has made them known (drafts are the subdistrict's). */
const unitSeesIssued = (ctx: Context) => (ctx.viewer?.role === Role.UNIT_USER ? { issuedOn: { $ne: null } } : null);

export const inspectionFindingResource: ResourceDef<InspectionFinding> = {
  name: 'InspectionFinding',
  plural: 'InspectionFindings',
  resource: 'inspectionFindings',
  entity: InspectionFinding,
  filter: InspectionFindingFilter,
  searchFields: ['facts', 'requiredRectification'],
  sortFields: ['deadline', 'status', 'severity', 'category', 'unitId', 'roundId', 'issuedOn', 'createdAt'],
  defaultSort: { field: 'deadline', order: 'ASC' },
  computed: { overdue: ['deadline', 'status'], rectifications: [], allowedSteps: ['status', 'unit'], deductionApplied: ['deductionAppliedAt'] },
  visibleWhere: unitSeesIssued,
  customFilters: {
    // INS-1 overdue in SQL: a deadline before today and no accepted report
    overdue: (value: boolean, ctx: Context) =>
      value
        ? { deadline: { $ne: null, $lt: ctx.today }, status: { $ne: RS.ACCEPTED } }
        : { $or: [{ deadline: null }, { deadline: { $gte: ctx.today } }, { status: RS.ACCEPTED }] },
    statuses: (value: RectificationStatusT[]) => ({ status: { $in: value } }),
    issued: (value: boolean) => (value ? { issuedOn: { $ne: null } } : { issuedOn: null }),
    hasProposedDeduction: (value: boolean) => (value ? { proposedDeduction: { $ne: null } } : { proposedDeduction: null }),
  },
  create: {
    args: CreateInspectionFindingArgs,
    unitOf: (input) => String(input.unitId),
    async build(input, ctx) {
      const unit = await findVisible(ctx.em, Unit, String(input.unitId));
      if (!unit) throw badReference('unitId', 'unit', '村(社区)');
      const round = await ctx.em.findOne(InspectionRound, { id: String(input.roundId) });
      if (!round) throw badReference('roundId', 'inspection round', '督查');
      if ((await liveNotice(ctx, round.id))?.status === NS.ISSUED) {
        throw new ConflictError('The notice of this month is issued: re-issue it to add a finding.', '本月督查通报已印发，须重新印发更正后的通报方可增加问题');
      }
      const f = Object.assign(new InspectionFinding(), {
        unit,
        round,
        category: input.category as FindingCategoryT,
        severity: (input.severity as FindingSeverityT | null) ?? FindingSeverity.MINOR,
        facts: '',
        requiredRectification: '',
      });
      await applyFinding(f, { ...input, severity: undefined }, ctx);
      return f;
    },
  },
  update: { args: UpdateInspectionFindingArgs, apply: (f, input, ctx) => applyFinding(f, input, ctx) },
};

// ---- rectification reports (INS-1): written by the workflow commands only

@InputType()
export class RectificationReportFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) findingId?: string;
  @Field(() => RectificationStep, { nullable: true }) step?: RectificationStepT;
  @Field(() => DateScalar, { nullable: true }) date_gte?: string;
  @Field(() => DateScalar, { nullable: true }) date_lte?: string;
}

export const rectificationReportResource: ResourceDef<RectificationReport> = {
  name: 'RectificationReport',
  plural: 'RectificationReports',
  resource: 'rectificationReports',
  entity: RectificationReport,
  filter: RectificationReportFilter,
  sortFields: ['date', 'createdAt', 'findingId', 'unitId'],
  defaultSort: { field: 'createdAt', order: 'ASC' },
};

// ---- notices (INS-1)

@InputType()
export class InspectionNoticeFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => ID, { nullable: true }) roundId?: string;
  @Field(() => NoticeStatus, { nullable: true }) status?: NoticeStatusT;
}

@ArgsType()
export class CreateInspectionNoticeArgs {
  @Field(() => ID) roundId!: string;
  @Field(() => DateScalar) date!: string;
  @Field(() => String, { nullable: true }) body?: string | null;
  @Field(() => Int, { nullable: true, description: 'default: the next number of the year' }) number?: number | null;
}

@ArgsType()
export class UpdateInspectionNoticeArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => DateScalar, { nullable: true }) date?: string;
  @Field(() => String, { nullable: true }) body?: string | null;
  @Field(() => Int, { nullable: true }) number?: number;
}

function checkNumber(n: number, problems = new Problems()): Problems {
  return problems.check(Number.isInteger(n) && n >= 1 && n <= 1000, 'number', 'a whole number from 1 to 1000', '期数应为 1 至 1000 的整数');
}

async function assertNumberFree(ctx: Context, year: number, number: number, revision: number, except?: string): Promise<void> {
  const taken = await ctx.em.findOne(InspectionNotice, { year, number, revision, ...(except ? { id: { $ne: except } } : {}) });
  if (taken) throw new ConflictError(`Notice number ${number} of ${year} is used already.`, `${year}年第${number}期通报已存在`);
}

/** Drafts are the subdistrict's: units read issued (and superseded) notices only (ROLE-3). */
const unitSeesIssuedNotices = (ctx: Context) => (ctx.viewer?.role === Role.UNIT_USER ? { status: { $ne: NS.DRAFT } } : null);

export const inspectionNoticeResource: ResourceDef<InspectionNotice> = {
  name: 'InspectionNotice',
  plural: 'InspectionNotices',
  resource: 'inspectionNotices',
  entity: InspectionNotice,
  filter: InspectionNoticeFilter,
  searchFields: ['title', 'body'],
  sortFields: ['year', 'number', 'date', 'status', 'createdAt'],
  defaultSort: { field: 'date', order: 'DESC' },
  computed: { numberText: ['year', 'number', 'revision'], items: ['snapshot', 'status', 'round'] },
  visibleWhere: unitSeesIssuedNotices,
  create: {
    args: CreateInspectionNoticeArgs,
    async build(input, ctx) {
      const round = await ctx.em.findOne(InspectionRound, { id: String(input.roundId) });
      if (!round) throw badReference('roundId', 'inspection round', '督查');
      const live = await liveNotice(ctx, round.id);
      if (live) throw new ConflictError('This month has a notice already.', live.status === NS.DRAFT ? '本月督查已有通报草稿，请修改该草稿' : '本月督查通报已印发，如需更正请重新印发');
      const year = Number(round.month.slice(0, 4));
      const used = (await ctx.em.find(InspectionNotice, { year }, { fields: ['number'] })).map((n) => n.number);
      const number = input.number == null ? nextNoticeNumber(used) : Number(input.number);
      checkNumber(number).throwIfAny();
      await assertNumberFree(ctx, year, number, 1);
      return Object.assign(new InspectionNotice(), { round, year, number, revision: 1, title: noticeTitle(round.month), date: String(input.date), body: text(input.body) });
    },
  },
  update: {
    args: UpdateInspectionNoticeArgs,
    async apply(n, input, ctx) {
      if (n.status !== NS.DRAFT) throw new ConflictError('An issued notice is frozen: correct it by re-issuing it.', '通报已印发，不能修改；如需更正请重新印发');
      if (input.date != null) n.date = String(input.date);
      if (input.body !== undefined) n.body = text(input.body);
      if (input.number != null) {
        if (n.revision > 1) throw new ConflictError('A corrected re-issue keeps the number of the notice it corrects.', '更正重发的通报沿用原期数');
        checkNumber(Number(input.number)).throwIfAny();
        n.number = Number(input.number);
        await assertNumberFree(ctx, n.year, n.number, n.revision, n.id);
      }
    },
  },
};
