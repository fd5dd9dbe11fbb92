import { Migration } from '@mikro-orm/migrations';

export class Migration20261125195017 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" ("id" varchar(36) not null, "at" timestamptz not null, "user_id" varchar(36) null, "username" varchar(32) not null, "action" varchar(64) not null, "entity_type" varchar(64) not null, "entity_id" varchar(36) not null, "unit_id" varchar(36) null, "changes" jsonb not null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_user_id_index" on "audit_entry" ("user_id");`);
    this.addSql(`create index "audit_entry_unit_id_index" on "audit_entry" ("unit_id");`);
    this.addSql(`create index "audit_entry_entity_type_entity_id_index" on "audit_entry" ("entity_type", "entity_id");`);

    this.addSql(`create table "unit" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "kind" text check ("kind" in ('VILLAGE', 'COMMUNITY')) not null, "code" varchar(32) not null, constraint "unit_pkey" primary key ("id"));`);
    this.addSql(`alter table "unit" add constraint "unit_name_unique" unique ("name");`);
    this.addSql(`alter table "unit" add constraint "unit_code_unique" unique ("code");`);

    this.addSql(`create table "post" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "title" text check ("title" in ('PARTY_SECRETARY', 'DEPUTY_PARTY_SECRETARY', 'PARTY_COMMITTEE_MEMBER', 'DIRECTOR', 'DEPUTY_DIRECTOR', 'COMMITTEE_MEMBER', 'WOMENS_DIRECTOR', 'ACCOUNTANT')) not null, "name" varchar(100) not null, constraint "post_pkey" primary key ("id"));`);
    this.addSql(`create index "post_unit_id_index" on "post" ("unit_id");`);

    this.addSql(`create table "cadre" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "name" varchar(50) not null, "gender" text check ("gender" in ('MALE', 'FEMALE')) not null, "birth_date" varchar(10) not null, "ethnicity" varchar(20) null, "education" text check ("education" in ('PRIMARY', 'JUNIOR_HIGH', 'SENIOR_HIGH', 'VOCATIONAL', 'JUNIOR_COLLEGE', 'BACHELOR', 'POSTGRADUATE')) null, "political_status" text check ("political_status" in ('PARTY_MEMBER', 'PROBATIONARY_MEMBER', 'LEAGUE_MEMBER', 'MASSES')) null, "phone" varchar(20) null, "id_number" varchar(18) null, "is_college_graduate_official" boolean not null default false, "note" text null, constraint "cadre_pkey" primary key ("id"));`);
    this.addSql(`create index "cadre_unit_id_index" on "cadre" ("unit_id");`);
    this.addSql(`create index "cadre_name_index" on "cadre" ("name");`);
    this.addSql(`alter table "cadre" add constraint "cadre_id_number_unique" unique ("id_number");`);

    this.addSql(`create table "appointment" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "cadre_id" varchar(36) not null, "post_id" varchar(36) not null, "start_date" varchar(10) not null, "end_date" varchar(10) null, "selection_method" text check ("selection_method" in ('TWO_RECOMMENDATIONS_ONE_ELECTION', 'OPEN_NOMINATION_DIRECT_ELECTION', 'OPEN_SELECTION', 'PARTY_COMMITTEE_APPOINTMENT')) null, "note" text null, constraint "appointment_pkey" primary key ("id"));`);
    this.addSql(`create index "appointment_unit_id_index" on "appointment" ("unit_id");`);
    this.addSql(`create index "appointment_cadre_id_index" on "appointment" ("cadre_id");`);
    this.addSql(`create index "appointment_post_id_index" on "appointment" ("post_id");`);

    this.addSql(`create table "app_user" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "username" varchar(32) not null, "password_hash" varchar(200) not null, "role" text check ("role" in ('SUBDISTRICT_ADMIN', 'SUBDISTRICT_ANALYST', 'UNIT_USER')) not null, "unit_id" varchar(36) null, "pii_granted" boolean not null default false, "active" boolean not null default true, "last_login_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);
    this.addSql(`create index "app_user_unit_id_index" on "app_user" ("unit_id");`);

    this.addSql(`alter table "post" add constraint "post_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);

    this.addSql(`alter table "cadre" add constraint "cadre_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);

    this.addSql(`alter table "appointment" add constraint "appointment_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "appointment" add constraint "appointment_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`);
    this.addSql(`alter table "appointment" add constraint "appointment_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "post" drop constraint "post_unit_id_foreign";`);

    this.addSql(`alter table "cadre" drop constraint "cadre_unit_id_foreign";`);

    this.addSql(`alter table "appointment" drop constraint "appointment_unit_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_unit_id_foreign";`);

    this.addSql(`alter table "appointment" drop constraint "appointment_post_id_foreign";`);

    this.addSql(`alter table "appointment" drop constraint "appointment_cadre_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "post" cascade;`);

    this.addSql(`drop table if exists "cadre" cascade;`);

    this.addSql(`drop table if exists "appointment" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);
  }

}
