import { policyParameters } from '@liangwei/domain';

/** The kinds of value a policy parameter holds (`PolicyParameterRow.unit`). */
export type PolicyUnit = 'yuan' | 'ratio' | 'years' | 'points' | 'count' | 'flag';

/**
 * What is wrong with a value typed for a parameter (a message key), as the API checks it: a
 * number of 0 or more; whole for counts and years; a ratio of at most 10; a flag 0 or 1; within
 * the parameter's range declared in the domain (`app.policy.problem.range` takes `policyRange(key)`).
 */
export function policyValueProblem(text: string, unit: string, key?: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'ra.validation.required';
  const value = Number(trimmed);
  if (!Number.isFinite(value) || !/^\d+(\.\d+)?$/.test(trimmed)) return 'app.policy.problem.number';
  if (unit === 'flag' && value !== 0 && value !== 1) return 'app.policy.problem.flag';
  if ((unit === 'count' || unit === 'years') && !Number.isInteger(value)) return 'app.policy.problem.whole';
  if (unit === 'ratio' && value > 10) return 'app.policy.problem.ratio';
  const range = key === undefined ? null : policyRange(key);
  if (range && (value < range.min || value > range.max)) return 'app.policy.problem.range';
  return null;
}

/** PAY-1 a yearly figure still at 0 has not been entered for the year */
export function isMissingFigure(row: { yearlyFigure: boolean; value: number }): boolean {
  return row.yearlyFigure && row.value === 0;
}

/** The range a parameter's rules accept, as declared with it in the domain; null for an unknown key. */
export function policyRange(key: string): { min: number; max: number } | null {
  const def = policyParameters.find((p) => p.key === key);
  return def ? { min: def.min, max: def.max } : null;
}
