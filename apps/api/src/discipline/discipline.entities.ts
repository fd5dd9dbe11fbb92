import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { TEXT_LIMITS } from '@liangwei/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';
import { UnitOwnedEntity } from '../common/unit-owned.entity';
import { Cadre } from '../cadre/cadre.entity';
import { User } from '../users/user.entity';
import { DisciplineLevel, DisciplineStatus } from './enums';

const L = TEXT_LIMITS.DisciplineCase;

/**
 * MGT-1 A discipline case (问题分级处理): the facts, the level and decision with who decided and
 * when, the rectification required of the unit, its answer and the subdistrict's acceptance.
 * Opened and decided by the subdistrict; the unit answers. Nothing is deleted.
 */
@ObjectType()
@Entity({ tableName: 'discipline_case' })
export class DisciplineCase extends UnitOwnedEntity {
  @Field(() => Cadre) @ManyToOne(() => Cadre, { index: true }) cadre!: Cadre;
  @Field(() => ID)
  get cadreId(): string {
    return this.cadre.id;
  }
  @Field(() => DisciplineStatus) @Enum({ items: () => Object.values(DisciplineStatus), type: 'string', length: 16, index: true }) status: DisciplineStatus = DisciplineStatus.OPEN;
  @Field(() => String) @Property({ type: 'text' }) facts!: string;
  @Field(() => DateScalar) @Property({ type: 'string', length: 10, index: true }) openedOn!: string;
  @Field(() => DisciplineLevel, { nullable: true }) @Enum({ items: () => Object.values(DisciplineLevel), type: 'string', length: 16, nullable: true }) level?: DisciplineLevel | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) decision?: string | null;
  @Field(() => String, { nullable: true, description: 'the decision’s document number (文号)' }) @Property({ type: 'string', length: L.decisionNumber.max, nullable: true }) decisionNumber?: string | null;
  @Field(() => DateScalar, { nullable: true }) @Property({ type: 'string', length: 10, nullable: true }) decidedOn?: string | null;
  /** the deciding user; the name below is what people see (users are read by admins only) */
  @ManyToOne(() => User, { nullable: true }) decidedBy?: User | null;
  @Field(() => String, { nullable: true, description: 'who decided, by name' }) @Property({ type: 'string', length: 32, nullable: true }) decidedByName?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) rectificationRequirement?: string | null;
  @Field(() => DateScalar, { nullable: true }) @Property({ type: 'string', length: 10, nullable: true }) rectificationDeadline?: string | null;
  @Field(() => String, { nullable: true, description: 'the unit’s report of its rectification' }) @Property({ type: 'text', nullable: true }) rectificationAnswer?: string | null;
  @Field(() => DateScalar, { nullable: true }) @Property({ type: 'string', length: 10, nullable: true }) answeredOn?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: 32, nullable: true }) answeredByName?: string | null;
  @Field(() => DateScalar, { nullable: true }) @Property({ type: 'string', length: 10, nullable: true }) acceptedOn?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) acceptanceNote?: string | null;
  @Field(() => String, { nullable: true, description: 'why the last answer was returned' }) @Property({ type: 'text', nullable: true }) returnReason?: string | null;
  @Field(() => DateScalar, { nullable: true }) @Property({ type: 'string', length: 10, nullable: true }) closedOn?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) closingNote?: string | null;
  /** MGT-3 the exit that carried out an adjustment or serious handling that ends service */
  @Field(() => ID, { nullable: true }) @Property({ type: 'string', length: 36, nullable: true }) exitRecordId?: string | null;
}

/** MGT-1 / INS-1 an inspection finding a case rests on (by reference: the finding's id, no foreign key) */
@ObjectType()
@Entity({ tableName: 'discipline_case_finding' })
@Unique({ name: 'discipline_case_finding_case_id_finding_id_unique', properties: ['disciplineCase', 'findingId'] })
export class DisciplineCaseFinding extends UnitOwnedEntity {
  @ManyToOne(() => DisciplineCase, { fieldName: 'case_id' }) disciplineCase!: DisciplineCase;
  @Field(() => String) @Property({ type: 'string', length: 64 }) findingId!: string;
}
