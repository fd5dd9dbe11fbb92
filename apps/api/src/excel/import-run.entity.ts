import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';
import { DateTimeScalar } from '../graphql/scalars';
import { Unit } from '../org/unit.entity';

/** The state of a roster import: running (rows being written), done (committed) or failed (nothing written). */
export const ImportStatus = { RUNNING: 'RUNNING', SUCCEEDED: 'SUCCEEDED', FAILED: 'FAILED' } as const;
export type ImportStatus = (typeof ImportStatus)[keyof typeof ImportStatus];
registerEnumType(ImportStatus, { name: 'ImportStatus', description: 'a roster import: RUNNING, SUCCEEDED (all rows written) or FAILED (nothing written)' });

/**
 * One import of the roster (花名册) from Excel: who, when, which file, how many rows, and what
 * it created, updated and left unchanged. A unit user's import belongs to its unit (and is seen
 * by that unit only); an admin's belongs to no unit.
 */
@ObjectType()
@Entity({ tableName: 'import_run' })
export class ImportRun extends BaseEntity {
  /** the unit of a unit user's import; null for the subdistrict's */
  @Field(() => Unit, { nullable: true })
  @ManyToOne(() => Unit, { nullable: true, index: true })
  unit?: Unit | null;

  @Field(() => ID, { nullable: true })
  get unitId(): string | null {
    return this.unit?.id ?? null;
  }

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 32 })
  username!: string;

  @Field(() => ImportStatus)
  @Enum({ items: () => Object.values(ImportStatus), type: 'string', length: 16 })
  status: ImportStatus = ImportStatus.RUNNING;

  @Field(() => Int)
  @Property({ type: 'integer' })
  rowsTotal: number = 0;

  /** rows written so far (the running job's own count while it runs in this process) */
  @Field(() => Int)
  @Property({ type: 'integer' })
  rowsDone: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer' })
  created: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer' })
  updated: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer' })
  unchanged: number = 0;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  error?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  errorZh?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: Date, nullable: true })
  finishedAt?: Date | null;
}
