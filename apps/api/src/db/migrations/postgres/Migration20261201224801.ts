import { Migration } from '@mikro-orm/migrations';

export class Migration20261201224801 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "import_run" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) null, "file_name" varchar(200) not null, "username" varchar(32) not null, "status" text check ("status" in ('RUNNING', 'SUCCEEDED', 'FAILED')) not null default 'RUNNING', "rows_total" int not null default 0, "rows_done" int not null default 0, "created" int not null default 0, "updated" int not null default 0, "unchanged" int not null default 0, "error" text null, "error_zh" text null, "finished_at" timestamptz null, constraint "import_run_pkey" primary key ("id"));`);
    this.addSql(`create index "import_run_unit_id_index" on "import_run" ("unit_id");`);

    this.addSql(`alter table "import_run" add constraint "import_run_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "import_run" cascade;`);
  }

}
