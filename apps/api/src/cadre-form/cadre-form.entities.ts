import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { TEXT_LIMITS } from '@liangwei/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { UnitOwnedEntity } from '../common/unit-owned.entity';
import { Cadre } from '../cadre/cadre.entity';

/** A line of a cadre's resume (简历) on the appointment form: from–to (year-months; no end: to this day) and what the cadre did; ordered by `position`. */
@ObjectType()
@Entity({ tableName: 'cadre_resume_line' })
export class CadreResumeLine extends UnitOwnedEntity {
  @Field(() => Cadre) @ManyToOne(() => Cadre, { index: true }) cadre!: Cadre;
  @Field(() => ID)
  get cadreId(): string {
    return this.cadre.id;
  }
  @Field(() => Int, { description: 'the order on the form, from 1' }) @Property({ type: 'integer' }) position!: number;
  @Field(() => String, { description: 'YYYY-MM' }) @Property({ type: 'string', length: TEXT_LIMITS.CadreResumeLine.fromMonth.max }) fromMonth!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM; none: to this day' })
  @Property({ type: 'string', length: TEXT_LIMITS.CadreResumeLine.toMonth.max, nullable: true })
  toMonth?: string | null;
  @Field(() => String) @Property({ type: 'string', length: TEXT_LIMITS.CadreResumeLine.content.max }) content!: string;
}

/** A family member or important social relation (家庭主要成员及重要社会关系) on the appointment form; ordered by `position`. */
@ObjectType()
@Entity({ tableName: 'cadre_family_member' })
export class CadreFamilyMember extends UnitOwnedEntity {
  @Field(() => Cadre) @ManyToOne(() => Cadre, { index: true }) cadre!: Cadre;
  @Field(() => ID)
  get cadreId(): string {
    return this.cadre.id;
  }
  @Field(() => Int, { description: 'the order on the form, from 1' }) @Property({ type: 'integer' }) position!: number;
  @Field(() => String, { description: '称谓, e.g. 妻子, 长子' }) @Property({ type: 'string', length: TEXT_LIMITS.CadreFamilyMember.relation.max }) relation!: string;
  @Field(() => String) @Property({ type: 'string', length: TEXT_LIMITS.CadreFamilyMember.name.max }) name!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM' })
  @Property({ type: 'string', length: TEXT_LIMITS.CadreFamilyMember.birthMonth.max, nullable: true })
  birthMonth?: string | null;
  @Field(() => String, { nullable: true, description: '政治面貌 as the form prints it' })
  @Property({ type: 'string', length: TEXT_LIMITS.CadreFamilyMember.politicalStatus.max, nullable: true })
  politicalStatus?: string | null;
  @Field(() => String, { nullable: true, description: '工作单位及职务' })
  @Property({ type: 'string', length: TEXT_LIMITS.CadreFamilyMember.workUnitAndPost.max, nullable: true })
  workUnitAndPost?: string | null;
}
