import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123025001 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "invoice_sequence" drop constraint if exists "invoice_sequence_series_unique";`);
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_number_unique";`);
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_series_sequence_number_unique";`);
    this.addSql(`create table if not exists "invoice" ("id" text not null, "kind" text check ("kind" in ('invoice', 'credit_note')) not null default 'invoice', "status" text check ("status" in ('draft', 'issued', 'partially_paid', 'paid', 'void')) not null default 'draft', "series" text null, "sequence_number" integer null, "number" text null, "order_id" text null, "company_id" text null, "customer_id" text null, "corrects_invoice_id" text null, "currency_code" text not null, "issue_date" text null, "supply_date" text null, "purchase_order_ref" text null, "seller" jsonb null, "buyer" jsonb null, "lines" jsonb null, "shipping" jsonb null, "tax_breakdown" jsonb null, "due_schedule" jsonb null, "subtotal" numeric not null default 0, "tax_total" numeric not null default 0, "total" numeric not null default 0, "hash" text null, "previous_hash" text null, "issued_at" timestamptz null, "pdf_file_id" text null, "metadata" jsonb null, "raw_subtotal" jsonb not null default '{"value":"0","precision":20}', "raw_tax_total" jsonb not null default '{"value":"0","precision":20}', "raw_total" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_deleted_at" ON "invoice" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_series_sequence_number_unique" ON "invoice" ("series", "sequence_number") WHERE sequence_number IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_number_unique" ON "invoice" ("number") WHERE number IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_order_id" ON "invoice" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_company_id_status" ON "invoice" ("company_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "invoice_sequence" ("id" text not null, "series" text not null, "last_number" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_sequence_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_sequence_deleted_at" ON "invoice_sequence" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_sequence_series_unique" ON "invoice_sequence" ("series") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invoice" cascade;`);

    this.addSql(`drop table if exists "invoice_sequence" cascade;`);
  }

}
