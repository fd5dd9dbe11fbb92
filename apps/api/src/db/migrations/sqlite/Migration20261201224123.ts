import { Migration } from '@mikro-orm/migrations';

export class Migration20261201224123 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`discipline_case\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`cadre_id\` text not null, \`status\` text check (\`status\` in ('OPEN', 'DECIDED', 'RECTIFYING', 'ANSWERED', 'ACCEPTED', 'CLOSED')) not null default 'OPEN', \`facts\` text not null, \`opened_on\` text not null, \`level\` text check (\`level\` in ('CRITICISM', 'ADJUSTMENT', 'SERIOUS')) null, \`decision\` text null, \`decision_number\` text null, \`decided_on\` text null, \`decided_by_id\` text null, \`decided_by_name\` text null, \`rectification_requirement\` text null, \`rectification_deadline\` text null, \`rectification_answer\` text null, \`answered_on\` text null, \`answered_by_name\` text null, \`accepted_on\` text null, \`acceptance_note\` text null, \`return_reason\` text null, \`closed_on\` text null, \`closing_note\` text null, \`exit_record_id\` text null, constraint \`discipline_case_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`discipline_case_cadre_id_foreign\` foreign key(\`cadre_id\`) references \`cadre\`(\`id\`) on update cascade, constraint \`discipline_case_decided_by_id_foreign\` foreign key(\`decided_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`discipline_case_unit_id_index\` on \`discipline_case\` (\`unit_id\`);`);
    this.addSql(`create index \`discipline_case_cadre_id_index\` on \`discipline_case\` (\`cadre_id\`);`);
    this.addSql(`create index \`discipline_case_status_index\` on \`discipline_case\` (\`status\`);`);
    this.addSql(`create index \`discipline_case_opened_on_index\` on \`discipline_case\` (\`opened_on\`);`);
    this.addSql(`create index \`discipline_case_decided_by_id_index\` on \`discipline_case\` (\`decided_by_id\`);`);

    this.addSql(`create table \`discipline_case_finding\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`case_id\` text not null, \`finding_id\` text not null, constraint \`discipline_case_finding_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`discipline_case_finding_case_id_foreign\` foreign key(\`case_id\`) references \`discipline_case\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`discipline_case_finding_unit_id_index\` on \`discipline_case_finding\` (\`unit_id\`);`);
    this.addSql(`create index \`discipline_case_finding_case_id_index\` on \`discipline_case_finding\` (\`case_id\`);`);
    this.addSql(`create unique index \`discipline_case_finding_case_id_finding_id_unique\` on \`discipline_case_finding\` (\`case_id\`, \`finding_id\`);`);
  }

}
