import { label, type Labels } from '../shared/labels';
import { ConflictError, ForbiddenError, Problems } from '../shared/errors';
import { Role, roleLabels } from '../access/roles';
import type { IsoDate } from '../shared/date';

/**
 * TGT-1 / TGT-2 三定: post duties, term targets and the annual plan with its targets and practical
 * matters (实事), and the plan's workflow: drafted by the unit (after consulting the public),
 * submitted, approved or returned by the subdistrict Party committee, publicly committed (公开承诺),
 * progress tracked by the unit, judged at year end by the subdistrict.
 */
export const PlanStatus = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  RETURNED: 'RETURNED',
  APPROVED: 'APPROVED',
  COMMITTED: 'COMMITTED',
  JUDGED: 'JUDGED',
} as const;
export type PlanStatus = (typeof PlanStatus)[keyof typeof PlanStatus];
export const planStatusLabels: Labels<PlanStatus> = {
  DRAFT: { zh: '草拟中', en: 'Draft' },
  SUBMITTED: { zh: '已报审', en: 'Submitted' },
  RETURNED: { zh: '已退回修改', en: 'Returned for changes' },
  APPROVED: { zh: '已审定', en: 'Approved' },
  COMMITTED: { zh: '已公开承诺', en: 'Publicly committed' },
  JUDGED: { zh: '已评定', en: 'Judged' },
};

/** TGT-2 The steps of the plan's workflow. */
export const PlanStep = {
  SUBMIT: 'SUBMIT',
  APPROVE: 'APPROVE',
  RETURN: 'RETURN',
  COMMIT: 'COMMIT',
  RECORD_PROGRESS: 'RECORD_PROGRESS',
  JUDGE: 'JUDGE',
} as const;
export type PlanStep = (typeof PlanStep)[keyof typeof PlanStep];
export const planStepLabels: Labels<PlanStep> = {
  SUBMIT: { zh: '报送审定', en: 'Submit for approval' },
  APPROVE: { zh: '审定通过', en: 'Approve' },
  RETURN: { zh: '退回修改', en: 'Return for changes' },
  COMMIT: { zh: '公开承诺', en: 'Commit publicly' },
  RECORD_PROGRESS: { zh: '填报进度', en: 'Record progress' },
  JUDGE: { zh: '年终评定', en: 'Year-end judgement' },
};

/** TGT-2 How the team made its public commitment (公开承诺). */
export const CommitmentMethod = {
  PARTY_MEMBERS_ASSEMBLY: 'PARTY_MEMBERS_ASSEMBLY',
  REPRESENTATIVES_MEETING: 'REPRESENTATIVES_MEETING',
  RESIDENTS_ASSEMBLY: 'RESIDENTS_ASSEMBLY',
  NOTICE_BOARD: 'NOTICE_BOARD',
  ONLINE: 'ONLINE',
} as const;
export type CommitmentMethod = (typeof CommitmentMethod)[keyof typeof CommitmentMethod];
export const commitmentMethodLabels: Labels<CommitmentMethod> = {
  PARTY_MEMBERS_ASSEMBLY: { zh: '党员大会', en: "Party members' assembly" },
  REPRESENTATIVES_MEETING: { zh: '村(居)民代表会议', en: "Villagers' (residents') representatives' meeting" },
  RESIDENTS_ASSEMBLY: { zh: '村(居)民大会', en: "Villagers' (residents') assembly" },
  NOTICE_BOARD: { zh: '党务村(居)务公开栏', en: 'Public notice board' },
  ONLINE: { zh: '微信群等网络平台', en: 'Online (group chats, website)' },
};

/** TGT-1 An item of the annual plan: an annual target (年度目标) or a practical matter (实事). */
export const PlanItemKind = { TARGET: 'TARGET', PRACTICAL_MATTER: 'PRACTICAL_MATTER' } as const;
export type PlanItemKind = (typeof PlanItemKind)[keyof typeof PlanItemKind];
export const planItemKindLabels: Labels<PlanItemKind> = {
  TARGET: { zh: '年度目标', en: 'Annual target' },
  PRACTICAL_MATTER: { zh: '为民实事', en: 'Practical matter' },
};

/** TGT-2 Where an item stands, as the unit reports it. */
export const ProgressStatus = {
  NOT_STARTED: 'NOT_STARTED',
  IN_PROGRESS: 'IN_PROGRESS',
  DELAYED: 'DELAYED',
  COMPLETED: 'COMPLETED',
} as const;
export type ProgressStatus = (typeof ProgressStatus)[keyof typeof ProgressStatus];
export const progressStatusLabels: Labels<ProgressStatus> = {
  NOT_STARTED: { zh: '未开始', en: 'Not started' },
  IN_PROGRESS: { zh: '推进中', en: 'In progress' },
  DELAYED: { zh: '滞后', en: 'Behind schedule' },
  COMPLETED: { zh: '已完成', en: 'Completed' },
};

