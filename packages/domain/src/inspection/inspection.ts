import { label, type Labels } from '../shared/labels';
import { ConflictError, ForbiddenError, Problems } from '../shared/errors';
import { Role, roleLabels } from '../access/roles';
import type { IsoDate } from '../shared/date';

/** INS-1 / MGT-1 What a monthly inspection (督查) found: the graded problems of the source. */
export const FindingCategory = {
  DUTY_NOT_DONE: 'DUTY_NOT_DONE',
  POOR_STYLE: 'POOR_STYLE',
  COMPLAINTS: 'COMPLAINTS',
  ABSENCE: 'ABSENCE',
  RECORDS_INCOMPLETE: 'RECORDS_INCOMPLETE',
  COMMITMENT_UNFULFILLED: 'COMMITMENT_UNFULFILLED',
  DISCIPLINE: 'DISCIPLINE',
  OTHER: 'OTHER',
} as const;
export type FindingCategory = (typeof FindingCategory)[keyof typeof FindingCategory];
export const findingCategoryLabels: Labels<FindingCategory> = {
  DUTY_NOT_DONE: { zh: '履职不到位', en: 'Duties not done' },
  POOR_STYLE: { zh: '作风不实', en: 'Poor work style' },
  COMPLAINTS: { zh: '群众反映问题', en: 'Complaints from the public' },
  ABSENCE: { zh: '值班在岗缺位', en: 'Absent from duty' },
  RECORDS_INCOMPLETE: { zh: '台账纪实不全', en: 'Records incomplete' },
  COMMITMENT_UNFULFILLED: { zh: '承诺事项推进滞后', en: 'Commitments behind schedule' },
  DISCIPLINE: { zh: '违反工作纪律', en: 'Breach of work discipline' },
  OTHER: { zh: '其他问题', en: 'Other' },
};

/** INS-1 / MGT-1 How serious a finding is. */
export const FindingSeverity = { MINOR: 'MINOR', SERIOUS: 'SERIOUS', GRAVE: 'GRAVE' } as const;
export type FindingSeverity = (typeof FindingSeverity)[keyof typeof FindingSeverity];
export const findingSeverityLabels: Labels<FindingSeverity> = {
  MINOR: { zh: '一般', en: 'Minor' },
  SERIOUS: { zh: '较重', en: 'Serious' },
  GRAVE: { zh: '严重', en: 'Grave' },
};

/** INS-1 Where a finding's rectification (整改) stands. */
export const RectificationStatus = { OPEN: 'OPEN', SUBMITTED: 'SUBMITTED', ACCEPTED: 'ACCEPTED', RETURNED: 'RETURNED' } as const;
export type RectificationStatus = (typeof RectificationStatus)[keyof typeof RectificationStatus];
export const rectificationStatusLabels: Labels<RectificationStatus> = {
  OPEN: { zh: '待整改', en: 'To rectify' },
  SUBMITTED: { zh: '已报送待审核', en: 'Report submitted' },
  ACCEPTED: { zh: '整改已验收', en: 'Rectification accepted' },
  RETURNED: { zh: '已退回重改', en: 'Returned for more work' },
};

/** INS-1 The steps of a rectification: the unit reports, the subdistrict accepts or returns it (with a reason). */
export const RectificationStep = { SUBMIT: 'SUBMIT', ACCEPT: 'ACCEPT', RETURN: 'RETURN' } as const;
export type RectificationStep = (typeof RectificationStep)[keyof typeof RectificationStep];
export const rectificationStepLabels: Labels<RectificationStep> = {
  SUBMIT: { zh: '报送整改情况', en: 'Report submitted' },
  ACCEPT: { zh: '验收通过', en: 'Accepted' },
  RETURN: { zh: '退回重改', en: 'Returned' },
};

interface StepRule {
  from: readonly RectificationStatus[];
  to: RectificationStatus;
  roles: readonly Role[];
}

/** INS-1 / ROLE-1 / ROLE-3: the unit reports on its own findings; only the subdistrict accepts or returns. */
const STEPS: Record<RectificationStep, StepRule> = {
  SUBMIT: { from: [RectificationStatus.OPEN, RectificationStatus.RETURNED], to: RectificationStatus.SUBMITTED, roles: [Role.UNIT_USER] },
  ACCEPT: { from: [RectificationStatus.SUBMITTED], to: RectificationStatus.ACCEPTED, roles: [Role.SUBDISTRICT_ADMIN] },
  RETURN: { from: [RectificationStatus.SUBMITTED], to: RectificationStatus.RETURNED, roles: [Role.SUBDISTRICT_ADMIN] },
};

/**
 * INS-1 The rectification state machine: OPEN → SUBMITTED (unit) → ACCEPTED or RETURNED
 * (subdistrict) → SUBMITTED again … A role that may not take the step → ForbiddenError; a step
 * out of order → ConflictError.
 */
