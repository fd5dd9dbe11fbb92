import { registerEnumType } from 'type-graphql';
import { CommitmentMethod, Fulfilment, PlanItemKind, PlanStatus, PlanStep, ProgressStatus } from '@liangwei/domain';

/** The plans module's enums (TGT-1, TGT-2), registered under their public GraphQL names. */
registerEnumType(PlanStatus, { name: 'PlanStatus', description: 'TGT-2 where an annual plan stands' });
registerEnumType(PlanStep, { name: 'PlanStep', description: 'TGT-2 the steps of the annual plan workflow' });
registerEnumType(CommitmentMethod, { name: 'CommitmentMethod', description: 'TGT-2 how the public commitment (公开承诺) was made' });
registerEnumType(PlanItemKind, { name: 'PlanItemKind', description: 'TGT-1 annual target (年度目标) or practical matter (实事)' });
registerEnumType(ProgressStatus, { name: 'ProgressStatus', description: 'TGT-2 progress of a plan item' });
registerEnumType(Fulfilment, { name: 'Fulfilment', description: 'TGT-2 the year-end judgement' });

export { CommitmentMethod, Fulfilment, PlanItemKind, PlanStatus, PlanStep, ProgressStatus };