/** TGT-2 The year-end judgement of an item and of the plan. */
export const Fulfilment = { FULFILLED: 'FULFILLED', PARTLY: 'PARTLY', NOT_FULFILLED: 'NOT_FULFILLED' } as const;
export type Fulfilment = (typeof Fulfilment)[keyof typeof Fulfilment];
export const fulfilmentLabels: Labels<Fulfilment> = {
  FULFILLED: { zh: '全面兑现', en: 'Fulfilled' },
  PARTLY: { zh: '部分兑现', en: 'Partly fulfilled' },
  NOT_FULFILLED: { zh: '未兑现', en: 'Not fulfilled' },
};

interface StepRule {
  from: readonly PlanStatus[];
  to: PlanStatus | null;
  roles: readonly Role[];
}

/** TGT-2 / ROLE-1 / ROLE-3: the unit drafts, submits, commits and reports; only the subdistrict approves, returns and judges. */
const STEPS: Record<PlanStep, StepRule> = {
  SUBMIT: { from: [PlanStatus.DRAFT, PlanStatus.RETURNED], to: PlanStatus.SUBMITTED, roles: [Role.UNIT_USER, Role.SUBDISTRICT_ADMIN] },
  APPROVE: { from: [PlanStatus.SUBMITTED], to: PlanStatus.APPROVED, roles: [Role.SUBDISTRICT_ADMIN] },
  RETURN: { from: [PlanStatus.SUBMITTED], to: PlanStatus.RETURNED, roles: [Role.SUBDISTRICT_ADMIN] },
  COMMIT: { from: [PlanStatus.APPROVED], to: PlanStatus.COMMITTED, roles: [Role.UNIT_USER, Role.SUBDISTRICT_ADMIN] },
  // progress leaves the status as it is
  RECORD_PROGRESS: { from: [PlanStatus.COMMITTED], to: null, roles: [Role.UNIT_USER, Role.SUBDISTRICT_ADMIN] },
  JUDGE: { from: [PlanStatus.COMMITTED], to: PlanStatus.JUDGED, roles: [Role.SUBDISTRICT_ADMIN] },
};

/**
 * TGT-2 The state machine of an annual plan: the status after `step` taken by `role` from
 * `current`. A role that may not take the step → ForbiddenError (a unit never approves its own
 * plan); a step out of order → ConflictError. Used by the API to decide and by the console to
 * offer only the next step.
 */
export function nextPlanStatus(current: PlanStatus, step: PlanStep, role: Role): PlanStatus {
  const rule = STEPS[step];
  if (!rule) throw new ConflictError(`Unknown step ${String(step)}.`, `未知的步骤 ${String(step)}`);
  if (!rule.roles.includes(role)) {
    throw new ForbiddenError(
      `Only ${rule.roles.join(' or ')} may take the step ${step}.`,
      `只有${rule.roles.map((r) => label(roleLabels, r)).join('或')}才能进行“${label(planStepLabels, step)}”`,
    );
  }
  if (!rule.from.includes(current)) {
    throw new ConflictError(
      `The step ${step} needs a plan in status ${rule.from.join(' or ')}; this one is ${current}.`,
      `“${label(planStepLabels, step)}”须在“${rule.from.map((s) => label(planStatusLabels, s)).join('”或“')}”状态下进行，该计划当前为“${label(planStatusLabels, current)}”`,
    );
  }
  return rule.to ?? current;
}

/** TGT-2 The steps `role` may take on a plan in `current` (for the console's buttons). */
export function allowedPlanSteps(current: PlanStatus, role: Role): PlanStep[] {
  return (Object.keys(STEPS) as PlanStep[]).filter((step) => STEPS[step].from.includes(current) && STEPS[step].roles.includes(role));
}

/** TGT-2 The plan's content (its targets and practical matters) may change while drafted or returned; from submission on it is frozen. */
export function planContentEditable(status: PlanStatus): boolean {
  return status === PlanStatus.DRAFT || status === PlanStatus.RETURNED;
}

/** TGT-2 Refuses a content change of a submitted, approved, committed or judged plan (CONFLICT). */
export function assertPlanContentEditable(status: PlanStatus): void {
  if (!planContentEditable(status)) {
    throw new ConflictError(
      `The plan is ${status}: its targets and practical matters can no longer be changed (only progress is recorded).`,
      `该计划${label(planStatusLabels, status)}，年度目标和实事不能再修改(只能填报进度)`,
    );
  }
}

export interface ProgressInput {
  status: ProgressStatus;
  percent: number;
  date: IsoDate;
  note?: string | null;
}

/**
 * TGT-2 A progress report: percent a whole number 0..100 (both included); COMPLETED is 100 and 100
 * is COMPLETED; NOT_STARTED is 0; the date not in the future and within the plan's year or after it.
 */
