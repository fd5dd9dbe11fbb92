import { label, type Labels } from '../shared/labels';
import { ConflictError, ForbiddenError, Problems } from '../shared/errors';
import { Role, roleLabels } from '../access/roles';
import type { IsoDate } from '../shared/date';

/** RES-3 三荐: who recommended the candidate. */
export const RecommendationSource = { SELF: 'SELF', COMMITTEE: 'COMMITTEE', DEMOCRATIC: 'DEMOCRATIC' } as const;
export type RecommendationSource = (typeof RecommendationSource)[keyof typeof RecommendationSource];
export const recommendationSourceLabels: Labels<RecommendationSource> = {
  SELF: { zh: '个人自荐', en: 'Self-recommendation' },
  COMMITTEE: { zh: '两委举荐', en: 'Two committees' },
  DEMOCRATIC: { zh: '民主推荐', en: 'Democratic recommendation' },
};

/**
 * RES-3 Where a candidacy stands. IN_POOL only after the subdistrict's review; WITHDRAWN when a
 * pooled reserve leaves the pool (an exit, MGT-3). A rejected candidacy keeps its history.
 */
export const ReserveStatus = {
  RECOMMENDED: 'RECOMMENDED',
  PROPOSED: 'PROPOSED',
  COMMITTEE_APPROVED: 'COMMITTEE_APPROVED',
  IN_POOL: 'IN_POOL',
  REJECTED: 'REJECTED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type ReserveStatus = (typeof ReserveStatus)[keyof typeof ReserveStatus];
export const reserveStatusLabels: Labels<ReserveStatus> = {
  RECOMMENDED: { zh: '已推荐', en: 'Recommended' },
  PROPOSED: { zh: '党组织已提议', en: 'Proposed by the Party organisation' },
  COMMITTEE_APPROVED: { zh: '两委已审议', en: 'Approved by the two committees' },
  IN_POOL: { zh: '已入库', en: 'In the talent pool' },
  REJECTED: { zh: '未通过', en: 'Rejected' },
  WITHDRAWN: { zh: '已出库', en: 'Withdrawn' },
};

/** RES-3 三荐二议一审查: the steps after the recommendation, in their only allowed order. */
export const ReserveStep = {
  PROPOSE: 'PROPOSE',
  COMMITTEE_REVIEW: 'COMMITTEE_REVIEW',
  SUBDISTRICT_REVIEW: 'SUBDISTRICT_REVIEW',
} as const;
export type ReserveStep = (typeof ReserveStep)[keyof typeof ReserveStep];
export const reserveStepLabels: Labels<ReserveStep | 'RECOMMEND' | 'WITHDRAW'> = {
  RECOMMEND: { zh: '推荐(三荐)', en: 'Recommendation' },
  PROPOSE: { zh: '党组织提议', en: 'Party organisation proposal' },
  COMMITTEE_REVIEW: { zh: '两委集体审议', en: 'Two committees’ collective review' },
  SUBDISTRICT_REVIEW: { zh: '办事处党委审查', en: 'Subdistrict Party committee review' },
  WITHDRAW: { zh: '出库', en: 'Withdrawal' },
};

interface StepRule {
  from: ReserveStatus;
  approved: ReserveStatus;
  rejected: ReserveStatus | null;
  roles: readonly Role[];
}

/** RES-3 / ROLE-1 / ROLE-3: 二议 by the unit (or the subdistrict for it), 一审查 by the subdistrict only. */
const STEPS: Record<ReserveStep, StepRule> = {
  PROPOSE: { from: ReserveStatus.RECOMMENDED, approved: ReserveStatus.PROPOSED, rejected: ReserveStatus.REJECTED, roles: [Role.UNIT_USER, Role.SUBDISTRICT_ADMIN] },
  COMMITTEE_REVIEW: { from: ReserveStatus.PROPOSED, approved: ReserveStatus.COMMITTEE_APPROVED, rejected: ReserveStatus.REJECTED, roles: [Role.UNIT_USER, Role.SUBDISTRICT_ADMIN] },
  SUBDISTRICT_REVIEW: { from: ReserveStatus.COMMITTEE_APPROVED, approved: ReserveStatus.IN_POOL, rejected: ReserveStatus.REJECTED, roles: [Role.SUBDISTRICT_ADMIN] },
};

/**
 * RES-3 The state machine of a reserve candidacy: the status after `step` (approved or not) taken
 * by `role` from `current`. A role that may not take the step → ForbiddenError; a step out of order
 * or repeated → ConflictError. Used by the API to decide and by the console to offer the next step.
 */
export function nextReserveStatus(current: ReserveStatus, step: ReserveStep, role: Role, approve = true): ReserveStatus {
  const rule = STEPS[step];
  if (!rule) throw new ConflictError(`Unknown step ${String(step)}.`, `未知的步骤 ${String(step)}`);
  if (!rule.roles.includes(role)) {
    throw new ForbiddenError(`Only ${rule.roles.join(' or ')} may take the step ${step}.`, `只有${rule.roles.map((r) => label(roleLabels, r)).join('或')}才能进行“${label(reserveStepLabels, step)}”`);
  }
  if (current !== rule.from) {
    throw new ConflictError(
      `The step ${step} needs a candidacy in status ${rule.from}; this one is ${current}.`,
      `“${label(reserveStepLabels, step)}”须在“${label(reserveStatusLabels, rule.from)}”状态下进行，该人选当前为“${label(reserveStatusLabels, current)}”`,
    );
  }
  return approve ? rule.approved : (rule.rejected ?? current);
}

/** RES-3 The steps `role` may take next on a candidacy in `current` (none, or exactly one). */
export function allowedReserveSteps(current: ReserveStatus, role: Role): ReserveStep[] {
  return (Object.keys(STEPS) as ReserveStep[]).filter((step) => STEPS[step].from === current && STEPS[step].roles.includes(role));
}

export interface DemocraticVotes {
  eligible: number;
  present: number;
  votesFor: number;
}

/**
 * RES-3 民主推荐 records the vote: eligible voters, present, votes for. Counts are whole numbers
 * with votesFor <= present <= eligible and at least one eligible voter. Other sources carry no vote.
 */
export function checkRecommendation(source: RecommendationSource, votes: Partial<DemocraticVotes> | null | undefined, problems = new Problems()): Problems {
  if (source === RecommendationSource.DEMOCRATIC) {
    const { eligible, present, votesFor } = votes ?? {};
    const whole = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
    problems.check(whole(eligible) && (eligible as number) > 0, 'eligible', 'the number of eligible voters is required (at least 1)', '请填写应到人数(至少 1 人)');
    problems.check(whole(present), 'present', 'the number present is required', '请填写实到人数');
    problems.check(whole(votesFor), 'votesFor', 'the votes for are required', '请填写赞成票数');
    if (whole(eligible) && whole(present) && (present as number) > (eligible as number)) problems.add('present', 'more present than eligible', '实到人数不能多于应到人数');
    if (whole(present) && whole(votesFor) && (votesFor as number) > (present as number)) problems.add('votesFor', 'more votes than voters present', '赞成票数不能多于实到人数');
  } else if (votes && (votes.eligible != null || votes.present != null || votes.votesFor != null)) {
    problems.add('source', 'only a democratic recommendation records votes', '只有民主推荐才需填写投票结果');
  }
  return problems;
}

/** RES-4 A candidacy counts as in the pool on `date` when it entered on or before it and has not left by then. */
export function inPoolOn(candidacy: { inPoolFrom?: IsoDate | null; leftPoolOn?: IsoDate | null }, date: IsoDate): boolean {
  return candidacy.inPoolFrom != null && candidacy.inPoolFrom <= date && (candidacy.leftPoolOn == null || date < candidacy.leftPoolOn);
}
