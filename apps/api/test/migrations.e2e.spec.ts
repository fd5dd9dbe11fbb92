import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM, type MigrationObject } from '@mikro-orm/core';
import { openDatabase, ormOptions } from '../src/db/orm';
import { sqliteMigrations } from '../src/db/migrations/sqlite';
import { postgresMigrations } from '../src/db/migrations/postgres';
import { backends, POSTGRES_BASE, type Backend } from './support/api';

/**
 * "Schema changes are migrations, applied on start; the API never changes a schema silently"
 * (API.md). A fresh database migrated by `openDatabase` must have exactly the schema the entities
 * describe, so a forgotten migration fails here.
 */

let counter = 0;

/** A fresh, empty database of the backend and a function that removes it. */
function freshDatabase(backend: Backend): { url: string; drop: () => Promise<void> } {
  counter += 1;
  if (backend === 'postgres') {
    const name = `liangwei_migrations_${process.pid}_${Date.now()}_${counter}`;
    return {
      url: `${POSTGRES_BASE}/${name}`,
      async drop() {
        const admin = await MikroORM.init({ ...ormOptions(`${POSTGRES_BASE}/postgres`), ensureDatabase: false });
        await admin.em.getConnection().execute(`drop database if exists "${name}" with (force)`);
        await admin.close(true);
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'liangwei-migrations-'));
  return { url: join(dir, 'db.sqlite'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

const migrationsOf = (backend: Backend): MigrationObject[] => (backend === 'postgres' ? postgresMigrations : sqliteMigrations);

/** The rows of a raw query. */
async function rows<T>(orm: MikroORM, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await orm.em.getConnection().execute(sql, params)) as unknown as T[];
}

/** SQLite: every table and index definition, whitespace-normalised, without the migrations' own table. */
async function sqliteDdl(orm: MikroORM): Promise<string[]> {
  const tables = await rows<{ type: string; name: string; sql: string | null }>(
    orm,
    "select type, name, sql from sqlite_master where name not like 'sqlite_%' and name not like 'mikro_orm_migrations%' order by type, name",
  );
  // a table rebuilt by `alter table x__temp_alter rename to x` is stored as CREATE TABLE "x"
  const normalise = (sql: string) => sql.replace(/\s+/g, ' ').trim().replace(/^CREATE TABLE "([^"]+)"/i, 'CREATE TABLE `$1`');
  return tables.map((r) => `${r.type} ${r.name}: ${normalise(r.sql ?? '')}`);
}

describe.each(backends)('API migrations (%s)', (backend) => {
  let db: { url: string; drop: () => Promise<void> };
  let orm: MikroORM;

  beforeAll(async () => {
    db = freshDatabase(backend);
    orm = await openDatabase(db.url);
  });
  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  it('API migrations: after openDatabase on a fresh database the schema equals the entities (no schema diff)', async () => {
    // SQLite too: the project patches MikroORM 6.6's SQLite introspection (patches/@mikro-orm__knex@6.6.16.patch:
    // enum checks with more than two values, foreign keys keyed by constraint name) so the diff round-trips.
    const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim(), 'the entities differ from the migrated schema: add a migration (pnpm --filter @liangwei/api migration:create)').toBe('');
  });

  it('API migrations: the mikro_orm_migrations table lists every migration of the driver’s list, in order', async () => {
    const expected = migrationsOf(backend).map((m) => m.name);
    expect(expected.length).toBeGreaterThan(0);
    const applied = await rows<{ name: string }>(orm, 'select name from mikro_orm_migrations order by id');
    expect(applied.map((r) => r.name.replace(/\.[jt]s$/, ''))).toEqual(expected);
    expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
  });

  it('API migrations: running the migrations again (and reopening the database) is a no-op', async () => {
    const before = backend === 'sqlite' ? await sqliteDdl(orm) : null;
    expect(await orm.getMigrator().up()).toEqual([]);
    const again = await openDatabase(db.url);
    try {
      expect(await again.getMigrator().up()).toEqual([]);
      expect(await rows(again, 'select name from mikro_orm_migrations')).toHaveLength(migrationsOf(backend).length);
      if (before) expect(await sqliteDdl(again)).toEqual(before);
      expect((await again.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
    } finally {
      await again.close(true);
    }
  });

  it('API migrations: a database holding data at the first migration upgrades to the latest one and keeps its rows', async () => {
    const list = migrationsOf(backend);
    const target = freshDatabase(backend);
    try {
      const options = ormOptions(target.url);
      const first = await MikroORM.init({ ...options, migrations: { ...options.migrations, migrationsList: list.slice(0, 1) } });
      try {
        await first.getMigrator().up();
        // rows in every table of the first schema, linked by foreign keys (raw SQL: the entities may have moved on)
        const now = backend === 'sqlite' ? Date.now() : new Date();
        const c = first.em.getConnection();
        const ids = { unit: '00000000-0000-4000-8000-000000000001', post: '00000000-0000-4000-8000-000000000002', cadre: '00000000-0000-4000-8000-000000000003', appointment: '00000000-0000-4000-8000-000000000004', user: '00000000-0000-4000-8000-000000000005' };
        await c.execute('insert into unit (id, version, created_at, updated_at, name, kind, code) values (?, 1, ?, ?, ?, ?, ?)', [ids.unit, now, now, '王家湾村', 'VILLAGE', 'cun01']);
        await c.execute('insert into post (id, version, created_at, updated_at, unit_id, title, name) values (?, 1, ?, ?, ?, ?, ?)', [ids.post, now, now, ids.unit, 'PARTY_SECRETARY', '党支部书记']);
        await c.execute('insert into cadre (id, version, created_at, updated_at, unit_id, name, gender, birth_date, is_college_graduate_official) values (?, 1, ?, ?, ?, ?, ?, ?, ?)', [ids.cadre, now, now, ids.unit, '王建国', 'MALE', '1975-03-02', false]);
        await c.execute('insert into appointment (id, version, created_at, updated_at, unit_id, cadre_id, post_id, start_date) values (?, 1, ?, ?, ?, ?, ?, ?)', [ids.appointment, now, now, ids.unit, ids.cadre, ids.post, '2021-03-20']);
        await c.execute('insert into app_user (id, version, created_at, updated_at, username, password_hash, role, unit_id, pii_granted, active) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)', [ids.user, now, now, 'cun01', 'scrypt$x', 'UNIT_USER', ids.unit, false, true]);
      } finally {
        await first.close(true);
      }

      const latest = await openDatabase(target.url);
      try {
        const applied = await rows<{ name: string }>(latest, 'select name from mikro_orm_migrations order by id');
        expect(applied.map((r) => r.name.replace(/\.[jt]s$/, ''))).toEqual(list.map((m) => m.name));
        for (const table of ['unit', 'post', 'cadre', 'appointment', 'app_user']) {
          const [row] = await rows<{ n: number | string }>(latest, `select count(*) as n from ${table}`);
          expect(Number(row!.n), table).toBe(1);
        }
        if (backend === 'sqlite') expect(await rows(latest, 'pragma foreign_key_check')).toEqual([]);
      } finally {
        await latest.close(true);
      }
    } finally {
      await target.drop();
    }
  });
});
