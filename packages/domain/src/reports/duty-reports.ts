import type { PolicyValues } from '../policy/parameters';
import type { IsoDate } from '../shared/date';
import { ValidationError, type FieldProblem } from '../shared/errors';
import type { Labels } from '../shared/labels';

/**
 * TGT-3 Duty reports (述职): every team member reports every half year, on duties and
 * commitments, to the three audiences the source names — the subdistrict Party committee
 * (办事处党委), the Party members' assembly (村(社区)党员大会) and the villagers' (residents')
 * representatives' meeting or assembly (村(居)民代表会议或村(居)民会议).
 */
export const DutyReportAudience = {
  SUBDISTRICT_COMMITTEE: 'SUBDISTRICT_COMMITTEE',
  PARTY_MEMBERS_ASSEMBLY: 'PARTY_MEMBERS_ASSEMBLY',
  RESIDENTS_MEETING: 'RESIDENTS_MEETING',
} as const;
export type DutyReportAudience = (typeof DutyReportAudience)[keyof typeof DutyReportAudience];
export const dutyReportAudienceLabels: Labels<DutyReportAudience> = {
  SUBDISTRICT_COMMITTEE: { zh: '办事处党委', en: 'Subdistrict Party committee' },
  PARTY_MEMBERS_ASSEMBLY: { zh: '党员大会', en: "Party members' assembly" },
  RESIDENTS_MEETING: { zh: '村(居)民代表会议', en: "Villagers' (residents') representatives' meeting" },
};

/** TGT-3 the half years: H1 from 1 January to 30 June, H2 from 1 July to 31 December */
export type Half = 1 | 2;
export const halfLabels: Readonly<Record<Half, { zh: string; en: string }>> = {
  1: { zh: '上半年', en: 'first half (H1)' },
  2: { zh: '下半年', en: 'second half (H2)' },
};

export function isHalf(value: unknown): value is Half {
  return value === 1 || value === 2;
}

/** TGT-3 the first and last day of a half year */
export function halfBounds(year: number, half: Half): { start: IsoDate; end: IsoDate } {
  return half === 1 ? { start: `${year}-01-01`, end: `${year}-06-30` } : { start: `${year}-07-01`, end: `${year}-12-31` };
}

/** TGT-3 the day from which a missing report of the half is flagged: the day after the half ends (H1: 1 July; H2: 1 January of the next year) */
export function missingFlaggedFrom(year: number, half: Half): IsoDate {
  return half === 1 ? `${year}-07-01` : `${year + 1}-01-01`;
}

/** TGT-3 whether a report of the half that does not exist is missing on `asOf` (on the half's last day it is not yet) */
export function isReportDue(year: number, half: Half, asOf: IsoDate): boolean {
  return asOf >= missingFlaggedFrom(year, half);
}

/** TGT-3 the latest half year that has ended on `asOf` (on 30 June: H2 of the year before; from 1 July: H1 of the year) */
export function lastEndedHalf(asOf: IsoDate): { year: number; half: Half } {
  const year = Number(asOf.slice(0, 4));
  return asOf.slice(5) >= '07-01' ? { year, half: 1 } : { year: year - 1, half: 2 };
}

/** "2026年上半年" */
export function halfName(year: number, half: Half, lang: 'zh' | 'en' = 'zh'): string {
  return lang === 'zh' ? `${year}年${halfLabels[half].zh}` : `${year} ${half === 1 ? 'H1' : 'H2'}`;
}

