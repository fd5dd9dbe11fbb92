import { Migration } from '@mikro-orm/migrations';

export class Migration20261125200252 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" ("id" varchar(36) not null, "at" timestamptz not null, "user_id" varchar(36) null, "username" varchar(32) not null, "action" varchar(64) not null, "entity_type" varchar(64) not null, "entity_id" varchar(36) not null, "unit_id" varchar(36) null, "changes" jsonb not null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_user_id_index" on "audit_entry" ("user_id");`);
    this.addSql(`create index "audit_entry_unit_id_index" on "audit_entry" ("unit_id");`);
    this.addSql(`create index "audit_entry_entity_type_entity_id_index" on "audit_entry" ("entity_type", "entity_id");`);

    this.addSql(`create table "training_session" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "title" varchar(200) not null, "kind" text check ("kind" in ('TRAINING', 'STUDY_TRIP')) not null, "start_date" varchar(10) not null, "end_date" varchar(10) not null, "place" varchar(200) null, "hours" double precision not null, "organiser" varchar(100) null, "outcome" text null, constraint "training_session_pkey" primary key ("id"));`);
    this.addSql(`create index "training_session_start_date_index" on "training_session" ("start_date");`);

    this.addSql(`create table "unit" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "kind" text check ("kind" in ('VILLAGE', 'COMMUNITY')) not null, "code" varchar(32) not null, constraint "unit_pkey" primary key ("id"));`);
    this.addSql(`alter table "unit" add constraint "unit_name_unique" unique ("name");`);
    this.addSql(`alter table "unit" add constraint "unit_code_unique" unique ("code");`);

    this.addSql(`create table "post" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "title" text check ("title" in ('PARTY_SECRETARY', 'DEPUTY_PARTY_SECRETARY', 'PARTY_COMMITTEE_MEMBER', 'DIRECTOR', 'DEPUTY_DIRECTOR', 'COMMITTEE_MEMBER', 'WOMENS_DIRECTOR', 'ACCOUNTANT')) not null, "name" varchar(100) not null, constraint "post_pkey" primary key ("id"));`);
    this.addSql(`create index "post_unit_id_index" on "post" ("unit_id");`);

    this.addSql(`create table "cadre" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "name" varchar(50) not null, "gender" text check ("gender" in ('MALE', 'FEMALE')) not null, "birth_date" varchar(10) not null, "ethnicity" varchar(20) null, "education" text check ("education" in ('PRIMARY', 'JUNIOR_HIGH', 'SENIOR_HIGH', 'VOCATIONAL', 'JUNIOR_COLLEGE', 'BACHELOR', 'POSTGRADUATE')) null, "political_status" text check ("political_status" in ('PARTY_MEMBER', 'PROBATIONARY_MEMBER', 'LEAGUE_MEMBER', 'MASSES')) null, "phone" varchar(20) null, "id_number" varchar(18) null, "is_college_graduate_official" boolean not null default false, "note" text null, constraint "cadre_pkey" primary key ("id"));`);
    this.addSql(`create index "cadre_unit_id_index" on "cadre" ("unit_id");`);
    this.addSql(`create index "cadre_name_index" on "cadre" ("name");`);
    this.addSql(`alter table "cadre" add constraint "cadre_id_number_unique" unique ("id_number");`);

    this.addSql(`create table "training_participation" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "session_id" varchar(36) not null, "cadre_id" varchar(36) not null, "attended" boolean null, "hours" double precision null, "confirmed_by" varchar(32) null, "note" text null, constraint "training_participation_pkey" primary key ("id"));`);
    this.addSql(`create index "training_participation_unit_id_index" on "training_participation" ("unit_id");`);
    this.addSql(`create index "training_participation_session_id_index" on "training_participation" ("session_id");`);
    this.addSql(`create index "training_participation_cadre_id_index" on "training_participation" ("cadre_id");`);
    this.addSql(`alter table "training_participation" add constraint "training_participation_session_id_cadre_id_unique" unique ("session_id", "cadre_id");`);

    this.addSql(`create table "reserve_candidate" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "cadre_id" varchar(36) not null, "source" text check ("source" in ('SELF', 'COMMITTEE', 'DEMOCRATIC')) not null, "status" text check ("status" in ('RECOMMENDED', 'PROPOSED', 'COMMITTEE_APPROVED', 'IN_POOL', 'REJECTED', 'WITHDRAWN')) not null default 'RECOMMENDED', "votes_eligible" int null, "votes_present" int null, "votes_for" int null, "recommended_on" varchar(10) not null, "proposed_on" varchar(10) null, "committee_reviewed_on" varchar(10) null, "committee_minutes" text null, "subdistrict_reviewed_on" varchar(10) null, "in_pool_from" varchar(10) null, "left_pool_on" varchar(10) null, "note" text null, constraint "reserve_candidate_pkey" primary key ("id"));`);
    this.addSql(`create index "reserve_candidate_unit_id_index" on "reserve_candidate" ("unit_id");`);
    this.addSql(`create index "reserve_candidate_cadre_id_index" on "reserve_candidate" ("cadre_id");`);
    this.addSql(`create index "reserve_candidate_status_index" on "reserve_candidate" ("status");`);

    this.addSql(`create table "succession_pair" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "post_id" varchar(36) not null, "reserve_candidate_id" varchar(36) not null, "paired_on" varchar(10) not null, "released_on" varchar(10) null, "release_reason" text check ("release_reason" in ('SUCCEEDED', 'RESERVE_EXITED', 'REPLACED', 'RELEASED')) null, constraint "succession_pair_pkey" primary key ("id"));`);
    this.addSql(`create index "succession_pair_unit_id_index" on "succession_pair" ("unit_id");`);
    this.addSql(`create index "succession_pair_post_id_index" on "succession_pair" ("post_id");`);
    this.addSql(`create index "succession_pair_reserve_candidate_id_index" on "succession_pair" ("reserve_candidate_id");`);

    this.addSql(`create table "reserve_step" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "candidate_id" varchar(36) not null, "step" text check ("step" in ('RECOMMEND', 'PROPOSE', 'COMMITTEE_REVIEW', 'SUBDISTRICT_REVIEW', 'WITHDRAW')) not null, "approved" boolean not null default true, "resulting_status" text check ("resulting_status" in ('RECOMMENDED', 'PROPOSED', 'COMMITTEE_APPROVED', 'IN_POOL', 'REJECTED', 'WITHDRAWN')) not null, "date" varchar(10) not null, "by_username" varchar(32) not null, "note" text null, constraint "reserve_step_pkey" primary key ("id"));`);
    this.addSql(`create index "reserve_step_unit_id_index" on "reserve_step" ("unit_id");`);
    this.addSql(`create index "reserve_step_candidate_id_index" on "reserve_step" ("candidate_id");`);

    this.addSql(`create table "reserve_assignment" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "reserve_candidate_id" varchar(36) not null, "kind" text check ("kind" in ('EXPOSURE', 'INDEPENDENT_RESPONSIBILITY')) not null, "title" varchar(200) not null, "start_date" varchar(10) not null, "end_date" varchar(10) null, "outcome" text null, constraint "reserve_assignment_pkey" primary key ("id"));`);
    this.addSql(`create index "reserve_assignment_unit_id_index" on "reserve_assignment" ("unit_id");`);
    this.addSql(`create index "reserve_assignment_reserve_candidate_id_index" on "reserve_assignment" ("reserve_candidate_id");`);

    this.addSql(`create table "exit_record" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "cadre_id" varchar(36) not null, "kind" text check ("kind" in ('RESIGNATION', 'DISMISSAL', 'TERMINATION', 'RECALL', 'REMOVAL')) not null, "effective_date" varchar(10) not null, "reason" text not null, "basis" text null, "approved_by" varchar(100) not null, "approved_on" varchar(10) null, "submitted_on" varchar(10) null, "decision_number" varchar(100) null, "registered_voters" int null, "votes_cast" int null, "votes_for" int null, "consequence_id" varchar(36) null, "recorded_by" varchar(32) not null, constraint "exit_record_pkey" primary key ("id"));`);
    this.addSql(`create index "exit_record_unit_id_index" on "exit_record" ("unit_id");`);
    this.addSql(`alter table "exit_record" add constraint "exit_record_cadre_id_unique" unique ("cadre_id");`);
    this.addSql(`create index "exit_record_effective_date_index" on "exit_record" ("effective_date");`);

    this.addSql(`create table "appointment" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "cadre_id" varchar(36) not null, "post_id" varchar(36) not null, "start_date" varchar(10) not null, "end_date" varchar(10) null, "selection_method" text check ("selection_method" in ('TWO_RECOMMENDATIONS_ONE_ELECTION', 'OPEN_NOMINATION_DIRECT_ELECTION', 'OPEN_SELECTION', 'PARTY_COMMITTEE_APPOINTMENT')) null, "note" text null, "ended_by_exit_id" varchar(36) null, constraint "appointment_pkey" primary key ("id"));`);
    this.addSql(`create index "appointment_unit_id_index" on "appointment" ("unit_id");`);
    this.addSql(`create index "appointment_cadre_id_index" on "appointment" ("cadre_id");`);
    this.addSql(`create index "appointment_post_id_index" on "appointment" ("post_id");`);

    this.addSql(`create table "succession_proposal" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "post_id" varchar(36) not null, "pair_id" varchar(36) not null, "reserve_candidate_id" varchar(36) not null, "exit_record_id" varchar(36) not null, "vacated_on" varchar(10) not null, "status" text check ("status" in ('PROPOSED', 'APPOINTED', 'DECLINED')) not null default 'PROPOSED', "appointment_id" varchar(36) null, "note" text null, constraint "succession_proposal_pkey" primary key ("id"));`);
    this.addSql(`create index "succession_proposal_unit_id_index" on "succession_proposal" ("unit_id");`);
    this.addSql(`create index "succession_proposal_post_id_index" on "succession_proposal" ("post_id");`);

    this.addSql(`create table "secretary_selection" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "appointment_id" varchar(36) not null, "source_category" text check ("source_category" in ('CURRENT_CADRE', 'WEALTH_LEADER', 'RURAL_BROKER', 'COOPERATIVE_HEAD', 'ENTERPRISE_MANAGER', 'VETERAN', 'COLLEGE_GRADUATE_OFFICIAL', 'RETURNED_MIGRANT_PARTY_MEMBER', 'DISPATCHED')) not null, "method" text check ("method" in ('TWO_RECOMMENDATIONS_ONE_ELECTION', 'OPEN_NOMINATION_DIRECT_ELECTION', 'OPEN_SELECTION', 'PARTY_COMMITTEE_APPOINTMENT')) not null, "development_ability" text check ("development_ability" in ('MEETS', 'PARTLY', 'NOT_MET')) not null, "stability_ability" text check ("stability_ability" in ('MEETS', 'PARTLY', 'NOT_MET')) not null, "serves_people" text check ("serves_people" in ('MEETS', 'PARTLY', 'NOT_MET')) not null, "builds_organisation" text check ("builds_organisation" in ('MEETS', 'PARTLY', 'NOT_MET')) not null, "dispatched" boolean not null default false, "dispatched_from" varchar(200) null, "no_local_candidate_reason" text null, "note" text null, constraint "secretary_selection_pkey" primary key ("id"));`);
    this.addSql(`create index "secretary_selection_unit_id_index" on "secretary_selection" ("unit_id");`);
    this.addSql(`alter table "secretary_selection" add constraint "secretary_selection_appointment_id_unique" unique ("appointment_id");`);

    this.addSql(`create table "app_user" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "username" varchar(32) not null, "password_hash" varchar(200) not null, "role" text check ("role" in ('SUBDISTRICT_ADMIN', 'SUBDISTRICT_ANALYST', 'UNIT_USER')) not null, "unit_id" varchar(36) null, "pii_granted" boolean not null default false, "active" boolean not null default true, "last_login_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);
    this.addSql(`create index "app_user_unit_id_index" on "app_user" ("unit_id");`);

    this.addSql(`alter table "post" add constraint "post_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);

    this.addSql(`alter table "cadre" add constraint "cadre_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);

    this.addSql(`alter table "training_participation" add constraint "training_participation_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "training_participation" add constraint "training_participation_session_id_foreign" foreign key ("session_id") references "training_session" ("id") on update cascade;`);
    this.addSql(`alter table "training_participation" add constraint "training_participation_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`);

    this.addSql(`alter table "reserve_candidate" add constraint "reserve_candidate_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "reserve_candidate" add constraint "reserve_candidate_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`);

    this.addSql(`alter table "succession_pair" add constraint "succession_pair_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "succession_pair" add constraint "succession_pair_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade;`);
    this.addSql(`alter table "succession_pair" add constraint "succession_pair_reserve_candidate_id_foreign" foreign key ("reserve_candidate_id") references "reserve_candidate" ("id") on update cascade;`);

    this.addSql(`alter table "reserve_step" add constraint "reserve_step_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "reserve_step" add constraint "reserve_step_candidate_id_foreign" foreign key ("candidate_id") references "reserve_candidate" ("id") on update cascade;`);

    this.addSql(`alter table "reserve_assignment" add constraint "reserve_assignment_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "reserve_assignment" add constraint "reserve_assignment_reserve_candidate_id_foreign" foreign key ("reserve_candidate_id") references "reserve_candidate" ("id") on update cascade;`);

    this.addSql(`alter table "exit_record" add constraint "exit_record_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "exit_record" add constraint "exit_record_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`);

    this.addSql(`alter table "appointment" add constraint "appointment_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "appointment" add constraint "appointment_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`);
    this.addSql(`alter table "appointment" add constraint "appointment_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade;`);

    this.addSql(`alter table "succession_proposal" add constraint "succession_proposal_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "succession_proposal" add constraint "succession_proposal_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade;`);
    this.addSql(`alter table "succession_proposal" add constraint "succession_proposal_pair_id_foreign" foreign key ("pair_id") references "succession_pair" ("id") on update cascade;`);
    this.addSql(`alter table "succession_proposal" add constraint "succession_proposal_reserve_candidate_id_foreign" foreign key ("reserve_candidate_id") references "reserve_candidate" ("id") on update cascade;`);
    this.addSql(`alter table "succession_proposal" add constraint "succession_proposal_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "secretary_selection" add constraint "secretary_selection_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "secretary_selection" add constraint "secretary_selection_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "training_participation" drop constraint "training_participation_session_id_foreign";`);

    this.addSql(`alter table "post" drop constraint "post_unit_id_foreign";`);

    this.addSql(`alter table "cadre" drop constraint "cadre_unit_id_foreign";`);

    this.addSql(`alter table "training_participation" drop constraint "training_participation_unit_id_foreign";`);

    this.addSql(`alter table "reserve_candidate" drop constraint "reserve_candidate_unit_id_foreign";`);

    this.addSql(`alter table "succession_pair" drop constraint "succession_pair_unit_id_foreign";`);

    this.addSql(`alter table "reserve_step" drop constraint "reserve_step_unit_id_foreign";`);

    this.addSql(`alter table "reserve_assignment" drop constraint "reserve_assignment_unit_id_foreign";`);

    this.addSql(`alter table "exit_record" drop constraint "exit_record_unit_id_foreign";`);

    this.addSql(`alter table "appointment" drop constraint "appointment_unit_id_foreign";`);

    this.addSql(`alter table "succession_proposal" drop constraint "succession_proposal_unit_id_foreign";`);

    this.addSql(`alter table "secretary_selection" drop constraint "secretary_selection_unit_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_unit_id_foreign";`);

    this.addSql(`alter table "succession_pair" drop constraint "succession_pair_post_id_foreign";`);

    this.addSql(`alter table "appointment" drop constraint "appointment_post_id_foreign";`);

    this.addSql(`alter table "succession_proposal" drop constraint "succession_proposal_post_id_foreign";`);

    this.addSql(`alter table "training_participation" drop constraint "training_participation_cadre_id_foreign";`);

    this.addSql(`alter table "reserve_candidate" drop constraint "reserve_candidate_cadre_id_foreign";`);

    this.addSql(`alter table "exit_record" drop constraint "exit_record_cadre_id_foreign";`);

    this.addSql(`alter table "appointment" drop constraint "appointment_cadre_id_foreign";`);

    this.addSql(`alter table "succession_pair" drop constraint "succession_pair_reserve_candidate_id_foreign";`);

    this.addSql(`alter table "reserve_step" drop constraint "reserve_step_candidate_id_foreign";`);

    this.addSql(`alter table "reserve_assignment" drop constraint "reserve_assignment_reserve_candidate_id_foreign";`);

    this.addSql(`alter table "succession_proposal" drop constraint "succession_proposal_reserve_candidate_id_foreign";`);

    this.addSql(`alter table "succession_proposal" drop constraint "succession_proposal_pair_id_foreign";`);

    this.addSql(`alter table "succession_proposal" drop constraint "succession_proposal_appointment_id_foreign";`);

    this.addSql(`alter table "secretary_selection" drop constraint "secretary_selection_appointment_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "training_session" cascade;`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "post" cascade;`);

    this.addSql(`drop table if exists "cadre" cascade;`);

    this.addSql(`drop table if exists "training_participation" cascade;`);

    this.addSql(`drop table if exists "reserve_candidate" cascade;`);

    this.addSql(`drop table if exists "succession_pair" cascade;`);

    this.addSql(`drop table if exists "reserve_step" cascade;`);

    this.addSql(`drop table if exists "reserve_assignment" cascade;`);

    this.addSql(`drop table if exists "exit_record" cascade;`);

    this.addSql(`drop table if exists "appointment" cascade;`);

    this.addSql(`drop table if exists "succession_proposal" cascade;`);

    this.addSql(`drop table if exists "secretary_selection" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);
  }

}
