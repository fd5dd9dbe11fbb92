import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125195017 } from './Migration20261125195017';

/** postgres migrations in order; `pnpm --filter @liangwei/api migration:create` appends to this list. */
export const postgresMigrations: MigrationObject[] = [
  { name: 'Migration20261125195017', class: Migration20261125195017 },
];
