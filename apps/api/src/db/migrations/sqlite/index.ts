import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125200252 } from './Migration20261125200252';
import { Migration20261125200854 } from './Migration20261125200854';
import { Migration20261125201301 } from './Migration20261125201301';
import { Migration20261125201402 } from './Migration20261125201402';
import { Migration20261125202623 } from './Migration20261125202623';
import { Migration20261201201239 } from './Migration20261201201239';
import { Migration20261201202959 } from './Migration20261201202959';
import { Migration20261201223843 } from './Migration20261201223843';
import { Migration20261201224100 } from './Migration20261201224100';
import { Migration20261201224107 } from './Migration20261201224107';
import { Migration20261201224123 } from './Migration20261201224123';
import { Migration20261201224347 } from './Migration20261201224347';
import { Migration20261201224442 } from './Migration20261201224442';
import { Migration20261201224756 } from './Migration20261201224756';
import { Migration20261202032634 } from './Migration20261202032634';
import { Migration20261202064115 } from './Migration20261202064115';

/** sqlite migrations in order; `pnpm --filter @liangwei/api migration:create` appends to this list. */
export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261125200252', class: Migration20261125200252 },
  { name: 'Migration20261125200854', class: Migration20261125200854 },
  { name: 'Migration20261125201301', class: Migration20261125201301 },
  { name: 'Migration20261125201402', class: Migration20261125201402 },
  { name: 'Migration20261125202623', class: Migration20261125202623 },
  { name: 'Migration20261201201239', class: Migration20261201201239 },
  { name: 'Migration20261201202959', class: Migration20261201202959 },
  { name: 'Migration20261201223843', class: Migration20261201223843 },
  { name: 'Migration20261201224100', class: Migration20261201224100 },
  { name: 'Migration20261201224107', class: Migration20261201224107 },
  { name: 'Migration20261201224123', class: Migration20261201224123 },
  { name: 'Migration20261201224347', class: Migration20261201224347 },
  { name: 'Migration20261201224442', class: Migration20261201224442 },
  { name: 'Migration20261201224756', class: Migration20261201224756 },
  { name: 'Migration20261202032634', class: Migration20261202032634 },
  { name: 'Migration20261202064115', class: Migration20261202064115 },
];
