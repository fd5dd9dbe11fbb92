import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { PostTitle } from '../graphql/enums';
import { BaseEntity } from '../common/base.entity';
import { Unit } from './unit.entity';

/** ORG-4 A post (岗位) of a unit's two-committee team: one seat, held by one cadre at a time. */
@ObjectType()
@Entity({ tableName: 'post' })
export class Post extends BaseEntity {
  @Field(() => Unit)
  @ManyToOne(() => Unit, { index: true })
  unit!: Unit;

  @Field(() => ID)
  get unitId(): string {
    return this.unit.id;
  }

  @Field(() => PostTitle)
  @Enum({ items: () => Object.values(PostTitle), type: 'string', length: 32 })
  title!: PostTitle;

  /** The name shown, e.g. "党总支书记" or "村委会委员(治保)"; defaults to the title's label. */
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;
}
