import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { SelectionMethod } from '../graphql/enums';
import { DateScalar } from '../graphql/scalars';
import { UnitOwnedEntity } from '../common/unit-owned.entity';
import { Post } from '../org/post.entity';
import { Cadre } from './cadre.entity';

/**
 * SEL-2 A cadre holding a post from `startDate` until `endDate` (the day the post is left;
 * open while null). History is never deleted: leaving a post sets the end date.
 *
 * One holder per post at a time: the periods [startDate, endDate) of one post never overlap. On
 * PostgreSQL an exclusion constraint; on SQLite an index of the same name and two triggers (see the
 * migrations). The schema diff compares such an index by name only.
 */
@ObjectType()
@Entity({ tableName: 'appointment' })
@Index({
  name: 'appointment_post_no_overlap',
  expression: `alter table "appointment" add constraint "appointment_post_no_overlap" exclude using gist ("post_id" with =, daterange("iso_date"("start_date"), "iso_date"("end_date"), '[)') with &&)`,
})
export class Appointment extends UnitOwnedEntity {
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

  /** indexed: lists of appointments are ordered by it, newest first (a page is read from the index) */
  @Field(() => DateScalar)
  @Property({ type: 'string', length: 10, index: true })
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

  /** MGT-3 the exit that ended this appointment, if one did */
  @Field(() => ID, { nullable: true })
  @Property({ type: 'string', length: 36, nullable: true })
  endedByExitId?: string | null;
}
