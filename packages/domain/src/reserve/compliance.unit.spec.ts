import { describe, expect, it } from 'vitest';
import { Gender } from '../cadre/enums';
import { defaultPolicy, type PolicyValues } from '../policy/parameters';
import { describeShortfall, reserveCompliance, type PooledReserve, type Shortfall, type TeamMember } from './compliance';

/** Reference date: 31 Dec of the assessed year (RES-4 default). */
const AS_OF = '2025-12-31';

const member = (cadreId: string, birthDate: string): TeamMember => ({ cadreId, birthDate });
const female = (cadreId: string): PooledReserve => ({ cadreId, gender: Gender.FEMALE });
const male = (cadreId: string): PooledReserve => ({ cadreId, gender: Gender.MALE });

/** 45 on AS_OF (birthday today), 35 on AS_OF (birthday today), well over both limits. */
const exactly45 = member('c45', '1980-12-31');
const exactly35 = member('c35', '1990-12-31');
const old = member('c60', '1965-05-01');

describe('RES-4 reserveCompliance: ages on the reference date ("45岁以下" includes 45)', () => {
  it('RES-4 a cadre exactly 45 on the reference date counts as aged 45 or under', () => {
    const c = reserveCompliance([exactly45], [], AS_OF);
    expect(c.aged45OrUnder).toBe(1);
    expect(c.aged35OrUnder).toBe(0);
  });

  it('RES-4 a cadre turning 46 on the reference date does not count', () => {
    const c = reserveCompliance([member('c46', '1979-12-31')], [], AS_OF);
    expect(c.aged45OrUnder).toBe(0);
  });

  it('RES-4 the day before the 46th birthday the cadre still counts as aged 45 or under', () => {
    const c = reserveCompliance([member('c46', '1980-01-01')], [], AS_OF);
    expect(c.aged45OrUnder).toBe(1);
    expect(reserveCompliance([member('c46', '1980-01-01')], [], '2026-01-01').aged45OrUnder).toBe(0);
  });

  it('RES-4 a cadre exactly 35 on the reference date counts as aged 35 or under (and 45 or under)', () => {
    const c = reserveCompliance([exactly35], [], AS_OF);
    expect(c.aged35OrUnder).toBe(1);
    expect(c.aged45OrUnder).toBe(1);
  });

  it('RES-4 a cadre turning 36 on the reference date does not count as aged 35 or under, but as 45 or under', () => {
    const c = reserveCompliance([member('c36', '1989-12-31')], [], AS_OF);
    expect(c.aged35OrUnder).toBe(0);
    expect(c.aged45OrUnder).toBe(1);
  });

  it('RES-4 the day before the 36th birthday the cadre still counts as aged 35 or under', () => {
    expect(reserveCompliance([member('c36', '1990-01-01')], [], AS_OF).aged35OrUnder).toBe(1);
  });

  it('RES-4 the same cadre listed twice on the team is counted once', () => {
    const c = reserveCompliance([exactly35, exactly35, exactly45], [female('f1')], AS_OF);
    expect(c.aged45OrUnder).toBe(2);
    expect(c.aged35OrUnder).toBe(1);
    expect(c.compliant).toBe(true);
    expect(reserveCompliance([exactly35, exactly35], [female('f1')], AS_OF).aged45OrUnder).toBe(1);
  });
});

