import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125200252 } from './Migration20261125200252';
import { Migration20261125200854 } from './Migration20261125200854';
import { Migration20261125201302 } from './Migration20261125201302';
import { Migration20261125201403 } from './Migration20261125201403';
import { Migration20261125202624 } from './Migration20261125202624';
import { Migration20261201201244 } from './Migration20261201201244';
import { Migration20261201203000 } from './Migration20261201203000';
import { Migration20261201223849 } from './Migration20261201223849';
import { Migration20261201224104 } from './Migration20261201224104';
import { Migration20261201224111 } from './Migration20261201224111';
import { Migration20261201224127 } from './Migration20261201224127';
import { Migration20261201224352 } from './Migration20261201224352';
import { Migration20261201224446 } from './Migration20261201224446';
import { Migration20261201224801 } from './Migration20261201224801';
import { Migration20261202032638 } from './Migration20261202032638';
import { Migration20261202064116 } from './Migration20261202064116';

/** postgres migrations in order; `pnpm --filter @liangwei/api migration:create` appends to this list. */
export const postgresMigrations: MigrationObject[] = [
  { name: 'Migration20261125200252', class: Migration20261125200252 },
  { name: 'Migration20261125200854', class: Migration20261125200854 },
  { name: 'Migration20261125201302', class: Migration20261125201302 },
  { name: 'Migration20261125201403', class: Migration20261125201403 },
  { name: 'Migration20261125202624', class: Migration20261125202624 },
  { name: 'Migration20261201201244', class: Migration20261201201244 },
  { name: 'Migration20261201203000', class: Migration20261201203000 },
  { name: 'Migration20261201223849', class: Migration20261201223849 },
  { name: 'Migration20261201224104', class: Migration20261201224104 },
  { name: 'Migration20261201224111', class: Migration20261201224111 },
  { name: 'Migration20261201224127', class: Migration20261201224127 },
  { name: 'Migration20261201224352', class: Migration20261201224352 },
  { name: 'Migration20261201224446', class: Migration20261201224446 },
  { name: 'Migration20261201224801', class: Migration20261201224801 },
  { name: 'Migration20261202032638', class: Migration20261202032638 },
  { name: 'Migration20261202064116', class: Migration20261202064116 },
];
