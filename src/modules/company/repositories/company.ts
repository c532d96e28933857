import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { Manager } from "../../../lib/manager"

type Sql = Pick<Manager, "execute">

/** The company row as read under its lock: credit figures as exact decimal strings. */
export type LockedCompany = {
  id: string
  name: string
  legal_name: string
  vat_number: string | null
  registration_id: string | null
  billing_email: string
  billing_address: Record<string, unknown> | null
  language: string | null
  metadata: Record<string, unknown> | null
  status: "active" | "on_hold" | "closed"
  hold_reason: string | null
  hold_buyer_message: string | null
  held_at: Date | null
  held_by: string | null
  currency_code: string
  payment_term_id: string | null
  credit_limit: string | null
  uninvoiced_exposure: string
  receivables_exposure: string
}

/**
 * Locks the company row for the rest of the transaction and reads it. Every
 * change of a company's settings or credit figures goes through here, so
 * the database serializes them whoever the caller is.
 */
export async function lockCompanyRow(manager: Sql, companyId: string): Promise<LockedCompany> {
  const [row] = await manager.execute(
    `SELECT id, name, legal_name, vat_number, registration_id, billing_email, billing_address, language,
            metadata, status, hold_reason, hold_buyer_message, held_at, held_by, currency_code, payment_term_id,
            credit_limit::text AS credit_limit,
            uninvoiced_exposure::text AS uninvoiced_exposure,
            receivables_exposure::text AS receivables_exposure
       FROM company WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
    [companyId]
  )
  if (!row) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company ${companyId} was not found`)
  }
  return row
}

/** Moves uninvoiced exposure by `delta` in SQL numeric: exact, and one statement. */
export async function addUninvoicedExposure(manager: Sql, companyId: string, delta: BigNumberInput) {
  const value = MathBN.convert(delta).toFixed()
  await manager.execute(
    `UPDATE company
        SET uninvoiced_exposure = uninvoiced_exposure + ?::numeric,
            raw_uninvoiced_exposure = jsonb_build_object('value', (uninvoiced_exposure + ?::numeric)::text, 'precision', 20),
            updated_at = now()
      WHERE id = ?`,
    [value, value, companyId]
  )
}

/**
 * Stores the ledger's balance copy unless a copy summed from more entries is
 * already there; true when it was stored.
 */
export async function storeReceivablesExposure(
  manager: Sql,
  input: { company_id: string; balance: BigNumberInput; entries: number }
) {
  const value = MathBN.convert(input.balance).toFixed()
  const updated = await manager.execute(
    `UPDATE company
        SET receivables_exposure = ?::numeric,
            raw_receivables_exposure = jsonb_build_object('value', ?::text, 'precision', 20),
            receivables_entries = ?, updated_at = now()
      WHERE id = ? AND receivables_entries <= ?
     RETURNING id`,
    [value, value, input.entries, input.company_id, input.entries]
  )
  return updated.length > 0
}
