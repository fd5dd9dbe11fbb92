import type { ClassType } from 'type-graphql';
import type { ResourceDef } from '../resource/resource';
import './enums';
import { DutyReport } from './duty-report.entity';
import { DutyReportFieldsResolver, dutyReportResource } from './duty-report.resource';
import { MissingDutyReportsResolver } from './missing';
// registrations (side effects): warning sources, the evidence sections
import './warnings';
import './evidence-sections';

/** The duty reports module (TGT-3, TGT-4, TGT-5): its entities, resources (served by the generic resolvers) and other resolvers. */
export const reportsEntities: ClassType[] = [DutyReport];
export const reportsResources: ResourceDef<never>[] = [dutyReportResource] as ResourceDef<never>[];
export const reportsResolvers: ClassType[] = [DutyReportFieldsResolver, MissingDutyReportsResolver];
