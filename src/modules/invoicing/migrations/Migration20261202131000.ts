import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Invoices can be partially credited, and say when their first delivery was
 * late. Invoices paid at checkout, "issued" until now, take the status their
 * facts give (see status.ts): void when credit notes took all of them back,
 * paid otherwise.
 */
export class Migration20261202131000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_status_check";`)
    this.addSql(
      `alter table if exists "invoice" add constraint "invoice_status_check" check ("status" in ('draft', 'issued', 'partially_paid', 'paid', 'partially_credited', 'void'));`
    )
    this.addSql(
      `alter table if exists "invoice" add column if not exists "sent_late" boolean not null default false;`
    )
    this.addSql(`
      UPDATE "invoice" i
         SET status = CASE
               WHEN i.total > 0 AND i.total <= COALESCE((
                 SELECT SUM(n.total) FROM "invoice" n
                  WHERE n.corrects_invoice_id = i.id AND n.kind = 'credit_note'
                    AND n.status <> 'draft' AND n.deleted_at IS NULL), 0)
               THEN 'void' ELSE 'paid' END
       WHERE i.kind = 'invoice' AND i.status = 'issued' AND i.payment_terms_text = 'Paid at checkout'
         AND i.deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`UPDATE "invoice" SET status = 'issued' WHERE status = 'partially_credited';`)
    this.addSql(`alter table if exists "invoice" drop column if exists "sent_late";`)
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_status_check";`)
    this.addSql(
      `alter table if exists "invoice" add constraint "invoice_status_check" check ("status" in ('draft', 'issued', 'partially_paid', 'paid', 'void'));`
    )
  }
}
