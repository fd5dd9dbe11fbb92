import { Migration } from '@mikro-orm/migrations';

export class Migration20261201224352 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cadre_resume_line" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "cadre_id" varchar(36) not null, "position" int not null, "from_month" varchar(7) not null, "to_month" varchar(7) null, "content" varchar(200) not null, constraint "cadre_resume_line_pkey" primary key ("id"));`);
    this.addSql(`create index "cadre_resume_line_unit_id_index" on "cadre_resume_line" ("unit_id");`);
    this.addSql(`create index "cadre_resume_line_cadre_id_index" on "cadre_resume_line" ("cadre_id");`);

    this.addSql(`create table "cadre_family_member" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "cadre_id" varchar(36) not null, "position" int not null, "relation" varchar(20) not null, "name" varchar(50) not null, "birth_month" varchar(7) null, "political_status" varchar(20) null, "work_unit_and_post" varchar(200) null, constraint "cadre_family_member_pkey" primary key ("id"));`);
    this.addSql(`create index "cadre_family_member_unit_id_index" on "cadre_family_member" ("unit_id");`);
    this.addSql(`create index "cadre_family_member_cadre_id_index" on "cadre_family_member" ("cadre_id");`);

    this.addSql(`alter table "cadre_resume_line" add constraint "cadre_resume_line_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "cadre_resume_line" add constraint "cadre_resume_line_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`);

    this.addSql(`alter table "cadre_family_member" add constraint "cadre_family_member_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "cadre_family_member" add constraint "cadre_family_member_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`);

    this.addSql(`alter table "cadre" add column "native_place" varchar(50) null, add column "birthplace" varchar(50) null, add column "party_entry_date" varchar(7) null, add column "work_start_date" varchar(7) null, add column "health_status" varchar(20) null, add column "technical_title" varchar(50) null, add column "specialty" varchar(100) null, add column "full_time_education" varchar(20) null, add column "full_time_degree" varchar(20) null, add column "full_time_school" varchar(100) null, add column "in_service_education" varchar(20) null, add column "in_service_degree" varchar(20) null, add column "in_service_school" varchar(100) null, add column "rewards_and_punishments" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cadre_resume_line" cascade;`);

    this.addSql(`drop table if exists "cadre_family_member" cascade;`);

    this.addSql(`alter table "cadre" drop column "native_place", drop column "birthplace", drop column "party_entry_date", drop column "work_start_date", drop column "health_status", drop column "technical_title", drop column "specialty", drop column "full_time_education", drop column "full_time_degree", drop column "full_time_school", drop column "in_service_education", drop column "in_service_degree", drop column "in_service_school", drop column "rewards_and_punishments";`);
  }

}
