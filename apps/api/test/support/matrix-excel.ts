import type { TestApi } from './api';
import type { Case, Preparer } from './authorization-matrix';
import type { UnitFixture, World } from './fixture';
import { extra, resourceReads } from './matrix-kit';
import { rosterRow, rosterWorkbook, upload } from './excel';

/**
 * ROLE-1..4 The authorization matrix rows of the roster import's runs (read-only through GraphQL;
 * an import is an upload, tested per role in excel-import.e2e.spec.ts). `authorization-matrix.ts`
 * calls `registerExcelMatrix(cases, preparers)` at its end: this file imports only types from it.
 */

/** Imports one roster row into the unit as its own unit user: an ImportRun of that unit. */
export const prepareExcel: Preparer = async (api: TestApi, world: World, unit: UnitFixture) => {
  const code = unit.unitId === world.a.unitId ? 'ua' : 'ub';
  const answer = await upload(api, unit.token, await rosterWorkbook([rosterRow(code)]), 'dryRun=0&wait=1');
  if (answer.status !== 200 || !answer.body.importRun) throw new Error(`authorization matrix: the roster import failed (${answer.status})`);
  return { importRunId: answer.body.importRun.id };
};

const excelCases: Record<string, Case> = {
  ...resourceReads('ImportRun', 'ImportRuns', 'id unitId unit { id } fileName status rowsTotal rowsDone rowsLeft created updated unchanged', (t) => extra(t, 'importRunId')),
};

/** The hook `authorization-matrix.ts` calls once, at its end: adds these cases and the preparer. */
export function registerExcelMatrix(cases: Record<string, Case>, preparers: Preparer[]): void {
  Object.assign(cases, excelCases);
  if (!preparers.includes(prepareExcel)) preparers.push(prepareExcel);
}
