import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { Problems, type AssignmentKind as AssignmentKindT, type RecommendationSource as RecommendationSourceT, type ReserveStatus as ReserveStatusT } from '@liangwei/domain';
import { AssignmentKind, PairRelease, RecommendationSource, ReserveStatus, ReserveStepKind, SuccessionStatus } from '../graphql/enums';
import { DateScalar } from '../graphql/scalars';
import { findVisible, type ResourceDef } from '../resource/resource';
import { badReference } from '../resource/references';
import { text } from '../common/dates';
import { ReserveAssignment, ReserveCandidate, ReserveStepRecord, SuccessionPair, SuccessionProposal } from './reserve.entities';

@InputType()
export class ReserveCandidateFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) cadreId?: string;
  @Field(() => RecommendationSource, { nullable: true }) source?: RecommendationSourceT;
  @Field(() => ReserveStatus, { nullable: true }) status?: ReserveStatusT;
  @Field(() => DateScalar, { nullable: true }) recommendedOn_gte?: string;
  @Field(() => DateScalar, { nullable: true }) recommendedOn_lte?: string;
}

@InputType()
export class ReserveStepRecordFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) candidateId?: string;
  @Field(() => ReserveStepKind, { nullable: true }) step?: string;
}

@InputType()
export class ReserveAssignmentFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) reserveCandidateId?: string;
  @Field(() => AssignmentKind, { nullable: true }) kind?: AssignmentKindT;
}

@InputType()
export class SuccessionPairFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) postId?: string;
  @Field(() => ID, { nullable: true }) reserveCandidateId?: string;
  @Field(() => Boolean, { nullable: true, description: 'not released' }) active?: boolean;
  @Field(() => PairRelease, { nullable: true }) releaseReason?: string;
}

@InputType()
export class SuccessionProposalFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) postId?: string;
  @Field(() => SuccessionStatus, { nullable: true }) status?: string;
}

@ArgsType()
export class CreateReserveAssignmentArgs {
  @Field(() => ID) reserveCandidateId!: string;
  @Field(() => AssignmentKind) kind!: AssignmentKindT;
  @Field(() => String) title!: string;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar, { nullable: true }) endDate?: string | null;
  @Field(() => String, { nullable: true }) outcome?: string | null;
}

@ArgsType()
export class UpdateReserveAssignmentArgs {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => AssignmentKind, { nullable: true }) kind?: AssignmentKindT;
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => DateScalar, { nullable: true }) startDate?: string;
  @Field(() => DateScalar, { nullable: true }) endDate?: string | null;
  @Field(() => String, { nullable: true }) outcome?: string | null;
}

function applyAssignment(a: ReserveAssignment, input: Record<string, unknown>): void {
  if (input.kind != null) a.kind = input.kind as AssignmentKindT;
  if (input.title != null) a.title = String(input.title).trim();
  if (input.startDate != null) a.startDate = String(input.startDate);
  if (input.endDate !== undefined) a.endDate = (input.endDate as string | null) ?? null;
  if (input.outcome !== undefined) a.outcome = text(input.outcome);
  const problems = new Problems().check(a.title.length > 0 && a.title.length <= 200, 'title', 'a title of 1 to 200 characters is required', '锻炼内容不能为空，且不超过 200 个字');
  if (a.endDate && a.endDate < a.startDate) problems.add('endDate', 'lies before the start date', '结束日期不能早于开始日期');
  problems.throwIfAny();
}

/** RES-3 Candidacies: read here; created and moved on by the workflow mutations only. */
export const reserveCandidateResource: ResourceDef<ReserveCandidate> = {
  name: 'ReserveCandidate',
  plural: 'ReserveCandidates',
  resource: 'reserveCandidates',
  entity: ReserveCandidate,
  filter: ReserveCandidateFilter,
  sortFields: ['status', 'source', 'recommendedOn', 'unitId', 'cadreId', 'createdAt', 'updatedAt'],
  defaultSort: { field: 'recommendedOn', order: 'DESC' },
};

/** RES-3 The history of every step (read-only). */
export const reserveStepResource: ResourceDef<ReserveStepRecord> = {
  name: 'ReserveStepRecord',
  plural: 'ReserveStepRecords',
  resource: 'reserveSteps',
  entity: ReserveStepRecord,
  filter: ReserveStepRecordFilter,
  sortFields: ['date', 'step', 'createdAt'],
  defaultSort: { field: 'createdAt', order: 'ASC' },
};

/** RES-5 Development assignments, kept by the unit. */
export const reserveAssignmentResource: ResourceDef<ReserveAssignment> = {
  name: 'ReserveAssignment',
  plural: 'ReserveAssignments',
  resource: 'reserveAssignments',
  entity: ReserveAssignment,
  filter: ReserveAssignmentFilter,
  sortFields: ['startDate', 'kind', 'createdAt'],
  defaultSort: { field: 'startDate', order: 'DESC' },
  create: {
    args: CreateReserveAssignmentArgs,
    async build(input, ctx) {
      const candidate = await findVisible(ctx.em, ReserveCandidate, String(input.reserveCandidateId));
      if (!candidate) throw badReference('reserveCandidateId', 'reserve candidate', '后备干部');
      const a = Object.assign(new ReserveAssignment(), { unit: candidate.unit, reserveCandidate: candidate, title: '', startDate: String(input.startDate) });
      applyAssignment(a, input);
      return a;
    },
  },
  update: { args: UpdateReserveAssignmentArgs, apply: (a, input) => applyAssignment(a, input) },
};

/** RES-1 Succession pairs (made by `createSuccessionPair`, ended by release or succession). */
export const successionPairResource: ResourceDef<SuccessionPair> = {
  name: 'SuccessionPair',
  plural: 'SuccessionPairs',
  resource: 'successionPairs',
  entity: SuccessionPair,
  filter: SuccessionPairFilter,
  sortFields: ['pairedOn', 'releasedOn', 'unitId', 'postId', 'createdAt'],
  defaultSort: { field: 'pairedOn', order: 'DESC' },
  customFilters: { active: (value: boolean) => (value ? { releasedOn: null } : { releasedOn: { $ne: null } }) },
};

/** RES-2 Successor proposals after exits. */
export const successionProposalResource: ResourceDef<SuccessionProposal> = {
  name: 'SuccessionProposal',
  plural: 'SuccessionProposals',
  resource: 'successionProposals',
  entity: SuccessionProposal,
  filter: SuccessionProposalFilter,
  sortFields: ['vacatedOn', 'status', 'createdAt'],
  defaultSort: { field: 'vacatedOn', order: 'DESC' },
};
