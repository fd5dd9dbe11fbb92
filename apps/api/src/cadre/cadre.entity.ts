import { BeforeCreate, BeforeUpdate, Entity, Enum, Index, Property } from '@mikro-orm/core';
import { nameSortKey } from '../common/name-sort';
import { TEXT_LIMITS } from '@liangwei/domain';
import { Field, ObjectType } from 'type-graphql';
import { Education, Gender, PoliticalStatus } from '../graphql/enums';
import { DateScalar } from '../graphql/scalars';
import { UnitOwnedEntity } from '../common/unit-owned.entity';

/** SEL-1 A cadre (干部) of a unit. */
@ObjectType()
@Entity({ tableName: 'cadre' })
// lists by name page through the key and the id (the tie-break) without sorting the table
@Index({ name: 'cadre_name_sort_id_index', properties: ['nameSort', 'id'] })
export class Cadre extends UnitOwnedEntity {
  @Field(() => String)
  @Property({ type: 'string', length: TEXT_LIMITS.Cadre.name.max, index: true })
  name!: string;

  /** The name's pinyin sort key (`nameSortKey`), kept on every write: lists sorted by name use it. */
  @Property({ type: 'string', length: 400, default: '' })
  nameSort: string = '';

  @BeforeCreate()
  @BeforeUpdate()
  keepNameSort(): void {
    this.nameSort = nameSortKey(this.name);
  }

  @Field(() => Gender)
  @Enum({ items: () => Object.values(Gender), type: 'string', length: 8 })
  gender!: Gender;

  /** SEL-1; for roles without PII rights year-month only (ROLE-2, CadreFieldsResolver.birthDate): `age` and every rule use the full date. */
  @Field(() => DateScalar)
  @Property({ type: 'string', length: 10 })
  birthDate!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: TEXT_LIMITS.Cadre.ethnicity.max, nullable: true })
  ethnicity?: string | null;

  @Field(() => Education, { nullable: true })
  @Enum({ items: () => Object.values(Education), type: 'string', length: 20, nullable: true })
  education?: Education | null;

  @Field(() => PoliticalStatus, { nullable: true })
  @Enum({ items: () => Object.values(PoliticalStatus), type: 'string', length: 24, nullable: true })
  politicalStatus?: PoliticalStatus | null;

  /** SEL-1 personal data: masked for roles without PII rights (ROLE-2; CadreFieldsResolver.phone). */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: TEXT_LIMITS.Cadre.phone.max, nullable: true })
  phone?: string | null;

  /** SEL-1 citizen ID number, GB 11643 checksum-validated; masked for roles without PII rights (CadreFieldsResolver.idNumber). */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: TEXT_LIMITS.Cadre.idNumber.max, nullable: true, unique: true })
  idNumber?: string | null;

  /** SEL-4 / RES-5 大学生村官 */
  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  isCollegeGraduateOfficial: boolean = false;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  // --- the appointment form (干部任免审批表, .lrmx): free text as the form prints it; months as YYYY-MM
  /** 籍贯 */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: TEXT_LIMITS.Cadre.nativePlace.max, nullable: true })
  nativePlace?: string | null;

  /** 出生地 */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: TEXT_LIMITS.Cadre.birthplace.max, nullable: true })
  birthplace?: string | null;

  /** 入党时间 (YYYY-MM) */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: TEXT_LIMITS.Cadre.partyEntryDate.max, nullable: true })
  partyEntryDate?: string | null;

  /** 参加工作时间 (YYYY-MM) */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: TEXT_LIMITS.Cadre.workStartDate.max, nullable: true })
  workStartDate?: string | null;

  /** 健康状况 */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: TEXT_LIMITS.Cadre.healthStatus.max, nullable: true })
  healthStatus?: string | null;

  /** 专业技术职务 */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: TEXT_LIMITS.Cadre.technicalTitle.max, nullable: true })
  technicalTitle?: string | null;

  /** 熟悉专业有何专长 */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: TEXT_LIMITS.Cadre.specialty.max, nullable: true })
  specialty?: string | null;

  /** 全日制教育 学历 */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: TEXT_LIMITS.Cadre.fullTimeEducation.max, nullable: true })
  fullTimeEducation?: string | null;

  /** 全日制教育 学位 */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: TEXT_LIMITS.Cadre.fullTimeDegree.max, nullable: true })
  fullTimeDegree?: string | null;

  /** 全日制教育 毕业院校系及专业 */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: TEXT_LIMITS.Cadre.fullTimeSchool.max, nullable: true })
  fullTimeSchool?: string | null;

  /** 在职教育 学历 */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: TEXT_LIMITS.Cadre.inServiceEducation.max, nullable: true })
  inServiceEducation?: string | null;

  /** 在职教育 学位 */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: TEXT_LIMITS.Cadre.inServiceDegree.max, nullable: true })
  inServiceDegree?: string | null;

  /** 在职教育 毕业院校系及专业 */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: TEXT_LIMITS.Cadre.inServiceSchool.max, nullable: true })
  inServiceSchool?: string | null;

  /** 奖惩情况 */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  rewardsAndPunishments?: string | null;
}
