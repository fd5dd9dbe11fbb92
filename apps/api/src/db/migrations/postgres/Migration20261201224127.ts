import { Migration } from '@mikro-orm/migrations';

export class Migration20261201224127 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "discipline_case" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "cadre_id" varchar(36) not null, "status" text check ("status" in ('OPEN', 'DECIDED', 'RECTIFYING', 'ANSWERED', 'ACCEPTED', 'CLOSED')) not null default 'OPEN', "facts" text not null, "opened_on" varchar(10) not null, "level" text check ("level" in ('CRITICISM', 'ADJUSTMENT', 'SERIOUS')) null, "decision" text null, "decision_number" varchar(100) null, "decided_on" varchar(10) null, "decided_by_id" varchar(36) null, "decided_by_name" varchar(32) null, "rectification_requirement" text null, "rectification_deadline" varchar(10) null, "rectification_answer" text null, "answered_on" varchar(10) null, "answered_by_name" varchar(32) null, "accepted_on" varchar(10) null, "acceptance_note" text null, "return_reason" text null, "closed_on" varchar(10) null, "closing_note" text null, "exit_record_id" varchar(36) null, constraint "discipline_case_pkey" primary key ("id"));`);
    this.addSql(`create index "discipline_case_unit_id_index" on "discipline_case" ("unit_id");`);
    this.addSql(`create index "discipline_case_cadre_id_index" on "discipline_case" ("cadre_id");`);
    this.addSql(`create index "discipline_case_status_index" on "discipline_case" ("status");`);
    this.addSql(`create index "discipline_case_opened_on_index" on "discipline_case" ("opened_on");`);

    this.addSql(`create table "discipline_case_finding" ("id" varchar(36) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" varchar(36) not null, "case_id" varchar(36) not null, "finding_id" varchar(64) not null, constraint "discipline_case_finding_pkey" primary key ("id"));`);
    this.addSql(`create index "discipline_case_finding_unit_id_index" on "discipline_case_finding" ("unit_id");`);
    this.addSql(`alter table "discipline_case_finding" add constraint "discipline_case_finding_case_id_finding_id_unique" unique ("case_id", "finding_id");`);

    this.addSql(`alter table "discipline_case" add constraint "discipline_case_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "discipline_case" add constraint "discipline_case_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`);
    this.addSql(`alter table "discipline_case" add constraint "discipline_case_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "discipline_case_finding" add constraint "discipline_case_finding_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "discipline_case_finding" add constraint "discipline_case_finding_case_id_foreign" foreign key ("case_id") references "discipline_case" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "discipline_case_finding" drop constraint "discipline_case_finding_case_id_foreign";`);

    this.addSql(`drop table if exists "discipline_case" cascade;`);

    this.addSql(`drop table if exists "discipline_case_finding" cascade;`);
  }

}
