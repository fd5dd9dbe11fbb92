import { Migration } from '@mikro-orm/migrations';

export class Migration20261201224446 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "duty_report" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "cadre_id" varchar(36) not null, "year" int not null, "half" int not null, "summary" text null, "subdistrict_committee_date" varchar(10) null, "party_members_assembly_date" varchar(10) null, "residents_meeting_date" varchar(10) null, "self_evaluation_score" double precision null, "poll_ballots_issued" int null, "poll_ballots_returned" int null, "poll_good" int null, "poll_fairly_good" int null, "poll_average" int null, "poll_poor" int null, "higher_evaluation_score" double precision null, constraint "duty_report_pkey" primary key ("id"));`);
    this.addSql(`create index "duty_report_unit_id_index" on "duty_report" ("unit_id");`);
    this.addSql(`create index "duty_report_cadre_id_index" on "duty_report" ("cadre_id");`);
    this.addSql(`create index "duty_report_year_index" on "duty_report" ("year");`);
    this.addSql(`alter table "duty_report" add constraint "duty_report_cadre_id_year_half_unique" unique ("cadre_id", "year", "half");`);

    this.addSql(`alter table "duty_report" add constraint "duty_report_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "duty_report" add constraint "duty_report_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "duty_report" cascade;`);
  }

}
