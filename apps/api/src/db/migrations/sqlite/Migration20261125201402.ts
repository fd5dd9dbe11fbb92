import { Migration } from '@mikro-orm/migrations';

export class Migration20261125201402 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`pay_record\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`cadre_id\` text not null, \`year\` integer not null, \`title\` text check (\`title\` in ('PARTY_SECRETARY', 'DEPUTY_PARTY_SECRETARY', 'PARTY_COMMITTEE_MEMBER', 'DIRECTOR', 'DEPUTY_DIRECTOR', 'COMMITTEE_MEMBER', 'WOMENS_DIRECTOR', 'ACCOUNTANT')) not null, \`amount\` double not null, \`note\` text null, constraint \`pay_record_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`pay_record_cadre_id_foreign\` foreign key(\`cadre_id\`) references \`cadre\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`pay_record_unit_id_index\` on \`pay_record\` (\`unit_id\`);`);
    this.addSql(`create index \`pay_record_cadre_id_index\` on \`pay_record\` (\`cadre_id\`);`);
    this.addSql(`create index \`pay_record_year_index\` on \`pay_record\` (\`year\`);`);
    this.addSql(`create unique index \`pay_record_cadre_id_year_unique\` on \`pay_record\` (\`cadre_id\`, \`year\`);`);

    this.addSql(`create table \`honour\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`cadre_id\` text not null, \`kind\` text check (\`kind\` in ('CIVIL_SERVICE_SELECTION', 'PARTY_CONGRESS_DELEGATE', 'PEOPLES_CONGRESS_DEPUTY', 'CPPCC_MEMBER', 'COMMENDATION')) not null, \`date\` text not null, \`description\` text null, constraint \`honour_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`honour_cadre_id_foreign\` foreign key(\`cadre_id\`) references \`cadre\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`honour_unit_id_index\` on \`honour\` (\`unit_id\`);`);
    this.addSql(`create index \`honour_cadre_id_index\` on \`honour\` (\`cadre_id\`);`);
    this.addSql(`create index \`honour_date_index\` on \`honour\` (\`date\`);`);

    this.addSql(`create table \`duty_log_entry\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`cadre_id\` text not null, \`date\` text not null, \`content\` text not null, \`category\` text null, constraint \`duty_log_entry_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`duty_log_entry_cadre_id_foreign\` foreign key(\`cadre_id\`) references \`cadre\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`duty_log_entry_unit_id_index\` on \`duty_log_entry\` (\`unit_id\`);`);
    this.addSql(`create index \`duty_log_entry_cadre_id_index\` on \`duty_log_entry\` (\`cadre_id\`);`);
    this.addSql(`create index \`duty_log_entry_date_index\` on \`duty_log_entry\` (\`date\`);`);

    this.addSql(`create table \`duty_log_check\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`cadre_id\` text not null, \`month\` text not null, \`outcome\` text check (\`outcome\` in ('PASS', 'FAIL')) not null, \`remarks\` text null, \`checked_by\` text not null, constraint \`duty_log_check_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`duty_log_check_cadre_id_foreign\` foreign key(\`cadre_id\`) references \`cadre\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`duty_log_check_unit_id_index\` on \`duty_log_check\` (\`unit_id\`);`);
    this.addSql(`create index \`duty_log_check_cadre_id_index\` on \`duty_log_check\` (\`cadre_id\`);`);
    this.addSql(`create index \`duty_log_check_month_index\` on \`duty_log_check\` (\`month\`);`);
    this.addSql(`create unique index \`duty_log_check_cadre_id_month_unique\` on \`duty_log_check\` (\`cadre_id\`, \`month\`);`);

    this.addSql(`create table \`care_event\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`cadre_id\` text not null, \`kind\` text check (\`kind\` in ('HOME_VISIT', 'PHYSICAL_EXAM')) not null, \`date\` text not null, \`led_by_id\` text null, \`led_by_name\` text null, \`note\` text null, constraint \`care_event_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`care_event_cadre_id_foreign\` foreign key(\`cadre_id\`) references \`cadre\`(\`id\`) on update cascade, constraint \`care_event_led_by_id_foreign\` foreign key(\`led_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`care_event_unit_id_index\` on \`care_event\` (\`unit_id\`);`);
    this.addSql(`create index \`care_event_cadre_id_index\` on \`care_event\` (\`cadre_id\`);`);
    this.addSql(`create index \`care_event_date_index\` on \`care_event\` (\`date\`);`);
    this.addSql(`create index \`care_event_led_by_id_index\` on \`care_event\` (\`led_by_id\`);`);
  }

}
