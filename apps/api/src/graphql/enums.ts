import { registerEnumType } from 'type-graphql';
import * as domain from '@liangwei/domain';

/** The domain's enums, registered once under their public GraphQL names. */
registerEnumType(domain.UnitKind, { name: 'UnitKind', description: 'ORG-2 village (村) or community (社区)' });
registerEnumType(domain.Gender, { name: 'Gender' });
registerEnumType(domain.Role, { name: 'Role', description: 'ROLE-1..3' });
registerEnumType(domain.PostTitle, { name: 'PostTitle', description: 'ORG-4' });
registerEnumType(domain.Education, { name: 'Education' });
registerEnumType(domain.PoliticalStatus, { name: 'PoliticalStatus' });
registerEnumType(domain.SelectionMethod, { name: 'SelectionMethod', description: 'SEL-5' });
registerEnumType(domain.SourceCategory, { name: 'SourceCategory', description: 'SEL-4' });

registerEnumType(domain.RecommendationSource, { name: 'RecommendationSource', description: 'RES-3 三荐' });
registerEnumType(domain.ReserveStatus, { name: 'ReserveStatus', description: 'RES-3' });
export const ReserveStepKind = { RECOMMEND: 'RECOMMEND', PROPOSE: 'PROPOSE', COMMITTEE_REVIEW: 'COMMITTEE_REVIEW', SUBDISTRICT_REVIEW: 'SUBDISTRICT_REVIEW', WITHDRAW: 'WITHDRAW' } as const;
export type ReserveStepKind = (typeof ReserveStepKind)[keyof typeof ReserveStepKind];
registerEnumType(ReserveStepKind, { name: 'ReserveStepKind', description: 'RES-3 三荐二议一审查, and leaving the pool' });
registerEnumType(domain.PairRelease, { name: 'PairRelease', description: 'RES-1' });
registerEnumType(domain.SuccessionStatus, { name: 'SuccessionStatus', description: 'RES-2' });
registerEnumType(domain.ExitKind, { name: 'ExitKind', description: 'MGT-3' });
registerEnumType(domain.Judgement, { name: 'Judgement', description: 'SEL-3 双强双好' });
registerEnumType(domain.TrainingKind, { name: 'TrainingKind', description: 'TRN-1' });
registerEnumType(domain.AssignmentKind, { name: 'AssignmentKind', description: 'RES-5' });
registerEnumType(domain.WarningKind, { name: 'WarningKind', description: 'MGT-4' });

export const AppointmentStatus = { CURRENT: 'CURRENT', ENDED: 'ENDED', FUTURE: 'FUTURE' } as const;
export type AppointmentStatus = (typeof AppointmentStatus)[keyof typeof AppointmentStatus];
registerEnumType(AppointmentStatus, { name: 'AppointmentStatus', description: 'SEL-2, on the request date' });

/** Re-exported so entities and inputs name them from one place. */
export {
  AssignmentKind,
  Education,
  ExitKind,
  Gender,
  Judgement,
  PairRelease,
  PoliticalStatus,
  PostTitle,
  RecommendationSource,
  ReserveStatus,
  Role,
  SelectionMethod,
  SourceCategory,
  SuccessionStatus,
  TrainingKind,
  UnitKind,
  WarningKind,
} from '@liangwei/domain';
