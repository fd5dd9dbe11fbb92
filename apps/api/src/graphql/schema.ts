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
import { LoadReferences } from './loaders';
import { DateScalar, DateTimeScalar } from './scalars';

/** Every resource served by the one generic resolver set. */
export const resources = [unitResource, postResource, cadreResource, appointmentResource, userResource, auditEntryResource];

let built: Promise<GraphQLSchema> | undefined;

export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      AuthResolver,
      PostFieldsResolver,
      CadreFieldsResolver,
      AppointmentFieldsResolver,
      ...resources.flatMap((r) => resourceResolvers(r as never)),
    ] as never,
    scalarsMap: [],
    globalMiddlewares: [LoadReferences],
    validate: false,
    emitSchemaFile: false,
  });
  return built;
}

export { DateScalar, DateTimeScalar };
