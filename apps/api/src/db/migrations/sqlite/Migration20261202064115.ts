import { Migration } from '@mikro-orm/migrations';

export class Migration20261202064115 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`appointment_start_date_index\` on \`appointment\` (\`start_date\`);`);
  }

}
