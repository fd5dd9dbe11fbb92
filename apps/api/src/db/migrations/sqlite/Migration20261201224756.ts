import { Migration } from '@mikro-orm/migrations';

export class Migration20261201224756 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`import_run\` (\`id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`unit_id\` text null, \`file_name\` text not null, \`username\` text not null, \`status\` text check (\`status\` in ('RUNNING', 'SUCCEEDED', 'FAILED')) not null default 'RUNNING', \`rows_total\` integer not null default 0, \`rows_done\` integer not null default 0, \`created\` integer not null default 0, \`updated\` integer not null default 0, \`unchanged\` integer not null default 0, \`error\` text null, \`error_zh\` text null, \`finished_at\` datetime null, constraint \`import_run_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`import_run_unit_id_index\` on \`import_run\` (\`unit_id\`);`);
  }

}
