import { Migration } from '@mikro-orm/migrations';

export class Migration20261201223849 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "unit" add column "name_sort" varchar(400) not null default '';`);
    this.addSql(`create index "unit_name_sort_index" on "unit" ("name_sort");`);

    this.addSql(`alter table "cadre" add column "name_sort" varchar(400) not null default '';`);
    this.addSql(`create index "cadre_name_sort_index" on "cadre" ("name_sort");`);

    this.addSql(`alter table "app_user" add column "display_name" varchar(50) null, add column "name_sort" varchar(400) not null default '';`);
    this.addSql(`create index "app_user_name_sort_index" on "app_user" ("name_sort");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "app_user_name_sort_index";`);
    this.addSql(`alter table "app_user" drop column "display_name", drop column "name_sort";`);

    this.addSql(`drop index "cadre_name_sort_index";`);
    this.addSql(`alter table "cadre" drop column "name_sort";`);

    this.addSql(`drop index "unit_name_sort_index";`);
    this.addSql(`alter table "unit" drop column "name_sort";`);
  }

}
