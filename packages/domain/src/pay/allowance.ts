import type { PolicyValues } from '../policy/parameters';
import { ConflictError, Problems } from '../shared/errors';
import type { Labels } from '../shared/labels';
import { roundYuan } from './money';

/** PAY-2 A calendar month, `YYYY-MM` (like IsoDate, it compares correctly as a string). */
export type YearMonth = string;

const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

/** PAY-2 `YYYY-MM` with a year from 0001 and a month 01..12. */
export function isYearMonth(text: unknown): text is YearMonth {
  if (typeof text !== 'string') return false;
  const m = YEAR_MONTH.exec(text);
  return m !== null && Number(m[1]) >= 1 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** PAY-2 Every month from `from` to `to`, both included, in order; empty when `to` is before `from`. */
export function monthRange(from: YearMonth, to: YearMonth): YearMonth[] {
  new Problems()
    .check(isYearMonth(from), 'from', 'not a month (YYYY-MM)', '起始月份格式应为 YYYY-MM')
    .check(isYearMonth(to), 'to', 'not a month (YYYY-MM)', '截止月份格式应为 YYYY-MM')
    .throwIfAny();
  const months: YearMonth[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (let current = from; current <= to; ) {
    months.push(current);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    current = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

/** INS-2 The outcome of the subdistrict's monthly check of a secretary's duty log. */
export const LogCheckOutcome = { PASS: 'PASS', FAIL: 'FAIL' } as const;
export type LogCheckOutcome = (typeof LogCheckOutcome)[keyof typeof LogCheckOutcome];
export const logCheckOutcomeLabels: Labels<LogCheckOutcome> = {
  PASS: { zh: '通过', en: 'Passed' },
  FAIL: { zh: '未通过', en: 'Failed' },
};

/** INS-2 One monthly check of a secretary's duty log (《履责全程纪实日志》). */
export interface LogCheck {
  month: YearMonth;
  outcome: LogCheckOutcome;
  remarks?: string | null;
}

/** PAY-2 Why a month's post allowance is or is not due. */
export const AllowanceReason = { PASSED: 'PASSED', FAILED: 'FAILED', NOT_CHECKED: 'NOT_CHECKED' } as const;
export type AllowanceReason = (typeof AllowanceReason)[keyof typeof AllowanceReason];
export const allowanceReasonLabels: Labels<AllowanceReason> = {
  PASSED: { zh: '纪实日志检查通过', en: 'Duty log check passed' },
  FAILED: { zh: '纪实日志检查未通过', en: 'Duty log check failed' },
  NOT_CHECKED: { zh: '纪实日志未检查', en: 'Duty log not checked' },
};

/** PAY-2 The post allowance of one secretary for one month. */
export interface MonthAllowance {
  month: YearMonth;
  due: boolean;
  /** Yuan: `postAllowanceMonthly` when due, otherwise 0. */
  amount: number;
  reason: AllowanceReason;
  /** The check's remarks (e.g. why it failed), or null. */
  remarks: string | null;
}

export type AllowancePolicy = Pick<PolicyValues, 'postAllowanceMonthly'>;

function checkChecks(checks: readonly LogCheck[], problems: Problems, field: string): void {
  checks.forEach((check, i) => {
    problems.check(isYearMonth(check.month), `${field}[${i}].month`, 'not a month (YYYY-MM)', `第${i + 1}条检查记录的月份格式应为 YYYY-MM`);
    problems.check(check.outcome === LogCheckOutcome.PASS || check.outcome === LogCheckOutcome.FAIL, `${field}[${i}].outcome`, 'must be PASS or FAIL', `第${i + 1}条检查记录的结果须为“通过”或“未通过”`);
  });
}

function allowanceOf(month: YearMonth, checks: readonly LogCheck[], policy: AllowancePolicy, who: string, whoZh: string): MonthAllowance {
  const found = checks.filter((check) => check.month === month);
  if (found.length > 1) {
    throw new ConflictError(
      `The duty log ${who}has ${found.length} checks for ${month}; there is one check per secretary and month.`,
      `${whoZh}纪实日志在 ${month} 有 ${found.length} 条检查记录；每名书记每月只能有一条检查记录`,
    );
  }
  const check = found[0];
  if (!check) return { month, due: false, amount: 0, reason: AllowanceReason.NOT_CHECKED, remarks: null };
  const passed = check.outcome === LogCheckOutcome.PASS;
  return {
    month,
    due: passed,
    amount: passed ? policy.postAllowanceMonthly : 0,
    reason: passed ? AllowanceReason.PASSED : AllowanceReason.FAILED,
    remarks: check.remarks?.trim() ? check.remarks.trim() : null,
  };
}

/**
 * PAY-2 / INS-2 One secretary's post allowance (岗位补贴) for a month, given that secretary's duty
 * log checks: paid only after the month's log check passed (`postAllowanceMonthly`, default 200
 * yuan); a failed check (FAILED) or no check at all (NOT_CHECKED, also for a month not yet
 * checked) pays 0, and the reason says why. There is one check per secretary and month: two
 * checks of the same month are a ConflictError (a re-check replaces the earlier record).
 * ValidationError for a month or check that is not `YYYY-MM` / PASS|FAIL.
 */
export function allowanceForMonth(month: YearMonth, checks: readonly LogCheck[], policy: AllowancePolicy): MonthAllowance {
  const problems = new Problems().check(isYearMonth(month), 'month', 'not a month (YYYY-MM)', '月份格式应为 YYYY-MM');
  checkChecks(checks, problems, 'checks');
  problems.throwIfAny();
  return allowanceOf(month, checks, policy, '', '');
}

/** PAY-2 One secretary's allowance over the months of a report. */
export interface SecretaryAllowance {
  cadreId: string;
  months: MonthAllowance[];
  /** Sum of the months' amounts (yuan). */
  total: number;
}

/**
 * PAY-2 / INS-2 The allowance report: for each secretary (in the order given, each once) and
 * each month (ascending, each once), what is due and why (allowanceForMonth), with the total.
 * `checks` are every secretary's checks, tagged with `cadreId`; checks of other people or months
 * are ignored.
 */
export function allowanceReport(
  secretaries: readonly { cadreId: string }[],
  months: readonly YearMonth[],
  checks: readonly (LogCheck & { cadreId: string })[],
  policy: AllowancePolicy,
): SecretaryAllowance[] {
  const problems = new Problems();
  months.forEach((month, i) => problems.check(isYearMonth(month), `months[${i}]`, 'not a month (YYYY-MM)', `第${i + 1}个月份的格式应为 YYYY-MM`));
  checkChecks(checks, problems, 'checks');
  problems.throwIfAny();
  const sortedMonths = [...new Set(months)].sort();
  const ids = [...new Set(secretaries.map((s) => s.cadreId))];
  return ids.map((cadreId) => {
    const own = checks.filter((check) => check.cadreId === cadreId);
    const rows = sortedMonths.map((month) => allowanceOf(month, own, policy, `of cadre ${cadreId} `, `干部 ${cadreId} 的`));
    return { cadreId, months: rows, total: roundYuan(rows.reduce((sum, row) => sum + row.amount, 0)) };
  });
}
