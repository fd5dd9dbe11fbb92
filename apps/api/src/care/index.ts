import type { ClassType } from 'type-graphql';
import type { ResourceDef } from '../resource/resource';
import { CareEvent, Honour } from './care.entities';
import { CareDueResolver, CareEventFieldsResolver, careEventResource } from './care.resource';
import { honourResource } from './honour.resource';

/** The care module (PAY-5, PAY-6): its entities, resources (served by the generic resolvers) and other resolvers. */
export const careEntities: ClassType[] = [CareEvent, Honour];
export const careResources: ResourceDef<never>[] = [careEventResource, honourResource] as ResourceDef<never>[];
export const careResolvers: ClassType[] = [CareEventFieldsResolver, CareDueResolver];
