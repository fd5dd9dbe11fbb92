import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { TEXT_LIMITS } from '@liangwei/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../graphql/scalars';
import { BaseEntity } from '../common/base.entity';
import { UnitOwnedEntity } from '../common/unit-owned.entity';
import { Cadre } from '../cadre/cadre.entity';
import { AssessmentIndicator } from '../assessment/assessment.entities';
import { FindingCategory, FindingSeverity, NoticeStatus, RectificationStatus, RectificationStep } from './enums';

/** INS-1 A month's inspection (督查) of the units' and cadres' daily duty performance: subdistrict data. */
@ObjectType()
@Entity({ tableName: 'inspection_round' })
export class InspectionRound extends BaseEntity {
  @Field(() => String, { description: 'the month inspected, YYYY-MM' })
  @Property({ type: 'string', length: TEXT_LIMITS.InspectionRound.month.max, index: true })
  month!: string;
  @Field(() => String, { nullable: true, description: 'who inspected' })
  @Property({ type: 'string', length: TEXT_LIMITS.InspectionRound.inspectors.max, nullable: true })
  inspectors?: string | null;
  @Field(() => String, { nullable: true, description: 'what and which units were inspected' }) @Property({ type: 'text', nullable: true }) scope?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) note?: string | null;
}

/** INS-1 A line of an issued notice as written: text only, no rectification record (ROLE-3: every unit reads it). */
@ObjectType({ description: 'INS-1 a finding as written in an issued notice (the text every unit reads)' })
export class InspectionNoticeItem {
  @Field(() => String) unitName!: string;
  @Field(() => String, { nullable: true }) cadreName!: string | null;
  @Field(() => String, { description: 'the category in words (zh-CN)' }) category!: string;
  @Field(() => String, { description: 'the severity in words (zh-CN)' }) severity!: string;
  @Field(() => String) facts!: string;
  @Field(() => String) requiredRectification!: string;
  @Field(() => DateScalar, { nullable: true }) deadline!: string | null;
}

/**
 * INS-1 The month's written notice (书面通报): a draft until issued; an issued notice is frozen, and
 * a correction is an explicit re-issue (a new revision under the same number, the old one kept as
 * superseded). Every unit reads issued notices as written (ROLE-3): their text and the findings'
 * text, never the rectification records.
 */
@ObjectType()
@Entity({ tableName: 'inspection_notice' })
// INS-1 one notice per number and year (a corrected re-issue is the next revision of the same number)
@Unique({ name: 'inspection_notice_year_number_revision_unique', properties: ['year', 'number', 'revision'] })
export class InspectionNotice extends BaseEntity {
  @Field(() => InspectionRound) @ManyToOne(() => InspectionRound, { index: true }) round!: InspectionRound;
  @Field(() => ID)
  get roundId(): string {
    return this.round.id;
  }
  @Field(() => Int) @Property({ type: 'integer', index: true }) year!: number;
  @Field(() => Int, { description: 'the issue number within the year (第N期)' }) @Property({ type: 'integer' }) number!: number;
  @Field(() => Int, { description: '1, then 2, 3 … for each corrected re-issue' }) @Property({ type: 'integer' }) revision: number = 1;
  @Field(() => String) @Property({ type: 'string', length: 200 }) title!: string;
  @Field(() => DateScalar) @Property({ type: 'string', length: 10 }) date!: string;
  @Field(() => String, { nullable: true, description: 'the notice’s text (before the findings)' }) @Property({ type: 'text', nullable: true }) body?: string | null;
  @Field(() => NoticeStatus) @Enum({ items: () => Object.values(NoticeStatus), type: 'string', length: 16, index: true }) status: NoticeStatus = NoticeStatus.DRAFT;
  @Field(() => DateTimeScalar, { nullable: true }) @Property({ type: Date, nullable: true }) issuedAt?: Date | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: 32, nullable: true }) issuedBy?: string | null;
  @Field(() => String, { nullable: true, description: 'why this revision corrects the previous one' }) @Property({ type: 'text', nullable: true }) reissueReason?: string | null;
  @Field(() => ID, { nullable: true, description: 'the revision this one corrects' }) @Property({ type: 'string', length: 36, nullable: true }) previousId?: string | null;
  /** the findings as written when issued (frozen with the notice) */
  @Property({ type: 'json', nullable: true }) snapshot?: InspectionNoticeItem[] | null;
}

