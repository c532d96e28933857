import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123033114 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_kind_source_ref_unique";`)
    this.addSql(
      `create table if not exists "seller_profile" ("id" text not null, "identity" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_profile_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_profile_deleted_at" ON "seller_profile" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "invoice" add column if not exists "source_ref" text null, add column if not exists "order_display_id" text null, add column if not exists "reason" text null, add column if not exists "payment_terms_text" text null, add column if not exists "payment_reference" text null, add column if not exists "render_status" text check ("render_status" in ('pending', 'rendered', 'failed')) not null default 'pending', add column if not exists "render_attempts" integer not null default 0, add column if not exists "render_error" text null, add column if not exists "cii_file_id" text null, add column if not exists "ubl_file_id" text null, add column if not exists "delivery_status" text check ("delivery_status" in ('not_sent', 'sent', 'failed')) not null default 'not_sent', add column if not exists "sent_at" timestamptz null, add column if not exists "sent_to" text null, add column if not exists "send_error" text null;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_kind_source_ref_unique" ON "invoice" ("kind", "source_ref") WHERE source_ref IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_corrects_invoice_id" ON "invoice" ("corrects_invoice_id") WHERE corrects_invoice_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_render_status" ON "invoice" ("render_status") WHERE render_status <> 'rendered' AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seller_profile" cascade;`)

    this.addSql(`drop index if exists "IDX_invoice_kind_source_ref_unique";`)
    this.addSql(`drop index if exists "IDX_invoice_corrects_invoice_id";`)
    this.addSql(`drop index if exists "IDX_invoice_render_status";`)
    this.addSql(
      `alter table if exists "invoice" drop column if exists "source_ref", drop column if exists "order_display_id", drop column if exists "reason", drop column if exists "payment_terms_text", drop column if exists "payment_reference", drop column if exists "render_status", drop column if exists "render_attempts", drop column if exists "render_error", drop column if exists "cii_file_id", drop column if exists "ubl_file_id", drop column if exists "delivery_status", drop column if exists "sent_at", drop column if exists "sent_to", drop column if exists "send_error";`
    )
  }
}
