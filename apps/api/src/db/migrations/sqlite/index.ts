import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125195017 } from './Migration20261125195017';

/** sqlite migrations in order; `pnpm --filter @liangwei/api migration:create` appends to this list. */
export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261125195017', class: Migration20261125195017 },
];
