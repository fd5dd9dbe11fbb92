import { Migration } from '@mikro-orm/migrations';

export class Migration20261125201302 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "assessment_indicator" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "year" int not null, "name" varchar(200) not null, "max_points" double precision not null, "sort_order" int not null default 0, "description" text null, constraint "assessment_indicator_pkey" primary key ("id"));`);
    this.addSql(`create index "assessment_indicator_year_index" on "assessment_indicator" ("year");`);
    this.addSql(`alter table "assessment_indicator" add constraint "assessment_indicator_year_name_unique" unique ("year", "name");`);

    this.addSql(`create table "assessment_year" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "year" int not null, "status" text check ("status" in ('DRAFT', 'PUBLISHED')) not null default 'DRAFT', "campaign_year" text check ("campaign_year" in ('IMPLEMENTATION', 'INNOVATION', 'LEAP_FORWARD')) null, "published_at" timestamptz null, "published_by" varchar(32) null, "reopen_count" int not null default 0, "last_reopen_reason" text null, constraint "assessment_year_pkey" primary key ("id"));`);
    this.addSql(`alter table "assessment_year" add constraint "assessment_year_year_unique" unique ("year");`);

    this.addSql(`create table "ranking_entry" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "year" int not null, "ranked_unit_id" varchar(36) not null, "kind" text check ("kind" in ('VILLAGE', 'COMMUNITY')) not null, "total" double precision not null, "rank" int not null, "is_last" boolean not null, "main_leader_id" varchar(36) null, "main_leader_name" varchar(50) null, constraint "ranking_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "ranking_entry_year_index" on "ranking_entry" ("year");`);
    this.addSql(`alter table "ranking_entry" add constraint "ranking_entry_year_ranked_unit_id_unique" unique ("year", "ranked_unit_id");`);

    this.addSql(`create table "consequence" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "year" int not null, "kind" text check ("kind" in ('ADMONISHMENT_TALK', 'REMOVAL')) not null, "status" text check ("status" in ('PROPOSED', 'CONFIRMED', 'DISMISSED')) not null default 'PROPOSED', "subject_id" varchar(36) null, "subject_name" varchar(50) null, "evidence" jsonb not null, "streak_years" int not null default 1, "decided_by" varchar(32) null, "decided_at" timestamptz null, "reason" text null, "exit_record_id" varchar(36) null, constraint "consequence_pkey" primary key ("id"));`);
    this.addSql(`create index "consequence_unit_id_index" on "consequence" ("unit_id");`);
    this.addSql(`create index "consequence_year_index" on "consequence" ("year");`);

    this.addSql(`create table "assessment_score" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "indicator_id" varchar(36) not null, "year" int not null, "points" double precision not null, "note" text null, constraint "assessment_score_pkey" primary key ("id"));`);
    this.addSql(`create index "assessment_score_unit_id_index" on "assessment_score" ("unit_id");`);
    this.addSql(`create index "assessment_score_indicator_id_index" on "assessment_score" ("indicator_id");`);
    this.addSql(`create index "assessment_score_year_index" on "assessment_score" ("year");`);
    this.addSql(`alter table "assessment_score" add constraint "assessment_score_unit_id_indicator_id_unique" unique ("unit_id", "indicator_id");`);

    this.addSql(`alter table "ranking_entry" add constraint "ranking_entry_ranked_unit_id_foreign" foreign key ("ranked_unit_id") references "unit" ("id") on update cascade;`);

    this.addSql(`alter table "consequence" add constraint "consequence_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "consequence" add constraint "consequence_subject_id_foreign" foreign key ("subject_id") references "cadre" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "assessment_score" add constraint "assessment_score_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "assessment_score" add constraint "assessment_score_indicator_id_foreign" foreign key ("indicator_id") references "assessment_indicator" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "assessment_score" drop constraint "assessment_score_indicator_id_foreign";`);

    this.addSql(`drop table if exists "assessment_indicator" cascade;`);

    this.addSql(`drop table if exists "assessment_year" cascade;`);

    this.addSql(`drop table if exists "ranking_entry" cascade;`);

    this.addSql(`drop table if exists "consequence" cascade;`);

    this.addSql(`drop table if exists "assessment_score" cascade;`);
  }

}
