import { Migration } from '@mikro-orm/migrations';

/**
 * Every "one … per …" rule that the code checks before writing is also a database constraint
 * (the same names as on PostgreSQL; the API maps each one to its message, src/db/constraints.ts).
 */
export class Migration20261201202959 extends Migration {

  override async up(): Promise<void> {
    // SEL-2 one holder per post at a time: periods [start_date, end_date) of one post may not overlap
    // (an empty period, end = start, overlaps nothing, as on PostgreSQL). SQLite has no exclusion
    // constraint: triggers abort with the constraint's name; the index serves their look-up.
    this.addSql(`create index \`appointment_post_no_overlap\` on \`appointment\` (\`post_id\`, \`start_date\`);`);
    const clash = (exceptSelf: string) => `select raise(abort, 'appointment_post_no_overlap') where exists (select 1 from \`appointment\` as o where o.\`post_id\` = new.\`post_id\`${exceptSelf} and (o.\`end_date\` is null or o.\`end_date\` > o.\`start_date\`) and o.\`start_date\` < coalesce(new.\`end_date\`, '9999-12-31') and new.\`start_date\` < coalesce(o.\`end_date\`, '9999-12-31'));`;
    this.addSql(`create trigger \`appointment_post_no_overlap_insert\` before insert on \`appointment\` when new.\`end_date\` is null or new.\`end_date\` > new.\`start_date\` begin ${clash('')} end;`);
    this.addSql(`create trigger \`appointment_post_no_overlap_update\` before update of \`post_id\`, \`start_date\`, \`end_date\` on \`appointment\` when new.\`end_date\` is null or new.\`end_date\` > new.\`start_date\` begin ${clash(' and o.`id` <> new.`id`')} end;`);

    // RES-3 one live candidacy (under way or in the pool) per cadre
    this.addSql(`create unique index \`reserve_candidate_cadre_live_unique\` on \`reserve_candidate\` (\`cadre_id\`) where \`status\` in ('RECOMMENDED', 'PROPOSED', 'COMMITTEE_APPROVED', 'IN_POOL');`);
    // RES-1 一职一备: one active pair per post and one per reserve
    this.addSql(`create unique index \`succession_pair_post_active_unique\` on \`succession_pair\` (\`post_id\`) where \`released_on\` is null;`);
    this.addSql(`create unique index \`succession_pair_reserve_active_unique\` on \`succession_pair\` (\`reserve_candidate_id\`) where \`released_on\` is null;`);
    // RES-2 one successor proposal per vacated post and exit
    this.addSql(`create unique index \`succession_proposal_exit_post_unique\` on \`succession_proposal\` (\`exit_record_id\`, \`post_id\`);`);
    // MGT-2 one consequence per unit, year, kind and main leader (withdrawn proposals of a re-opened year excepted)
    this.addSql(`create unique index \`consequence_unit_year_kind_subject_unique\` on \`consequence\` (\`unit_id\`, \`year\`, \`kind\`, coalesce(\`subject_id\`, '')) where not \`withdrawn_by_reopen\`;`);
  }

}
