import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';
import { UnitOwnedEntity } from '../common/unit-owned.entity';
import { Cadre } from '../cadre/cadre.entity';

/**
 * TGT-3 A team member's duty report (述职) for a half year, with the day it was given to each of
 * the three audiences, and TGT-4 its 三评: the organisation's self-evaluation, the Party members'
 * and residents' written poll, the higher-level evaluation. One report per cadre, year and half
 * (`duty_report_cadre_id_year_half_unique`). The combined score is computed with the year's
 * weights (a field resolver), never stored.
 */
@ObjectType()
@Entity({ tableName: 'duty_report' })
@Unique({ name: 'duty_report_cadre_id_year_half_unique', properties: ['cadre', 'year', 'half'] })
export class DutyReport extends UnitOwnedEntity {
  @Field(() => Cadre) @ManyToOne(() => Cadre, { index: true }) cadre!: Cadre;
  @Field(() => ID)
  get cadreId(): string {
    return this.cadre.id;
  }
  @Field(() => Int) @Property({ type: 'integer', index: true }) year!: number;
  @Field(() => Int, { description: '1 = H1 (January–June), 2 = H2 (July–December)' }) @Property({ type: 'integer' }) half!: number;
  @Field(() => String, { nullable: true, description: 'the report: duties performed and commitments kept' })
  @Property({ type: 'text', nullable: true })
  summary?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'given to the subdistrict Party committee (办事处党委) on' })
  @Property({ type: 'string', length: 10, nullable: true })
  subdistrictCommitteeDate?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "given to the Party members' assembly (党员大会) on" })
  @Property({ type: 'string', length: 10, nullable: true })
  partyMembersAssemblyDate?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "given to the villagers' (residents') representatives' meeting (村(居)民代表会议) on" })
  @Property({ type: 'string', length: 10, nullable: true })
  residentsMeetingDate?: string | null;

  @Field(() => Float, { nullable: true, description: 'TGT-4 基层组织自评, 0..100' }) @Property({ type: 'double', nullable: true }) selfEvaluationScore?: number | null;
  @Field(() => Int, { nullable: true, description: 'TGT-4 党员群众测评: ballots issued' }) @Property({ type: 'integer', nullable: true }) pollBallotsIssued?: number | null;
  @Field(() => Int, { nullable: true, description: 'TGT-4 ballots returned (at most those issued)' }) @Property({ type: 'integer', nullable: true }) pollBallotsReturned?: number | null;
  @Field(() => Int, { nullable: true, description: 'TGT-4 votes 好' }) @Property({ type: 'integer', nullable: true }) pollGood?: number | null;
  @Field(() => Int, { nullable: true, description: 'TGT-4 votes 较好' }) @Property({ type: 'integer', nullable: true }) pollFairlyGood?: number | null;
  @Field(() => Int, { nullable: true, description: 'TGT-4 votes 一般' }) @Property({ type: 'integer', nullable: true }) pollAverage?: number | null;
  @Field(() => Int, { nullable: true, description: 'TGT-4 votes 差 (the four counts together at most the ballots returned)' }) @Property({ type: 'integer', nullable: true }) pollPoor?: number | null;
  @Field(() => Float, { nullable: true, description: 'TGT-4 上级组织考评, 0..100, entered by the subdistrict' }) @Property({ type: 'double', nullable: true }) higherEvaluationScore?: number | null;
}

