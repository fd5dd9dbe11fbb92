import { Migration } from '@mikro-orm/migrations';

export class Migration20261125202623 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`assessment_year\` add column \`policy_snapshot\` json null;`);

    this.addSql(`alter table \`consequence\` add column \`withdrawn_by_reopen\` integer not null default false;`);
  }

}
