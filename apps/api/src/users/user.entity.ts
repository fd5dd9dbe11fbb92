import { BeforeCreate, BeforeUpdate, Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { nameSortKey } from '../common/name-sort';
import { TEXT_LIMITS } from '@liangwei/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../graphql/enums';
import { DateTimeScalar } from '../graphql/scalars';
import { BaseEntity } from '../common/base.entity';
import { Unit } from '../org/unit.entity';

/** ROLE-1..3 A login. The password hash has no GraphQL field: it never leaves the server. */
@ObjectType()
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: TEXT_LIMITS.User.username.max, unique: true })
  username!: string;

  /** The person's name as shown wherever the user appears (audit log, handlers, confirmations); the username when empty. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: TEXT_LIMITS.User.displayName.max, nullable: true })
  displayName?: string | null;

  /** The pinyin sort key of the display name (or the username), kept on every write. */
  @Property({ type: 'string', length: 400, default: '', index: true })
  nameSort: string = '';

  @BeforeCreate()
  @BeforeUpdate()
  keepNameSort(): void {
    this.nameSort = nameSortKey(this.displayName || this.username);
  }

  @Property({ type: 'string', length: 200, hidden: true, lazy: false })
  passwordHash!: string;

  @Field(() => Role)
  @Enum({ items: () => Object.values(Role), type: 'string', length: 24 })
  role!: Role;

  /** ROLE-3 the unit of a unit user; null for subdistrict roles. */
  @Field(() => Unit, { nullable: true })
  @ManyToOne(() => Unit, { nullable: true, index: true })
  unit?: Unit | null;

  @Field(() => ID, { nullable: true })
  get unitId(): string | null {
    return this.unit?.id ?? null;
  }

  /** ROLE-2 an analyst granted PII rights sees ID numbers and phones unmasked. */
  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  piiGranted: boolean = false;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: Date, nullable: true })
  lastLoginAt?: Date | null;

  /**
   * Carried by every token as its `tv` claim; a password, role or unit change and a deactivation
   * move it on, so every token issued before is refused at once. Not readable through the API.
   */
  @Property({ type: 'integer', default: 1, hidden: true })
  tokenVersion: number = 1;
}