export function nextRectificationStatus(current: RectificationStatus, step: RectificationStep, role: Role): RectificationStatus {
  const rule = STEPS[step];
  if (!rule) throw new ConflictError(`Unknown step ${String(step)}.`, `未知的步骤 ${String(step)}`);
  if (!rule.roles.includes(role)) {
    throw new ForbiddenError(`Only ${rule.roles.join(' or ')} may take the step ${step}.`, `只有${rule.roles.map((r) => label(roleLabels, r)).join('或')}才能进行“${label(rectificationStepLabels, step)}”`);
  }
  if (!rule.from.includes(current)) {
    throw new ConflictError(
      `The step ${step} needs a finding in status ${rule.from.join(' or ')}; this one is ${current}.`,
      `“${label(rectificationStepLabels, step)}”须在“${rule.from.map((s) => label(rectificationStatusLabels, s)).join('”或“')}”状态下进行，该问题当前为“${label(rectificationStatusLabels, current)}”`,
    );
  }
  return rule.to;
}

/** INS-1 The steps `role` may take next on a finding in `current` (for the console's buttons). */
export function allowedRectificationSteps(current: RectificationStatus, role: Role): RectificationStep[] {
  return (Object.keys(STEPS) as RectificationStep[]).filter((step) => STEPS[step].from.includes(current) && STEPS[step].roles.includes(role));
}

/**
 * INS-1 A rectification is overdue from the day after its deadline when no report has been
 * accepted: a deadline of today is not overdue, a deadline of yesterday is (unless accepted).
 * A finding without a deadline is never overdue.
 */
export function isOverdue(deadline: IsoDate | null | undefined, status: RectificationStatus, today: IsoDate): boolean {
  return deadline != null && status !== RectificationStatus.ACCEPTED && deadline < today;
}

/** INS-1 A written notice: drafted, issued (then frozen), superseded by a corrected re-issue. */
export const NoticeStatus = { DRAFT: 'DRAFT', ISSUED: 'ISSUED', SUPERSEDED: 'SUPERSEDED' } as const;
export type NoticeStatus = (typeof NoticeStatus)[keyof typeof NoticeStatus];
export const noticeStatusLabels: Labels<NoticeStatus> = {
  DRAFT: { zh: '草稿', en: 'Draft' },
  ISSUED: { zh: '已印发', en: 'Issued' },
  SUPERSEDED: { zh: '已更正重发', en: 'Superseded by a correction' },
};

/** INS-1 The notice number as printed: 〔2026〕第3期. */
export function formatNoticeNumber(year: number, number: number): string {
  return `〔${year}〕第${number}期`;
}

/** INS-1 Notices are numbered per year, from 1, in sequence: the next number after those used. */
export function nextNoticeNumber(used: readonly number[]): number {
  return used.reduce((max, n) => (n > max ? n : max), 0) + 1;
}

/** INS-1 The title of a month's notice. */
export function noticeTitle(month: string): string {
  const [year, m] = month.split('-');
  return `关于${year}年${Number(m)}月份村（社区）“两委”干部履职情况督查的通报`;
}

/** A month as YYYY-MM (January 1900 … December 2100). */
export function isMonth(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5));
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12;
}


export interface FindingFacts {
  facts: string | null;
  requiredRectification: string | null;
  deadline: IsoDate | null;
  /** the month inspected (YYYY-MM) */
  month: string;
  proposedDeduction?: number | null;
  proposedIndicatorYear?: number | null;
}

/** INS-1 / INS-3 A finding states its facts and the rectification required; its deadline is not before the month inspected; a proposed deduction is positive and on that year's catalogue. */
export function checkFindingFacts(f: FindingFacts, problems = new Problems()): Problems {
  problems.check(!!f.facts, 'facts', 'state the facts found', '请填写发现的问题');
  problems.check(!!f.requiredRectification, 'requiredRectification', 'state the rectification required', '请填写整改要求');
  if (f.deadline != null) problems.check(f.deadline >= `${f.month}-01`, 'deadline', 'lies before the month inspected', '整改时限不能早于督查月份');
  if (f.proposedDeduction != null) {
    problems.check(Number.isFinite(f.proposedDeduction) && f.proposedDeduction > 0 && f.proposedDeduction <= 1000, 'proposedDeduction', 'more than 0 and at most 1000 points', '建议扣分应大于 0 且不超过 1000 分');
    problems.check(f.proposedIndicatorYear != null, 'proposedIndicatorId', 'a proposed deduction needs its indicator', '建议扣分须选择考核指标');
  }
  if (f.proposedIndicatorYear != null) {
    problems.check(f.proposedIndicatorYear === Number(f.month.slice(0, 4)), 'proposedIndicatorId', 'not an indicator of the year inspected', '所选考核指标不属于督查年度');
    problems.check(f.proposedDeduction != null, 'proposedDeduction', 'state the points to deduct', '请填写建议扣分');
  }
  return problems;
}
