import { describe, expect, it } from 'vitest';
import { defaultPolicy, effectivePolicy, policyParameters, type PolicyValues } from './parameters';

describe('ORG-4, RES-4, MGT-2, PAY-1..5 policy parameters: defaults named in the spec', () => {
  it('RES-4 young cadres: at least 2 aged <= 45, of whom at least 1 aged <= 35, and at least 1 female reserve', () => {
    expect(defaultPolicy.reserveYoungAge).toBe(45);
    expect(defaultPolicy.reserveYoungCount).toBe(2);
    expect(defaultPolicy.reserveYoungerAge).toBe(35);
    expect(defaultPolicy.reserveYoungerCount).toBe(1);
    expect(defaultPolicy.reserveFemaleCount).toBe(1);
  });

  it('MGT-2 last place with a score <= 800; removal after 3 consecutive years', () => {
    expect(defaultPolicy.lastPlaceThreshold).toBe(800);
    expect(defaultPolicy.removalStreakYears).toBe(3);
  });

  it('PAY-1 secretary base pay >= 1.5 x the previous year\'s rural per-capita income', () => {
    expect(defaultPolicy.secretaryPayMultiplier).toBe(1.5);
  });

  it('PAY-2 secretary post allowance 200 yuan per month', () => {
    expect(defaultPolicy.postAllowanceMonthly).toBe(200);
  });

  it('PAY-4 target award for the top 3 villages and top 2 communities, minimum amount is a yearly parameter', () => {
    expect(defaultPolicy.targetAwardTopVillages).toBe(3);
    expect(defaultPolicy.targetAwardTopCommunities).toBe(2);
    expect(typeof defaultPolicy.targetAwardMinimum).toBe('number');
    expect(defaultPolicy.targetAwardMinimum).toBeGreaterThan(0);
  });

  it('PAY-5 a home visit at least once a year and a physical exam every two years', () => {
    expect(defaultPolicy.homeVisitsPerYear).toBe(1);
    expect(defaultPolicy.examIntervalYears).toBe(2);
  });

  it('ORG-4 the main leader is the Party secretary only, unless the parameter adds the director', () => {
    expect(defaultPolicy.mainLeaderIncludesDirector).toBe(false);
  });

  it('ORG-4..PAY-5 every parameter has a unique key, a default of its unit\'s type, cited rule IDs and both labels', () => {
    const keys = policyParameters.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of policyParameters) {
      expect(typeof p.default).toBe(p.unit === 'flag' ? 'boolean' : 'number');
      expect(p.rules.length).toBeGreaterThan(0);
      for (const rule of p.rules) expect(rule).toMatch(/^(ORG|SEL|TGT|PAY|MGT|INS|ASM|RES|TRN|ROLE)-\d+$/);
      expect(p.label.zh.length).toBeGreaterThan(0);
      expect(p.label.en.length).toBeGreaterThan(0);
    }
  });

  it('ORG-4..PAY-5 defaultPolicy holds exactly one value per parameter, equal to its default', () => {
    expect(Object.keys(defaultPolicy).sort()).toEqual(policyParameters.map((p) => p.key).sort());
    for (const p of policyParameters) expect(defaultPolicy[p.key]).toBe(p.default);
  });
});

describe('ORG-4, RES-4, MGT-2, PAY-1..5 policy parameters: effectivePolicy (stored overrides over the defaults)', () => {
  it('RES-4 without overrides the effective policy equals the defaults', () => {
    expect(effectivePolicy()).toEqual(defaultPolicy);
    expect(effectivePolicy({})).toEqual(defaultPolicy);
  });

  it('RES-4 an override replaces only its own key', () => {
    const policy = effectivePolicy({ reserveYoungAge: 40 });
    expect(policy.reserveYoungAge).toBe(40);
    expect(policy.reserveYoungerAge).toBe(35);
    expect(policy.reserveYoungCount).toBe(2);
    expect(policy.lastPlaceThreshold).toBe(800);
  });

  it('PAY-4 / ORG-4 several overrides, including a flag and a yearly amount, apply together', () => {
    const overrides: Partial<PolicyValues> = { mainLeaderIncludesDirector: true, targetAwardMinimum: 8000, secretaryPayMultiplier: 2 };
    const policy = effectivePolicy(overrides);
    expect(policy).toEqual({ ...defaultPolicy, mainLeaderIncludesDirector: true, targetAwardMinimum: 8000, secretaryPayMultiplier: 2 });
  });

  it('MGT-2 an override of 0 or false is kept (not mistaken for "no override")', () => {
    const policy = effectivePolicy({ lastPlaceThreshold: 0, mainLeaderIncludesDirector: false });
    expect(policy.lastPlaceThreshold).toBe(0);
    expect(policy.mainLeaderIncludesDirector).toBe(false);
  });

  it('RES-4 effectivePolicy returns a new object and never changes the defaults', () => {
    const before = { ...defaultPolicy };
    const overrides = { reserveYoungAge: 40 };
    const policy = effectivePolicy(overrides);
    expect(policy).not.toBe(defaultPolicy);
    expect(defaultPolicy).toEqual(before);
    expect(overrides).toEqual({ reserveYoungAge: 40 });
    expect(effectivePolicy()).not.toBe(effectivePolicy());
  });
});
