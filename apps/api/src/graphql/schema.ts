import 'reflect-metadata';
import './enums';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { resourceResolvers } from '../resource/resource';
import { AuthResolver } from '../auth/auth.resolver';
import { unitResource } from '../org/unit.resource';
import { postResource, PostFieldsResolver } from '../org/post.resource';
import { cadreResource, CadreFieldsResolver } from '../cadre/cadre.resource';
import { appointmentResource, AppointmentFieldsResolver } from '../cadre/appointment.resource';
import { userResource } from '../users/user.resource';
import { auditEntryResource } from '../audit/audit.resource';
import { reserveAssignmentResource, reserveCandidateResource, reserveStepResource, successionPairResource, successionProposalResource } from '../reserve/reserve.resource';
import { PostReserveResolver, ReserveResolver } from '../reserve/reserve.resolver';
import { CadreExitResolver, ExitResolver, exitRecordResource } from '../exit/exit.resolver';
import { secretarySelectionResource } from '../selection/selection.resource';
import { TrainingReportResolver, trainingParticipationResource, trainingSessionResource } from '../training/training.resource';
import { WarningResolver } from '../warnings/warnings';
import { PolicyResolver } from '../policy/policy.resolver';
import { assessmentResolvers, assessmentResources } from '../assessment';
import { payResolvers, payResources } from '../pay';
import { careResolvers, careResources } from '../care';
import { WorkResolver } from '../work/work.resolver';
import { BulkResolver } from '../work/bulk.resolver';
import { UserNamesResolver } from '../users/user-names.resolver';
import { resolveReferences } from './loaders';
import { recordMutationNames } from './audit-action';
import { entities } from '../db/entities';
import { DateScalar, DateTimeScalar } from './scalars';

/** Every resource served by the one generic resolver set. */
export const resources = [
  unitResource,
  postResource,
  cadreResource,
  appointmentResource,
  userResource,
  auditEntryResource,
  reserveCandidateResource,
  reserveStepResource,
  reserveAssignmentResource,
  successionPairResource,
  successionProposalResource,
  exitRecordResource,
  secretarySelectionResource,
  trainingSessionResource,
  trainingParticipationResource,
  ...assessmentResources,
  ...payResources,
  ...careResources,
];

let built: Promise<GraphQLSchema> | undefined;

export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      AuthResolver,
      PostFieldsResolver,
      CadreFieldsResolver,
      AppointmentFieldsResolver,
      ReserveResolver,
      PostReserveResolver,
      ExitResolver,
      CadreExitResolver,
      TrainingReportResolver,
      WarningResolver,
      PolicyResolver,
      ...assessmentResolvers,
      ...payResolvers,
      ...careResolvers,
      WorkResolver,
      BulkResolver,
      UserNamesResolver,
      ...resources.flatMap((r) => resourceResolvers(r as never)),
    ] as never,
    scalarsMap: [],
    // no global middlewares: they would wrap every field of every row in an async chain
    validate: false,
    emitSchemaFile: false,
  }).then((schema) => {
    recordMutationNames(schema);
    resolveReferences(schema, new Set(entities.map((e) => e.name)));
    return schema;
  });
  return built;
}

export { DateScalar, DateTimeScalar };
