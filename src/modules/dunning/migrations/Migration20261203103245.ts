import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261203103245 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "late_interest_rate" drop constraint if exists "late_interest_rate_starts_on_unique";`
    )
    this.addSql(
      `alter table if exists "dunning_level" drop constraint if exists "dunning_level_policy_id_level_unique";`
    )
    this.addSql(
      `alter table if exists "dunning_item" drop constraint if exists "dunning_item_invoice_id_level_unique";`
    )
    this.addSql(
      `alter table if exists "dunning_claim" drop constraint if exists "dunning_claim_invoice_id_kind_unique";`
    )
    this.addSql(
      `alter table if exists "dunning_account" drop constraint if exists "dunning_account_company_id_unique";`
    )
    this.addSql(
      `create table if not exists "collection_activity" ("id" text not null, "company_id" text not null, "type" text check ("type" in ('note', 'call', 'email', 'letter')) not null, "body" text not null, "due_date" text null, "done_at" timestamptz null, "created_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "collection_activity_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_collection_activity_deleted_at" ON "collection_activity" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_collection_activity_company_id_created_at" ON "collection_activity" ("company_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "dispute" ("id" text not null, "company_id" text not null, "invoice_id" text not null, "invoice_number" text null, "currency_code" text not null, "amount" numeric not null, "reason_code" text check ("reason_code" in ('price', 'quantity', 'quality', 'not_received', 'duplicate', 'other')) not null, "message" text not null, "status" text check ("status" in ('open', 'rejected', 'credited', 'written_off')) not null default 'open', "opened_by_type" text check ("opened_by_type" in ('buyer', 'admin')) not null, "opened_by" text not null, "resolved_by" text null, "resolved_at" timestamptz null, "resolution_note" text null, "settled_by_id" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dispute_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_deleted_at" ON "dispute" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_company_id_status" ON "dispute" ("company_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dispute_invoice_id" ON "dispute" ("invoice_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "dunning_account" ("id" text not null, "company_id" text not null, "policy_id" text null, "collector_id" text null, "in_insolvency" boolean not null default false, "paused" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dunning_account_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dunning_account_deleted_at" ON "dunning_account" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dunning_account_company_id_unique" ON "dunning_account" ("company_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "dunning_claim" ("id" text not null, "reminder_id" text not null, "company_id" text not null, "invoice_id" text not null, "invoice_number" text null, "kind" text check ("kind" in ('indemnity', 'interest')) not null, "currency_code" text not null, "amount" numeric not null, "detail" jsonb null, "status" text check ("status" in ('claimed', 'superseded', 'debited', 'waived')) not null default 'claimed', "debit_note_id" text null, "decision_reason" text null, "decided_by" text null, "decided_at" timestamptz null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dunning_claim_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dunning_claim_deleted_at" ON "dunning_claim" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dunning_claim_invoice_id_kind_unique" ON "dunning_claim" ("invoice_id", "kind") WHERE kind = 'indemnity' AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dunning_claim_reminder_id" ON "dunning_claim" ("reminder_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dunning_claim_company_id_status" ON "dunning_claim" ("company_id", "status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "dunning_item" ("id" text not null, "reminder_id" text not null, "company_id" text not null, "invoice_id" text not null, "invoice_number" text null, "level" integer not null, "as_of" text not null, "due_date" text not null, "days_late" integer not null, "open_amount" numeric not null, "chased_amount" numeric not null, "raw_open_amount" jsonb not null, "raw_chased_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dunning_item_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dunning_item_deleted_at" ON "dunning_item" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dunning_item_invoice_id_level_unique" ON "dunning_item" ("invoice_id", "level") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dunning_item_reminder_id" ON "dunning_item" ("reminder_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "dunning_policy" ("id" text not null, "name" text not null, "is_default" boolean not null default false, "promise_grace_days" integer not null default 3, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dunning_policy_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dunning_policy_deleted_at" ON "dunning_policy" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "dunning_level" ("id" text not null, "level" integer not null, "name" text not null, "offset_days" integer not null, "channels" jsonb not null, "templates" jsonb not null, "min_amount" jsonb null, "claim_indemnity" boolean not null default false, "claim_interest" boolean not null default false, "place_hold" boolean not null default false, "needs_approval" boolean not null default false, "policy_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dunning_level_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dunning_level_policy_id" ON "dunning_level" ("policy_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dunning_level_deleted_at" ON "dunning_level" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dunning_level_policy_id_level_unique" ON "dunning_level" ("policy_id", "level") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "dunning_reminder" ("id" text not null, "run_id" text not null, "company_id" text not null, "policy_id" text not null, "level" integer not null, "level_name" text not null, "as_of" text not null, "currency_code" text not null, "language" text not null, "channels" jsonb not null, "subject" text not null, "body" text not null, "recipient" text null, "status" text check ("status" in ('awaiting_approval', 'queued', 'sent', 'failed', 'canceled')) not null default 'queued', "attempts" integer not null default 0, "next_attempt_at" timestamptz null, "last_error" text null, "sent_at" timestamptz null, "approved_by" text null, "total_open" numeric not null, "fee_total" numeric not null default 0, "interest_total" numeric not null default 0, "raw_total_open" jsonb not null, "raw_fee_total" jsonb not null default '{"value":"0","precision":20}', "raw_interest_total" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dunning_reminder_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dunning_reminder_deleted_at" ON "dunning_reminder" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dunning_reminder_company_id_created_at" ON "dunning_reminder" ("company_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dunning_reminder_run_id" ON "dunning_reminder" ("run_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dunning_reminder_status_next_attempt_at" ON "dunning_reminder" ("status", "next_attempt_at") WHERE status IN ('queued', 'failed') AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "dunning_run" ("id" text not null, "as_of" text not null, "dry_run" boolean not null default false, "company_id" text null, "status" text check ("status" in ('running', 'completed', 'failed')) not null default 'running', "triggered_by" text not null, "finished_at" timestamptz null, "summary" jsonb null, "error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dunning_run_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dunning_run_deleted_at" ON "dunning_run" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_dunning_run_as_of" ON "dunning_run" ("as_of") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "late_interest_rate" ("id" text not null, "starts_on" text not null, "ecb_refinancing_rate" text not null, "legal_interest_rate" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "late_interest_rate_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_late_interest_rate_deleted_at" ON "late_interest_rate" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_late_interest_rate_starts_on_unique" ON "late_interest_rate" ("starts_on") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "payment_promise" ("id" text not null, "company_id" text not null, "currency_code" text not null, "amount" numeric not null, "promised_date" text not null, "grace_days" integer not null, "invoice_ids" jsonb not null, "status" text check ("status" in ('open', 'kept', 'broken')) not null default 'open', "created_by_type" text check ("created_by_type" in ('buyer', 'admin')) not null, "created_by" text not null, "note" text null, "resolved_at" timestamptz null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payment_promise_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_promise_deleted_at" ON "payment_promise" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_promise_company_id_status" ON "payment_promise" ("company_id", "status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "dunning_level" add constraint "dunning_level_policy_id_foreign" foreign key ("policy_id") references "dunning_policy" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "dunning_level" drop constraint if exists "dunning_level_policy_id_foreign";`
    )

    this.addSql(`drop table if exists "collection_activity" cascade;`)

    this.addSql(`drop table if exists "dispute" cascade;`)

    this.addSql(`drop table if exists "dunning_account" cascade;`)

    this.addSql(`drop table if exists "dunning_claim" cascade;`)

    this.addSql(`drop table if exists "dunning_item" cascade;`)

    this.addSql(`drop table if exists "dunning_policy" cascade;`)

    this.addSql(`drop table if exists "dunning_level" cascade;`)

    this.addSql(`drop table if exists "dunning_reminder" cascade;`)

    this.addSql(`drop table if exists "dunning_run" cascade;`)

    this.addSql(`drop table if exists "late_interest_rate" cascade;`)

    this.addSql(`drop table if exists "payment_promise" cascade;`)
  }
}
