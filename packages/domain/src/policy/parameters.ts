import type { FieldProblem } from '../shared/errors';

/**
 * Policy parameters: numbers the source leaves open ("XX元") or calls a minimum. They are stored per
 * subdistrict and year and edited by subdistrict admins; these are the defaults. A rule takes the
 * parameters as an argument and never hard-codes one of these numbers.
 */
export interface PolicyParameter {
  key: string;
  default: number | boolean;
  unit: 'yuan' | 'ratio' | 'years' | 'points' | 'count' | 'flag';
  /** the values the rule accepts (inclusive); counts, years and flags are whole numbers */
  min: number;
  max: number;
  rules: string[];
  label: { zh: string; en: string };
}

export const policyParameters = [
  { key: 'mainLeaderIncludesDirector', default: false, unit: 'flag', min: 0, max: 1, rules: ['ORG-4', 'MGT-2', 'PAY-4'], label: { zh: '主要负责人含村(居)委会主任', en: 'Main leader includes the committee director' } },
  { key: 'reserveYoungAge', default: 45, unit: 'years', min: 18, max: 70, rules: ['RES-4'], label: { zh: '年轻干部年龄上限(含)', en: 'Young cadre age limit (inclusive)' } },
  { key: 'reserveYoungCount', default: 2, unit: 'count', min: 0, max: 20, rules: ['RES-4'], label: { zh: '年轻干部最少人数', en: 'Minimum young cadres' } },
  { key: 'reserveYoungerAge', default: 35, unit: 'years', min: 18, max: 70, rules: ['RES-4'], label: { zh: '更年轻干部年龄上限(含)', en: 'Younger cadre age limit (inclusive)' } },
  { key: 'reserveYoungerCount', default: 1, unit: 'count', min: 0, max: 20, rules: ['RES-4'], label: { zh: '更年轻干部最少人数', en: 'Minimum younger cadres' } },
  { key: 'reserveFemaleCount', default: 1, unit: 'count', min: 0, max: 20, rules: ['RES-4'], label: { zh: '女后备干部最少人数', en: 'Minimum female reserves' } },
  { key: 'lastPlaceThreshold', default: 800, unit: 'points', min: 0, max: 1_000, rules: ['MGT-2'], label: { zh: '末位处理分数线(含)', en: 'Last-place score threshold (inclusive)' } },
  { key: 'removalStreakYears', default: 3, unit: 'years', min: 1, max: 10, rules: ['MGT-2'], label: { zh: '连续末位免职年数', en: 'Consecutive last-place years for removal' } },
  { key: 'secretaryPayMultiplier', default: 1.5, unit: 'ratio', min: 0, max: 10, rules: ['PAY-1'], label: { zh: '书记报酬/上年农村人均收入倍数', en: 'Secretary pay / rural per-capita income' } },
  { key: 'postAllowanceMonthly', default: 200, unit: 'yuan', min: 0, max: 100_000, rules: ['PAY-2'], label: { zh: '书记岗位补贴(元/月)', en: 'Secretary post allowance (yuan/month)' } },
  { key: 'targetAwardMinimum', default: 5000, unit: 'yuan', min: 0, max: 1_000_000, rules: ['PAY-4'], label: { zh: '目标考核奖最低金额(元)', en: 'Target award minimum (yuan)' } },
  { key: 'targetAwardTopVillages', default: 3, unit: 'count', min: 0, max: 100, rules: ['PAY-4'], label: { zh: '目标考核奖村名额', en: 'Target award: top villages' } },
  { key: 'targetAwardTopCommunities', default: 2, unit: 'count', min: 0, max: 100, rules: ['PAY-4'], label: { zh: '目标考核奖社区名额', en: 'Target award: top communities' } },
  { key: 'homeVisitsPerYear', default: 1, unit: 'count', min: 0, max: 52, rules: ['PAY-5'], label: { zh: '每年走访次数', en: 'Home visits per year' } },
  { key: 'examIntervalYears', default: 2, unit: 'years', min: 1, max: 10, rules: ['PAY-5'], label: { zh: '体检间隔(年)', en: 'Physical exam interval (years)' } },
  { key: 'payRatioDeputy', default: 0.8, unit: 'ratio', min: 0, max: 1, rules: ['PAY-1'], label: { zh: '副书记/主任/副主任报酬占书记比例', en: 'Deputy secretary / director / deputy director pay ratio to secretary' } },
  { key: 'payRatioMember', default: 0.7, unit: 'ratio', min: 0, max: 1, rules: ['PAY-1'], label: { zh: '其他成员报酬占书记比例', en: 'Other team members pay ratio to secretary' } },
  { key: 'realisationAwardAtFull', default: 3000, unit: 'yuan', min: 0, max: 1_000_000, rules: ['PAY-3'], label: { zh: '考核兑现奖满分(1000分)金额(元)', en: 'Realisation award at 1000 points (yuan)' } },
  { key: 'realisationAwardMinScore', default: 0, unit: 'points', min: 0, max: 1_000, rules: ['PAY-3'], label: { zh: '考核兑现奖最低分数(含)', en: 'Realisation award minimum score (inclusive)' } },
  { key: 'priorYearRuralIncome', default: 0, unit: 'yuan', min: 0, max: 10_000_000, rules: ['PAY-1'], label: { zh: '上年农村人均收入(元，0=未填)', en: "Previous year's rural per-capita income (yuan, 0 = not set)" } },
  { key: 'dutyWeightSelf', default: 0.3, unit: 'ratio', min: 0, max: 1, rules: ['TGT-4'], label: { zh: '三评权重：基层组织自评', en: 'Triple evaluation weight: self-evaluation' } },
  { key: 'dutyWeightPoll', default: 0.3, unit: 'ratio', min: 0, max: 1, rules: ['TGT-4'], label: { zh: '三评权重：党员群众测评', en: "Triple evaluation weight: members' and residents' poll" } },
  { key: 'dutyWeightHigher', default: 0.4, unit: 'ratio', min: 0, max: 1, rules: ['TGT-4'], label: { zh: '三评权重：上级组织考评', en: 'Triple evaluation weight: higher-level evaluation' } },
  { key: 'dutyPollPointsGood', default: 100, unit: 'points', min: 0, max: 100, rules: ['TGT-4'], label: { zh: '测评“好”每票分值', en: 'Poll points per “good” vote' } },
  { key: 'dutyPollPointsFairlyGood', default: 80, unit: 'points', min: 0, max: 100, rules: ['TGT-4'], label: { zh: '测评“较好”每票分值', en: 'Poll points per “fairly good” vote' } },
  { key: 'dutyPollPointsAverage', default: 60, unit: 'points', min: 0, max: 100, rules: ['TGT-4'], label: { zh: '测评“一般”每票分值', en: 'Poll points per “average” vote' } },
  { key: 'dutyPollPointsPoor', default: 0, unit: 'points', min: 0, max: 100, rules: ['TGT-4'], label: { zh: '测评“差”每票分值', en: 'Poll points per “poor” vote' } },
  { key: 'dutyPollPoorShareThreshold', default: 0.2, unit: 'ratio', min: 0, max: 1, rules: ['TGT-4', 'MGT-4'], label: { zh: '测评“差”票占比预警线(超过即预警)', en: 'Poll “poor” share warning threshold (above it warns)' } },
] as const satisfies readonly PolicyParameter[];

