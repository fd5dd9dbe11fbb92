import { Entity, Property, Unique } from '@mikro-orm/core';
import { TEXT_LIMITS } from '@liangwei/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';

/** A policy parameter's value for one year, set by an admin over the default. */
@ObjectType()
@Entity({ tableName: 'policy_value' })
@Unique({ properties: ['year', 'key'] })
export class PolicyValue extends BaseEntity {
  @Field(() => Int) @Property({ type: 'integer', index: true }) year!: number;
  @Field(() => String) @Property({ type: 'string', length: TEXT_LIMITS.PolicyValue.key.max }) key!: string;
  /** flags are stored as 0 / 1 */
  @Field(() => Float) @Property({ type: 'double' }) value!: number;
}
