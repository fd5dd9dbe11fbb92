import type { CommitmentMethod, Fulfilment, ProgressStatus } from '@liangwei/domain';
import { gql } from '../providers/graphqlRequest';

/** TGT-2 The annual plan's workflow commands (apps/api/schema.graphql). */

const PLAN = 'id version status unitId allowedSteps';
interface PlanResult {
  id: string;
  version: number;
  status: string;
}

export const SUBMIT_PLAN = gql<{ submitAnnualPlan: PlanResult }, { id: string }>(`mutation submitAnnualPlan($id: ID!) { submitAnnualPlan(id: $id) { ${PLAN} } }`);
export const APPROVE_PLAN = gql<{ approveAnnualPlan: PlanResult }, { id: string }>(`mutation approveAnnualPlan($id: ID!) { approveAnnualPlan(id: $id) { ${PLAN} } }`);
export const RETURN_PLAN = gql<{ returnAnnualPlan: PlanResult }, { id: string; comment: string }>(
  `mutation returnAnnualPlan($id: ID!, $comment: String!) { returnAnnualPlan(id: $id, comment: $comment) { ${PLAN} returnComment } }`,
);
export const COMMIT_PLAN = gql<{ commitAnnualPlan: PlanResult }, { id: string; date: string; how: CommitmentMethod; note: string | null }>(
  `mutation commitAnnualPlan($id: ID!, $date: Date!, $how: CommitmentMethod!, $note: String) { commitAnnualPlan(id: $id, date: $date, how: $how, note: $note) { ${PLAN} committedOn commitmentMethod } }`,
);
export const RECORD_PROGRESS = gql<{ recordPlanProgress: { id: string } }, { itemId: string; status: ProgressStatus; percent: number; date: string; note: string | null }>(
  `mutation recordPlanProgress($itemId: ID!, $status: ProgressStatus!, $percent: Int!, $date: Date!, $note: String) {
    recordPlanProgress(itemId: $itemId, status: $status, percent: $percent, date: $date, note: $note) { id version progressStatus percent progressOn }
  }`,
);
export const JUDGE_PLAN = gql<{ judgeAnnualPlan: PlanResult }, { id: string; items: { itemId: string; fulfilment: Fulfilment; note: string | null }[]; overall: Fulfilment; note: string | null }>(
  `mutation judgeAnnualPlan($id: ID!, $items: [PlanItemJudgementInput!]!, $overall: Fulfilment!, $note: String) {
    judgeAnnualPlan(id: $id, items: $items, overall: $overall, note: $note) { ${PLAN} overallFulfilment }
  }`,
);
