import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { TEXT_LIMITS } from '@liangwei/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ExitKind } from '../graphql/enums';
import { DateScalar } from '../graphql/scalars';
import { UnitOwnedEntity } from '../common/unit-owned.entity';
import { Cadre } from '../cadre/cadre.entity';

/** MGT-3 A cadre's exit: kind, effective date, reason, basis, approver and what its procedure records. */
@ObjectType()
@Entity({ tableName: 'exit_record' })
export class ExitRecord extends UnitOwnedEntity {
  @Field(() => Cadre)
  @ManyToOne(() => Cadre, { unique: true })
  cadre!: Cadre;

  @Field(() => ID)
  get cadreId(): string {
    return this.cadre.id;
  }

  @Field(() => ExitKind) @Enum({ items: () => Object.values(ExitKind), type: 'string', length: 16 }) kind!: ExitKind;
  @Field(() => DateScalar) @Property({ type: 'string', length: 10, index: true }) effectiveDate!: string;
  @Field(() => String) @Property({ type: 'text' }) reason!: string;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) basis?: string | null;
  @Field(() => String) @Property({ type: 'string', length: TEXT_LIMITS.ExitRecord.approvedBy.max }) approvedBy!: string;
  @Field(() => DateScalar, { nullable: true }) @Property({ type: 'string', length: 10, nullable: true }) approvedOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) @Property({ type: 'string', length: 10, nullable: true }) submittedOn?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: TEXT_LIMITS.ExitRecord.decisionNumber.max, nullable: true }) decisionNumber?: string | null;
  @Field(() => Int, { nullable: true }) @Property({ type: 'integer', nullable: true }) registeredVoters?: number | null;
  @Field(() => Int, { nullable: true }) @Property({ type: 'integer', nullable: true }) votesCast?: number | null;
  @Field(() => Int, { nullable: true }) @Property({ type: 'integer', nullable: true }) votesFor?: number | null;
  /** MGT-2 the consequence (a confirmed removal) that caused it, when there is one */
  @Field(() => ID, { nullable: true }) @Property({ type: 'string', length: 36, nullable: true }) consequenceId?: string | null;
  @Field(() => String) @Property({ type: 'string', length: 32 }) recordedBy!: string;
}
