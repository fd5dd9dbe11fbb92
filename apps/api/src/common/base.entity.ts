import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars';

/**
 * Every stored entity: an opaque string id (a UUID, the same on SQLite and PostgreSQL), an
 * optimistic-lock `version` and timestamps. Each class is both the MikroORM entity and the
 * GraphQL object type.
 */
@ObjectType()
@Entity({ abstract: true })
export abstract class BaseEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  /** Optimistic locking: `updateX(version:)` must match, and a concurrent write loses (CONFLICT). */
  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;

  // `type: Date`, not 'datetime': SQLite stores instants as numbers, and only a Date-typed property is
  // compared by value; with 'datetime' every loaded row looked changed and was rewritten on each flush.
  @Field(() => DateTimeScalar)
  @Property({ type: Date })
  createdAt: Date = new Date();

  @Field(() => DateTimeScalar)
  @Property({ type: Date, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
