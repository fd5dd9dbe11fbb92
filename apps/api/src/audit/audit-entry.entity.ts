import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { MaskAuditValue } from '../graphql/pii';
import { DateTimeScalar } from '../graphql/scalars';

@ObjectType({ description: 'One changed field of one entity.' })
export class AuditChange {
  @Field(() => String) entityType!: string;
  @Field(() => String) entityId!: string;
  /** CREATE | UPDATE | DELETE */
  @Field(() => String) operation!: string;
  @Field(() => String) field!: string;
  @Field(() => String, { nullable: true }) @UseMiddleware(MaskAuditValue) before?: string | null;
  @Field(() => String, { nullable: true }) @UseMiddleware(MaskAuditValue) after?: string | null;
}

/**
 * One entry per successful mutation, written in the same transaction as the change: who, when,
 * which mutation, its main entity, and every changed field before and after. Read-only.
 */
@ObjectType()
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['entityType', 'entityId'] })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Field(() => DateTimeScalar)
  @Property({ type: Date, index: true })
  at: Date = new Date();

  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 36, nullable: true, index: true })
  userId?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 32 })
  username!: string;

  /** The mutation, e.g. `updateCadre`. */
  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  action!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  entityType!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 36 })
  entityId!: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 36, nullable: true, index: true })
  unitId?: string | null;

  @Field(() => [AuditChange])
  @Property({ type: 'json' })
  changes: AuditChange[] = [];
}
