import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { TEXT_LIMITS } from '@liangwei/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PairRelease, RecommendationSource, ReserveStatus, ReserveStepKind, SuccessionStatus, AssignmentKind } from '../graphql/enums';
import { DateScalar } from '../graphql/scalars';
import { UnitOwnedEntity } from '../common/unit-owned.entity';
import { Cadre } from '../cadre/cadre.entity';
import { Post } from '../org/post.entity';
import { Appointment } from '../cadre/appointment.entity';

/** RES-3 A cadre's candidacy for the reserve talent pool (后备干部人才库), through 三荐二议一审查. */
@ObjectType()
@Entity({ tableName: 'reserve_candidate' })
// RES-3 one live candidacy (under way or in the pool) per cadre
@Unique({
  name: 'reserve_candidate_cadre_live_unique',
  expression: `create unique index "reserve_candidate_cadre_live_unique" on "reserve_candidate" ("cadre_id") where "status" in ('RECOMMENDED', 'PROPOSED', 'COMMITTEE_APPROVED', 'IN_POOL')`,
})
export class ReserveCandidate extends UnitOwnedEntity {
  @Field(() => Cadre)
  @ManyToOne(() => Cadre, { index: true })
  cadre!: Cadre;

  @Field(() => ID)
  get cadreId(): string {
    return this.cadre.id;
  }

  @Field(() => RecommendationSource)
  @Enum({ items: () => Object.values(RecommendationSource), type: 'string', length: 16 })
  source!: RecommendationSource;

  @Field(() => ReserveStatus)
  @Enum({ items: () => Object.values(ReserveStatus), type: 'string', length: 24, index: true })
  status: ReserveStatus = ReserveStatus.RECOMMENDED;

  /** 民主推荐: eligible voters, present, votes for */
  @Field(() => Int, { nullable: true }) @Property({ type: 'integer', nullable: true }) votesEligible?: number | null;
  @Field(() => Int, { nullable: true }) @Property({ type: 'integer', nullable: true }) votesPresent?: number | null;
  @Field(() => Int, { nullable: true }) @Property({ type: 'integer', nullable: true }) votesFor?: number | null;

  @Field(() => DateScalar) @Property({ type: 'string', length: 10 }) recommendedOn!: string;
  @Field(() => DateScalar, { nullable: true }) @Property({ type: 'string', length: 10, nullable: true }) proposedOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) @Property({ type: 'string', length: 10, nullable: true }) committeeReviewedOn?: string | null;
  /** 两委集体审议 minutes */
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) committeeMinutes?: string | null;
  @Field(() => DateScalar, { nullable: true }) @Property({ type: 'string', length: 10, nullable: true }) subdistrictReviewedOn?: string | null;
  /** RES-4 in the pool from this date (the subdistrict's review) until `leftPoolOn` */
  @Field(() => DateScalar, { nullable: true }) @Property({ type: 'string', length: 10, nullable: true }) inPoolFrom?: string | null;
  @Field(() => DateScalar, { nullable: true }) @Property({ type: 'string', length: 10, nullable: true }) leftPoolOn?: string | null;

  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) note?: string | null;
}

/** RES-3 Each step of a candidacy: who, when, outcome. Never changed, never deleted. */
@ObjectType()
@Entity({ tableName: 'reserve_step' })
export class ReserveStepRecord extends UnitOwnedEntity {
  @Field(() => ReserveCandidate)
  @ManyToOne(() => ReserveCandidate, { index: true })
  candidate!: ReserveCandidate;

  @Field(() => ID)
  get candidateId(): string {
    return this.candidate.id;
  }

  @Field(() => ReserveStepKind)
  @Enum({ items: () => Object.values(ReserveStepKind), type: 'string', length: 24 })
  step!: ReserveStepKind;

  @Field(() => Boolean) @Property({ type: 'boolean' }) approved: boolean = true;
  @Field(() => ReserveStatus) @Enum({ items: () => Object.values(ReserveStatus), type: 'string', length: 24 }) resultingStatus!: ReserveStatus;
  @Field(() => DateScalar) @Property({ type: 'string', length: 10 }) date!: string;
  @Field(() => String) @Property({ type: 'string', length: 32 }) byUsername!: string;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) note?: string | null;
}