/** SEL-2 an appointment as the rule sees it: held from `startDate` until `endDate` (the day the post is left; open while null) */
export interface HeldPost {
  cadreId: string;
  unitId: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

/** TGT-3 a cadre reports on a half when it held a post of the team on at least one day of it */
export function heldDuringHalf(a: HeldPost, year: number, half: Half): boolean {
  const { start, end } = halfBounds(year, half);
  return a.startDate <= end && (a.endDate == null || a.endDate > start);
}

export interface MissingDutyReport {
  cadreId: string;
  unitId: string;
  year: number;
  half: Half;
  /** the day the report became missing */
  since: IsoDate;
}

/**
 * TGT-3 The reports missing on `asOf` for a half: every team member of the half (holding a post on
 * at least one of its days) without a report of that half, from the day after the half ends;
 * nothing before. One line per cadre, by cadre id.
 */
export function missingDutyReports(appointments: readonly HeldPost[], reports: readonly { cadreId: string; year: number; half: Half }[], year: number, half: Half, asOf: IsoDate): MissingDutyReport[] {
  if (!isReportDue(year, half, asOf)) return [];
  const reported = new Set(reports.filter((r) => r.year === year && r.half === half).map((r) => r.cadreId));
  const byCadre = new Map<string, MissingDutyReport>();
  for (const a of appointments) {
    if (!heldDuringHalf(a, year, half) || reported.has(a.cadreId) || byCadre.has(a.cadreId)) continue;
    byCadre.set(a.cadreId, { cadreId: a.cadreId, unitId: a.unitId, year, half, since: missingFlaggedFrom(year, half) });
  }
  return [...byCadre.values()].sort((x, y) => (x.cadreId < y.cadreId ? -1 : x.cadreId > y.cadreId ? 1 : 0));
}

/** TGT-4 the grades of the Party members' and residents' written poll (党员群众测评) */
export const PollGrade = { GOOD: 'GOOD', FAIRLY_GOOD: 'FAIRLY_GOOD', AVERAGE: 'AVERAGE', POOR: 'POOR' } as const;
export type PollGrade = (typeof PollGrade)[keyof typeof PollGrade];
export const pollGradeLabels: Labels<PollGrade> = {
  GOOD: { zh: '好', en: 'Good' },
  FAIRLY_GOOD: { zh: '较好', en: 'Fairly good' },
  AVERAGE: { zh: '一般', en: 'Average' },
  POOR: { zh: '差', en: 'Poor' },
};

/** TGT-4 the written poll: ballots issued and returned, and the count of each grade */
export interface Poll {
  ballotsIssued: number | null;
  ballotsReturned: number | null;
  good: number | null;
  fairlyGood: number | null;
  average: number | null;
  poor: number | null;
}

/** The poll's fields under their argument names (the API's and the console's) */
export const POLL_FIELDS = {
  ballotsIssued: 'pollBallotsIssued',
  ballotsReturned: 'pollBallotsReturned',
  good: 'pollGood',
  fairlyGood: 'pollFairlyGood',
  average: 'pollAverage',
  poor: 'pollPoor',
} as const satisfies Record<keyof Poll, string>;

const COUNT_KEYS = ['good', 'fairlyGood', 'average', 'poor'] as const;
const COUNT_ZH: Record<keyof Poll, string> = { ballotsIssued: '发放票数', ballotsReturned: '收回票数', good: '“好”票数', fairlyGood: '“较好”票数', average: '“一般”票数', poor: '“差”票数' };

/** The highest evaluation score (self-evaluation, higher-level evaluation): a hundred-point scale */
export const EVALUATION_FULL_MARKS = 100;

/** The sum of the grade counts (the valid votes); null when no count is entered */
export function pollVotes(poll: Poll): number | null {
  if (COUNT_KEYS.every((k) => poll[k] == null)) return null;
  return COUNT_KEYS.reduce((sum, k) => sum + (poll[k] ?? 0), 0);
}

/**
 * TGT-4 What is wrong with a poll, per field: counts are whole numbers from 0; ballots returned
 * cannot exceed ballots issued; the grade counts together cannot exceed the ballots returned (a
 * returned ballot may be blank or spoilt, so fewer is allowed); counts need the ballots returned.
 */
export function pollProblems(poll: Poll): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(POLL_FIELDS) as (keyof Poll)[]) {
    const v = poll[key];
    if (v != null && (!Number.isInteger(v) || v < 0 || v > 1_000_000)) problems.push({ field: POLL_FIELDS[key], message: 'a whole number from 0 to 1,000,000', messageZh: `${COUNT_ZH[key]}应为 0 至 1,000,000 之间的整数` });
  }
  if (problems.length) return problems;
  if (poll.ballotsIssued != null && poll.ballotsReturned != null && poll.ballotsReturned > poll.ballotsIssued) {
    problems.push({ field: POLL_FIELDS.ballotsReturned, message: `${poll.ballotsReturned} ballots returned is more than the ${poll.ballotsIssued} issued`, messageZh: `收回票数(${poll.ballotsReturned})不能多于发放票数(${poll.ballotsIssued})` });
  }
  if (poll.ballotsReturned == null && poll.ballotsIssued == null && pollVotes(poll) != null) {
    problems.push({ field: POLL_FIELDS.ballotsReturned, message: 'give the ballots issued and returned with the counts', messageZh: '填写测评票数时须同时填写发放票数和收回票数' });
  } else if (poll.ballotsReturned == null && pollVotes(poll) != null) {
    problems.push({ field: POLL_FIELDS.ballotsReturned, message: 'give the ballots returned with the counts', messageZh: '填写测评票数时须同时填写收回票数' });
  }
  const votes = pollVotes(poll);
  if (votes != null && poll.ballotsReturned != null && votes > poll.ballotsReturned) {
    const message = `the counts of 好 / 较好 / 一般 / 差 add up to ${votes}, more than the ${poll.ballotsReturned} ballots returned`;
    const messageZh = `“好”“较好”“一般”“差”票数合计 ${votes} 张，不能多于收回票数 ${poll.ballotsReturned} 张`;
    for (const k of COUNT_KEYS) problems.push({ field: POLL_FIELDS[k], message, messageZh });
  }
  return problems;
}

