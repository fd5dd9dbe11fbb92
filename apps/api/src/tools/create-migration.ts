import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { ormOptions, type DatabaseKind } from '../db/orm';

/**
 * Writes a migration for each driver from the difference between the entities and the schema
 * the existing migrations build, and lists it in that driver's `index.ts`. Run after changing an
 * entity: `pnpm --filter @liangwei/api build && pnpm --filter @liangwei/api migration:create`.
 * PostgreSQL: a scratch database on `MIGRATION_POSTGRES_URL` (default the local server) is created and dropped.
 */
const SRC = resolve(__dirname, '../../src/db/migrations');

function writeIndex(kind: DatabaseKind): void {
  const dir = join(SRC, kind);
  const names = readdirSync(dir).filter((f) => /^Migration\d+.*\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, '')).sort();
  const exportName = `${kind}Migrations`;
  const text = [
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((n) => `import { ${n} } from './${n}';`),
    '',
    `/** ${kind} migrations in order; \`pnpm --filter @liangwei/api migration:create\` appends to this list. */`,
    `export const ${exportName}: MigrationObject[] = [`,
    ...names.map((n) => `  { name: '${n}', class: ${n} },`),
    '];',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'index.ts'), text);
}

async function create(kind: DatabaseKind, url: string): Promise<void> {
  const orm = await MikroORM.init({
    ...ormOptions(url),
    migrations: { ...(ormOptions(url).migrations ?? {}), path: join(SRC, kind), pathTs: join(SRC, kind), emit: 'ts', snapshot: false },
  });
  try {
    await orm.getMigrator().up();
    const result = await orm.getMigrator().createMigration(join(SRC, kind));
    if (result.fileName) console.log(`${kind}: wrote ${result.fileName}`);
    else console.log(`${kind}: the schema is current, nothing to write`);
    writeIndex(kind);
  } finally {
    await orm.close(true);
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'liangwei-migration-'));
  await create('sqlite', join(dir, 'scratch.sqlite'));
  rmSync(dir, { recursive: true, force: true });
  const base = process.env.MIGRATION_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
  const name = `liangwei_migration_${Date.now()}`;
  await create('postgres', `${base}/${name}`);
  const admin = await MikroORM.init({ ...ormOptions(`${base}/postgres`), ensureDatabase: false });
  await admin.em.getConnection().execute(`drop database if exists "${name}"`);
  await admin.close(true);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
