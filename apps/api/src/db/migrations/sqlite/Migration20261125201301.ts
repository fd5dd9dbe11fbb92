import { Migration } from '@mikro-orm/migrations';

export class Migration20261125201301 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`assessment_indicator\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`year\` integer not null, \`name\` text not null, \`max_points\` double not null, \`sort_order\` integer not null default 0, \`description\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`assessment_indicator_year_index\` on \`assessment_indicator\` (\`year\`);`);
    this.addSql(`create unique index \`assessment_indicator_year_name_unique\` on \`assessment_indicator\` (\`year\`, \`name\`);`);

    this.addSql(`create table \`assessment_year\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`year\` integer not null, \`status\` text check (\`status\` in ('DRAFT', 'PUBLISHED')) not null default 'DRAFT', \`campaign_year\` text check (\`campaign_year\` in ('IMPLEMENTATION', 'INNOVATION', 'LEAP_FORWARD')) null, \`published_at\` datetime null, \`published_by\` text null, \`reopen_count\` integer not null default 0, \`last_reopen_reason\` text null, primary key (\`id\`));`);
    this.addSql(`create unique index \`assessment_year_year_unique\` on \`assessment_year\` (\`year\`);`);

    this.addSql(`create table \`ranking_entry\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`year\` integer not null, \`ranked_unit_id\` text not null, \`kind\` text check (\`kind\` in ('VILLAGE', 'COMMUNITY')) not null, \`total\` double not null, \`rank\` integer not null, \`is_last\` integer not null, \`main_leader_id\` text null, \`main_leader_name\` text null, constraint \`ranking_entry_ranked_unit_id_foreign\` foreign key(\`ranked_unit_id\`) references \`unit\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`ranking_entry_year_index\` on \`ranking_entry\` (\`year\`);`);
    this.addSql(`create index \`ranking_entry_ranked_unit_id_index\` on \`ranking_entry\` (\`ranked_unit_id\`);`);
    this.addSql(`create unique index \`ranking_entry_year_ranked_unit_id_unique\` on \`ranking_entry\` (\`year\`, \`ranked_unit_id\`);`);

    this.addSql(`create table \`consequence\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`year\` integer not null, \`kind\` text check (\`kind\` in ('ADMONISHMENT_TALK', 'REMOVAL')) not null, \`status\` text check (\`status\` in ('PROPOSED', 'CONFIRMED', 'DISMISSED')) not null default 'PROPOSED', \`subject_id\` text null, \`subject_name\` text null, \`evidence\` json not null, \`streak_years\` integer not null default 1, \`decided_by\` text null, \`decided_at\` datetime null, \`reason\` text null, \`exit_record_id\` text null, constraint \`consequence_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`consequence_subject_id_foreign\` foreign key(\`subject_id\`) references \`cadre\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`consequence_unit_id_index\` on \`consequence\` (\`unit_id\`);`);
    this.addSql(`create index \`consequence_year_index\` on \`consequence\` (\`year\`);`);
    this.addSql(`create index \`consequence_subject_id_index\` on \`consequence\` (\`subject_id\`);`);

    this.addSql(`create table \`assessment_score\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`indicator_id\` text not null, \`year\` integer not null, \`points\` double not null, \`note\` text null, constraint \`assessment_score_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`assessment_score_indicator_id_foreign\` foreign key(\`indicator_id\`) references \`assessment_indicator\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`assessment_score_unit_id_index\` on \`assessment_score\` (\`unit_id\`);`);
    this.addSql(`create index \`assessment_score_indicator_id_index\` on \`assessment_score\` (\`indicator_id\`);`);
    this.addSql(`create index \`assessment_score_year_index\` on \`assessment_score\` (\`year\`);`);
    this.addSql(`create unique index \`assessment_score_unit_id_indicator_id_unique\` on \`assessment_score\` (\`unit_id\`, \`indicator_id\`);`);
  }

}
