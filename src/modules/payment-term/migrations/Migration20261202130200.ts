import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202130200 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "payment_term" add column if not exists "version" integer not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "payment_term" drop column if exists "version";`);
  }

}
