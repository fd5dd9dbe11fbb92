import { Entity, Enum, Property } from '@mikro-orm/core';
import { TEXT_LIMITS } from '@liangwei/domain';
import { Field, ObjectType } from 'type-graphql';
import { PostTitle } from '../graphql/enums';
import { UnitOwnedEntity } from '../common/unit-owned.entity';

/** ORG-4 A post (岗位) of a unit's two-committee team: one seat, held by one cadre at a time. */
@ObjectType()
@Entity({ tableName: 'post' })
export class Post extends UnitOwnedEntity {
  /** ORG-4 one of the PostTitle codes (API.md: a String), e.g. PARTY_SECRETARY */
  @Field(() => String, { description: 'ORG-4 post title code: PARTY_SECRETARY, DEPUTY_PARTY_SECRETARY, PARTY_COMMITTEE_MEMBER, DIRECTOR, DEPUTY_DIRECTOR, COMMITTEE_MEMBER, WOMENS_DIRECTOR, ACCOUNTANT' })
  @Enum({ items: () => Object.values(PostTitle), type: 'string', length: 32 })
  title!: PostTitle;

  /** The name shown, e.g. "党总支书记" or "村委会委员(治保)"; defaults to the title's label. */
  @Field(() => String)
  @Property({ type: 'string', length: TEXT_LIMITS.Post.name.max })
  name!: string;
}