/** INS-1 / INS-3 What an inspection found in a unit (and of a cadre), the rectification required and its follow-up. */
@ObjectType()
@Entity({ tableName: 'inspection_finding' })
export class InspectionFinding extends UnitOwnedEntity {
  @Field(() => InspectionRound) @ManyToOne(() => InspectionRound, { index: true }) round!: InspectionRound;
  @Field(() => ID)
  get roundId(): string {
    return this.round.id;
  }
  @Field(() => Cadre, { nullable: true, description: 'the cadre concerned, when the finding is about a person' }) @ManyToOne(() => Cadre, { nullable: true, index: true }) cadre?: Cadre | null;
  @Field(() => ID, { nullable: true })
  get cadreId(): string | null {
    return this.cadre?.id ?? null;
  }
  @Field(() => FindingCategory) @Enum({ items: () => Object.values(FindingCategory), type: 'string', length: 32 }) category!: FindingCategory;
  @Field(() => FindingSeverity) @Enum({ items: () => Object.values(FindingSeverity), type: 'string', length: 16 }) severity!: FindingSeverity;
  @Field(() => String) @Property({ type: 'text' }) facts!: string;
  @Field(() => String) @Property({ type: 'text' }) requiredRectification!: string;
  @Field(() => DateScalar, { nullable: true }) @Property({ type: 'string', length: 10, nullable: true, index: true }) deadline?: string | null;
  @Field(() => Cadre, { nullable: true, description: 'who answers for the rectification' }) @ManyToOne(() => Cadre, { nullable: true }) responsibleCadre?: Cadre | null;
  @Field(() => ID, { nullable: true })
  get responsibleCadreId(): string | null {
    return this.responsibleCadre?.id ?? null;
  }
  @Field(() => RectificationStatus) @Enum({ items: () => Object.values(RectificationStatus), type: 'string', length: 16, index: true }) status: RectificationStatus = RectificationStatus.OPEN;
  @Field(() => DateScalar, { nullable: true, description: 'the date of the notice that first made it known (units see it from then)' })
  @Property({ type: 'string', length: 10, nullable: true, index: true })
  issuedOn?: string | null;
  @Field(() => InspectionNotice, { nullable: true, description: 'the issued notice it is written in' }) @ManyToOne(() => InspectionNotice, { nullable: true, index: true }) notice?: InspectionNotice | null;
  @Field(() => ID, { nullable: true })
  get noticeId(): string | null {
    return this.notice?.id ?? null;
  }
  @Field(() => AssessmentIndicator, { nullable: true, description: 'INS-3 the indicator of the year’s assessment a deduction is proposed on' })
  @ManyToOne(() => AssessmentIndicator, { nullable: true, index: true })
  proposedIndicator?: AssessmentIndicator | null;
  @Field(() => ID, { nullable: true })
  get proposedIndicatorId(): string | null {
    return this.proposedIndicator?.id ?? null;
  }
  @Field(() => Float, { nullable: true, description: 'INS-3 points proposed to deduct' }) @Property({ type: 'double', nullable: true }) proposedDeduction?: number | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'INS-3 when the deduction was applied to the score' }) @Property({ type: Date, nullable: true }) deductionAppliedAt?: Date | null;
}

/** INS-1 One step of a rectification, kept for ever: the unit's report, the subdistrict's acceptance or return (with its reason). */
@ObjectType()
@Entity({ tableName: 'rectification_report' })
export class RectificationReport extends UnitOwnedEntity {
  @Field(() => InspectionFinding) @ManyToOne(() => InspectionFinding, { index: true }) finding!: InspectionFinding;
  @Field(() => ID)
  get findingId(): string {
    return this.finding.id;
  }
  @Field(() => RectificationStep) @Enum({ items: () => Object.values(RectificationStep), type: 'string', length: 16 }) step!: RectificationStep;
  @Field(() => String, { nullable: true, description: 'what was done (a report), the reason (a return) or a remark (an acceptance)' }) @Property({ type: 'text', nullable: true }) content?: string | null;
  @Field(() => DateScalar) @Property({ type: 'string', length: 10 }) date!: string;
  @Field(() => RectificationStatus) @Enum({ items: () => Object.values(RectificationStatus), type: 'string', length: 16 }) statusAfter!: RectificationStatus;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: 32, nullable: true }) byUsername?: string | null;
}

/** INS-3 A finding's deduction applied to the assessment score: once per finding (a database constraint). */
@ObjectType()
@Entity({ tableName: 'inspection_deduction' })
@Unique({ name: 'inspection_deduction_finding_id_unique', properties: ['finding'] })
export class InspectionDeduction extends UnitOwnedEntity {
  @ManyToOne(() => InspectionFinding) finding!: InspectionFinding;
  @ManyToOne(() => AssessmentIndicator) indicator!: AssessmentIndicator;
  @Field(() => Int) @Property({ type: 'integer' }) year!: number;
  @Field(() => Float) @Property({ type: 'double' }) points!: number;
  @Field(() => Float) @Property({ type: 'double' }) pointsBefore!: number;
  @Field(() => Float) @Property({ type: 'double' }) pointsAfter!: number;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: 32, nullable: true }) appliedBy?: string | null;
}
