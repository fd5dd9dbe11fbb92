import { Migration } from '@mikro-orm/migrations';

export class Migration20261202064116 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "appointment_start_date_index" on "appointment" ("start_date");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "appointment_start_date_index";`);
  }

}
