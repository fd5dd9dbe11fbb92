/**
 * Input limits: one declaration per field, used by the API (its one input check per operation,
 * and the database columns' lengths), and by the console's inputs. A text's limit is its maximum
 * length in characters and whether it may span lines; a number's is its range; a date's is how
 * far ahead of today it may lie.
 */
import { formatIsoDate, parseIsoDate, type IsoDate } from './date';

export interface TextLimit {
  /** at most this many characters (UTF-16 code units, never more characters than the column holds) */
  max: number;
  /** line breaks and tabs are allowed (notes, reasons, minutes); otherwise one line */
  multiline: boolean;
}

const line = (max: number): TextLimit => ({ max, multiline: false });
const text = (max: number): TextLimit => ({ max, multiline: true });

/**
 * Text fields per GraphQL type (= entity) and field. Entities take their column lengths from
 * here (`@Property({ length: TEXT_LIMITS.Cadre.name.max })`); the console takes `maxLength` from here.
 */
export const TEXT_LIMITS = {
  Unit: { name: line(100), code: line(32) },
  Post: { title: line(32), name: line(100) },
  Cadre: {
    name: line(50), ethnicity: line(20), phone: line(20), idNumber: line(18), note: text(1000),
    // the appointment form (干部任免审批表)
    nativePlace: line(50), birthplace: line(50), partyEntryDate: line(7), workStartDate: line(7), healthStatus: line(20),
    technicalTitle: line(50), specialty: line(100), fullTimeEducation: line(20), fullTimeDegree: line(20), fullTimeSchool: line(100),
    inServiceEducation: line(20), inServiceDegree: line(20), inServiceSchool: line(100), rewardsAndPunishments: text(1000),
  },
  Appointment: { note: text(1000) },
  User: { username: line(32), password: line(128), displayName: line(50) },
  ReserveCandidate: { note: text(1000), committeeMinutes: text(2000) },
  ReserveStepRecord: { note: text(2000) },
  ReserveAssignment: { title: line(200), outcome: text(1000) },
  SuccessionProposal: { note: text(1000) },
  ExitRecord: { reason: text(1000), basis: text(1000), approvedBy: line(100), decisionNumber: line(100) },
  SecretarySelection: { dispatchedFrom: line(200), noLocalCandidateReason: text(1000), note: text(1000) },
  TrainingSession: { title: line(200), place: line(200), organiser: line(100), outcome: text(2000) },
  TrainingParticipation: { note: text(1000) },
  AssessmentYear: { lastReopenReason: text(1000) },
  AssessmentIndicator: { name: line(200), description: text(2000) },
  AssessmentScore: { note: text(1000) },
  Consequence: { reason: text(1000) },
  PayRecord: { note: text(500) },
  DutyLogEntry: { content: text(2000), category: line(50) },
  DutyLogCheck: { month: line(7), remarks: text(1000) },
  CareEvent: { ledByName: line(50), note: text(1000) },
  Honour: { description: text(500) },
  PolicyValue: { key: line(64) },
  CadreResumeLine: { fromMonth: line(7), toMonth: line(7), content: line(200) },
  CadreFamilyMember: { relation: line(20), name: line(50), birthMonth: line(7), politicalStatus: line(20), workUnitAndPost: line(200) },
  DisciplineCase: { facts: text(4000), decision: text(4000), decisionNumber: line(100), rectificationRequirement: text(2000), rectificationAnswer: text(4000), acceptanceNote: text(1000), returnReason: text(1000), closingNote: text(1000) },
  InspectionRound: { month: line(7), inspectors: line(200), scope: text(1000), note: text(1000) },
  InspectionFinding: { facts: text(2000), requiredRectification: text(1000) },
  InspectionNotice: { body: text(10000), reissueReason: text(1000) },
  RectificationReport: { content: text(2000) },
  DutyTemplate: { duties: text(4000) },
  PostDuty: { duties: text(4000) },
  TermTarget: { content: text(2000), note: text(1000) },
  AnnualPlan: { consultation: text(1000), returnComment: text(1000), commitmentNote: text(500), judgementNote: text(1000) },
  PlanItem: { title: line(200), detail: text(2000), beneficiaries: line(200), judgementNote: text(500) },
  PlanProgressUpdate: { note: text(1000) },
  DutyReport: { summary: text(4000) },
} as const satisfies Record<string, Record<string, TextLimit>>;

/**
 * Arguments of operations that do not simply set the field of the same name on the type they
 * return (e.g. `committeeReviewReserve(minutes)` sets the candidate's `committeeMinutes`).
 */
