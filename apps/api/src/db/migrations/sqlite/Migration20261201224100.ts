import { Migration } from '@mikro-orm/migrations';

export class Migration20261201224100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`duty_template\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`title\` text check (\`title\` in ('PARTY_SECRETARY', 'DEPUTY_PARTY_SECRETARY', 'PARTY_COMMITTEE_MEMBER', 'DIRECTOR', 'DEPUTY_DIRECTOR', 'COMMITTEE_MEMBER', 'WOMENS_DIRECTOR', 'ACCOUNTANT')) not null, \`duties\` text not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`duty_template_title_unique\` on \`duty_template\` (\`title\`);`);

    this.addSql(`create table \`term_target\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`start_year\` integer not null, \`end_year\` integer not null, \`content\` text not null, \`note\` text null, constraint \`term_target_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`term_target_unit_id_index\` on \`term_target\` (\`unit_id\`);`);
    this.addSql(`create index \`term_target_start_year_index\` on \`term_target\` (\`start_year\`);`);

    this.addSql(`create table \`post_duty\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`post_id\` text not null, \`duties\` text not null, constraint \`post_duty_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`post_duty_post_id_foreign\` foreign key(\`post_id\`) references \`post\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`post_duty_unit_id_index\` on \`post_duty\` (\`unit_id\`);`);
    this.addSql(`create index \`post_duty_post_id_index\` on \`post_duty\` (\`post_id\`);`);
    this.addSql(`create unique index \`post_duty_post_id_unique\` on \`post_duty\` (\`post_id\`);`);

    this.addSql(`create table \`annual_plan\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`year\` integer not null, \`status\` text check (\`status\` in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'COMMITTED', 'JUDGED')) not null default 'DRAFT', \`consultation\` text null, \`submitted_on\` text null, \`approved_on\` text null, \`approved_by\` text null, \`returned_on\` text null, \`return_comment\` text null, \`committed_on\` text null, \`commitment_method\` text check (\`commitment_method\` in ('PARTY_MEMBERS_ASSEMBLY', 'REPRESENTATIVES_MEETING', 'RESIDENTS_ASSEMBLY', 'NOTICE_BOARD', 'ONLINE')) null, \`commitment_note\` text null, \`judged_on\` text null, \`overall_fulfilment\` text check (\`overall_fulfilment\` in ('FULFILLED', 'PARTLY', 'NOT_FULFILLED')) null, \`judgement_note\` text null, constraint \`annual_plan_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`annual_plan_unit_id_index\` on \`annual_plan\` (\`unit_id\`);`);
    this.addSql(`create index \`annual_plan_year_index\` on \`annual_plan\` (\`year\`);`);
    this.addSql(`create index \`annual_plan_status_index\` on \`annual_plan\` (\`status\`);`);
    this.addSql(`create unique index \`annual_plan_unit_id_year_unique\` on \`annual_plan\` (\`unit_id\`, \`year\`);`);

    this.addSql(`create table \`plan_item\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`plan_id\` text not null, \`kind\` text check (\`kind\` in ('TARGET', 'PRACTICAL_MATTER')) not null, \`title\` text not null, \`detail\` text null, \`beneficiaries\` text null, \`budget\` double null, \`deadline\` text null, \`sort_order\` integer not null default 0, \`progress_status\` text check (\`progress_status\` in ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED', 'COMPLETED')) not null default 'NOT_STARTED', \`percent\` integer not null default 0, \`progress_on\` text null, \`fulfilment\` text check (\`fulfilment\` in ('FULFILLED', 'PARTLY', 'NOT_FULFILLED')) null, \`judgement_note\` text null, constraint \`plan_item_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`plan_item_plan_id_foreign\` foreign key(\`plan_id\`) references \`annual_plan\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`plan_item_unit_id_index\` on \`plan_item\` (\`unit_id\`);`);
    this.addSql(`create index \`plan_item_plan_id_index\` on \`plan_item\` (\`plan_id\`);`);

    this.addSql(`create table \`plan_progress_update\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`item_id\` text not null, \`status\` text check (\`status\` in ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED', 'COMPLETED')) not null, \`percent\` integer not null, \`date\` text not null, \`note\` text null, \`by_username\` text not null, constraint \`plan_progress_update_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`plan_progress_update_item_id_foreign\` foreign key(\`item_id\`) references \`plan_item\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`plan_progress_update_unit_id_index\` on \`plan_progress_update\` (\`unit_id\`);`);
    this.addSql(`create index \`plan_progress_update_item_id_index\` on \`plan_progress_update\` (\`item_id\`);`);
    this.addSql(`create index \`plan_progress_update_date_index\` on \`plan_progress_update\` (\`date\`);`);
  }

}
