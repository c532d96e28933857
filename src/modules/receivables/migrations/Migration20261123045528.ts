import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The ledger is append-only, whoever writes to the database: entries and
 * allocations can be added, never changed or removed. Corrections are
 * reversing entries and opposite allocations. Hand-written: Medusa's
 * generator does not produce triggers.
 */
export class Migration20261123045528 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE OR REPLACE FUNCTION o2c_ledger_append_only() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION 'The receivables ledger is append-only (% on %): post a reversing entry instead', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'check_violation';
      END
      $$ LANGUAGE plpgsql;
    `)
    for (const table of ["ledger_entry", "ledger_allocation"]) {
      this.addSql(`DROP TRIGGER IF EXISTS ${table}_append_only ON "${table}";`)
      this.addSql(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION o2c_ledger_append_only();`
      )
    }
  }

  override async down(): Promise<void> {
    for (const table of ["ledger_entry", "ledger_allocation"]) {
      this.addSql(`DROP TRIGGER IF EXISTS ${table}_append_only ON "${table}";`)
    }
    this.addSql(`DROP FUNCTION IF EXISTS o2c_ledger_append_only();`)
  }
}
