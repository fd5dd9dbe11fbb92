import type { ClassType } from 'type-graphql';
import type { ResourceDef } from '../resource/resource';
import './enums';
import './discipline.sources';
import { DisciplineCase, DisciplineCaseFinding } from './discipline.entities';
import { DisciplineResolver, disciplineCaseResource } from './discipline.resource';

/** The discipline module (MGT-1): its entities, resource, workflow resolver; its warning, evidence, work and document registrations. */
export const disciplineEntities: ClassType[] = [DisciplineCase, DisciplineCaseFinding];
export const disciplineResources = [disciplineCaseResource] as unknown as ResourceDef<never>[];
export const disciplineResolvers: ClassType[] = [DisciplineResolver];
