import type { RectificationStatus } from '@liangwei/domain';
import { gql } from '../providers/graphqlRequest';

/** INS-1 / INS-3 the inspection module's commands and the deductions query (apps/api/schema.graphql). */

type Id = string;
const FINDING = 'id version status overdue';

export interface FindingResult {
  id: Id;
  version: number;
  status: RectificationStatus;
  overdue: boolean;
}

export const SUBMIT_RECTIFICATION = gql<{ submitRectification: FindingResult }, { findingId: Id; measures: string; doneOn?: string | null }>(`
  mutation submitRectification($findingId: ID!, $measures: String!, $doneOn: Date) { submitRectification(findingId: $findingId, measures: $measures, doneOn: $doneOn) { ${FINDING} } }
`);

export const ACCEPT_RECTIFICATION = gql<{ acceptRectification: FindingResult }, { findingId: Id; note?: string | null }>(`
  mutation acceptRectification($findingId: ID!, $note: String) { acceptRectification(findingId: $findingId, note: $note) { ${FINDING} } }
`);

export const RETURN_RECTIFICATION = gql<{ returnRectification: FindingResult }, { findingId: Id; reason: string }>(`
  mutation returnRectification($findingId: ID!, $reason: String!) { returnRectification(findingId: $findingId, reason: $reason) { ${FINDING} } }
`);

export const ISSUE_NOTICE = gql<{ issueInspectionNotice: { id: Id; status: string } }, { id: Id }>(`
  mutation issueInspectionNotice($id: ID!) { issueInspectionNotice(id: $id) { id status } }
`);

export const REISSUE_NOTICE = gql<{ reissueInspectionNotice: { id: Id; status: string } }, { id: Id; reason: string }>(`
  mutation reissueInspectionNotice($id: ID!, $reason: String!) { reissueInspectionNotice(id: $id, reason: $reason) { id status } }
`);

export const APPLY_DEDUCTION = gql<{ applyInspectionDeduction: { id: Id; points: number } }, { findingId: Id }>(`
  mutation applyInspectionDeduction($findingId: ID!) { applyInspectionDeduction(findingId: $findingId) { id points } }
`);

export interface DeductionRow {
  id: Id;
  unitId: Id;
  indicatorId: Id;
  points: number;
  reason: string;
  issued: boolean;
  applied: boolean;
  unit: { name: string };
  indicator: { name: string };
}

export const INSPECTION_DEDUCTIONS = gql<{ inspectionDeductions: DeductionRow[] }, { year: number }>(`
  query inspectionDeductions($year: Int!) { inspectionDeductions(year: $year) { id unitId indicatorId points reason issued applied unit { name } indicator { name } } }
`);
