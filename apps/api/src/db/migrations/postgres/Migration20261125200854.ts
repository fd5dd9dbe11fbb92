import { Migration } from '@mikro-orm/migrations';

export class Migration20261125200854 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "policy_value" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "year" int not null, "key" varchar(64) not null, "value" double precision not null, constraint "policy_value_pkey" primary key ("id"));`);
    this.addSql(`create index "policy_value_year_index" on "policy_value" ("year");`);
    this.addSql(`alter table "policy_value" add constraint "policy_value_year_key_unique" unique ("year", "key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "policy_value" cascade;`);
  }

}
