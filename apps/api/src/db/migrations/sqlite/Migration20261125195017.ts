import { Migration } from '@mikro-orm/migrations';

export class Migration20261125195017 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_entry\` (\`id\` text not null, \`at\` datetime not null, \`user_id\` text null, \`username\` text not null, \`action\` text not null, \`entity_type\` text not null, \`entity_id\` text not null, \`unit_id\` text null, \`changes\` json not null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_entry_at_index\` on \`audit_entry\` (\`at\`);`);
    this.addSql(`create index \`audit_entry_user_id_index\` on \`audit_entry\` (\`user_id\`);`);
    this.addSql(`create index \`audit_entry_unit_id_index\` on \`audit_entry\` (\`unit_id\`);`);
    this.addSql(`create index \`audit_entry_entity_type_entity_id_index\` on \`audit_entry\` (\`entity_type\`, \`entity_id\`);`);

    this.addSql(`create table \`unit\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`kind\` text check (\`kind\` in ('VILLAGE', 'COMMUNITY')) not null, \`code\` text not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`unit_name_unique\` on \`unit\` (\`name\`);`);
    this.addSql(`create unique index \`unit_code_unique\` on \`unit\` (\`code\`);`);

    this.addSql(`create table \`post\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`title\` text check (\`title\` in ('PARTY_SECRETARY', 'DEPUTY_PARTY_SECRETARY', 'PARTY_COMMITTEE_MEMBER', 'DIRECTOR', 'DEPUTY_DIRECTOR', 'COMMITTEE_MEMBER', 'WOMENS_DIRECTOR', 'ACCOUNTANT')) not null, \`name\` text not null, constraint \`post_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`post_unit_id_index\` on \`post\` (\`unit_id\`);`);

    this.addSql(`create table \`cadre\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`name\` text not null, \`gender\` text check (\`gender\` in ('MALE', 'FEMALE')) not null, \`birth_date\` text not null, \`ethnicity\` text null, \`education\` text check (\`education\` in ('PRIMARY', 'JUNIOR_HIGH', 'SENIOR_HIGH', 'VOCATIONAL', 'JUNIOR_COLLEGE', 'BACHELOR', 'POSTGRADUATE')) null, \`political_status\` text check (\`political_status\` in ('PARTY_MEMBER', 'PROBATIONARY_MEMBER', 'LEAGUE_MEMBER', 'MASSES')) null, \`phone\` text null, \`id_number\` text null, \`is_college_graduate_official\` integer not null default false, \`note\` text null, constraint \`cadre_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`cadre_unit_id_index\` on \`cadre\` (\`unit_id\`);`);
    this.addSql(`create index \`cadre_name_index\` on \`cadre\` (\`name\`);`);
    this.addSql(`create unique index \`cadre_id_number_unique\` on \`cadre\` (\`id_number\`);`);

    this.addSql(`create table \`appointment\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`cadre_id\` text not null, \`post_id\` text not null, \`start_date\` text not null, \`end_date\` text null, \`selection_method\` text check (\`selection_method\` in ('TWO_RECOMMENDATIONS_ONE_ELECTION', 'OPEN_NOMINATION_DIRECT_ELECTION', 'OPEN_SELECTION', 'PARTY_COMMITTEE_APPOINTMENT')) null, \`note\` text null, constraint \`appointment_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`appointment_cadre_id_foreign\` foreign key(\`cadre_id\`) references \`cadre\`(\`id\`) on update cascade, constraint \`appointment_post_id_foreign\` foreign key(\`post_id\`) references \`post\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`appointment_unit_id_index\` on \`appointment\` (\`unit_id\`);`);
    this.addSql(`create index \`appointment_cadre_id_index\` on \`appointment\` (\`cadre_id\`);`);
    this.addSql(`create index \`appointment_post_id_index\` on \`appointment\` (\`post_id\`);`);

    this.addSql(`create table \`app_user\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`username\` text not null, \`password_hash\` text not null, \`role\` text check (\`role\` in ('SUBDISTRICT_ADMIN', 'SUBDISTRICT_ANALYST', 'UNIT_USER')) not null, \`unit_id\` text null, \`pii_granted\` integer not null default false, \`active\` integer not null default true, \`last_login_at\` datetime null, constraint \`app_user_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`app_user_username_unique\` on \`app_user\` (\`username\`);`);
    this.addSql(`create index \`app_user_unit_id_index\` on \`app_user\` (\`unit_id\`);`);
  }

}
