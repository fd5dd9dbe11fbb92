import { Migration } from '@mikro-orm/migrations';

export class Migration20261201224111 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "inspection_round" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "month" varchar(7) not null, "inspectors" varchar(200) null, "scope" text null, "note" text null, constraint "inspection_round_pkey" primary key ("id"));`);
    this.addSql(`create index "inspection_round_month_index" on "inspection_round" ("month");`);

    this.addSql(`create table "inspection_notice" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "round_id" varchar(36) not null, "year" int not null, "number" int not null, "revision" int not null default 1, "title" varchar(200) not null, "date" varchar(10) not null, "body" text null, "status" text check ("status" in ('DRAFT', 'ISSUED', 'SUPERSEDED')) not null default 'DRAFT', "issued_at" timestamptz null, "issued_by" varchar(32) null, "reissue_reason" text null, "previous_id" varchar(36) null, "snapshot" jsonb null, constraint "inspection_notice_pkey" primary key ("id"));`);
    this.addSql(`create index "inspection_notice_round_id_index" on "inspection_notice" ("round_id");`);
    this.addSql(`create index "inspection_notice_year_index" on "inspection_notice" ("year");`);
    this.addSql(`create index "inspection_notice_status_index" on "inspection_notice" ("status");`);
    this.addSql(`alter table "inspection_notice" add constraint "inspection_notice_year_number_revision_unique" unique ("year", "number", "revision");`);

    this.addSql(`create table "inspection_finding" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "round_id" varchar(36) not null, "cadre_id" varchar(36) null, "category" text check ("category" in ('DUTY_NOT_DONE', 'POOR_STYLE', 'COMPLAINTS', 'ABSENCE', 'RECORDS_INCOMPLETE', 'COMMITMENT_UNFULFILLED', 'DISCIPLINE', 'OTHER')) not null, "severity" text check ("severity" in ('MINOR', 'SERIOUS', 'GRAVE')) not null, "facts" text not null, "required_rectification" text not null, "deadline" varchar(10) null, "responsible_cadre_id" varchar(36) null, "status" text check ("status" in ('OPEN', 'SUBMITTED', 'ACCEPTED', 'RETURNED')) not null default 'OPEN', "issued_on" varchar(10) null, "notice_id" varchar(36) null, "proposed_indicator_id" varchar(36) null, "proposed_deduction" double precision null, "deduction_applied_at" timestamptz null, constraint "inspection_finding_pkey" primary key ("id"));`);
    this.addSql(`create index "inspection_finding_unit_id_index" on "inspection_finding" ("unit_id");`);
    this.addSql(`create index "inspection_finding_round_id_index" on "inspection_finding" ("round_id");`);
    this.addSql(`create index "inspection_finding_cadre_id_index" on "inspection_finding" ("cadre_id");`);
    this.addSql(`create index "inspection_finding_deadline_index" on "inspection_finding" ("deadline");`);
    this.addSql(`create index "inspection_finding_status_index" on "inspection_finding" ("status");`);
    this.addSql(`create index "inspection_finding_issued_on_index" on "inspection_finding" ("issued_on");`);
    this.addSql(`create index "inspection_finding_notice_id_index" on "inspection_finding" ("notice_id");`);
    this.addSql(`create index "inspection_finding_proposed_indicator_id_index" on "inspection_finding" ("proposed_indicator_id");`);

    this.addSql(`create table "rectification_report" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "finding_id" varchar(36) not null, "step" text check ("step" in ('SUBMIT', 'ACCEPT', 'RETURN')) not null, "content" text null, "date" varchar(10) not null, "status_after" text check ("status_after" in ('OPEN', 'SUBMITTED', 'ACCEPTED', 'RETURNED')) not null, "by_username" varchar(32) null, constraint "rectification_report_pkey" primary key ("id"));`);
    this.addSql(`create index "rectification_report_unit_id_index" on "rectification_report" ("unit_id");`);
    this.addSql(`create index "rectification_report_finding_id_index" on "rectification_report" ("finding_id");`);

    this.addSql(`create table "inspection_deduction" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "finding_id" varchar(36) not null, "indicator_id" varchar(36) not null, "year" int not null, "points" double precision not null, "points_before" double precision not null, "points_after" double precision not null, "applied_by" varchar(32) null, constraint "inspection_deduction_pkey" primary key ("id"));`);
    this.addSql(`create index "inspection_deduction_unit_id_index" on "inspection_deduction" ("unit_id");`);
    this.addSql(`alter table "inspection_deduction" add constraint "inspection_deduction_finding_id_unique" unique ("finding_id");`);

    this.addSql(`alter table "inspection_notice" add constraint "inspection_notice_round_id_foreign" foreign key ("round_id") references "inspection_round" ("id") on update cascade;`);

    this.addSql(`alter table "inspection_finding" add constraint "inspection_finding_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "inspection_finding" add constraint "inspection_finding_round_id_foreign" foreign key ("round_id") references "inspection_round" ("id") on update cascade;`);
    this.addSql(`alter table "inspection_finding" add constraint "inspection_finding_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "inspection_finding" add constraint "inspection_finding_responsible_cadre_id_foreign" foreign key ("responsible_cadre_id") references "cadre" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "inspection_finding" add constraint "inspection_finding_notice_id_foreign" foreign key ("notice_id") references "inspection_notice" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "inspection_finding" add constraint "inspection_finding_proposed_indicator_id_foreign" foreign key ("proposed_indicator_id") references "assessment_indicator" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "rectification_report" add constraint "rectification_report_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "rectification_report" add constraint "rectification_report_finding_id_foreign" foreign key ("finding_id") references "inspection_finding" ("id") on update cascade;`);

    this.addSql(`alter table "inspection_deduction" add constraint "inspection_deduction_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "inspection_deduction" add constraint "inspection_deduction_finding_id_foreign" foreign key ("finding_id") references "inspection_finding" ("id") on update cascade;`);
    this.addSql(`alter table "inspection_deduction" add constraint "inspection_deduction_indicator_id_foreign" foreign key ("indicator_id") references "assessment_indicator" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "inspection_notice" drop constraint "inspection_notice_round_id_foreign";`);

    this.addSql(`alter table "inspection_finding" drop constraint "inspection_finding_round_id_foreign";`);

    this.addSql(`alter table "inspection_finding" drop constraint "inspection_finding_notice_id_foreign";`);

    this.addSql(`alter table "rectification_report" drop constraint "rectification_report_finding_id_foreign";`);

    this.addSql(`alter table "inspection_deduction" drop constraint "inspection_deduction_finding_id_foreign";`);

    this.addSql(`drop table if exists "inspection_round" cascade;`);

    this.addSql(`drop table if exists "inspection_notice" cascade;`);

    this.addSql(`drop table if exists "inspection_finding" cascade;`);

    this.addSql(`drop table if exists "rectification_report" cascade;`);

    this.addSql(`drop table if exists "inspection_deduction" cascade;`);
  }

}
