import { Migration } from '@mikro-orm/migrations';

/**
 * Every "one … per …" rule that the code checks before writing is also a database constraint, so
 * that concurrent requests cannot both pass the check. Names are stable: the API maps each one to
 * its message (src/db/constraints.ts).
 */
export class Migration20261201203000 extends Migration {

  override async up(): Promise<void> {
    // SEL-2 one holder per post at a time. The end date is the day the post is left (a successor may
    // start that day): the period is [start_date, end_date), open-ended while end_date is null.
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(`create or replace function "iso_date"(value varchar) returns date language sql immutable strict parallel safe as $$ select make_date(substr(value, 1, 4)::int, substr(value, 6, 2)::int, substr(value, 9, 2)::int) $$;`);
    this.addSql(`alter table "appointment" add constraint "appointment_post_no_overlap" exclude using gist ("post_id" with =, daterange("iso_date"("start_date"), "iso_date"("end_date"), '[)') with &&);`);
    // Concurrent inserts that clash under an exclusion constraint can wait on each other (a deadlock,
    // not a violation): writes of one post's appointments take turns, so the later one sees the
    // earlier one committed and is refused by the constraint. Posts share 1,024 lock slots (the
    // first key names the slots' use), so one transaction writing a whole county's appointments
    // holds at most 1,024 locks, well within PostgreSQL's lock table.
    this.addSql(`create or replace function "appointment_post_lock"() returns trigger language plpgsql as $$ begin perform pg_advisory_xact_lock(20261201, hashtext(new."post_id") & 1023); return new; end $$;`);
    this.addSql(`create trigger "appointment_post_lock" before insert or update of "post_id", "start_date", "end_date" on "appointment" for each row execute function "appointment_post_lock"();`);

    // RES-3 one live candidacy (under way or in the pool) per cadre
    this.addSql(`create unique index "reserve_candidate_cadre_live_unique" on "reserve_candidate" ("cadre_id") where "status" in ('RECOMMENDED', 'PROPOSED', 'COMMITTEE_APPROVED', 'IN_POOL');`);
    // RES-1 一职一备: one active pair per post and one per reserve
    this.addSql(`create unique index "succession_pair_post_active_unique" on "succession_pair" ("post_id") where "released_on" is null;`);
    this.addSql(`create unique index "succession_pair_reserve_active_unique" on "succession_pair" ("reserve_candidate_id") where "released_on" is null;`);
    // RES-2 one successor proposal per vacated post and exit
    this.addSql(`alter table "succession_proposal" add constraint "succession_proposal_exit_post_unique" unique ("exit_record_id", "post_id");`);
    // MGT-2 one consequence per unit, year, kind and main leader (withdrawn proposals of a re-opened year excepted)
    this.addSql(`create unique index "consequence_unit_year_kind_subject_unique" on "consequence" ("unit_id", "year", "kind", coalesce("subject_id", '')) where not "withdrawn_by_reopen";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "consequence_unit_year_kind_subject_unique";`);
    this.addSql(`alter table "succession_proposal" drop constraint if exists "succession_proposal_exit_post_unique";`);
    this.addSql(`drop index if exists "succession_pair_reserve_active_unique";`);
    this.addSql(`drop index if exists "succession_pair_post_active_unique";`);
    this.addSql(`drop index if exists "reserve_candidate_cadre_live_unique";`);
    this.addSql(`drop trigger if exists "appointment_post_lock" on "appointment";`);
    this.addSql(`drop function if exists "appointment_post_lock"();`);
    this.addSql(`alter table "appointment" drop constraint if exists "appointment_post_no_overlap";`);
    this.addSql(`drop function if exists "iso_date"(varchar);`);
  }

}
