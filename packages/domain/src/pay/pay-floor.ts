import { isMainLeaderTitle, PostTitle } from '../org/post';
import { policyParameters, type PolicyValues } from '../policy/parameters';
import { Problems } from '../shared/errors';
import { ceilYuan, roundYuan } from './money';

export type PayFloorPolicy = Pick<PolicyValues, 'secretaryPayMultiplier' | 'payRatioDeputy' | 'payRatioMember' | 'mainLeaderIncludesDirector'>;

const DEPUTY_POSTS: readonly PostTitle[] = [PostTitle.DEPUTY_PARTY_SECRETARY, PostTitle.DIRECTOR, PostTitle.DEPUTY_DIRECTOR];

/**
 * PAY-1 The share of the secretary's pay floor that a post's floor is: 1 for the Party secretary
 * (and for the committee director when `mainLeaderIncludesDirector` makes the director a main
 * leader, ORG-4); `payRatioDeputy` (0.8) for the deputy secretary, the director otherwise and the
 * deputy director; `payRatioMember` (0.7) for every other post.
 */
export function payRatio(title: PostTitle, policy: PayFloorPolicy): number {
  if (isMainLeaderTitle(title, policy.mainLeaderIncludesDirector)) return 1;
  if (DEPUTY_POSTS.includes(title)) return policy.payRatioDeputy;
  return policy.payRatioMember;
}

function checkPayInputs(title: PostTitle, priorYearRuralIncome: number, policy: PayFloorPolicy, problems: Problems): Problems {
  problems.check(Object.values(PostTitle).includes(title), 'title', 'not a known post', '未知的职务');
  problems.check(Number.isFinite(priorYearRuralIncome) && priorYearRuralIncome >= 0, 'priorYearRuralIncome', "the previous year's rural per-capita income must be an amount of at least 0", '上年农村人均收入不能小于 0');
  for (const key of ['secretaryPayMultiplier', 'payRatioDeputy', 'payRatioMember'] as const) {
    problems.check(Number.isFinite(policy[key]) && policy[key] >= 0, key, 'must be a number of at least 0', `${policyParameters.find((p) => p.key === key)?.label.zh ?? key}不能小于 0`);
  }
  return problems;
}

/**
 * PAY-1 The annual base-pay floor (基本报酬下限, yuan per year) of a post: the Party secretary's
 * pay is "不低于" (at least) `secretaryPayMultiplier` (1.5) × the previous year's rural per-capita
 * income (上年农村人平收入); other posts get `payRatio` of the secretary's floor. Rounded UP to the
 * cent, so that paying the floor as shown always meets the rule. Refuses (ValidationError) an
 * unknown title, a negative or missing income, or negative parameters.
 */
export function payFloor(title: PostTitle, priorYearRuralIncome: number, policy: PayFloorPolicy): number {
  checkPayInputs(title, priorYearRuralIncome, policy, new Problems()).throwIfAny();
  return ceilYuan(policy.secretaryPayMultiplier * priorYearRuralIncome * payRatio(title, policy));
}

/** PAY-1 A pay record compared with its floor. */
export interface PayCheck {
  floor: number;
  /** The amount is less than the floor; an amount exactly at the floor is not below it. */
  belowFloor: boolean;
  /** How much is missing to reach the floor (0 when not below). */
  shortfall: number;
}

/**
 * PAY-1 Flags a cadre's annual base pay (`amount`, yuan per year, for the post `title`) that is
 * below the post's floor (payFloor). Pay exactly at the floor is not below ("不低于" = at least).
 * A cadre holding two posts (e.g. secretary and director, 一肩挑) is checked against the post
 * with the higher floor: the caller passes that title. ValidationError on 'amount' when it is not
 * an amount of at least 0.
 */
export function checkPayRecord(record: { amount: number; title: PostTitle }, priorYearRuralIncome: number, policy: PayFloorPolicy): PayCheck {
  const problems = checkPayInputs(record.title, priorYearRuralIncome, policy, new Problems());
  problems.check(typeof record.amount === 'number' && Number.isFinite(record.amount) && record.amount >= 0, 'amount', 'must be an amount of at least 0', '报酬金额不能小于 0');
  problems.throwIfAny();
  const floor = payFloor(record.title, priorYearRuralIncome, policy);
  const shortfall = roundYuan(Math.max(0, floor - record.amount));
  return { floor, belowFloor: shortfall > 0, shortfall };
}
