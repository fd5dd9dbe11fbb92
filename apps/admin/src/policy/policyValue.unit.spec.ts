import { describe, expect, it } from 'vitest';
import { isMissingFigure, policyRange, policyValueProblem } from './policyValue';

describe('a policy parameter typed in', () => {
  it('is a number of 0 or more, whole for counts and years, a ratio up to 10, a flag 0 or 1', () => {
    expect(policyValueProblem('18500', 'yuan')).toBeNull();
    expect(policyValueProblem('1.5', 'ratio')).toBeNull();
    expect(policyValueProblem('', 'yuan')).toBe('ra.validation.required');
    expect(policyValueProblem('-1', 'yuan')).toBe('app.policy.problem.number');
    expect(policyValueProblem('abc', 'points')).toBe('app.policy.problem.number');
    expect(policyValueProblem('2.5', 'years')).toBe('app.policy.problem.whole');
    expect(policyValueProblem('3', 'count')).toBeNull();
    expect(policyValueProblem('12', 'ratio')).toBe('app.policy.problem.ratio');
    expect(policyValueProblem('2', 'flag')).toBe('app.policy.problem.flag');
    expect(policyValueProblem('1', 'flag')).toBeNull();
  });

  it('PAY-1 RES-4 MGT-2 is within the range the domain declares for the parameter', () => {
    expect(policyRange('payRatioDeputy')).toEqual({ min: 0, max: 1 });
    expect(policyValueProblem('1', 'ratio', 'payRatioDeputy')).toBeNull();
    expect(policyValueProblem('1.5', 'ratio', 'payRatioDeputy')).toBe('app.policy.problem.range');
    expect(policyValueProblem('200', 'years', 'reserveYoungAge')).toBe('app.policy.problem.range');
    expect(policyValueProblem('1001', 'points', 'lastPlaceThreshold')).toBe('app.policy.problem.range');
    expect(policyValueProblem('1000', 'points', 'lastPlaceThreshold')).toBeNull();
  });

  it('flags a yearly figure not entered (0)', () => {
    expect(isMissingFigure({ yearlyFigure: true, value: 0 })).toBe(true);
    expect(isMissingFigure({ yearlyFigure: true, value: 19600 })).toBe(false);
    expect(isMissingFigure({ yearlyFigure: false, value: 0 })).toBe(false);
  });
});
