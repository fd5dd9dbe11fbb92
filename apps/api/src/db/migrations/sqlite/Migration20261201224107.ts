import { Migration } from '@mikro-orm/migrations';

export class Migration20261201224107 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`inspection_round\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`month\` text not null, \`inspectors\` text null, \`scope\` text null, \`note\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`inspection_round_month_index\` on \`inspection_round\` (\`month\`);`);

    this.addSql(`create table \`inspection_notice\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`round_id\` text not null, \`year\` integer not null, \`number\` integer not null, \`revision\` integer not null default 1, \`title\` text not null, \`date\` text not null, \`body\` text null, \`status\` text check (\`status\` in ('DRAFT', 'ISSUED', 'SUPERSEDED')) not null default 'DRAFT', \`issued_at\` datetime null, \`issued_by\` text null, \`reissue_reason\` text null, \`previous_id\` text null, \`snapshot\` json null, constraint \`inspection_notice_round_id_foreign\` foreign key(\`round_id\`) references \`inspection_round\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`inspection_notice_round_id_index\` on \`inspection_notice\` (\`round_id\`);`);
    this.addSql(`create index \`inspection_notice_year_index\` on \`inspection_notice\` (\`year\`);`);
    this.addSql(`create index \`inspection_notice_status_index\` on \`inspection_notice\` (\`status\`);`);
    this.addSql(`create unique index \`inspection_notice_year_number_revision_unique\` on \`inspection_notice\` (\`year\`, \`number\`, \`revision\`);`);

    this.addSql(`create table \`inspection_finding\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`round_id\` text not null, \`cadre_id\` text null, \`category\` text check (\`category\` in ('DUTY_NOT_DONE', 'POOR_STYLE', 'COMPLAINTS', 'ABSENCE', 'RECORDS_INCOMPLETE', 'COMMITMENT_UNFULFILLED', 'DISCIPLINE', 'OTHER')) not null, \`severity\` text check (\`severity\` in ('MINOR', 'SERIOUS', 'GRAVE')) not null, \`facts\` text not null, \`required_rectification\` text not null, \`deadline\` text null, \`responsible_cadre_id\` text null, \`status\` text check (\`status\` in ('OPEN', 'SUBMITTED', 'ACCEPTED', 'RETURNED')) not null default 'OPEN', \`issued_on\` text null, \`notice_id\` text null, \`proposed_indicator_id\` text null, \`proposed_deduction\` double null, \`deduction_applied_at\` datetime null, constraint \`inspection_finding_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`inspection_finding_round_id_foreign\` foreign key(\`round_id\`) references \`inspection_round\`(\`id\`) on update cascade, constraint \`inspection_finding_cadre_id_foreign\` foreign key(\`cadre_id\`) references \`cadre\`(\`id\`) on delete set null on update cascade, constraint \`inspection_finding_responsible_cadre_id_foreign\` foreign key(\`responsible_cadre_id\`) references \`cadre\`(\`id\`) on delete set null on update cascade, constraint \`inspection_finding_notice_id_foreign\` foreign key(\`notice_id\`) references \`inspection_notice\`(\`id\`) on delete set null on update cascade, constraint \`inspection_finding_proposed_indicator_id_foreign\` foreign key(\`proposed_indicator_id\`) references \`assessment_indicator\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`inspection_finding_unit_id_index\` on \`inspection_finding\` (\`unit_id\`);`);
    this.addSql(`create index \`inspection_finding_round_id_index\` on \`inspection_finding\` (\`round_id\`);`);
    this.addSql(`create index \`inspection_finding_cadre_id_index\` on \`inspection_finding\` (\`cadre_id\`);`);
    this.addSql(`create index \`inspection_finding_deadline_index\` on \`inspection_finding\` (\`deadline\`);`);
    this.addSql(`create index \`inspection_finding_responsible_cadre_id_index\` on \`inspection_finding\` (\`responsible_cadre_id\`);`);
    this.addSql(`create index \`inspection_finding_status_index\` on \`inspection_finding\` (\`status\`);`);
    this.addSql(`create index \`inspection_finding_issued_on_index\` on \`inspection_finding\` (\`issued_on\`);`);
    this.addSql(`create index \`inspection_finding_notice_id_index\` on \`inspection_finding\` (\`notice_id\`);`);
    this.addSql(`create index \`inspection_finding_proposed_indicator_id_index\` on \`inspection_finding\` (\`proposed_indicator_id\`);`);

    this.addSql(`create table \`rectification_report\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`finding_id\` text not null, \`step\` text check (\`step\` in ('SUBMIT', 'ACCEPT', 'RETURN')) not null, \`content\` text null, \`date\` text not null, \`status_after\` text check (\`status_after\` in ('OPEN', 'SUBMITTED', 'ACCEPTED', 'RETURNED')) not null, \`by_username\` text null, constraint \`rectification_report_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`rectification_report_finding_id_foreign\` foreign key(\`finding_id\`) references \`inspection_finding\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`rectification_report_unit_id_index\` on \`rectification_report\` (\`unit_id\`);`);
    this.addSql(`create index \`rectification_report_finding_id_index\` on \`rectification_report\` (\`finding_id\`);`);

    this.addSql(`create table \`inspection_deduction\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text not null, \`finding_id\` text not null, \`indicator_id\` text not null, \`year\` integer not null, \`points\` double not null, \`points_before\` double not null, \`points_after\` double not null, \`applied_by\` text null, constraint \`inspection_deduction_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on update cascade, constraint \`inspection_deduction_finding_id_foreign\` foreign key(\`finding_id\`) references \`inspection_finding\`(\`id\`) on update cascade, constraint \`inspection_deduction_indicator_id_foreign\` foreign key(\`indicator_id\`) references \`assessment_indicator\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`inspection_deduction_unit_id_index\` on \`inspection_deduction\` (\`unit_id\`);`);
    this.addSql(`create index \`inspection_deduction_finding_id_index\` on \`inspection_deduction\` (\`finding_id\`);`);
    this.addSql(`create index \`inspection_deduction_indicator_id_index\` on \`inspection_deduction\` (\`indicator_id\`);`);
    this.addSql(`create unique index \`inspection_deduction_finding_id_unique\` on \`inspection_deduction\` (\`finding_id\`);`);
  }

}
