import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Debit notes (late-payment charges) are a third kind of document; the
 * immutability trigger already covers every kind.
 */
export class Migration20261203101819 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_kind_check";`)

    this.addSql(
      `alter table if exists "invoice" add constraint "invoice_kind_check" check("kind" in ('invoice', 'credit_note', 'debit_note'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_kind_check";`)

    this.addSql(
      `alter table if exists "invoice" add constraint "invoice_kind_check" check("kind" in ('invoice', 'credit_note'));`
    )
  }
}