describe('RES-4 reserveCompliance: female reserves are pooled women of the unit, on the team or not', () => {
  const young = [exactly45, exactly35];

  it('RES-4 a female cadre on the team who is not a pooled reserve does not count', () => {
    // the team list carries no gender: only the pool counts for the female rule
    const c = reserveCompliance([...young, member('woman-on-team', '1985-03-01')], [], AS_OF);
    expect(c.femaleReserves).toBe(0);
    expect(c.compliant).toBe(false);
    expect(c.shortfalls).toEqual([{ kind: 'FEMALE_RESERVE', required: 1, actual: 0 }]);
  });

  it('RES-4 a female pooled reserve who is not on the team counts', () => {
    const c = reserveCompliance(young, [female('not-on-team')], AS_OF);
    expect(c.femaleReserves).toBe(1);
    expect(c.compliant).toBe(true);
  });

  it('RES-4 a male pooled reserve does not count as a female reserve', () => {
    const c = reserveCompliance(young, [male('m1')], AS_OF);
    expect(c.femaleReserves).toBe(0);
    expect(c.shortfalls).toEqual([{ kind: 'FEMALE_RESERVE', required: 1, actual: 0 }]);
  });

  it('RES-4 the same female reserve listed twice is counted once', () => {
    expect(reserveCompliance(young, [female('f1'), female('f1')], AS_OF).femaleReserves).toBe(1);
    expect(reserveCompliance(young, [female('f1'), female('f2'), male('m1')], AS_OF).femaleReserves).toBe(2);
  });
});

describe('RES-4 reserveCompliance: the 2 / 1 / 1 minimums and the shortfalls', () => {
  it('RES-4 compliant exactly at 2 aged <= 45, 1 aged <= 35, 1 female reserve', () => {
    expect(reserveCompliance([exactly45, exactly35, old], [female('f1')], AS_OF)).toEqual({
      compliant: true,
      aged45OrUnder: 2,
      aged35OrUnder: 1,
      femaleReserves: 1,
      shortfalls: [],
    });
  });

  it('RES-4 one short of each minimum: every shortfall listed with required and actual', () => {
    expect(reserveCompliance([exactly45, old], [male('m1')], AS_OF)).toEqual({
      compliant: false,
      aged45OrUnder: 1,
      aged35OrUnder: 0,
      femaleReserves: 0,
      shortfalls: [
        { kind: 'AGED_45_OR_UNDER', required: 2, actual: 1 },
        { kind: 'AGED_35_OR_UNDER', required: 1, actual: 0 },
        { kind: 'FEMALE_RESERVE', required: 1, actual: 0 },
      ],
    });
  });

  it('RES-4 an empty team with an empty pool lacks everything', () => {
    const c = reserveCompliance([], [], AS_OF);
    expect(c.compliant).toBe(false);
    expect(c.shortfalls).toEqual([
      { kind: 'AGED_45_OR_UNDER', required: 2, actual: 0 },
      { kind: 'AGED_35_OR_UNDER', required: 1, actual: 0 },
      { kind: 'FEMALE_RESERVE', required: 1, actual: 0 },
    ]);
  });

  it('RES-4 two aged <= 45 but none aged <= 35: only the younger shortfall', () => {
    const c = reserveCompliance([exactly45, member('c40', '1985-06-01')], [female('f1')], AS_OF);
    expect(c.shortfalls).toEqual([{ kind: 'AGED_35_OR_UNDER', required: 1, actual: 0 }]);
  });

  it('RES-4 one aged <= 35 alone is not two aged <= 45', () => {
    const c = reserveCompliance([exactly35, old], [female('f1')], AS_OF);
    expect(c.shortfalls).toEqual([{ kind: 'AGED_45_OR_UNDER', required: 2, actual: 1 }]);
  });

  it('RES-4 the reference date decides: the same team complies earlier and not once a cadre turns 46', () => {
    const team = [member('a', '1980-07-01'), exactly35];
    expect(reserveCompliance(team, [female('f1')], '2026-06-30').compliant).toBe(true);
    expect(reserveCompliance(team, [female('f1')], '2026-07-01').shortfalls).toEqual([{ kind: 'AGED_45_OR_UNDER', required: 2, actual: 1 }]);
  });
});

