import type { Labels } from '../shared/labels';
import { isIsoDate, type IsoDate } from '../shared/date';
import { Problems } from '../shared/errors';

/** MGT-3 Exit mechanisms (退出机制). */
export const ExitKind = {
  RESIGNATION: 'RESIGNATION',
  DISMISSAL: 'DISMISSAL',
  TERMINATION: 'TERMINATION',
  RECALL: 'RECALL',
  REMOVAL: 'REMOVAL',
} as const;
export type ExitKind = (typeof ExitKind)[keyof typeof ExitKind];
export const exitKindLabels: Labels<ExitKind> = {
  RESIGNATION: { zh: '辞职', en: 'Resignation' },
  DISMISSAL: { zh: '辞退', en: 'Dismissal' },
  TERMINATION: { zh: '解聘', en: 'Termination of engagement' },
  RECALL: { zh: '罢免', en: 'Recall' },
  REMOVAL: { zh: '免职', en: 'Removal from post' },
};

export interface ExitFacts {
  kind: ExitKind;
  effectiveDate?: IsoDate | null;
  reason?: string | null;
  /** the regulation or decision the exit rests on (依据) */
  basis?: string | null;
  /** who approved it (审批机关/人) and when */
  approvedBy?: string | null;
  approvedOn?: IsoDate | null;
  /** RESIGNATION: the date the written resignation was handed in */
  submittedOn?: IsoDate | null;
  /** DISMISSAL / TERMINATION / REMOVAL: the decision's document number (文号) */
  decisionNumber?: string | null;
  /** RECALL: the villagers' (residents') assembly vote */
  registeredVoters?: number | null;
  votesCast?: number | null;
  votesFor?: number | null;
  /** REMOVAL: the MGT-2 consequence that caused it, when there is one */
  consequenceId?: string | null;
}

/**
 * MGT-3 What each kind's procedure records besides effective date, reason, basis and approver.
 * `required` must be given; `recorded` is asked for by the console and checked when given.
 */
export const exitRequirements: Record<ExitKind, { required: (keyof ExitFacts)[]; recorded: (keyof ExitFacts)[] }> = {
  RESIGNATION: { required: [], recorded: ['submittedOn'] },
  DISMISSAL: { required: [], recorded: ['decisionNumber'] },
  TERMINATION: { required: [], recorded: ['decisionNumber'] },
  RECALL: { required: ['registeredVoters', 'votesCast', 'votesFor'], recorded: [] },
  REMOVAL: { required: [], recorded: ['decisionNumber', 'consequenceId'] },
};

const text = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
const whole = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * MGT-3 Checks an exit: an effective date, a reason and the approver always (the API records the
 * acting admin when no approver is named); a resignation handed in no later than it takes effect;
 * a recall must carry the assembly's vote and have passed: under the Organic Law of Villagers'
 * Committees (art. 16) more than half of the registered voters voted and more than half of the
 * votes cast were for the recall.
 */
export function checkExit(facts: ExitFacts, problems = new Problems()): Problems {
  problems.check(isIsoDate(facts.effectiveDate), 'effectiveDate', 'an effective date (YYYY-MM-DD) is required', '请填写生效日期(YYYY-MM-DD)');
  problems.check(text(facts.reason), 'reason', 'a reason is required', '请填写退出原因');
  problems.check(text(facts.approvedBy), 'approvedBy', 'the approver is required', '请填写批准机关或批准人');
  if (facts.approvedOn != null) {
    problems.check(isIsoDate(facts.approvedOn), 'approvedOn', 'not a date (YYYY-MM-DD)', '批准日期格式应为 YYYY-MM-DD');
    if (isIsoDate(facts.approvedOn) && isIsoDate(facts.effectiveDate) && facts.approvedOn > facts.effectiveDate) {
      problems.add('approvedOn', 'an exit is approved no later than it takes effect', '批准日期不能晚于生效日期');
    }
  }
  if (facts.submittedOn != null) {
    problems.check(isIsoDate(facts.submittedOn), 'submittedOn', 'not a date (YYYY-MM-DD)', '递交辞职书日期格式应为 YYYY-MM-DD');
    if (isIsoDate(facts.submittedOn) && isIsoDate(facts.effectiveDate) && facts.submittedOn > facts.effectiveDate) {
      problems.add('submittedOn', 'lies after the effective date', '递交辞职书日期不能晚于生效日期');
    }
  }
  if (facts.kind === ExitKind.RECALL) {
    const { registeredVoters: reg, votesCast: cast, votesFor: yes } = facts;
    problems.check(whole(reg) && (reg as number) > 0, 'registeredVoters', 'a recall records the number of registered voters', '罢免须填写登记选民数');
    problems.check(whole(cast), 'votesCast', 'a recall records the number of votes cast', '罢免须填写投票人数');
    problems.check(whole(yes), 'votesFor', 'a recall records the votes for it', '罢免须填写赞成罢免票数');
    if (whole(reg) && whole(cast) && whole(yes)) {
      if ((cast as number) > (reg as number)) problems.add('votesCast', 'more votes cast than registered voters', '投票人数不能多于登记选民数');
      else if ((yes as number) > (cast as number)) problems.add('votesFor', 'more votes for than votes cast', '赞成罢免票数不能多于投票人数');
      else if ((cast as number) * 2 <= (reg as number)) problems.add('votesCast', 'not more than half of the registered voters voted: the recall is not valid', '罢免投票无效：投票人数未超过登记选民数的一半');
      else if ((yes as number) * 2 <= (cast as number)) problems.add('votesFor', 'not more than half of the votes cast were for the recall: it did not pass', '罢免未获通过：赞成票未超过投票人数的一半');
    }
  } else if (facts.registeredVoters != null || facts.votesCast != null || facts.votesFor != null) {
    problems.add('votesFor', 'only a recall records an assembly vote', '只有罢免才需填写投票结果');
  }
  if (facts.consequenceId != null && facts.kind !== ExitKind.REMOVAL) problems.add('consequenceId', 'only a removal follows from an assessment consequence', '只有免职才能关联考核结果运用的处理建议');
  return problems;
}

/** MGT-3 An exit dated in the future is pending until its date; it takes effect on it. */
export function exitIsEffective(effectiveDate: IsoDate, asOf: IsoDate): boolean {
  return effectiveDate <= asOf;
}
