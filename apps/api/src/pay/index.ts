import type { ClassType } from 'type-graphql';
import type { ResourceDef } from '../resource/resource';
import { DutyLogCheck, DutyLogEntry, PayRecord } from './pay.entities';
import { PayRecordFieldsResolver, PayReportResolver, payRecordResource } from './pay-record.resource';
import { AllowanceResolver, dutyLogCheckResource, dutyLogEntryResource } from './duty-log.resource';

/** The pay module (PAY-1, PAY-2, INS-2): its entities, resources (served by the generic resolvers) and other resolvers. */
export const payEntities: ClassType[] = [PayRecord, DutyLogEntry, DutyLogCheck];
export const payResources: ResourceDef<never>[] = [payRecordResource, dutyLogEntryResource, dutyLogCheckResource] as ResourceDef<never>[];
export const payResolvers: ClassType[] = [PayRecordFieldsResolver, PayReportResolver, AllowanceResolver];
