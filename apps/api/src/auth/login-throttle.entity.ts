import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Login attempts counted per key, shared by every API process on the database (written only
 * through the atomic statements in `login-throttle.ts`; the entity exists for the schema and for
 * the admin's audited `clearLoginThrottle`). A key is a username at an address, or an address.
 */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  /** a hash of the key's kind, address and username (fixed length, whatever the input) */
  @PrimaryKey({ type: 'string', length: 32 })
  key!: string;

  /** the (normalised) username of a username+address key; null for an address key */
  @Property({ type: 'string', length: 64, nullable: true, index: true })
  username?: string | null;

  @Property({ type: 'string', length: 64 })
  address!: string;

  /** epoch milliseconds: the last attempt admitted (the count is forgotten after a quiet window) */
  @Property({ type: new BigIntType('number') })
  lastAttemptAt!: number;

  /** attempts counted: failed ones and those whose password is being checked */
  @Property({ type: 'integer' })
  attempts!: number;

  /** epoch milliseconds: no attempt for this key is admitted before then */
  @Property({ type: new BigIntType('number'), nullable: true })
  blockedUntil?: number | null;
}
