import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123060630 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "company" add column if not exists "receivables_entries" integer not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "company" drop column if exists "receivables_entries";`);
  }

}