/** TGT-4 Throws a ValidationError (BAD_USER_INPUT naming the fields) when the poll is not consistent. */
export function checkPoll(poll: Poll): void {
  const problems = pollProblems(poll);
  if (!problems.length) return;
  // the same sentence on several fields is said once
  const zh = [...new Set(problems.map((p) => p.messageZh))].join('；');
  throw new ValidationError(problems, zh);
}

/** TGT-4 the points a vote of each grade counts for (policy parameters, 0..100) */
function gradePoints(policy: PolicyValues): Record<(typeof COUNT_KEYS)[number], number> {
  return { good: policy.dutyPollPointsGood, fairlyGood: policy.dutyPollPointsFairlyGood, average: policy.dutyPollPointsAverage, poor: policy.dutyPollPointsPoor };
}

/** Rounds to two decimals (half up; a margin absorbs binary noise such as 84.99999999). */
export function round2(value: number): number {
  return Math.round((value + (value >= 0 ? 1e-9 : -1e-9)) * 100) / 100;
}

/** TGT-4 the poll's score on a hundred-point scale: the mean of the votes' points; null without votes */
export function pollScore(poll: Poll, policy: PolicyValues): number | null {
  const votes = pollVotes(poll);
  if (!votes) return null;
  const points = gradePoints(policy);
  return round2(COUNT_KEYS.reduce((sum, k) => sum + (poll[k] ?? 0) * points[k], 0) / votes);
}

/** TGT-4 the share of 差 among the votes (0..1); null without votes */
export function poorShare(poll: Poll): number | null {
  const votes = pollVotes(poll);
  if (!votes) return null;
  return (poll.poor ?? 0) / votes;
}

/**
 * MGT-4 / TGT-4 a poll with a share of 差 above the year's threshold is a warning sign; exactly at
 * the threshold is not. Compared as whole numbers (poor × 1e6 > threshold × 1e6 × votes) so that a
 * share equal to the threshold is never above it by binary noise.
 */
export function isPoorPoll(poll: Poll, policy: PolicyValues): boolean {
  const votes = pollVotes(poll);
  if (!votes) return false;
  return (poll.poor ?? 0) * 1_000_000 > Math.round(policy.dutyPollPoorShareThreshold * 1_000_000) * votes;
}

export interface TripleEvaluation {
  selfEvaluationScore: number | null;
  poll: Poll;
  higherEvaluationScore: number | null;
}

/**
 * TGT-4 三评 combined: self-evaluation × its weight + poll score × its weight + higher-level
 * evaluation × its weight (the year's policy parameters, which sum to 1), rounded to two decimals;
 * null until all three are in.
 */
export function combinedScore(e: TripleEvaluation, policy: PolicyValues): number | null {
  const poll = pollScore(e.poll, policy);
  if (e.selfEvaluationScore == null || e.higherEvaluationScore == null || poll == null) return null;
  return round2(e.selfEvaluationScore * policy.dutyWeightSelf + poll * policy.dutyWeightPoll + e.higherEvaluationScore * policy.dutyWeightHigher);
}

/** TGT-4 an evaluation score is within 0..100 */
export function evaluationScoreProblem(field: string, value: number | null, zhName: string): FieldProblem | null {
  if (value == null) return null;
  if (!Number.isFinite(value) || value < 0 || value > EVALUATION_FULL_MARKS) return { field, message: `a score from 0 to ${EVALUATION_FULL_MARKS}`, messageZh: `${zhName}应在 0 至 ${EVALUATION_FULL_MARKS} 分之间` };
  return null;
}
