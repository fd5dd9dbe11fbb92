import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { TEXT_LIMITS } from '@liangwei/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PostTitle } from '../graphql/enums';
import { DateScalar } from '../graphql/scalars';
import { BaseEntity } from '../common/base.entity';
import { UnitOwnedEntity } from '../common/unit-owned.entity';
import { Post } from '../org/post.entity';
import { CommitmentMethod, Fulfilment, PlanItemKind, PlanStatus, ProgressStatus } from './enums';

/** TGT-1 The subdistrict's template of a post title's duties (岗位职责), edited by its admins. */
@ObjectType()
@Entity({ tableName: 'duty_template' })
export class DutyTemplate extends BaseEntity {
  @Field(() => PostTitle) @Enum({ items: () => Object.values(PostTitle), type: 'string', length: 32, unique: true }) title!: PostTitle;
  @Field(() => String) @Property({ type: 'text' }) duties!: string;
}

/** TGT-1 The duties of one post of a unit: the unit refines its own post's duties over the template. One per post. */
@ObjectType()
@Entity({ tableName: 'post_duty' })
export class PostDuty extends UnitOwnedEntity {
  @Field(() => Post) @ManyToOne(() => Post, { unique: true }) post!: Post;
  @Field(() => ID)
  get postId(): string {
    return this.post.id;
  }
  @Field(() => String) @Property({ type: 'text' }) duties!: string;
}

/** TGT-1 A term target (任期目标) of a unit's team for its term. */
@ObjectType()
@Entity({ tableName: 'term_target' })
export class TermTarget extends UnitOwnedEntity {
  @Field(() => Int) @Property({ type: 'integer', index: true }) startYear!: number;
  @Field(() => Int) @Property({ type: 'integer' }) endYear!: number;
  @Field(() => String) @Property({ type: 'text' }) content!: string;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) note?: string | null;
}

/**
 * TGT-1/2 A unit's annual plan (年度计划) for a year, with its targets and practical matters
 * (`PlanItem`), and where it stands in the workflow. One per unit and year.
 */
@ObjectType()
@Entity({ tableName: 'annual_plan' })
@Unique({ properties: ['unit', 'year'] })
export class AnnualPlan extends UnitOwnedEntity {
  @Field(() => Int) @Property({ type: 'integer', index: true }) year!: number;
  @Field(() => PlanStatus) @Enum({ items: () => Object.values(PlanStatus), type: 'string', length: 16, index: true }) status: PlanStatus = PlanStatus.DRAFT;
  @Field(() => String, { nullable: true, description: 'how the public was consulted on the draft (征求意见)' })
  @Property({ type: 'text', nullable: true })
  consultation?: string | null;
  @Field(() => DateScalar, { nullable: true }) @Property({ type: 'string', length: 10, nullable: true }) submittedOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) @Property({ type: 'string', length: 10, nullable: true }) approvedOn?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: 32, nullable: true }) approvedBy?: string | null;
  @Field(() => DateScalar, { nullable: true }) @Property({ type: 'string', length: 10, nullable: true }) returnedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'the subdistrict’s comments when it returned the plan' }) @Property({ type: 'text', nullable: true }) returnComment?: string | null;
  @Field(() => DateScalar, { nullable: true }) @Property({ type: 'string', length: 10, nullable: true }) committedOn?: string | null;
  @Field(() => CommitmentMethod, { nullable: true })
  @Enum({ items: () => Object.values(CommitmentMethod), type: 'string', length: 32, nullable: true })
  commitmentMethod?: CommitmentMethod | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: TEXT_LIMITS.AnnualPlan.commitmentNote.max, nullable: true }) commitmentNote?: string | null;
  @Field(() => DateScalar, { nullable: true }) @Property({ type: 'string', length: 10, nullable: true }) judgedOn?: string | null;
  @Field(() => Fulfilment, { nullable: true }) @Enum({ items: () => Object.values(Fulfilment), type: 'string', length: 16, nullable: true }) overallFulfilment?: Fulfilment | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) judgementNote?: string | null;
}

/** TGT-1 An annual target (年度目标) or a practical matter (实事) of a plan, with its latest progress and its judgement. */
@ObjectType()
@Entity({ tableName: 'plan_item' })
export class PlanItem extends UnitOwnedEntity {
  @Field(() => AnnualPlan) @ManyToOne(() => AnnualPlan, { index: true }) plan!: AnnualPlan;
  @Field(() => ID)
  get planId(): string {
    return this.plan.id;
  }
  @Field(() => PlanItemKind) @Enum({ items: () => Object.values(PlanItemKind), type: 'string', length: 16 }) kind!: PlanItemKind;
  @Field(() => String) @Property({ type: 'string', length: TEXT_LIMITS.PlanItem.title.max }) title!: string;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) detail?: string | null;
  @Field(() => String, { nullable: true, description: 'for whom (a practical matter)' })
  @Property({ type: 'string', length: TEXT_LIMITS.PlanItem.beneficiaries.max, nullable: true })
  beneficiaries?: string | null;
  @Field(() => Float, { nullable: true, description: 'yuan' }) @Property({ type: 'double', nullable: true }) budget?: number | null;
  @Field(() => DateScalar, { nullable: true }) @Property({ type: 'string', length: 10, nullable: true }) deadline?: string | null;
  @Field(() => Int) @Property({ type: 'integer' }) sortOrder: number = 0;
  @Field(() => ProgressStatus) @Enum({ items: () => Object.values(ProgressStatus), type: 'string', length: 16 }) progressStatus: ProgressStatus = ProgressStatus.NOT_STARTED;
  @Field(() => Int) @Property({ type: 'integer' }) percent: number = 0;
  @Field(() => DateScalar, { nullable: true }) @Property({ type: 'string', length: 10, nullable: true }) progressOn?: string | null;
  @Field(() => Fulfilment, { nullable: true }) @Enum({ items: () => Object.values(Fulfilment), type: 'string', length: 16, nullable: true }) fulfilment?: Fulfilment | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: TEXT_LIMITS.PlanItem.judgementNote.max, nullable: true }) judgementNote?: string | null;
}

/** TGT-2 One progress report on a plan item, kept as history. */
@ObjectType()
@Entity({ tableName: 'plan_progress_update' })
export class PlanProgressUpdate extends UnitOwnedEntity {
  @Field(() => PlanItem) @ManyToOne(() => PlanItem, { index: true }) item!: PlanItem;
  @Field(() => ID)
  get itemId(): string {
    return this.item.id;
  }
  @Field(() => ProgressStatus) @Enum({ items: () => Object.values(ProgressStatus), type: 'string', length: 16 }) status!: ProgressStatus;
  @Field(() => Int) @Property({ type: 'integer' }) percent!: number;
  @Field(() => DateScalar) @Property({ type: 'string', length: 10, index: true }) date!: string;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) note?: string | null;
  @Field(() => String) @Property({ type: 'string', length: 32 }) byUsername!: string;
}
