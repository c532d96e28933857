import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123060629 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ledger_allocation" add column if not exists "effective_date" text not null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ledger_allocation" drop column if exists "effective_date";`)
  }
}