export function checkProgress(input: ProgressInput, today: IsoDate, planYear: number, problems = new Problems()): Problems {
  const { status, percent, date } = input;
  const whole = Number.isInteger(percent) && percent >= 0 && percent <= 100;
  problems.check(whole, 'percent', 'must be a whole number from 0 to 100', '完成比例应为 0 至 100 之间的整数');
  if (whole) {
    if (status === ProgressStatus.COMPLETED) problems.check(percent === 100, 'percent', 'a completed item is 100 percent', '已完成的事项完成比例应为 100');
    else if (percent === 100) problems.add('status', '100 percent is completed: choose COMPLETED', '完成比例为 100 时状态应为“已完成”');
    if (status === ProgressStatus.NOT_STARTED) problems.check(percent === 0, 'percent', 'an item not started is 0 percent', '未开始的事项完成比例应为 0');
  }
  problems.check(date <= today, 'date', 'lies in the future', '填报日期不能晚于今天');
  problems.check(Number(date.slice(0, 4)) >= planYear, 'date', `lies before the plan's year ${planYear}`, `填报日期不能早于计划年度(${planYear}年)`);
  return problems;
}

export interface PlanItemInput {
  kind: PlanItemKind;
  title: string | null | undefined;
  budget?: number | null;
  deadline?: IsoDate | null;
  beneficiaries?: string | null;
}

/**
 * TGT-1 An item of a year's plan: a title; a budget in yuan, not negative, to the fen (两位小数);
 * a deadline within the plan's year. A practical matter names for whom and its deadline.
 */
export function checkPlanItem(item: PlanItemInput, year: number, problems = new Problems()): Problems {
  problems.check(!!item.title?.trim(), 'title', 'is required', '请填写内容');
  if (item.budget != null) {
    const ok = Number.isFinite(item.budget) && item.budget >= 0 && Math.abs(Math.round(item.budget * 100) - item.budget * 100) < 1e-6;
    problems.check(ok, 'budget', 'must be an amount in yuan, not negative, at most two decimals', '预算应为不小于 0 的金额(元)，最多两位小数');
  }
  if (item.deadline != null) {
    problems.check(item.deadline.slice(0, 4) === String(year), 'deadline', `must lie within ${year}`, `完成时限应在${year}年内`);
  }
  if (item.kind === PlanItemKind.PRACTICAL_MATTER) {
    problems.check(!!item.beneficiaries?.trim(), 'beneficiaries', 'a practical matter names for whom it is done', '请填写实事的受益对象');
    problems.check(item.deadline != null, 'deadline', 'a practical matter has a deadline', '请填写实事的完成时限');
  }
  return problems;
}

/** TGT-1 A term's years: the end not before the start, at most five years (a term). */
export function checkTerm(startYear: number, endYear: number, problems = new Problems()): Problems {
  problems.check(Number.isInteger(startYear) && Number.isInteger(endYear) && endYear >= startYear, 'endYear', 'must not lie before the start year', '任期结束年份不能早于开始年份');
  problems.check(endYear - startYear <= 5, 'endYear', 'a term lasts at most five years', '任期不超过 5 年');
  return problems;
}

/** TGT-2 How many days before an item's deadline its progress is due. */
export const PROGRESS_DUE_DAYS = 30;

/**
 * TGT-2 An item of a committed plan needs a progress report when it is not completed and its
 * deadline lies within PROGRESS_DUE_DAYS after `today` (both days included) or has passed.
 */
export function progressDue(item: { progressStatus: ProgressStatus; deadline: IsoDate | null }, today: IsoDate): boolean {
  if (item.progressStatus === ProgressStatus.COMPLETED || item.deadline == null) return false;
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + PROGRESS_DUE_DAYS);
  return item.deadline <= d.toISOString().slice(0, 10);
}

/**
 * TGT-2 The year-end judgement: every item of the plan judged once, no item of another plan.
 * Returns the problems (BAD_USER_INPUT).
 */
export function checkJudgement(itemIds: readonly string[], judged: readonly { itemId: string }[], problems = new Problems()): Problems {
  const known = new Set(itemIds);
  const seen = new Set<string>();
  for (const j of judged) {
    if (!known.has(j.itemId)) problems.add('items', `item ${j.itemId} is not an item of this plan`, '所评定的事项不属于该计划');
    else if (seen.has(j.itemId)) problems.add('items', `item ${j.itemId} is judged twice`, '同一事项不能重复评定');
    seen.add(j.itemId);
  }
  const missing = itemIds.filter((id) => !seen.has(id));
  if (missing.length) problems.add('items', `${missing.length} item(s) of the plan are not judged`, `还有 ${missing.length} 项目标或实事未评定`);
  return problems;
}

/** Formats yuan for people: 12345.5 → 12,345.50 元 / ¥12,345.50. */
export function formatYuan(amount: number, lang: 'zh' | 'en' = 'zh'): string {
  const text = amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return lang === 'zh' ? `${text} 元` : `¥${text}`;
}
