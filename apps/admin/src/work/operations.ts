import { gql } from '../providers/graphqlRequest';

/** "My work" and the bulk actions (apps/api/src/work). */

export interface WorkItemData {
  key: string;
  label: string;
  labelEn: string;
  count: number;
  link: string;
}

export const MY_WORK = gql<{ myWork: WorkItemData[] }>(`
  query MyWork { myWork { key label labelEn count link } }`);

export const CONFIRM_TRAINING_ATTENDANCE = gql<{ confirmTrainingAttendance: { id: string }[] }, { sessionId: string }>(`
  mutation ConfirmTrainingAttendance($sessionId: ID!) { confirmTrainingAttendance(sessionId: $sessionId) { id attended } }`);

export const RECORD_DUTY_LOG_CHECKS = gql<{ recordDutyLogChecks: { id: string }[] }, { month: string; outcome?: string | null; remarks?: string | null }>(`
  mutation RecordDutyLogChecks($month: String!, $outcome: LogCheckOutcome, $remarks: String) {
    recordDutyLogChecks(month: $month, outcome: $outcome, remarks: $remarks) { id }
  }`);

export const USER_NAMES = gql<{ userNames: { username: string; name: string }[] }, { usernames: string[] }>(`
  query UserNames($usernames: [String!]!) { userNames(usernames: $usernames) { username name } }`);
