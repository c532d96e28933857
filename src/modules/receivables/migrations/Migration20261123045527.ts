import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123045527 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_idempotency_key_unique";`
    )
    this.addSql(
      `create table if not exists "ledger_allocation" ("id" text not null, "company_id" text not null, "currency_code" text not null, "debit_entry_id" text not null, "credit_entry_id" text not null, "amount" numeric not null, "reverses_allocation_id" text null, "created_by" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_allocation_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_allocation_deleted_at" ON "ledger_allocation" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_allocation_debit_entry_id" ON "ledger_allocation" ("debit_entry_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_allocation_credit_entry_id" ON "ledger_allocation" ("credit_entry_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_allocation_company_id_currency_code" ON "ledger_allocation" ("company_id", "currency_code") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "ledger_entry" ("id" text not null, "company_id" text not null, "currency_code" text not null, "type" text check ("type" in ('invoice', 'credit_note', 'payment', 'refund', 'write_off', 'discount', 'late_fee', 'interest', 'adjustment')) not null, "side" text check ("side" in ('debit', 'credit')) not null, "amount" numeric not null, "effective_date" text not null, "due_date" text null, "document_type" text null, "document_id" text null, "document_number" text null, "source" text check ("source" in ('manual', 'order', 'bank_statement', 'erp')) not null default 'manual', "idempotency_key" text not null, "content_hash" text not null, "reverses_entry_id" text null, "created_by" text not null, "metadata" jsonb null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_idempotency_key_unique" ON "ledger_entry" ("idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_company_id_currency_code_effective_date" ON "ledger_entry" ("company_id", "currency_code", "effective_date") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_document_id" ON "ledger_entry" ("document_id") WHERE document_id IS NOT NULL AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_allocation" cascade;`)

    this.addSql(`drop table if exists "ledger_entry" cascade;`)
  }
}