export const ARGUMENT_TEXT_LIMITS: Record<string, Record<string, TextLimit>> = {
  login: { username: TEXT_LIMITS.User.username, password: TEXT_LIMITS.User.password },
  clearLoginThrottle: { username: TEXT_LIMITS.User.username },
  proposeReserve: { note: TEXT_LIMITS.ReserveStepRecord.note },
  committeeReviewReserve: { minutes: TEXT_LIMITS.ReserveCandidate.committeeMinutes },
  subdistrictReviewReserve: { note: TEXT_LIMITS.ReserveStepRecord.note },
  declineSuccession: { reason: TEXT_LIMITS.SuccessionProposal.note },
  setPolicyParameter: { key: TEXT_LIMITS.PolicyValue.key },
  reopenAssessmentYear: { reason: TEXT_LIMITS.AssessmentYear.lastReopenReason },
  confirmConsequence: { decisionNumber: TEXT_LIMITS.ExitRecord.decisionNumber },
  dismissConsequence: { reason: TEXT_LIMITS.Consequence.reason },
  answerDisciplineRectification: { answer: TEXT_LIMITS.DisciplineCase.rectificationAnswer },
  acceptDisciplineRectification: { note: TEXT_LIMITS.DisciplineCase.acceptanceNote },
  returnDisciplineRectification: { reason: TEXT_LIMITS.DisciplineCase.returnReason },
  closeDisciplineCase: { note: TEXT_LIMITS.DisciplineCase.closingNote },
  submitRectification: { measures: TEXT_LIMITS.RectificationReport.content },
  acceptRectification: { note: TEXT_LIMITS.RectificationReport.content },
  returnRectification: { reason: TEXT_LIMITS.RectificationReport.content },
  reissueInspectionNotice: { reason: TEXT_LIMITS.InspectionNotice.reissueReason },
  returnAnnualPlan: { comment: TEXT_LIMITS.AnnualPlan.returnComment },
  commitAnnualPlan: { note: TEXT_LIMITS.AnnualPlan.commitmentNote },
  recordPlanProgress: { note: TEXT_LIMITS.PlanProgressUpdate.note },
  judgeAnnualPlan: { note: TEXT_LIMITS.AnnualPlan.judgementNote },
  userNames: { usernames: TEXT_LIMITS.User.username },
  recordDutyLogChecks: { month: TEXT_LIMITS.DutyLogCheck.month, remarks: TEXT_LIMITS.DutyLogCheck.remarks },
};

/** Fields of input objects (by input type name) that carry text. */
export const INPUT_TEXT_LIMITS: Record<string, Record<string, TextLimit>> = {
  ScoreInput: { note: TEXT_LIMITS.AssessmentScore.note },
  PlanItemJudgementInput: { note: TEXT_LIMITS.PlanItem.judgementNote },
  PolicyParameterInput: { key: TEXT_LIMITS.PolicyValue.key },
};

/** The `q` search of every list filter. */
export const SEARCH_LIMIT: TextLimit = line(100);
/** An id (`ID`): a UUID, or a code-like key. */
export const ID_LIMIT: TextLimit = line(64);
/** Any other text (query arguments, filter values): one line of this length. */
export const DEFAULT_TEXT_LIMIT: TextLimit = line(200);

/** Why a text is refused, or null: control characters (except line breaks and tabs in multi-line text), lone surrogates, length. */
export function textProblem(value: string, limit: TextLimit): { en: string; zh: string } | null {
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) {
      if (limit.multiline && (c === 0x0a || c === 0x09)) continue;
      return c === 0x0a || c === 0x09
        ? { en: 'must be a single line (no line breaks or tabs)', zh: '只能填写一行文字(不能含换行或制表符)' }
        : { en: 'contains a control character', zh: '含有不可见的控制字符' };
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 1;
        continue;
      }
      return { en: 'contains an invalid character (a lone surrogate)', zh: '含有无效字符' };
    }
    if (c >= 0xdc00 && c <= 0xdfff) return { en: 'contains an invalid character (a lone surrogate)', zh: '含有无效字符' };
  }
  if (value.length > limit.max) return { en: `at most ${limit.max} characters`, zh: `不能超过 ${limit.max} 个字` };
  return null;
}

export interface NumberLimit {
  min: number;
  max: number;
  /** a whole number */
  integer?: boolean;
}

/**
 * Numbers by argument (or input / filter field) name: the same name means the same quantity
 * everywhere (`points` of a score, `hours` of training). A filter's `year_gte` takes `year`'s range.
 * null: checked by its own rule only (a list's `page` and `perPage`, with its sort, all at once).
 */
