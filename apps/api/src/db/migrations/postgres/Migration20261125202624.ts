import { Migration } from '@mikro-orm/migrations';

export class Migration20261125202624 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "assessment_year" add column "policy_snapshot" jsonb null;`);

    this.addSql(`alter table "consequence" add column "withdrawn_by_reopen" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "assessment_year" drop column "policy_snapshot";`);

    this.addSql(`alter table "consequence" drop column "withdrawn_by_reopen";`);
  }

}
