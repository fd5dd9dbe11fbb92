import { ConflictError, Problems } from '../shared/errors';

/**
 * ASM-1 The thousand-point assessment (千分制考核): the maximum points of a year's indicator
 * catalogue sum to exactly this, and a unit's total lies between 0 and this. It is the name of
 * the system, not a policy parameter.
 */
export const ASSESSMENT_FULL_MARKS = 1000;

/**
 * ASM-1 Scores may have decimals (e.g. 0.5-point deductions), so sums of scores carry binary
 * floating-point noise (0.1 + 0.2 = 0.30000000000000004). Two scores closer than this are the
 * same score; a bound is met when it is missed by less than this.
 */
export const SCORE_EPSILON = 1e-9;

/** ASM-1 One line of a year's indicator catalogue (考核指标) with the most points it can earn. */
export interface Indicator {
  id: string;
  name: string;
  maxPoints: number;
}

/**
 * ASM-1 Checks a catalogue being edited (a draft may be incomplete): every indicator needs a name
 * (unique within the catalogue, compared after trimming) and maximum points that are a finite
 * number above 0. Problems are reported on `indicators[i].name` / `indicators[i].maxPoints`;
 * a duplicate is reported on the second and later occurrences.
 */
export function checkCatalogue(indicators: readonly Indicator[], problems = new Problems()): Problems {
  const seen = new Set<string>();
  indicators.forEach((indicator, i) => {
    const name = indicator.name?.trim() ?? '';
    if (name.length === 0) problems.add(`indicators[${i}].name`, 'a name is required', `第${i + 1}项指标的名称不能为空`);
    else if (seen.has(name)) problems.add(`indicators[${i}].name`, `duplicate indicator name "${name}"`, `指标名称“${name}”重复`);
    else seen.add(name);
    const max = indicator.maxPoints;
    problems.check(typeof max === 'number' && Number.isFinite(max) && max > 0, `indicators[${i}].maxPoints`, 'maximum points must be a number above 0', `第${i + 1}项指标的满分须为大于 0 的数`);
  });
  return problems;
}

/** ASM-1 The sum of the catalogue's maximum points (to be exactly 1000 before publishing). */
export function catalogueTotal(indicators: readonly Indicator[]): number {
  return indicators.reduce((sum, indicator) => sum + indicator.maxPoints, 0);
}

/**
 * ASM-1 A catalogue can be published (used to score units) only when it is valid (checkCatalogue:
 * ValidationError otherwise) and its maximum points sum to exactly 1000, within SCORE_EPSILON to
 * absorb floating-point noise (ConflictError otherwise: 999.5 or 1000.5 is refused).
 */
export function assertPublishable(indicators: readonly Indicator[]): void {
  checkCatalogue(indicators).throwIfAny();
  const total = catalogueTotal(indicators);
  if (Math.abs(total - ASSESSMENT_FULL_MARKS) > SCORE_EPSILON) {
    throw new ConflictError(
      `The indicators' maximum points sum to ${Number(total.toPrecision(12))}, not ${ASSESSMENT_FULL_MARKS}; the catalogue cannot be published.`,
      `各项指标满分合计为 ${Number(total.toPrecision(12))} 分，不等于 ${ASSESSMENT_FULL_MARKS} 分，考核指标体系不能发布`,
    );
  }
}

/**
 * ASM-1 A unit's score on one indicator (after deductions and bonuses) lies between 0 and the
 * indicator's maximum points, both included. The problem is reported on `field` ('points').
 * Call `.throwIfAny()` on the result to get a ValidationError.
 */
export function checkScore(points: number, indicator: Pick<Indicator, 'maxPoints'>, problems = new Problems(), field = 'points'): Problems {
  if (typeof points !== 'number' || !Number.isFinite(points)) problems.add(field, 'a number is required', '得分须为数字');
  else if (points < 0) problems.add(field, 'must not be below 0', '得分不能低于 0 分');
  else if (points > indicator.maxPoints) problems.add(field, `must not exceed the indicator's maximum of ${indicator.maxPoints} points`, `得分不能超过该指标的满分 ${indicator.maxPoints} 分`);
  return problems;
}

/**
 * ASM-1 A unit's total for a year lies between 0 and 1000, both included (within SCORE_EPSILON,
 * since a total is a sum of decimal scores). Reported on `field` ('total'); call `.throwIfAny()`.
 */
export function checkUnitTotal(total: number, problems = new Problems(), field = 'total'): Problems {
  if (typeof total !== 'number' || !Number.isFinite(total)) problems.add(field, 'a number is required', '总分须为数字');
  else problems.check(total >= -SCORE_EPSILON && total <= ASSESSMENT_FULL_MARKS + SCORE_EPSILON, field, `must lie between 0 and ${ASSESSMENT_FULL_MARKS}`, `总分应在 0 至 ${ASSESSMENT_FULL_MARKS} 分之间`);
  return problems;
}
