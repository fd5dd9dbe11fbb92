import 'reflect-metadata';
import { FlushMode, MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { entities } from './entities';
import { TokenUserSubscriber } from '../auth/token-users';
import { AuditSubscriber } from './audit.subscriber';
import { sqliteMigrations } from './migrations/sqlite';
import { postgresMigrations } from './migrations/postgres';
import { fillNameSortKeys } from '../common/name-sort';

export type DatabaseKind = 'sqlite' | 'postgres';

export function databaseKind(url: string): DatabaseKind {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

/** MikroORM options for a `DATABASE_URL`: `postgres://…` is PostgreSQL, anything else a SQLite file path. */
export function ormOptions(url: string, extra: Partial<Options> = {}): Options {
  const kind = databaseKind(url);
  const common: Partial<Options> = {
    entities,
    discovery: { requireEntitiesArray: true },
    subscribers: [new AuditSubscriber(), new TokenUserSubscriber()],
    extensions: [Migrator],
    allowGlobalContext: false,
    // Nothing reaches the database before the mutation's one explicit flush: a query in the middle
    // of a mutation never writes pending changes, so a mutation refused half-way writes nothing.
    flushMode: FlushMode.COMMIT,
    forceUndefined: false,
    debug: process.env.ORM_DEBUG === '1',
    ...extra,
  };
  if (kind === 'postgres') {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: url,
      pool: { min: 0, max: 10 },
      migrations: { migrationsList: postgresMigrations, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    } as Options;
  }
  return {
    ...common,
    driver: LibSqlDriver,
    dbName: url,
    migrations: { migrationsList: sqliteMigrations, transactional: true, allOrNothing: true, snapshot: false, silent: true },
  } as Options;
}

/** Opens the database and applies pending migrations: the schema is only ever changed by migrations. */
export async function openDatabase(url: string, extra: Partial<Options> = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(url, extra));
  await orm.getMigrator().up();
  await fillNameSortKeys(orm.em.fork());
  return orm;
}
