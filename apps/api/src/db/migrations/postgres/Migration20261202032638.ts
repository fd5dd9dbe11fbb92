import { Migration } from '@mikro-orm/migrations';

export class Migration20261202032638 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "cadre_name_sort_index";`);

    this.addSql(`create index "cadre_name_sort_id_index" on "cadre" ("name_sort", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "cadre_name_sort_id_index";`);

    this.addSql(`create index "cadre_name_sort_index" on "cadre" ("name_sort");`);
  }

}
