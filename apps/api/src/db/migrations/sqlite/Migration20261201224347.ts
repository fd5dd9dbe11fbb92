import { Migration } from '@mikro-orm/migrations';

export class Migration20261201224347 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`cadre_resume_line\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`cadre_id\` text not null, \`position\` integer not null, \`from_month\` text not null, \`to_month\` text null, \`content\` text not null, constraint \`cadre_resume_line_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`cadre_resume_line_cadre_id_foreign\` foreign key(\`cadre_id\`) references \`cadre\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`cadre_resume_line_unit_id_index\` on \`cadre_resume_line\` (\`unit_id\`);`);
    this.addSql(`create index \`cadre_resume_line_cadre_id_index\` on \`cadre_resume_line\` (\`cadre_id\`);`);

    this.addSql(`create table \`cadre_family_member\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`cadre_id\` text not null, \`position\` integer not null, \`relation\` text not null, \`name\` text not null, \`birth_month\` text null, \`political_status\` text null, \`work_unit_and_post\` text null, constraint \`cadre_family_member_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`cadre_family_member_cadre_id_foreign\` foreign key(\`cadre_id\`) references \`cadre\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`cadre_family_member_unit_id_index\` on \`cadre_family_member\` (\`unit_id\`);`);
    this.addSql(`create index \`cadre_family_member_cadre_id_index\` on \`cadre_family_member\` (\`cadre_id\`);`);

    this.addSql(`alter table \`cadre\` add column \`native_place\` text null;`);
    this.addSql(`alter table \`cadre\` add column \`birthplace\` text null;`);
    this.addSql(`alter table \`cadre\` add column \`party_entry_date\` text null;`);
    this.addSql(`alter table \`cadre\` add column \`work_start_date\` text null;`);
    this.addSql(`alter table \`cadre\` add column \`health_status\` text null;`);
    this.addSql(`alter table \`cadre\` add column \`technical_title\` text null;`);
    this.addSql(`alter table \`cadre\` add column \`specialty\` text null;`);
    this.addSql(`alter table \`cadre\` add column \`full_time_education\` text null;`);
    this.addSql(`alter table \`cadre\` add column \`full_time_degree\` text null;`);
    this.addSql(`alter table \`cadre\` add column \`full_time_school\` text null;`);
    this.addSql(`alter table \`cadre\` add column \`in_service_education\` text null;`);
    this.addSql(`alter table \`cadre\` add column \`in_service_degree\` text null;`);
    this.addSql(`alter table \`cadre\` add column \`in_service_school\` text null;`);
    this.addSql(`alter table \`cadre\` add column \`rewards_and_punishments\` text null;`);
  }

}
