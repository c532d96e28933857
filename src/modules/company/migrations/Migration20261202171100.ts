import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202171100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "company" add column if not exists "language" text check ("language" in ('fr', 'en')) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "company" drop column if exists "language";`);
  }

}
