import type { ClassType } from 'type-graphql';
import type { ResourceDef } from '../resource/resource';
import { CadreFamilyMember, CadreResumeLine } from './cadre-form.entities';
import { cadreFamilyMemberResource, cadreResumeLineResource } from './cadre-form.resource';
import { LrmxResolver } from './lrmx.resolver';
// the printed appointment form (document `appointment-form`)
import './appointment-form';
import '../dossier';

/** The appointment form (干部任免审批表): resume lines and family members, the printed form, the .lrmx export and import, and the unit's dossier. */
export const cadreFormEntities: ClassType[] = [CadreResumeLine, CadreFamilyMember];
export const cadreFormResources: ResourceDef<never>[] = [cadreResumeLineResource, cadreFamilyMemberResource] as unknown as ResourceDef<never>[];
export const cadreFormResolvers: ClassType[] = [LrmxResolver];