/** RES-5 A development assignment of a reserve (培养锻炼记录). */
@ObjectType()
@Entity({ tableName: 'reserve_assignment' })
export class ReserveAssignment extends UnitOwnedEntity {
  @Field(() => ReserveCandidate)
  @ManyToOne(() => ReserveCandidate, { index: true })
  reserveCandidate!: ReserveCandidate;

  @Field(() => ID)
  get reserveCandidateId(): string {
    return this.reserveCandidate.id;
  }

  @Field(() => AssignmentKind)
  @Enum({ items: () => Object.values(AssignmentKind), type: 'string', length: 32 })
  kind!: AssignmentKind;

  @Field(() => String) @Property({ type: 'string', length: TEXT_LIMITS.ReserveAssignment.title.max }) title!: string;
  @Field(() => DateScalar) @Property({ type: 'string', length: 10 }) startDate!: string;
  @Field(() => DateScalar, { nullable: true }) @Property({ type: 'string', length: 10, nullable: true }) endDate?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) outcome?: string | null;
}

/** RES-1 一职一备: a post paired with one in-pool reserve, from `pairedOn` until `releasedOn`. */
@ObjectType()
@Entity({ tableName: 'succession_pair' })
// RES-1 one active (unreleased) pair per post and one per reserve
@Unique({ name: 'succession_pair_post_active_unique', expression: 'create unique index "succession_pair_post_active_unique" on "succession_pair" ("post_id") where "released_on" is null' })
@Unique({ name: 'succession_pair_reserve_active_unique', expression: 'create unique index "succession_pair_reserve_active_unique" on "succession_pair" ("reserve_candidate_id") where "released_on" is null' })
export class SuccessionPair extends UnitOwnedEntity {
  @Field(() => Post)
  @ManyToOne(() => Post, { index: true })
  post!: Post;

  @Field(() => ID)
  get postId(): string {
    return this.post.id;
  }

  @Field(() => ReserveCandidate)
  @ManyToOne(() => ReserveCandidate, { index: true })
  reserveCandidate!: ReserveCandidate;

  @Field(() => ID)
  get reserveCandidateId(): string {
    return this.reserveCandidate.id;
  }

  @Field(() => DateScalar) @Property({ type: 'string', length: 10 }) pairedOn!: string;
  @Field(() => DateScalar, { nullable: true }) @Property({ type: 'string', length: 10, nullable: true }) releasedOn?: string | null;

  @Field(() => PairRelease, { nullable: true })
  @Enum({ items: () => Object.values(PairRelease), type: 'string', length: 24, nullable: true })
  releaseReason?: PairRelease | null;
}

/** RES-2 The paired reserve proposed as successor when an exit vacates a post. */
@ObjectType()
@Entity({ tableName: 'succession_proposal' })
// RES-2 one successor proposal per vacated post and exit
@Unique({ name: 'succession_proposal_exit_post_unique', properties: ['exitRecordId', 'post'] })
export class SuccessionProposal extends UnitOwnedEntity {
  @Field(() => Post) @ManyToOne(() => Post, { index: true }) post!: Post;
  @Field(() => ID)
  get postId(): string {
    return this.post.id;
  }
  @Field(() => SuccessionPair) @ManyToOne(() => SuccessionPair) pair!: SuccessionPair;
  @Field(() => ID)
  get pairId(): string {
    return this.pair.id;
  }
  @Field(() => ReserveCandidate) @ManyToOne(() => ReserveCandidate) reserveCandidate!: ReserveCandidate;
  @Field(() => ID)
  get reserveCandidateId(): string {
    return this.reserveCandidate.id;
  }
  /** the exit (MGT-3) that vacated the post; declared by id to keep the modules apart */
  @Field(() => ID) @Property({ type: 'string', length: 36 }) exitRecordId!: string;
  @Field(() => DateScalar) @Property({ type: 'string', length: 10 }) vacatedOn!: string;

  @Field(() => SuccessionStatus)
  @Enum({ items: () => Object.values(SuccessionStatus), type: 'string', length: 16 })
  status: SuccessionStatus = SuccessionStatus.PROPOSED;

  @Field(() => Appointment, { nullable: true }) @ManyToOne(() => Appointment, { nullable: true }) appointment?: Appointment | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) note?: string | null;
}
