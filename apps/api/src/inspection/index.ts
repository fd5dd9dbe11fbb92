import type { ClassType } from 'type-graphql';
import type { ResourceDef } from '../resource/resource';
import { InspectionDeduction, InspectionFinding, InspectionNotice, InspectionRound, RectificationReport } from './inspection.entities';
import { inspectionFindingResource, inspectionNoticeResource, inspectionRoundResource, rectificationReportResource } from './inspection.resource';
import { InspectionFindingFieldsResolver, InspectionNoticeFieldsResolver, InspectionResolver } from './inspection.resolver';
import './inspection.registrations';

/** The inspection module (INS-1, INS-3): monthly rounds, findings and their rectification, notices, deductions. */
export const inspectionEntities: ClassType[] = [InspectionRound, InspectionNotice, InspectionFinding, RectificationReport, InspectionDeduction];
export const inspectionResources = [inspectionRoundResource, inspectionFindingResource, rectificationReportResource, inspectionNoticeResource] as unknown as ResourceDef<never>[];
export const inspectionResolvers: ClassType[] = [InspectionResolver, InspectionFindingFieldsResolver, InspectionNoticeFieldsResolver];
