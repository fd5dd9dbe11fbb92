import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { TEXT_LIMITS } from '@liangwei/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';
import { UnitOwnedEntity } from '../common/unit-owned.entity';
import { Cadre } from '../cadre/cadre.entity';
import { User } from '../users/user.entity';
import { CareKind, HonourKind } from './enums';

/**
 * PAY-5 A home visit (走访) or physical examination (体检) a secretary received, recorded by the
 * subdistrict. A home visit is led by a subdistrict leadership member: a subdistrict user
 * (`ledBy`) or a name (`ledByName`).
 */
@ObjectType()
@Entity({ tableName: 'care_event' })
export class CareEvent extends UnitOwnedEntity {
  @Field(() => Cadre) @ManyToOne(() => Cadre, { index: true }) cadre!: Cadre;
  @Field(() => ID)
  get cadreId(): string {
    return this.cadre.id;
  }
  @Field(() => CareKind) @Enum({ items: () => Object.values(CareKind), type: 'string', length: 16 }) kind!: CareKind;
  @Field(() => DateScalar) @Property({ type: 'string', length: 10, index: true }) date!: string;
  /** the leader as a user; served by a field resolver that shows users to those who may read them */
  @ManyToOne(() => User, { nullable: true, index: true }) ledBy?: User | null;
  @Field(() => ID, { nullable: true })
  get ledById(): string | null {
    return this.ledBy?.id ?? null;
  }
  @Field(() => String, { nullable: true, description: 'the leader by name (a leadership member without a login)' })
  @Property({ type: 'string', length: TEXT_LIMITS.CareEvent.ledByName.max, nullable: true })
  ledByName?: string | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) note?: string | null;
}

/** PAY-6 An honour or recommendation recorded on a cadre (表彰, 推荐为代表/委员, 公务员选拔). */
@ObjectType()
@Entity({ tableName: 'honour' })
export class Honour extends UnitOwnedEntity {
  @Field(() => Cadre) @ManyToOne(() => Cadre, { index: true }) cadre!: Cadre;
  @Field(() => ID)
  get cadreId(): string {
    return this.cadre.id;
  }
  @Field(() => HonourKind) @Enum({ items: () => Object.values(HonourKind), type: 'string', length: 32 }) kind!: HonourKind;
  @Field(() => DateScalar) @Property({ type: 'string', length: 10, index: true }) date!: string;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', length: TEXT_LIMITS.Honour.description.max, nullable: true }) description?: string | null;
}
