import type { Half, IsoDate } from '@liangwei/domain';
import { gql } from '../providers/graphqlRequest';

export interface MissingRow {
  cadre: { id: string; name: string };
  unit: { id: string; name: string };
  year: number;
  half: Half;
  since: IsoDate;
}

/** TGT-3 the team members of a half year without a report, known today (the API's list and count). */
export const MISSING_DUTY_REPORTS = gql<{ missingDutyReports: MissingRow[]; _missingDutyReportsMeta: { count: number } }, { year: number; half: number; unitId?: string | null; perPage: number }>(`
  query missingDutyReports($year: Int!, $half: Int!, $unitId: ID, $perPage: Int) {
    missingDutyReports(year: $year, half: $half, unitId: $unitId, perPage: $perPage) { cadre { id name } unit { id name } year half since }
    _missingDutyReportsMeta(year: $year, half: $half, unitId: $unitId) { count }
  }
`);

export const MISSING_COUNT = gql<{ _missingDutyReportsMeta: { count: number } }, { year: number; half: number }>(`
  query missingDutyReportsCount($year: Int!, $half: Int!) { _missingDutyReportsMeta(year: $year, half: $half) { count } }
`);