/** PAY-1 a yearly figure, not a rule default: 0 means the year's figure has not been entered. */
export const YEARLY_FIGURES: readonly PolicyKey[] = ['priorYearRuralIncome'];

export type PolicyKey = (typeof policyParameters)[number]['key'];
export type PolicyValues = { [K in (typeof policyParameters)[number] as K['key']]: K['default'] extends boolean ? boolean : number };

export const defaultPolicy: PolicyValues = Object.fromEntries(policyParameters.map((p) => [p.key, p.default])) as PolicyValues;

/** The effective parameters of a year: stored overrides over the defaults. */
export function effectivePolicy(overrides: Partial<PolicyValues> = {}): PolicyValues {
  const given = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined && v !== null));
  return { ...defaultPolicy, ...given } as PolicyValues;
}

/**
 * Why a value is refused for a parameter (a problem on the argument `value`), or null: within the
 * parameter's declared range, a whole number for counts, years and flags (0 or 1). The rules the
 * parameter feeds name it.
 */
export function policyRangeProblem(key: string, value: number): FieldProblem | null {
  const def = (policyParameters as readonly PolicyParameter[]).find((p) => p.key === key);
  if (!def) return null;
  const problem = (message: string, messageZh: string): FieldProblem => ({ field: 'value', message, messageZh });
  if (!Number.isFinite(value)) return problem('must be a finite number', '参数值须为有效数字');
  if (def.unit === 'flag' && value !== 0 && value !== 1) return problem('0 or 1', '参数值须为 0 或 1');
  if ((def.unit === 'count' || def.unit === 'years') && !Number.isInteger(value)) return problem('a whole number', '参数值须为整数');
  if (value < def.min || value > def.max) return problem(`between ${def.min} and ${def.max} (${def.rules.join(', ')})`, `参数值应在 ${def.min} 至 ${def.max} 之间(${def.rules.join('、')})`);
  return null;
}

/** TGT-4 the three weights of the 三评 combined score: they sum to 1 */
export const DUTY_WEIGHT_KEYS = ['dutyWeightSelf', 'dutyWeightPoll', 'dutyWeightHigher'] as const satisfies readonly PolicyKey[];

/**
 * Rules between parameters of one year, checked on the year's values as they would be after a
 * change (a problem on the argument `value`, naming the parameters): TGT-4 the three 三评 weights
 * sum to 1 (within a millionth, for decimal fractions such as 0.1 + 0.2 + 0.7).
 */
export function policyConsistencyProblems(values: PolicyValues): FieldProblem[] {
  const weights = DUTY_WEIGHT_KEYS.map((k) => values[k]);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > 1e-6) {
    const shown = Math.round(sum * 1_000_000) / 1_000_000;
    return [
      {
        field: 'value',
        message: `the three weights of the triple evaluation (${DUTY_WEIGHT_KEYS.join(', ')}) must sum to 1; with this value they sum to ${shown} (TGT-4): set them together`,
        messageZh: `三评的三项权重(基层组织自评、党员群众测评、上级组织考评)之和须为 1，按此取值合计为 ${shown}(TGT-4)，请同时调整三项权重`,
      },
    ];
  }
  return [];
}
