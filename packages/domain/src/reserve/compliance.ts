import { ageOn, type IsoDate } from '../shared/date';
import { Gender } from '../cadre/enums';
import { defaultPolicy, type PolicyValues } from '../policy/parameters';
import type { Label } from '../shared/labels';

export interface TeamMember {
  cadreId: string;
  birthDate: IsoDate;
}

export interface PooledReserve {
  cadreId: string;
  gender: Gender;
}

export type ShortfallKind = 'AGED_45_OR_UNDER' | 'AGED_35_OR_UNDER' | 'FEMALE_RESERVE';

export interface Shortfall {
  kind: ShortfallKind;
  required: number;
  actual: number;
}

export interface Compliance {
  compliant: boolean;
  aged45OrUnder: number;
  aged35OrUnder: number;
  femaleReserves: number;
  shortfalls: Shortfall[];
}

/**
 * RES-4 The composition rule of a unit's team on `asOf`: at least `reserveYoungCount` (2) cadres
 * aged <= `reserveYoungAge` (45, "45岁以下" includes 45), of whom at least `reserveYoungerCount` (1)
 * aged <= `reserveYoungerAge` (35), and at least `reserveFemaleCount` (1) female reserve. Ages are
 * full years on `asOf`. `team` = cadres holding an appointment of the unit open on `asOf` (each
 * once); `pool` = the unit's reserves in the pool on `asOf`, on the team or not.
 */
export function reserveCompliance(team: TeamMember[], pool: PooledReserve[], asOf: IsoDate, policy: PolicyValues = defaultPolicy): Compliance {
  const members = [...new Map(team.map((m) => [m.cadreId, m])).values()];
  const ages = members.map((m) => ageOn(m.birthDate, asOf));
  const aged45OrUnder = ages.filter((a) => a <= policy.reserveYoungAge).length;
  const aged35OrUnder = ages.filter((a) => a <= policy.reserveYoungerAge).length;
  const femaleReserves = new Set(pool.filter((r) => r.gender === Gender.FEMALE).map((r) => r.cadreId)).size;
  const shortfalls = complianceShortfalls({ aged45OrUnder, aged35OrUnder, femaleReserves }, policy);
  return { compliant: shortfalls.length === 0, aged45OrUnder, aged35OrUnder, femaleReserves, shortfalls };
}

/** RES-4 The requirements a unit's counts do not meet (none: compliant), in the rule's order. */
export function complianceShortfalls(counts: { aged45OrUnder: number; aged35OrUnder: number; femaleReserves: number }, policy: PolicyValues = defaultPolicy): Shortfall[] {
  const shortfalls: Shortfall[] = [];
  if (counts.aged45OrUnder < policy.reserveYoungCount) shortfalls.push({ kind: 'AGED_45_OR_UNDER', required: policy.reserveYoungCount, actual: counts.aged45OrUnder });
  if (counts.aged35OrUnder < policy.reserveYoungerCount) shortfalls.push({ kind: 'AGED_35_OR_UNDER', required: policy.reserveYoungerCount, actual: counts.aged35OrUnder });
  if (counts.femaleReserves < policy.reserveFemaleCount) shortfalls.push({ kind: 'FEMALE_RESERVE', required: policy.reserveFemaleCount, actual: counts.femaleReserves });
  return shortfalls;
}

/** RES-4 What a unit lacks, in words ("逐步配备到位"). */
export function describeShortfall(s: Shortfall, policy: PolicyValues = defaultPolicy): Label {
  const lacking = s.required - s.actual;
  switch (s.kind) {
    case 'AGED_45_OR_UNDER':
      return { zh: `缺${policy.reserveYoungAge}岁以下干部${lacking}名(现有${s.actual}名，应不少于${s.required}名)`, en: `${lacking} more cadre(s) aged ${policy.reserveYoungAge} or under needed (${s.actual} of ${s.required})` };
    case 'AGED_35_OR_UNDER':
      return { zh: `缺${policy.reserveYoungerAge}岁以下干部${lacking}名(现有${s.actual}名，应不少于${s.required}名)`, en: `${lacking} more cadre(s) aged ${policy.reserveYoungerAge} or under needed (${s.actual} of ${s.required})` };
    case 'FEMALE_RESERVE':
      return { zh: `缺女后备干部${lacking}名(现有${s.actual}名，应不少于${s.required}名)`, en: `${lacking} more female reserve cadre(s) needed (${s.actual} of ${s.required})` };
  }
}
