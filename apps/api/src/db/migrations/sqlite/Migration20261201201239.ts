import { Migration } from '@mikro-orm/migrations';

export class Migration20261201201239 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`login_throttle\` (\`key\` text not null, \`username\` text null, \`address\` text not null, \`last_attempt_at\` bigint not null, \`attempts\` integer not null, \`blocked_until\` bigint null, primary key (\`key\`));`);
    this.addSql(`create index \`login_throttle_username_index\` on \`login_throttle\` (\`username\`);`);

    this.addSql(`alter table \`app_user\` add column \`token_version\` integer not null default 1;`);
  }

}
