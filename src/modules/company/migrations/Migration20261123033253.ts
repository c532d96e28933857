import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123033253 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "credit_commitment" add column if not exists "invoiced_amount" numeric not null default 0, add column if not exists "raw_invoiced_amount" jsonb not null default '{"value":"0","precision":20}';`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "credit_commitment" drop column if exists "invoiced_amount", drop column if exists "raw_invoiced_amount";`
    )
  }
}
