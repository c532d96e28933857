import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123015403 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "payment_term" drop constraint if exists "payment_term_code_unique";`);
    this.addSql(`create table if not exists "payment_term" ("id" text not null, "code" text not null, "name" text not null, "description" text null, "instalments" jsonb not null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payment_term_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_term_deleted_at" ON "payment_term" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payment_term_code_unique" ON "payment_term" ("code") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payment_term" cascade;`);
  }

}
