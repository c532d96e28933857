import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123071406 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" add column if not exists "payment_entry_id" text null;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_reverses_entry_id" ON "ledger_entry" ("reverses_entry_id") WHERE reverses_entry_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_payment_entry_id" ON "ledger_entry" ("payment_entry_id") WHERE payment_entry_id IS NOT NULL AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ledger_entry_reverses_entry_id";`)
    this.addSql(`drop index if exists "IDX_ledger_entry_payment_entry_id";`)
    this.addSql(`alter table if exists "ledger_entry" drop column if exists "payment_entry_id";`)
  }
}
