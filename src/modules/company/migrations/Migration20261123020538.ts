import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123020538 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "credit_override" drop constraint if exists "credit_override_cart_id_unique";`);
    this.addSql(`alter table if exists "credit_commitment" drop constraint if exists "credit_commitment_cart_id_unique";`);
    this.addSql(`alter table if exists "company_buyer" drop constraint if exists "company_buyer_customer_id_unique";`);
    this.addSql(`create table if not exists "company" ("id" text not null, "name" text not null, "legal_name" text not null, "vat_number" text null, "registration_id" text null, "billing_email" text not null, "billing_address" jsonb null, "currency_code" text not null, "status" text check ("status" in ('active', 'on_hold', 'closed')) not null default 'active', "hold_reason" text null, "credit_limit" numeric null, "uninvoiced_exposure" numeric not null default 0, "receivables_exposure" numeric not null default 0, "payment_term_id" text null, "metadata" jsonb null, "raw_credit_limit" jsonb null, "raw_uninvoiced_exposure" jsonb not null default '{"value":"0","precision":20}', "raw_receivables_exposure" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_deleted_at" ON "company" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "company_buyer" ("id" text not null, "customer_id" text not null, "role" text check ("role" in ('buyer', 'admin')) not null default 'buyer', "company_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_buyer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_buyer_company_id" ON "company_buyer" ("company_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_buyer_deleted_at" ON "company_buyer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_buyer_customer_id_unique" ON "company_buyer" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "credit_commitment" ("id" text not null, "cart_id" text not null, "payment_session_id" text null, "order_id" text null, "amount" numeric not null, "currency_code" text not null, "status" text check ("status" in ('reserved', 'open', 'invoiced', 'released')) not null default 'reserved', "override_id" text null, "payment_term" jsonb null, "company_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "credit_commitment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_commitment_company_id" ON "credit_commitment" ("company_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_commitment_deleted_at" ON "credit_commitment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_credit_commitment_cart_id_unique" ON "credit_commitment" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_commitment_order_id" ON "credit_commitment" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_commitment_payment_session_id" ON "credit_commitment" ("payment_session_id") WHERE payment_session_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "credit_event" ("id" text not null, "type" text check ("type" in ('limit_changed', 'payment_term_changed', 'status_changed', 'hold', 'release', 'override')) not null, "actor_id" text null, "reason" text null, "from_value" jsonb null, "to_value" jsonb null, "company_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "credit_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_event_company_id" ON "credit_event" ("company_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_event_deleted_at" ON "credit_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "credit_override" ("id" text not null, "cart_id" text not null, "reason" text not null, "actor_id" text not null, "used_at" timestamptz null, "company_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "credit_override_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_override_company_id" ON "credit_override" ("company_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_override_deleted_at" ON "credit_override" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_credit_override_cart_id_unique" ON "credit_override" ("cart_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "company_buyer" add constraint "company_buyer_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "credit_commitment" add constraint "credit_commitment_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade;`);

    this.addSql(`alter table if exists "credit_event" add constraint "credit_event_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "credit_override" add constraint "credit_override_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "company_buyer" drop constraint if exists "company_buyer_company_id_foreign";`);

    this.addSql(`alter table if exists "credit_commitment" drop constraint if exists "credit_commitment_company_id_foreign";`);

    this.addSql(`alter table if exists "credit_event" drop constraint if exists "credit_event_company_id_foreign";`);

    this.addSql(`alter table if exists "credit_override" drop constraint if exists "credit_override_company_id_foreign";`);

    this.addSql(`drop table if exists "company" cascade;`);

    this.addSql(`drop table if exists "company_buyer" cascade;`);

    this.addSql(`drop table if exists "credit_commitment" cascade;`);

    this.addSql(`drop table if exists "credit_event" cascade;`);

    this.addSql(`drop table if exists "credit_override" cascade;`);
  }

}
