import { Migration } from '@mikro-orm/migrations';

export class Migration20261201223843 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`unit\` add column \`name_sort\` text not null default '';`);
    this.addSql(`create index \`unit_name_sort_index\` on \`unit\` (\`name_sort\`);`);

    this.addSql(`alter table \`cadre\` add column \`name_sort\` text not null default '';`);
    this.addSql(`create index \`cadre_name_sort_index\` on \`cadre\` (\`name_sort\`);`);

    this.addSql(`alter table \`app_user\` add column \`display_name\` text null;`);
    this.addSql(`alter table \`app_user\` add column \`name_sort\` text not null default '';`);
    this.addSql(`create index \`app_user_name_sort_index\` on \`app_user\` (\`name_sort\`);`);
  }

}
