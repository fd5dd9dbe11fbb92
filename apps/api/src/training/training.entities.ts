import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { TEXT_LIMITS } from '@liangwei/domain';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { TrainingKind } from '../graphql/enums';
import { DateScalar } from '../graphql/scalars';
import { BaseEntity } from '../common/base.entity';
import { UnitOwnedEntity } from '../common/unit-owned.entity';
import { Cadre } from '../cadre/cadre.entity';

/** TRN-1 A training session or study trip organised by the subdistrict (subdistrict data). */
@ObjectType()
@Entity({ tableName: 'training_session' })
export class TrainingSession extends BaseEntity {
  @Field(() => String) @Property({ type: 'string', length: TEXT_LIMITS.TrainingSession.title.max }) title!: string;
  @Field(() => TrainingKind) @Enum({ items: () => Object.values(TrainingKind), type: 'string', length: 16 }) kind!: TrainingKind;
  @Field(() => DateScalar) @Property({ type: 'string', length: 10, index: true }) startDate!: string;
  @Field(() => DateScalar) @Property({ type: 'string', length: 10 }) endDate!: string;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: TEXT_LIMITS.TrainingSession.place.max, nullable: true }) place?: string | null;
  @Field(() => Float) @Property({ type: 'double' }) hours!: number;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: TEXT_LIMITS.TrainingSession.organiser.max, nullable: true }) organiser?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) outcome?: string | null;
}

/** TRN-1/2 A cadre's place in a session; the unit confirms attendance (null = not yet confirmed). */
@ObjectType()
@Entity({ tableName: 'training_participation' })
@Unique({ properties: ['session', 'cadre'] })
export class TrainingParticipation extends UnitOwnedEntity {
  @Field(() => TrainingSession) @ManyToOne(() => TrainingSession, { index: true }) session!: TrainingSession;
  @Field(() => ID)
  get sessionId(): string {
    return this.session.id;
  }
  @Field(() => Cadre) @ManyToOne(() => Cadre, { index: true }) cadre!: Cadre;
  @Field(() => ID)
  get cadreId(): string {
    return this.cadre.id;
  }
  @Field(() => Boolean, { nullable: true }) @Property({ type: 'boolean', nullable: true }) attended?: boolean | null;
  /** hours credited; the session's hours unless set */
  @Field(() => Float, { nullable: true }) @Property({ type: 'double', nullable: true }) hours?: number | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: 32, nullable: true }) confirmedBy?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) note?: string | null;
}