describe('RES-4 reserveCompliance: policy parameters', () => {
  it('RES-4 a custom reserveYoungAge of 40 no longer counts a 45-year-old', () => {
    const policy: PolicyValues = { ...defaultPolicy, reserveYoungAge: 40 };
    const team = [exactly45, exactly35];
    expect(reserveCompliance(team, [female('f1')], AS_OF).compliant).toBe(true);
    const c = reserveCompliance(team, [female('f1')], AS_OF, policy);
    expect(c.aged45OrUnder).toBe(1);
    expect(c.shortfalls).toEqual([{ kind: 'AGED_45_OR_UNDER', required: 2, actual: 1 }]);
  });

  it('RES-4 custom counts change the minimums and the required values', () => {
    const policy: PolicyValues = { ...defaultPolicy, reserveYoungCount: 3, reserveYoungerCount: 2, reserveFemaleCount: 2 };
    const c = reserveCompliance([exactly45, exactly35, old], [female('f1')], AS_OF, policy);
    expect(c.shortfalls).toEqual([
      { kind: 'AGED_45_OR_UNDER', required: 3, actual: 2 },
      { kind: 'AGED_35_OR_UNDER', required: 2, actual: 1 },
      { kind: 'FEMALE_RESERVE', required: 2, actual: 1 },
    ]);
  });

  it('RES-4 a custom reserveYoungerAge of 30 no longer counts a 35-year-old', () => {
    const c = reserveCompliance([exactly45, exactly35], [female('f1')], AS_OF, { ...defaultPolicy, reserveYoungerAge: 30 });
    expect(c.aged35OrUnder).toBe(0);
    expect(c.compliant).toBe(false);
  });

  it('RES-4 minimums of 0 are met by an empty team', () => {
    const c = reserveCompliance([], [], AS_OF, { ...defaultPolicy, reserveYoungCount: 0, reserveYoungerCount: 0, reserveFemaleCount: 0 });
    expect(c.compliant).toBe(true);
  });
});

describe('RES-4 describeShortfall: what a unit lacks, in words (逐步配备到位)', () => {
  it('RES-4 aged 45 or under: zh and en mention the limit, the number lacking, the actual and the required', () => {
    const s: Shortfall = { kind: 'AGED_45_OR_UNDER', required: 2, actual: 0 };
    expect(describeShortfall(s)).toEqual({
      zh: '缺45岁以下干部2名(现有0名，应不少于2名)',
      en: '2 more cadre(s) aged 45 or under needed (0 of 2)',
    });
  });

  it('RES-4 aged 35 or under: zh and en mention the numbers', () => {
    const s: Shortfall = { kind: 'AGED_35_OR_UNDER', required: 1, actual: 0 };
    expect(describeShortfall(s)).toEqual({
      zh: '缺35岁以下干部1名(现有0名，应不少于1名)',
      en: '1 more cadre(s) aged 35 or under needed (0 of 1)',
    });
  });

  it('RES-4 female reserve: zh and en mention the numbers', () => {
    const s: Shortfall = { kind: 'FEMALE_RESERVE', required: 3, actual: 1 };
    expect(describeShortfall(s)).toEqual({
      zh: '缺女后备干部2名(现有1名，应不少于3名)',
      en: '2 more female reserve cadre(s) needed (1 of 3)',
    });
  });

  it('RES-4 the age in the text follows the policy', () => {
    const policy: PolicyValues = { ...defaultPolicy, reserveYoungAge: 40, reserveYoungerAge: 30 };
    expect(describeShortfall({ kind: 'AGED_45_OR_UNDER', required: 2, actual: 1 }, policy).zh).toBe('缺40岁以下干部1名(现有1名，应不少于2名)');
    expect(describeShortfall({ kind: 'AGED_35_OR_UNDER', required: 1, actual: 0 }, policy).en).toBe('1 more cadre(s) aged 30 or under needed (0 of 1)');
  });

  it('RES-4 every shortfall computed by reserveCompliance can be described', () => {
    for (const s of reserveCompliance([], [], AS_OF).shortfalls) {
      const label = describeShortfall(s);
      expect(label.zh).toContain(`应不少于${s.required}名`);
      expect(label.en).toContain(`(${s.actual} of ${s.required})`);
    }
  });
});
