import { Migration } from '@mikro-orm/migrations';

export class Migration20261125200854 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`policy_value\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`year\` integer not null, \`key\` text not null, \`value\` double not null, primary key (\`id\`));`);
    this.addSql(`create index \`policy_value_year_index\` on \`policy_value\` (\`year\`);`);
    this.addSql(`create unique index \`policy_value_year_key_unique\` on \`policy_value\` (\`year\`, \`key\`);`);
  }

}
