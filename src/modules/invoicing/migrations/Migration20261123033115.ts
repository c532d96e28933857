import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The legal columns added with order invoicing (what a document was made
 * from, the order number, a credit note's reason, payment terms and
 * reference) join the frozen set of Migration20261123025002. Render and
 * delivery state stay free to move after issue. Hand-written: Medusa's
 * generator does not produce triggers.
 */
export class Migration20261123033115 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE OR REPLACE FUNCTION o2c_invoice_immutable() RETURNS trigger AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.status <> 'draft' THEN
            RAISE EXCEPTION 'Issued document % cannot be deleted: correct it with a credit note', OLD.number
              USING ERRCODE = 'check_violation';
          END IF;
          RETURN OLD;
        END IF;
        IF OLD.status <> 'draft' AND (
          NEW.status = 'draft' OR
          (NEW.kind, NEW.series, NEW.sequence_number, NEW.number, NEW.order_id, NEW.company_id, NEW.customer_id,
           NEW.corrects_invoice_id, NEW.source_ref, NEW.order_display_id, NEW.reason, NEW.payment_terms_text,
           NEW.payment_reference, NEW.currency_code, NEW.issue_date, NEW.supply_date, NEW.purchase_order_ref,
           NEW.seller, NEW.buyer, NEW.lines, NEW.shipping, NEW.tax_breakdown, NEW.due_schedule,
           NEW.subtotal, NEW.tax_total, NEW.total, NEW.raw_subtotal, NEW.raw_tax_total, NEW.raw_total,
           NEW.hash, NEW.previous_hash, NEW.issued_at, NEW.deleted_at)
          IS DISTINCT FROM
          (OLD.kind, OLD.series, OLD.sequence_number, OLD.number, OLD.order_id, OLD.company_id, OLD.customer_id,
           OLD.corrects_invoice_id, OLD.source_ref, OLD.order_display_id, OLD.reason, OLD.payment_terms_text,
           OLD.payment_reference, OLD.currency_code, OLD.issue_date, OLD.supply_date, OLD.purchase_order_ref,
           OLD.seller, OLD.buyer, OLD.lines, OLD.shipping, OLD.tax_breakdown, OLD.due_schedule,
           OLD.subtotal, OLD.tax_total, OLD.total, OLD.raw_subtotal, OLD.raw_tax_total, OLD.raw_total,
           OLD.hash, OLD.previous_hash, OLD.issued_at, OLD.deleted_at)
        ) THEN
          RAISE EXCEPTION 'Issued document % is immutable: correct it with a credit note', OLD.number
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END
      $$ LANGUAGE plpgsql;
    `)
  }

  override async down(): Promise<void> {
    // The previous migration's function stays in place when this one is undone: its frozen set is a subset.
  }
}
