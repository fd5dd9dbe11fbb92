import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { SelectionMethod } from '../graphql/enums';
import { DateScalar } from '../graphql/scalars';
import { BaseEntity } from '../common/base.entity';
import { Unit } from '../org/unit.entity';
import { Post } from '../org/post.entity';
import { Cadre } from './cadre.entity';

/**
 * SEL-2 A cadre holding a post from `startDate` until `endDate` (the day the post is left;
 * open while null). History is never deleted: leaving a post sets the end date.
 */
@ObjectType()
@Entity({ tableName: 'appointment' })
export class Appointment extends BaseEntity {
  /** The post's unit, kept on the row so one column decides visibility (ROLE-3). */
  @Field(() => Unit)
  @ManyToOne(() => Unit, { index: true })
  unit!: Unit;

  @Field(() => ID)
  get unitId(): string {
    return this.unit.id;
  }

  @Field(() => Cadre)
  @ManyToOne(() => Cadre, { index: true })
  cadre!: Cadre;

  @Field(() => ID)
  get cadreId(): string {
    return this.cadre.id;
  }

  @Field(() => Post)
  @ManyToOne(() => Post, { index: true })
  post!: Post;

  @Field(() => ID)
  get postId(): string {
    return this.post.id;
  }

  @Field(() => DateScalar)
  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'string', length: 10, nullable: true })
  endDate?: string | null;

  @Field(() => SelectionMethod, { nullable: true })
  @Enum({ items: () => Object.values(SelectionMethod), type: 'string', length: 40, nullable: true })
  selectionMethod?: SelectionMethod | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
