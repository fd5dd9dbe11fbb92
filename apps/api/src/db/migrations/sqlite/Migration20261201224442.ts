import { Migration } from '@mikro-orm/migrations';

export class Migration20261201224442 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`duty_report\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`cadre_id\` text not null, \`year\` integer not null, \`half\` integer not null, \`summary\` text null, \`subdistrict_committee_date\` text null, \`party_members_assembly_date\` text null, \`residents_meeting_date\` text null, \`self_evaluation_score\` double null, \`poll_ballots_issued\` integer null, \`poll_ballots_returned\` integer null, \`poll_good\` integer null, \`poll_fairly_good\` integer null, \`poll_average\` integer null, \`poll_poor\` integer null, \`higher_evaluation_score\` double null, constraint \`duty_report_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`duty_report_cadre_id_foreign\` foreign key(\`cadre_id\`) references \`cadre\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`duty_report_unit_id_index\` on \`duty_report\` (\`unit_id\`);`);
    this.addSql(`create index \`duty_report_cadre_id_index\` on \`duty_report\` (\`cadre_id\`);`);
    this.addSql(`create index \`duty_report_year_index\` on \`duty_report\` (\`year\`);`);
    this.addSql(`create unique index \`duty_report_cadre_id_year_half_unique\` on \`duty_report\` (\`cadre_id\`, \`year\`, \`half\`);`);
  }

}
