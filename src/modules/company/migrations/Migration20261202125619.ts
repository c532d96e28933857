import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202125619 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "credit_event" drop constraint if exists "credit_event_type_check";`);

    this.addSql(`alter table if exists "company" add column if not exists "hold_buyer_message" text null, add column if not exists "held_at" timestamptz null, add column if not exists "held_by" text null;`);

    this.addSql(`alter table if exists "credit_event" add constraint "credit_event_type_check" check("type" in ('limit_changed', 'payment_term_changed', 'status_changed', 'hold', 'release', 'override', 'statement_sent'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "credit_event" drop constraint if exists "credit_event_type_check";`);

    this.addSql(`alter table if exists "company" drop column if exists "hold_buyer_message", drop column if exists "held_at", drop column if exists "held_by";`);

    this.addSql(`alter table if exists "credit_event" add constraint "credit_event_type_check" check("type" in ('limit_changed', 'payment_term_changed', 'status_changed', 'hold', 'release', 'override'));`);
  }

}
