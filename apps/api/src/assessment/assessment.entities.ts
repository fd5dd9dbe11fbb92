import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { TEXT_LIMITS } from '@liangwei/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { UnitKind } from '../graphql/enums';
import { DateTimeScalar } from '../graphql/scalars';
import { BaseEntity } from '../common/base.entity';
import { UnitOwnedEntity } from '../common/unit-owned.entity';
import { Unit } from '../org/unit.entity';
import { Cadre } from '../cadre/cadre.entity';
import { AssessmentYearStatus, CampaignYear, ConsequenceKind, ConsequenceStatus } from './enums';

/** ASM-1/5 An assessment year: a draft until published; publishing freezes its scores. */
@ObjectType()
@Entity({ tableName: 'assessment_year' })
export class AssessmentYear extends BaseEntity {
  @Field(() => Int) @Property({ type: 'integer', unique: true }) year!: number;

  @Field(() => AssessmentYearStatus)
  @Enum({ items: () => Object.values(AssessmentYearStatus), type: 'string', length: 16 })
  status: AssessmentYearStatus = AssessmentYearStatus.DRAFT;

  @Field(() => CampaignYear, { nullable: true })
  @Enum({ items: () => Object.values(CampaignYear), type: 'string', length: 16, nullable: true })
  campaignYear?: CampaignYear | null;

  @Field(() => DateTimeScalar, { nullable: true }) @Property({ type: Date, nullable: true }) publishedAt?: Date | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: 32, nullable: true }) publishedBy?: string | null;
  @Field(() => Int) @Property({ type: 'integer' }) reopenCount: number = 0;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) lastReopenReason?: string | null;
  /** the policy parameters in force when the year was published: awards keep using them (ASM-5) */
  @Property({ type: 'json', nullable: true }) policySnapshot?: Record<string, number | boolean> | null;
}

/** ASM-1 An indicator of a year's catalogue with its maximum points. */
@ObjectType()
@Entity({ tableName: 'assessment_indicator' })
@Unique({ properties: ['year', 'name'] })
export class AssessmentIndicator extends BaseEntity {
  @Field(() => Int) @Property({ type: 'integer', index: true }) year!: number;
  @Field(() => String) @Property({ type: 'string', length: TEXT_LIMITS.AssessmentIndicator.name.max }) name!: string;
  @Field(() => Float) @Property({ type: 'double' }) maxPoints!: number;
  @Field(() => Int) @Property({ type: 'integer' }) sortOrder: number = 0;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) description?: string | null;
}

/** ASM-1/2 A unit's points on one indicator, entered by the subdistrict; a deduction carries its reason. */
@ObjectType()
@Entity({ tableName: 'assessment_score' })
@Unique({ properties: ['unit', 'indicator'] })
export class AssessmentScore extends UnitOwnedEntity {
  @Field(() => AssessmentIndicator) @ManyToOne(() => AssessmentIndicator, { index: true }) indicator!: AssessmentIndicator;
  @Field(() => ID)
  get indicatorId(): string {
    return this.indicator.id;
  }
  @Field(() => Int) @Property({ type: 'integer', index: true }) year!: number;
  @Field(() => Float) @Property({ type: 'double' }) points!: number;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) note?: string | null;
}

/**
 * ASM-3 A published ranking row, stored when the year is published so that later edits cannot
 * change what was decided. Every unit reads the published ranking (ASM-2), so the unit is kept
 * under another name than `unit`: these rows are not scoped to the viewer's unit.
 */
@ObjectType()
@Entity({ tableName: 'ranking_entry' })
@Unique({ properties: ['year', 'rankedUnit'] })
export class RankingEntry extends BaseEntity {
  @Field(() => Int) @Property({ type: 'integer', index: true }) year!: number;
  @ManyToOne(() => Unit) rankedUnit!: Unit;
  @Field(() => UnitKind) @Enum({ items: () => Object.values(UnitKind), type: 'string', length: 16 }) kind!: UnitKind;
  @Field(() => Float) @Property({ type: 'double' }) total!: number;
  @Field(() => Int) @Property({ type: 'integer' }) rank!: number;
  @Field(() => Boolean) @Property({ type: 'boolean' }) isLast!: boolean;
  /** the unit's main leader on the publishing date (PAY-4 recipient, MGT-2 subject) */
  @Property({ type: 'string', length: 36, nullable: true }) mainLeaderId?: string | null;
  @Property({ type: 'string', length: 50, nullable: true }) mainLeaderName?: string | null;
}

@ObjectType({ description: 'MGT-2 one year of the evidence: the unit was last in its kind with this total' })
export class ConsequenceEvidence {
  @Field(() => Int) year!: number;
  @Field(() => UnitKind) kind!: UnitKind;
  @Field(() => Int) rank!: number;
  @Field(() => Float) total!: number;
}

/** MGT-2 A consequence proposed on publishing, with its evidence; an admin confirms or dismisses it. */
@ObjectType()
@Entity({ tableName: 'consequence' })
// MGT-2 one consequence per unit, year, kind and main leader (proposals withdrawn by a re-opening excepted)
@Unique({
  name: 'consequence_unit_year_kind_subject_unique',
  expression: `create unique index "consequence_unit_year_kind_subject_unique" on "consequence" ("unit_id", "year", "kind", coalesce("subject_id", '')) where not "withdrawn_by_reopen"`,
})
export class Consequence extends UnitOwnedEntity {
  @Field(() => Int) @Property({ type: 'integer', index: true }) year!: number;
  @Field(() => ConsequenceKind) @Enum({ items: () => Object.values(ConsequenceKind), type: 'string', length: 24 }) kind!: ConsequenceKind;
  @Field(() => ConsequenceStatus) @Enum({ items: () => Object.values(ConsequenceStatus), type: 'string', length: 16 }) status: ConsequenceStatus = ConsequenceStatus.PROPOSED;
  /** the main leader on the publishing date */
  @Field(() => Cadre, { nullable: true }) @ManyToOne(() => Cadre, { nullable: true }) subject?: Cadre | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: 50, nullable: true }) subjectName?: string | null;
  @Field(() => [ConsequenceEvidence]) @Property({ type: 'json' }) evidence: ConsequenceEvidence[] = [];
  @Field(() => Int) @Property({ type: 'integer' }) streakYears: number = 1;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: 32, nullable: true }) decidedBy?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) @Property({ type: Date, nullable: true }) decidedAt?: Date | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) reason?: string | null;
  /** ASM-5 dismissed by re-opening the year (not by a person): a republication may propose it again */
  @Field(() => Boolean) @Property({ type: 'boolean' }) withdrawnByReopen: boolean = false;
  /** MGT-3 the exit that carried out a confirmed removal */
  @Field(() => ID, { nullable: true }) @Property({ type: 'string', length: 36, nullable: true }) exitRecordId?: string | null;
}
