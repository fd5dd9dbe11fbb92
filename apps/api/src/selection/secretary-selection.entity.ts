import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { TEXT_LIMITS } from '@liangwei/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Judgement, SelectionMethod, SourceCategory } from '../graphql/enums';
import { UnitOwnedEntity } from '../common/unit-owned.entity';
import { Appointment } from '../cadre/appointment.entity';

const judgement = () => ({ items: () => Object.values(Judgement), type: 'string', length: 8 }) as const;

/** SEL-3..5 How a Party secretary was selected: source, method, 双强双好, dispatch. One per secretary appointment. */
@ObjectType()
@Entity({ tableName: 'secretary_selection' })
export class SecretarySelection extends UnitOwnedEntity {
  @Field(() => Appointment)
  @ManyToOne(() => Appointment, { unique: true })
  appointment!: Appointment;

  @Field(() => ID)
  get appointmentId(): string {
    return this.appointment.id;
  }

  @Field(() => SourceCategory) @Enum({ items: () => Object.values(SourceCategory), type: 'string', length: 40 }) sourceCategory!: SourceCategory;
  @Field(() => SelectionMethod) @Enum({ items: () => Object.values(SelectionMethod), type: 'string', length: 40 }) method!: SelectionMethod;
  @Field(() => Judgement) @Enum(judgement()) developmentAbility!: Judgement;
  @Field(() => Judgement) @Enum(judgement()) stabilityAbility!: Judgement;
  @Field(() => Judgement) @Enum(judgement()) servesPeople!: Judgement;
  @Field(() => Judgement) @Enum(judgement()) buildsOrganisation!: Judgement;
  /** 选派: no local candidate was suitable */
  @Field(() => Boolean) @Property({ type: 'boolean' }) dispatched: boolean = false;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: TEXT_LIMITS.SecretarySelection.dispatchedFrom.max, nullable: true }) dispatchedFrom?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) noLocalCandidateReason?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) note?: string | null;
}
