import { Entity, ManyToOne } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from './base.entity';
import { Unit } from '../org/unit.entity';

/**
 * A row that belongs to a unit. The `unit` column alone decides who may see it (ROLE-3): the
 * data-layer scope applies to every entity that extends this class.
 */
@ObjectType()
@Entity({ abstract: true })
export abstract class UnitOwnedEntity extends BaseEntity {
  @Field(() => Unit)
  @ManyToOne(() => Unit, { index: true })
  unit!: Unit;

  @Field(() => ID)
  get unitId(): string {
    return this.unit.id;
  }
}
