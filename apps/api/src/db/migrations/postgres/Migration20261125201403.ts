import { Migration } from '@mikro-orm/migrations';

export class Migration20261125201403 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "pay_record" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "cadre_id" varchar(36) not null, "year" int not null, "title" text check ("title" in ('PARTY_SECRETARY', 'DEPUTY_PARTY_SECRETARY', 'PARTY_COMMITTEE_MEMBER', 'DIRECTOR', 'DEPUTY_DIRECTOR', 'COMMITTEE_MEMBER', 'WOMENS_DIRECTOR', 'ACCOUNTANT')) not null, "amount" double precision not null, "note" text null, constraint "pay_record_pkey" primary key ("id"));`);
    this.addSql(`create index "pay_record_unit_id_index" on "pay_record" ("unit_id");`);
    this.addSql(`create index "pay_record_cadre_id_index" on "pay_record" ("cadre_id");`);
    this.addSql(`create index "pay_record_year_index" on "pay_record" ("year");`);
    this.addSql(`alter table "pay_record" add constraint "pay_record_cadre_id_year_unique" unique ("cadre_id", "year");`);

    this.addSql(`create table "honour" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "cadre_id" varchar(36) not null, "kind" text check ("kind" in ('CIVIL_SERVICE_SELECTION', 'PARTY_CONGRESS_DELEGATE', 'PEOPLES_CONGRESS_DEPUTY', 'CPPCC_MEMBER', 'COMMENDATION')) not null, "date" varchar(10) not null, "description" varchar(500) null, constraint "honour_pkey" primary key ("id"));`);
    this.addSql(`create index "honour_unit_id_index" on "honour" ("unit_id");`);
    this.addSql(`create index "honour_cadre_id_index" on "honour" ("cadre_id");`);
    this.addSql(`create index "honour_date_index" on "honour" ("date");`);

    this.addSql(`create table "duty_log_entry" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "cadre_id" varchar(36) not null, "date" varchar(10) not null, "content" text not null, "category" varchar(50) null, constraint "duty_log_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "duty_log_entry_unit_id_index" on "duty_log_entry" ("unit_id");`);
    this.addSql(`create index "duty_log_entry_cadre_id_index" on "duty_log_entry" ("cadre_id");`);
    this.addSql(`create index "duty_log_entry_date_index" on "duty_log_entry" ("date");`);

    this.addSql(`create table "duty_log_check" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "cadre_id" varchar(36) not null, "month" varchar(7) not null, "outcome" text check ("outcome" in ('PASS', 'FAIL')) not null, "remarks" text null, "checked_by" varchar(32) not null, constraint "duty_log_check_pkey" primary key ("id"));`);
    this.addSql(`create index "duty_log_check_unit_id_index" on "duty_log_check" ("unit_id");`);
    this.addSql(`create index "duty_log_check_cadre_id_index" on "duty_log_check" ("cadre_id");`);
    this.addSql(`create index "duty_log_check_month_index" on "duty_log_check" ("month");`);
    this.addSql(`alter table "duty_log_check" add constraint "duty_log_check_cadre_id_month_unique" unique ("cadre_id", "month");`);

    this.addSql(`create table "care_event" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "cadre_id" varchar(36) not null, "kind" text check ("kind" in ('HOME_VISIT', 'PHYSICAL_EXAM')) not null, "date" varchar(10) not null, "led_by_id" varchar(36) null, "led_by_name" varchar(50) null, "note" text null, constraint "care_event_pkey" primary key ("id"));`);
    this.addSql(`create index "care_event_unit_id_index" on "care_event" ("unit_id");`);
    this.addSql(`create index "care_event_cadre_id_index" on "care_event" ("cadre_id");`);
    this.addSql(`create index "care_event_date_index" on "care_event" ("date");`);
    this.addSql(`create index "care_event_led_by_id_index" on "care_event" ("led_by_id");`);

    this.addSql(`alter table "pay_record" add constraint "pay_record_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "pay_record" add constraint "pay_record_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`);

    this.addSql(`alter table "honour" add constraint "honour_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "honour" add constraint "honour_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`);

    this.addSql(`alter table "duty_log_entry" add constraint "duty_log_entry_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "duty_log_entry" add constraint "duty_log_entry_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`);

    this.addSql(`alter table "duty_log_check" add constraint "duty_log_check_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "duty_log_check" add constraint "duty_log_check_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`);

    this.addSql(`alter table "care_event" add constraint "care_event_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "care_event" add constraint "care_event_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`);
    this.addSql(`alter table "care_event" add constraint "care_event_led_by_id_foreign" foreign key ("led_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "pay_record" cascade;`);

    this.addSql(`drop table if exists "honour" cascade;`);

    this.addSql(`drop table if exists "duty_log_entry" cascade;`);

    this.addSql(`drop table if exists "duty_log_check" cascade;`);

    this.addSql(`drop table if exists "care_event" cascade;`);
  }

}
