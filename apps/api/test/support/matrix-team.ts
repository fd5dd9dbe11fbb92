import type { Case } from './authorization-matrix';
import { everyoneReads, scopedRead } from './matrix-kit';

/**
 * ROLE-1..4 The team statistics (ORG-3): every signed-in role reads them, a unit user only its own
 * unit's figures and people (asked about another unit, it gets nothing of it).
 */
const people = (op: string, fields: string): Case => ({
  call: (t) => ({ query: `query($u: ID) { ${op}(dimension: GENDER, key: "MALE", unitId: $u) { ${fields} } }`, variables: { u: t.unit.unitId } }),
  expect: scopedRead('empty'),
});

const teamCases: Record<string, Case> = {
  teamStatistics: {
    call: (t) => ({ query: 'query($u: ID) { teamStatistics(unitId: $u) { teamSize averageAge byAgeBand { key count } } }', variables: { u: t.unit.unitId } }),
    expect: everyoneReads,
  },
  teamStatisticsPeople: people('teamStatisticsPeople', 'id name unitId'),
  _teamStatisticsPeopleMeta: people('_teamStatisticsPeopleMeta', 'count'),
};

/** The hook `authorization-matrix.ts` calls once, at its end: adds these cases. */
export function registerTeamMatrix(cases: Record<string, Case>): void {
  Object.assign(cases, teamCases);
}
