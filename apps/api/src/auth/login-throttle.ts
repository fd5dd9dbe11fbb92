import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Transaction } from '@mikro-orm/knex';

/**
 * Login throttling that holds across API processes: the counts live in the `login_throttle`
 * table and every attempt is counted by one atomic statement BEFORE its password is checked, so
 * parallel attempts cannot all pass a check that was read before the failures were recorded.
 *
 * Two keys per attempt: the username at the client's address, and the address alone. A key admits
 * `limit` attempts freely; from then on each further attempt waits a growing delay after the
 * previous one (`baseDelayMs · 2^(attempts − limit)`, at most `maxDelayMs`). A key forgets its
 * count after `windowMs` without any attempt (longer than the longest delay, so an attacker who
 * keeps trying never gets a fresh count). There is no hard lock: failures at one address never
 * delay the same username at another address. A success clears the username+address key and gives
 * back its own count on the address key.
 */
export interface ThrottleLimits {
  /** attempts per username and address admitted without delay */
  perUser: number;
  /** attempts per address (any usernames) admitted without delay */
  perAddress: number;
  /** a key's count starts again after this long without an attempt (at least `maxDelayMs`) */
  windowMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

interface ThrottleKey {
  key: string;
  username: string | null;
  address: string;
  limit: number;
}

/** The attempt was admitted (its password may be checked), or the seconds to wait. */
export type Admission = { admitted: true; keys: ThrottleKey[] } | { admitted: false; retryAfterSeconds: number };

const MAX_PART = 64;

function keyOf(kind: 'user' | 'address', address: string, username: string | null): string {
  return createHash('sha256').update(JSON.stringify([kind, address, username])).digest('hex').slice(0, 32);
}

/** An integer for the SQL text: every number put into a statement is the server's own. */
function int(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer: ${value}`);
  return String(value);
}

class Refused extends Error {}

export class LoginThrottleStore {
  private readonly limits: ThrottleLimits;

  constructor(limits: ThrottleLimits) {
    this.limits = { ...limits, windowMs: Math.max(limits.windowMs, limits.maxDelayMs + 1) };
  }

  /** The delay before the attempt after the `attempts`-th one, or null while attempts are free. */
  delayAfter(attempts: number, limit: number): number | null {
    if (attempts < limit) return null;
    const steps = attempts - limit;
    return steps >= 40 ? this.limits.maxDelayMs : Math.min(this.limits.maxDelayMs, this.limits.baseDelayMs * 2 ** steps);
  }

  keys(username: string, address: string): ThrottleKey[] {
    const name = username.slice(0, MAX_PART);
    const at = address.slice(0, MAX_PART);
    return [
      { key: keyOf('user', at, name), username: name, address: at, limit: this.limits.perUser },
      { key: keyOf('address', at, null), username: null, address: at, limit: this.limits.perAddress },
    ];
  }

  /**
   * Counts one attempt on each key, atomically, or on none: an attempt is admitted only when no
   * delay is running on either key. Admitting the attempt that reaches a key's limit starts the
   * next delay at once, so concurrent attempts beyond the limit are refused without waiting for
   * this one's outcome.
   */
  async admit(em: EntityManager, username: string, address: string, now: Date): Promise<Admission> {
    const keys = this.keys(username, address);
    const connection = em.getConnection();
    try {
      await connection.transactional(async (trx) => {
        // always in the same order (username key, then address key): no deadlock between attempts
        for (const key of keys) {
          const rows = await connection.execute<{ attempts: number }[]>(this.admitSql(key, now.getTime()), [key.key, key.username, key.address], 'all', trx as Transaction);
          if (rows.length === 0) throw new Refused();
        }
      });
      return { admitted: true, keys };
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
    }
    const rows = await connection.execute<{ blocked_until: number | string | null }[]>(`select blocked_until from login_throttle where "key" in (?, ?)`, keys.map((k) => k.key));
    const until = Math.max(0, ...rows.map((r: { blocked_until: number | string | null }) => Number(r.blocked_until ?? 0)));
    return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
  }

  /**
   * One upsert: a new key starts with 1 attempt; an existing key whose delay has run out counts one
   * more (or starts again after a quiet window) and gets the delay its new count calls for; a key with
   * a running delay is not updated, so no row comes back.
   */
  private admitSql(key: ThrottleKey, now: number): string {
    const expired = `login_throttle.last_attempt_at <= ${int(now - this.limits.windowMs)}`;
    const next = `(case when ${expired} then 1 else login_throttle.attempts + 1 end)`;
    const until = (attempts: string, first: number | null) => {
      if (first !== null) {
        const delay = this.delayAfter(first, key.limit);
        return delay === null ? 'null' : int(now + delay);
      }
      const branches: string[] = [`when ${attempts} < ${int(key.limit)} then null`];
      for (let n = key.limit; ; n += 1) {
        const delay = this.delayAfter(n, key.limit)!;
        if (delay >= this.limits.maxDelayMs) break;
        branches.push(`when ${attempts} = ${int(n)} then ${int(now + delay)}`);
      }
      return `(case ${branches.join(' ')} else ${int(now + this.limits.maxDelayMs)} end)`;
    };
    return (
      `insert into login_throttle ("key", username, address, last_attempt_at, attempts, blocked_until) values (?, ?, ?, ${int(now)}, 1, ${until('', 1)}) ` +
      `on conflict ("key") do update set last_attempt_at = ${int(now)}, ` +
      `attempts = ${next}, blocked_until = ${until(next, null)} ` +
      `where login_throttle.blocked_until is null or login_throttle.blocked_until <= ${int(now)} ` +
      `returning attempts`
    );
  }

  /** After a correct password: the username+address key starts afresh; the address key gives back this attempt. */
  async succeeded(em: EntityManager, admission: Extract<Admission, { admitted: true }>): Promise<void> {
    const connection = em.getConnection();
    const [user, address] = admission.keys as [ThrottleKey, ThrottleKey];
    await connection.execute('delete from login_throttle where "key" = ?', [user.key], 'run');
    await connection.execute(
      `update login_throttle set attempts = attempts - 1, blocked_until = (case when attempts - 1 < ${int(address.limit)} then null else blocked_until end) where "key" = ? and attempts > 0`,
      [address.key],
      'run',
    );
  }
}
