import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { TEXT_LIMITS } from '@liangwei/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PostTitle } from '../graphql/enums';
import { DateScalar } from '../graphql/scalars';
import { UnitOwnedEntity } from '../common/unit-owned.entity';
import { Cadre } from '../cadre/cadre.entity';
import { LogCheckOutcome } from './enums';

/**
 * PAY-1 A cadre's annual base pay (基本报酬) for a year and the post it is paid for, entered by
 * the subdistrict; compared with the post's floor. One record per cadre and year: a cadre holding
 * two posts (一肩挑) is recorded under the post with the higher floor.
 */
@ObjectType()
@Entity({ tableName: 'pay_record' })
@Unique({ properties: ['cadre', 'year'] })
export class PayRecord extends UnitOwnedEntity {
  @Field(() => Cadre) @ManyToOne(() => Cadre, { index: true }) cadre!: Cadre;
  @Field(() => ID)
  get cadreId(): string {
    return this.cadre.id;
  }
  @Field(() => Int) @Property({ type: 'integer', index: true }) year!: number;
  @Field(() => PostTitle, { description: 'the post the pay is for' }) @Enum({ items: () => Object.values(PostTitle), type: 'string', length: 32 }) title!: PostTitle;
  @Field(() => Float, { description: 'yuan per year' }) @Property({ type: 'double' }) amount!: number;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) note?: string | null;
}

/** INS-2 An entry of a cadre's duty log (履责全程纪实日志), kept by the unit. */
@ObjectType()
@Entity({ tableName: 'duty_log_entry' })
export class DutyLogEntry extends UnitOwnedEntity {
  @Field(() => Cadre) @ManyToOne(() => Cadre, { index: true }) cadre!: Cadre;
  @Field(() => ID)
  get cadreId(): string {
    return this.cadre.id;
  }
  @Field(() => DateScalar) @Property({ type: 'string', length: 10, index: true }) date!: string;
  @Field(() => String) @Property({ type: 'text' }) content!: string;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: TEXT_LIMITS.DutyLogEntry.category.max, nullable: true }) category?: string | null;
}

/** INS-2 The subdistrict's monthly check of a secretary's duty log; one per secretary and month. */
@ObjectType()
@Entity({ tableName: 'duty_log_check' })
@Unique({ properties: ['cadre', 'month'] })
export class DutyLogCheck extends UnitOwnedEntity {
  @Field(() => Cadre) @ManyToOne(() => Cadre, { index: true }) cadre!: Cadre;
  @Field(() => ID)
  get cadreId(): string {
    return this.cadre.id;
  }
  @Field(() => String, { description: 'the month checked, YYYY-MM' }) @Property({ type: 'string', length: TEXT_LIMITS.DutyLogCheck.month.max, index: true }) month!: string;
  @Field(() => LogCheckOutcome) @Enum({ items: () => Object.values(LogCheckOutcome), type: 'string', length: 8 }) outcome!: LogCheckOutcome;
  @Field(() => String, { nullable: true, description: 'required when the check failed' }) @Property({ type: 'text', nullable: true }) remarks?: string | null;
  @Field(() => String, { description: 'the user who recorded the check' }) @Property({ type: 'string', length: 32 }) checkedBy!: string;
}
