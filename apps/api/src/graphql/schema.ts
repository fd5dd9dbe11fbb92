import 'reflect-metadata';
import './enums';
import { buildSchema, getMetadataStorage } from 'type-graphql';
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
import { teamResolvers } from '../team';
import { cadreFormResolvers, cadreFormResources } from '../cadre-form';
import { disciplineResolvers, disciplineResources } from '../discipline';
import { documentResolvers } from '../documents';
import { inspectionResolvers, inspectionResources } from '../inspection';
import { targetsResolvers, targetsResources } from '../targets';
import { reportsResolvers, reportsResources } from '../reports';
import { EvidenceResolver } from '../evidence/evidence.resolver';
import { excelResolvers, excelResources } from '../excel';
import { WorkResolver } from '../work/work.resolver';
import { BulkResolver } from '../work/bulk.resolver';
import { UserNamesResolver } from '../users/user-names.resolver';
import { resolveReferences } from './loaders';
import { readProjectedPersonalData } from '../resource/projection';
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
  ...cadreFormResources,
  ...disciplineResources,
  ...inspectionResources,
  ...targetsResources,
  ...reportsResources,
  ...excelResources,
];

let built: Promise<GraphQLSchema> | undefined;

/**
 * A field that only reads its row's property resolves with graphql-js's default resolver, not
 * through type-graphql's per-field wrapper (an object and a closure per field of every row). Fields
 * with middlewares (the audit's masked values) or another schema name keep the wrapper.
 */
function plainFieldsResolveDirectly(): void {
  const storage = getMetadataStorage();
  const withMiddlewares = new Set(storage.middlewares.map((m) => `${m.target.name}.${m.fieldName}`));
  for (const field of storage.fields) {
    if (field.simple === undefined && (withMiddlewares.has(`${field.target.name}.${field.name}`) || field.schemaName !== field.name)) field.simple = false;
  }
  for (const type of storage.objectTypes) {
    if (type.simpleResolvers === undefined) (type as { simpleResolvers?: boolean }).simpleResolvers = true;
  }
}

export function createSchema(): Promise<GraphQLSchema> {
  if (!built) plainFieldsResolveDirectly();
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
      ...teamResolvers,
      ...cadreFormResolvers,
      ...disciplineResolvers,
      ...documentResolvers,
      ...inspectionResolvers,
      ...targetsResolvers,
      ...reportsResolvers,
      EvidenceResolver,
      ...excelResolvers,
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
    readProjectedPersonalData(schema);
    return schema;
  });
  return built;
}

export { DateScalar, DateTimeScalar };
