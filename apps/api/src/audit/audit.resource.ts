import { InputType, Field, ID } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars';
import type { ResourceDef } from '../resource/resource';
import { AuditEntry } from './audit-entry.entity';

@InputType()
export class AuditEntryFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true, description: 'searches user, action and entity type' }) q?: string;
  @Field(() => ID, { nullable: true }) userId?: string;
  @Field(() => String, { nullable: true }) entityType?: string;
  @Field(() => String, { nullable: true }) entityId?: string;
  @Field(() => String, { nullable: true }) action?: string;
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => DateTimeScalar, { nullable: true }) at_gte?: Date;
  @Field(() => DateTimeScalar, { nullable: true }) at_lte?: Date;
}

/** The audit log: read-only, subdistrict admins only. */
export const auditEntryResource: ResourceDef<AuditEntry & { version?: number }> = {
  name: 'AuditEntry',
  plural: 'AuditEntries',
  resource: 'auditEntries',
  entity: AuditEntry,
  filter: AuditEntryFilter,
  searchFields: ['username', 'action', 'entityType'],
  sortFields: ['at', 'username', 'action', 'entityType'],
  defaultSort: { field: 'at', order: 'DESC' },
  unitOf: (entry) => entry.unitId ?? null,
};
