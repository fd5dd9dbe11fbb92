import { Migration } from '@mikro-orm/migrations';

export class Migration20261201201244 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "login_throttle" ("key" varchar(32) not null, "username" varchar(64) null, "address" varchar(64) not null, "last_attempt_at" bigint not null, "attempts" int not null, "blocked_until" bigint null, constraint "login_throttle_pkey" primary key ("key"));`);
    this.addSql(`create index "login_throttle_username_index" on "login_throttle" ("username");`);

    this.addSql(`alter table "app_user" add column "token_version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "login_throttle" cascade;`);

    this.addSql(`alter table "app_user" drop column "token_version";`);
  }

}
