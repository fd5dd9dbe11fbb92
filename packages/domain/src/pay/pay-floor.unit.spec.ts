import { describe, expect, it } from 'vitest';
import { PostTitle } from '../org/post';
import { defaultPolicy, effectivePolicy } from '../policy/parameters';
import { ValidationError } from '../shared/errors';
import { enumValues } from '../shared/labels';
import { postTitleLabels } from '../org/post';
import { checkPayRecord, payFloor, payRatio } from './pay-floor';

const policy = defaultPolicy;
const INCOME = 20000; // previous year's rural per-capita income (yuan)

describe('PAY-1 payFloor: secretary >= 1.5 x last year\'s rural per-capita income, others a ratio of it', () => {
  it('PAY-1 the Party secretary\'s floor is 1.5 x the income', () => {
    expect(payFloor(PostTitle.PARTY_SECRETARY, INCOME, policy)).toBe(30000);
  });

  it('PAY-1 deputy secretary, director and deputy director: 0.8 of the secretary\'s floor by default', () => {
    expect(defaultPolicy.payRatioDeputy).toBe(0.8);
    expect(payFloor(PostTitle.DEPUTY_PARTY_SECRETARY, INCOME, policy)).toBe(24000);
    expect(payFloor(PostTitle.DIRECTOR, INCOME, policy)).toBe(24000);
    expect(payFloor(PostTitle.DEPUTY_DIRECTOR, INCOME, policy)).toBe(24000);
  });

  it('PAY-1 every other post: 0.7 of the secretary\'s floor by default', () => {
    expect(defaultPolicy.payRatioMember).toBe(0.7);
    for (const title of [PostTitle.PARTY_COMMITTEE_MEMBER, PostTitle.COMMITTEE_MEMBER, PostTitle.WOMENS_DIRECTOR, PostTitle.ACCOUNTANT]) {
      expect(payFloor(title, INCOME, policy)).toBe(21000);
    }
  });

  it('PAY-1 / ORG-4 with mainLeaderIncludesDirector the director gets the secretary\'s floor; the deputy director does not', () => {
    const withDirector = effectivePolicy({ mainLeaderIncludesDirector: true });
    expect(payFloor(PostTitle.DIRECTOR, INCOME, withDirector)).toBe(30000);
    expect(payFloor(PostTitle.DEPUTY_DIRECTOR, INCOME, withDirector)).toBe(24000);
  });

  it('PAY-1 every post has a ratio between 0 and 1 by default, the secretary 1', () => {
    for (const title of enumValues(postTitleLabels)) {
      const ratio = payRatio(title, policy);
      expect(ratio).toBeGreaterThan(0);
      expect(ratio).toBeLessThanOrEqual(1);
    }
    expect(payRatio(PostTitle.PARTY_SECRETARY, policy)).toBe(1);
  });

  it('PAY-1 multiplier and ratios are policy parameters', () => {
    const custom = effectivePolicy({ secretaryPayMultiplier: 2, payRatioDeputy: 0.9, payRatioMember: 0.6 });
    expect(payFloor(PostTitle.PARTY_SECRETARY, INCOME, custom)).toBe(40000);
    expect(payFloor(PostTitle.DEPUTY_PARTY_SECRETARY, INCOME, custom)).toBe(36000);
    expect(payFloor(PostTitle.ACCOUNTANT, INCOME, custom)).toBe(24000);
  });

  it('PAY-1 the floor is rounded UP to the cent, so paying it always meets "不低于"', () => {
    expect(payFloor(PostTitle.PARTY_SECRETARY, 12345.67, policy)).toBe(18518.51); // 18518.505
    expect(payFloor(PostTitle.PARTY_SECRETARY, 1000.1, policy)).toBe(1500.15); // no floating-point overshoot to 1500.16
  });

  it('PAY-1 a negative, missing or non-numeric income, or an unknown post, is refused with a ValidationError', () => {
    expect(() => payFloor(PostTitle.PARTY_SECRETARY, -1, policy)).toThrow(ValidationError);
    expect(() => payFloor(PostTitle.PARTY_SECRETARY, Number.NaN, policy)).toThrow(ValidationError);
    try {
      payFloor('MAYOR' as PostTitle, -1, policy);
      expect.unreachable('payFloor should throw');
    } catch (error) {
      expect((error as ValidationError).fields).toEqual(['title', 'priorYearRuralIncome']);
    }
  });

  it('PAY-1 an income of 0 gives a floor of 0', () => {
    expect(payFloor(PostTitle.PARTY_SECRETARY, 0, policy)).toBe(0);
  });
});

describe('PAY-1 checkPayRecord: flags pay below the floor', () => {
  it('PAY-1 pay exactly at the floor is not below it', () => {
    expect(checkPayRecord({ amount: 30000, title: PostTitle.PARTY_SECRETARY }, INCOME, policy)).toEqual({ floor: 30000, belowFloor: false, shortfall: 0 });
  });

  it('PAY-1 pay one cent below the floor is below, with a shortfall of 0.01', () => {
    expect(checkPayRecord({ amount: 29999.99, title: PostTitle.PARTY_SECRETARY }, INCOME, policy)).toEqual({ floor: 30000, belowFloor: true, shortfall: 0.01 });
  });

  it('PAY-1 pay above the floor is fine', () => {
    expect(checkPayRecord({ amount: 36000, title: PostTitle.PARTY_SECRETARY }, INCOME, policy)).toEqual({ floor: 30000, belowFloor: false, shortfall: 0 });
  });

  it('PAY-1 a member\'s pay is compared with the member floor, not the secretary\'s', () => {
    expect(checkPayRecord({ amount: 21000, title: PostTitle.COMMITTEE_MEMBER }, INCOME, policy).belowFloor).toBe(false);
    expect(checkPayRecord({ amount: 20000, title: PostTitle.COMMITTEE_MEMBER }, INCOME, policy)).toEqual({ floor: 21000, belowFloor: true, shortfall: 1000 });
  });

  it('PAY-1 the shortfall is exact to the cent despite floating-point arithmetic', () => {
    const check = checkPayRecord({ amount: 18000.1, title: PostTitle.PARTY_SECRETARY }, 12345.67, policy);
    expect(check).toEqual({ floor: 18518.51, belowFloor: true, shortfall: 518.41 });
  });

  it('PAY-1 a negative or non-numeric amount is refused on "amount"', () => {
    try {
      checkPayRecord({ amount: -5, title: PostTitle.PARTY_SECRETARY }, INCOME, policy);
      expect.unreachable('checkPayRecord should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields).toEqual(['amount']);
    }
    expect(() => checkPayRecord({ amount: Number.NaN, title: PostTitle.PARTY_SECRETARY }, INCOME, policy)).toThrow(ValidationError);
  });
});
