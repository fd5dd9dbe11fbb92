import type { Case } from './authorization-matrix';
import { scopedRead } from './matrix-kit';

/**
 * ROLE-1..4 The counts of the paged rule queries (RES-4, RES-1, MGT-4, TRN-2): each counts what its
 * list shows the viewer, so a unit user counts its own unit's rows and nothing of another unit.
 */
const count = (op: string, args: string): Case => ({
  call: (t) => ({ query: `query($u: ID) { ${op}(${args}unitId: $u) { count } }`, variables: { u: t.unit.unitId } }),
  expect: scopedRead('empty'),
});

const rulesCases: Record<string, Case> = {
  _reserveComplianceMeta: count('_reserveComplianceMeta', ''),
  _successionGapsMeta: count('_successionGapsMeta', ''),
  _cadreWarningsMeta: count('_cadreWarningsMeta', ''),
  _trainingHoursMeta: count('_trainingHoursMeta', 'year: 2026, '),
  _untrainedCadresMeta: count('_untrainedCadresMeta', 'year: 2026, '),
};

/** The hook `authorization-matrix.ts` calls once, at its end: adds these cases. */
export function registerRulesMatrix(cases: Record<string, Case>): void {
  Object.assign(cases, rulesCases);
}