export const NUMBER_LIMITS: Record<string, NumberLimit | null> = {
  page: null,
  perPage: null,
  /** ASM-1 the thousand-point assessment: an indicator's maximum and a score */
  points: { min: 0, max: 1000 },
  maxPoints: { min: 0, max: 1000 },
  /** PAY-1 yuan per year */
  amount: { min: 0, max: 10_000_000 },
  /** TRN-1 hours of a session or credited to a participant */
  hours: { min: 0, max: 2000 },
  /** MGT-3 recall votes and RES-3 recommendation votes */
  votesFor: { min: 0, max: 1_000_000, integer: true },
  votesCast: { min: 0, max: 1_000_000, integer: true },
  registeredVoters: { min: 0, max: 1_000_000, integer: true },
  present: { min: 0, max: 1_000_000, integer: true },
  eligible: { min: 0, max: 1_000_000, integer: true },
  year: { min: 1900, max: 2100, integer: true },
  /** the order of a line on the appointment form (resume lines, family members) */
  position: { min: 1, max: 999, integer: true },
  fromYear: { min: 1900, max: 2100, integer: true },
  toYear: { min: 1900, max: 2100, integer: true },
  sortOrder: { min: 0, max: 100_000, integer: true },
  version: { min: 0, max: 2_147_483_647, integer: true },
  /** INS-3 points an inspection finding proposes to deduct */
  proposedDeduction: { min: 0, max: 1000 },
  /** TGT-2 progress of a plan item, in percent (both ends included) */
  percent: { min: 0, max: 100, integer: true },
  /** TGT-1 a practical matter's budget, yuan */
  budget: { min: 0, max: 100_000_000 },
  /** TGT-1 a term's first and last year */
  startYear: { min: 1900, max: 2100, integer: true },
  endYear: { min: 1900, max: 2100, integer: true },
  /** TGT-3 a half year: 1 (H1) or 2 (H2) */
  half: { min: 1, max: 2, integer: true },
  /** TGT-4 三评 scores on a hundred-point scale, and the written poll's ballots and counts */
  selfEvaluationScore: { min: 0, max: 100 },
  higherEvaluationScore: { min: 0, max: 100 },
  pollBallotsIssued: { min: 0, max: 1_000_000, integer: true },
  pollBallotsReturned: { min: 0, max: 1_000_000, integer: true },
  pollGood: { min: 0, max: 1_000_000, integer: true },
  pollFairlyGood: { min: 0, max: 1_000_000, integer: true },
  pollAverage: { min: 0, max: 1_000_000, integer: true },
  pollPoor: { min: 0, max: 1_000_000, integer: true },
};

/** Any other number: finite, not negative, and no larger than this. */
export const DEFAULT_NUMBER_LIMIT: NumberLimit = { min: 0, max: 1_000_000_000 };

/** Why a number is refused, or null. */
export function numberProblem(value: number, limit: NumberLimit): { en: string; zh: string } | null {
  if (!Number.isFinite(value)) return { en: 'must be a finite number', zh: '须为有效数字' };
  if (limit.integer && !Number.isInteger(value)) return { en: 'must be a whole number', zh: '须为整数' };
  if (value < limit.min || value > limit.max) return { en: `must be between ${limit.min} and ${limit.max}`, zh: `应在 ${limit.min} 至 ${limit.max} 之间` };
  return null;
}

/** Every date: from 1 January 1900 to 31 December 2100 (the Date scalar refuses anything else). */
export const EARLIEST_DATE: IsoDate = '1900-01-01';
export const LATEST_DATE: IsoDate = '2100-12-31';

/**
 * How many days after today a date given to a change may lie, by argument name. A birth date is
 * checked by its rule (SEL-1: not in the future); records of what happened (a care visit, a log
 * entry, a step of the reserve procedure, an exit's submission and approval) by theirs, within a
 * month at most; an appointment or session starts within a year; an exit takes effect within a
 * year; an end date lies within a term (five years) and a year.
 */
export const DATE_HORIZON_DAYS: Record<string, number | null> = {
  birthDate: null,
  startDate: 366,
  endDate: 6 * 366,
  effectiveDate: 366,
  date: 31,
  submittedOn: 31,
  approvedOn: 31,
  pairedOn: 31,
  releasedOn: 31,
  /** TGT-3 the days a duty report was given to each audience */
  subdistrictCommitteeDate: 31,
  partyMembersAssemblyDate: 31,
  residentsMeetingDate: 31,
};

/** Any other date given to a change: within a year from today. */
export const DEFAULT_DATE_HORIZON_DAYS = 366;

/** A date some days later. */
function addDays(date: IsoDate, days: number): IsoDate {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`not an ISO date: ${date}`);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** Why a date given to a change is refused, or null. */
export function dateProblem(value: IsoDate, horizonDays: number | null, today: IsoDate): { en: string; zh: string } | null {
  if (value < EARLIEST_DATE || value > LATEST_DATE) return { en: `must lie between ${EARLIEST_DATE} and ${LATEST_DATE}`, zh: `日期应在 ${EARLIEST_DATE} 至 ${LATEST_DATE} 之间` };
  if (horizonDays === null) return null;
  const latest = addDays(today, horizonDays);
  if (value > latest) return { en: `lies too far ahead (at most ${horizonDays} days after today, ${latest})`, zh: `日期过远(最晚为今天之后 ${horizonDays} 天，即 ${latest})` };
  return null;
}
