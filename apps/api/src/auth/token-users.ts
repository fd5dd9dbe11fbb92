import type { EntityManager, EventSubscriber, FlushEventArgs, MikroORM, TransactionEventArgs } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Role } from '@liangwei/domain';
import { User } from '../users/user.entity';

/** What a request needs of its token's user. */
export interface TokenUser {
  id: string;
  username: string;
  role: Role;
  unitId: string | null;
  piiGranted: boolean;
}

/**
 * The token users read in the last moments, by user id and token version: a burst of requests
 * with one token reads the user once instead of once per request. An entry lives `ttlMs` (2 s by
 * default). Any change to a user forgets every entry once it is committed: in this process at
 * once, and on PostgreSQL in every other API process on the database too (a notification on the
 * `token_users` channel, `listenForUserChanges`); while a process is not listening it keeps
 * nothing. So a password, role or unit change or a deactivation ends earlier tokens at once.
 */
export class TokenUserCache {
  private readonly entries = new Map<string, { user: TokenUser | null; until: number }>();
  /** false while changes made by other processes could go unheard (PostgreSQL, not listening) */
  private trusted = true;

  constructor(readonly ttlMs: number) {}

  /** Whether entries may be kept: on PostgreSQL only while the change notifications are heard. */
  setTrusted(trusted: boolean): void {
    this.trusted = trusted;
    this.entries.clear();
  }

  get(key: string, now: number): TokenUser | null | undefined {
    if (!this.trusted) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.user;
  }

  set(key: string, user: TokenUser | null, now: number): void {
    if (this.ttlMs <= 0 || !this.trusted) return;
    // bounded: a flood of distinct tokens cannot grow it beyond this
    if (this.entries.size >= 10_000) this.entries.clear();
    this.entries.set(key, { user, until: now + this.ttlMs });
  }

  clear(): void {
    this.entries.clear();
  }
}

const caches = new Set<TokenUserCache>();

export function trackTokenUserCache(cache: TokenUserCache): () => void {
  caches.add(cache);
  return () => caches.delete(cache);
}

const CHANNEL = 'token_users';

function forgetAll(): void {
  for (const cache of caches) cache.clear();
}

/** Tells every API process on the database (PostgreSQL) that users changed; SQLite serves one process. */
function notifyOthers(em: EntityManager): void {
  if (em.getPlatform().constructor.name !== 'PostgreSqlPlatform') return;
  void (em as SqlEntityManager)
    .getConnection()
    .execute(`select pg_notify('${CHANNEL}', '')`)
    .catch(() => undefined);
}

/**
 * Forgets the cached token users when a user is written: before the change, after its flush and
 * after its commit, here and (PostgreSQL) in the other processes.
 */
export class TokenUserSubscriber implements EventSubscriber {
  private readonly pending = new WeakSet<object>();

  onFlush(args: FlushEventArgs): void {
    if (args.uow.getChangeSets().some((cs) => cs.entity instanceof User)) {
      this.pending.add(args.em);
      forgetAll();
    }
  }

  afterFlush(args: FlushEventArgs): void {
    if (!this.pending.has(args.em)) return;
    forgetAll();
    notifyOthers(args.em);
  }

  afterTransactionCommit(args: TransactionEventArgs): void {
    if (!this.pending.has(args.em)) return;
    this.pending.delete(args.em);
    forgetAll();
    notifyOthers(args.em);
  }
}

/**
 * PostgreSQL: listens on its own connection for other processes' user changes and forgets the
 * cache on each; while the connection is down (and until it is back) the cache keeps nothing.
 * Returns the function that stops listening.
 */
export async function listenForUserChanges(orm: MikroORM, cache: TokenUserCache, log: (message: string) => void): Promise<() => Promise<void>> {
  if (orm.em.getPlatform().constructor.name !== 'PostgreSqlPlatform' || cache.ttlMs <= 0) return async () => undefined;
  interface RawConnection {
    query(sql: string): Promise<unknown>;
    on(event: string, listener: (...args: unknown[]) => void): void;
    end(): Promise<void>;
  }
  const client = (orm.em as SqlEntityManager).getKnex().client as { acquireRawConnection(): Promise<RawConnection> };
  let connection: RawConnection | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async (): Promise<void> => {
    try {
      const next = await client.acquireRawConnection();
      next.on('notification', () => cache.clear());
      const lost = () => {
        if (connection !== next) return;
        connection = null;
        cache.setTrusted(false);
        if (!stopped) retry = setTimeout(() => void connect(), 1000);
      };
      next.on('error', lost);
      next.on('end', lost);
      await next.query(`LISTEN ${CHANNEL}`);
      connection = next;
      if (stopped) await next.end();
      else cache.setTrusted(true);
    } catch (error) {
      cache.setTrusted(false);
      log(`Token users: not listening for user changes (${(error as Error).message}); reading the user on every request until it can`);
      if (!stopped) retry = setTimeout(() => void connect(), 1000);
    }
  };
  cache.setTrusted(false);
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    const open = connection;
    connection = null;
    await open?.end().catch(() => undefined);
  };
}
