import { Migration } from '@mikro-orm/migrations';

export class Migration20261201224104 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "duty_template" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "title" text check ("title" in ('PARTY_SECRETARY', 'DEPUTY_PARTY_SECRETARY', 'PARTY_COMMITTEE_MEMBER', 'DIRECTOR', 'DEPUTY_DIRECTOR', 'COMMITTEE_MEMBER', 'WOMENS_DIRECTOR', 'ACCOUNTANT')) not null, "duties" text not null, constraint "duty_template_pkey" primary key ("id"));`);
    this.addSql(`alter table "duty_template" add constraint "duty_template_title_unique" unique ("title");`);

    this.addSql(`create table "term_target" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "start_year" int not null, "end_year" int not null, "content" text not null, "note" text null, constraint "term_target_pkey" primary key ("id"));`);
    this.addSql(`create index "term_target_unit_id_index" on "term_target" ("unit_id");`);
    this.addSql(`create index "term_target_start_year_index" on "term_target" ("start_year");`);

    this.addSql(`create table "post_duty" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "post_id" varchar(36) not null, "duties" text not null, constraint "post_duty_pkey" primary key ("id"));`);
    this.addSql(`create index "post_duty_unit_id_index" on "post_duty" ("unit_id");`);
    this.addSql(`alter table "post_duty" add constraint "post_duty_post_id_unique" unique ("post_id");`);

    this.addSql(`create table "annual_plan" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "year" int not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'COMMITTED', 'JUDGED')) not null default 'DRAFT', "consultation" text null, "submitted_on" varchar(10) null, "approved_on" varchar(10) null, "approved_by" varchar(32) null, "returned_on" varchar(10) null, "return_comment" text null, "committed_on" varchar(10) null, "commitment_method" text check ("commitment_method" in ('PARTY_MEMBERS_ASSEMBLY', 'REPRESENTATIVES_MEETING', 'RESIDENTS_ASSEMBLY', 'NOTICE_BOARD', 'ONLINE')) null, "commitment_note" varchar(500) null, "judged_on" varchar(10) null, "overall_fulfilment" text check ("overall_fulfilment" in ('FULFILLED', 'PARTLY', 'NOT_FULFILLED')) null, "judgement_note" text null, constraint "annual_plan_pkey" primary key ("id"));`);
    this.addSql(`create index "annual_plan_unit_id_index" on "annual_plan" ("unit_id");`);
    this.addSql(`create index "annual_plan_year_index" on "annual_plan" ("year");`);
    this.addSql(`create index "annual_plan_status_index" on "annual_plan" ("status");`);
    this.addSql(`alter table "annual_plan" add constraint "annual_plan_unit_id_year_unique" unique ("unit_id", "year");`);

    this.addSql(`create table "plan_item" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "plan_id" varchar(36) not null, "kind" text check ("kind" in ('TARGET', 'PRACTICAL_MATTER')) not null, "title" varchar(200) not null, "detail" text null, "beneficiaries" varchar(200) null, "budget" double precision null, "deadline" varchar(10) null, "sort_order" int not null default 0, "progress_status" text check ("progress_status" in ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED', 'COMPLETED')) not null default 'NOT_STARTED', "percent" int not null default 0, "progress_on" varchar(10) null, "fulfilment" text check ("fulfilment" in ('FULFILLED', 'PARTLY', 'NOT_FULFILLED')) null, "judgement_note" varchar(500) null, constraint "plan_item_pkey" primary key ("id"));`);
    this.addSql(`create index "plan_item_unit_id_index" on "plan_item" ("unit_id");`);
    this.addSql(`create index "plan_item_plan_id_index" on "plan_item" ("plan_id");`);

    this.addSql(`create table "plan_progress_update" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "item_id" varchar(36) not null, "status" text check ("status" in ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED', 'COMPLETED')) not null, "percent" int not null, "date" varchar(10) not null, "note" text null, "by_username" varchar(32) not null, constraint "plan_progress_update_pkey" primary key ("id"));`);
    this.addSql(`create index "plan_progress_update_unit_id_index" on "plan_progress_update" ("unit_id");`);
    this.addSql(`create index "plan_progress_update_item_id_index" on "plan_progress_update" ("item_id");`);
    this.addSql(`create index "plan_progress_update_date_index" on "plan_progress_update" ("date");`);

    this.addSql(`alter table "term_target" add constraint "term_target_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);

    this.addSql(`alter table "post_duty" add constraint "post_duty_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "post_duty" add constraint "post_duty_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade;`);

    this.addSql(`alter table "annual_plan" add constraint "annual_plan_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);

    this.addSql(`alter table "plan_item" add constraint "plan_item_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "plan_item" add constraint "plan_item_plan_id_foreign" foreign key ("plan_id") references "annual_plan" ("id") on update cascade;`);

    this.addSql(`alter table "plan_progress_update" add constraint "plan_progress_update_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "plan_progress_update" add constraint "plan_progress_update_item_id_foreign" foreign key ("item_id") references "plan_item" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "plan_item" drop constraint "plan_item_plan_id_foreign";`);

    this.addSql(`alter table "plan_progress_update" drop constraint "plan_progress_update_item_id_foreign";`);

    this.addSql(`drop table if exists "duty_template" cascade;`);

    this.addSql(`drop table if exists "term_target" cascade;`);

    this.addSql(`drop table if exists "post_duty" cascade;`);

    this.addSql(`drop table if exists "annual_plan" cascade;`);

    this.addSql(`drop table if exists "plan_item" cascade;`);

    this.addSql(`drop table if exists "plan_progress_update" cascade;`);
  }

}
