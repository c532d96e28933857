import { generateEntityId } from "@medusajs/framework/utils"
import type { Manager } from "../../../lib/manager"

/**
 * The SQL of a dunning run's writes: one statement per table for a whole
 * batch of companies (rows travel as one JSON parameter, so a batch of any
 * size binds one value), under a lock per company.
 */

/** Locks the companies for this transaction, in id order so two runs never wait on each other crosswise. */
export async function lockCompanies(manager: Manager, companyIds: string[]) {
  if (!companyIds.length) return
  await manager.execute(
    `SELECT COUNT(pg_advisory_xact_lock(hashtext('o2c:dunning:' || id)))
       FROM (SELECT unnest(string_to_array(?, ',')) AS id ORDER BY 1) ids`,
    [[...companyIds].sort().join(",")]
  )
}

/** Per invoice: the highest level sent and the latest day it was sent at, and whether its indemnity was claimed. */
export async function invoiceStates(manager: Manager, invoiceIds: string[]) {
  const states = new Map<
    string,
    { last_level: number; last_as_of: string | null; indemnity_claimed: boolean }
  >()
  if (!invoiceIds.length) return states
  const ids = invoiceIds.join(",")
  const levels = await manager.execute(
    // Joined from the ids, so the (invoice_id, level) index is used rather than a scan of every item.
    `SELECT d.invoice_id, MAX(d.level) AS level, MAX(d.as_of) AS as_of
       FROM unnest(string_to_array(?, ',')) AS ids(invoice_id)
       JOIN dunning_item d ON d.invoice_id = ids.invoice_id AND d.deleted_at IS NULL
      GROUP BY 1`,
    [ids]
  )
  const claimed = await manager.execute(
    `SELECT invoice_id FROM dunning_claim
      WHERE invoice_id = ANY(string_to_array(?, ',')) AND kind = 'indemnity' AND deleted_at IS NULL`,
    [ids]
  )
  for (const id of invoiceIds) states.set(id, { last_level: 0, last_as_of: null, indemnity_claimed: false })
  for (const row of levels) {
    const state = states.get(row.invoice_id)!
    state.last_level = Number(row.level)
    state.last_as_of = row.as_of
  }
  for (const row of claimed) states.get(row.invoice_id)!.indemnity_claimed = true
  return states
}

/** A bigNumber column's value and its raw twin, as Medusa stores them. */
export const bigNumberColumns = (column: string, value: string) => ({
  [column]: value,
  [`raw_${column}`]: { value, precision: 20 },
})

/** Inserts rows into `table` (columns as keys), adding ids and timestamps; returns the ids. */
export async function insertRows(
  manager: Manager,
  table: string,
  prefix: string,
  rows: Record<string, unknown>[]
) {
  if (!rows.length) return []
  const now = new Date().toISOString()
  const full = rows.map((row) => ({
    id: generateEntityId(undefined, prefix),
    created_at: now,
    updated_at: now,
    ...row,
  }))
  const columns = Object.keys(full[0])
  await manager.execute(
    `INSERT INTO ${table} (${columns.join(", ")})
     SELECT ${columns.join(", ")} FROM json_populate_recordset(NULL::${table}, ?::json)`,
    [JSON.stringify(full)]
  )
  return full.map((r) => r.id as string)
}

/** An earlier undecided interest claim is replaced by the one to date. */
export async function supersedeInterestClaims(manager: Manager, invoiceIds: string[]) {
  if (!invoiceIds.length) return
  await manager.execute(
    `UPDATE dunning_claim SET status = 'superseded', updated_at = now()
      WHERE kind = 'interest' AND status = 'claimed' AND deleted_at IS NULL
        AND invoice_id = ANY(string_to_array(?, ','))`,
    [invoiceIds.join(",")]
  )
}

/**
 * Takes up to `limit` reminders due for sending (queued, or failed with a
 * retry due), locking them so that another process sending at the same time
 * skips them rather than sending twice.
 */
export async function claimDueReminders(manager: Manager, filter: { limit: number; run_id?: string }) {
  const rows = await manager.execute(
    `UPDATE dunning_reminder SET attempts = attempts + 1, next_attempt_at = now() + interval '10 minutes', updated_at = now()
      WHERE id IN (
        SELECT id FROM dunning_reminder
         WHERE ((status = 'queued' AND COALESCE(next_attempt_at, created_at) <= now())
                OR (status = 'failed' AND next_attempt_at <= now()))
           AND deleted_at IS NULL ${filter.run_id ? "AND run_id = ?" : ""}
         ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED)
      RETURNING id`,
    filter.run_id ? [filter.run_id, filter.limit] : [filter.limit]
  )
  return rows.map((r) => r.id as string)
}

export type LatestReminder = {
  id: string
  level: number
  level_name: string
  status: string
  created_at: Date
}

/** Each company's latest reminder (any status but canceled). */
export async function latestReminders(manager: Manager, companyIds: string[]) {
  if (!companyIds.length) return new Map<string, LatestReminder>()
  const rows = await manager.execute(
    `SELECT DISTINCT ON (company_id) company_id, id, level, level_name, status, as_of, created_at
       FROM dunning_reminder
      WHERE company_id = ANY(string_to_array(?, ',')) AND status <> 'canceled' AND deleted_at IS NULL
      ORDER BY company_id, as_of DESC, created_at DESC`,
    [companyIds.join(",")]
  )
  return new Map<string, LatestReminder>(rows.map((r) => [r.company_id, r]))
}

/** What open disputes held back at the end of a day, per currency. */
export async function disputedBalances(manager: Manager, asOf: string) {
  const rows = await manager.execute(
    `SELECT currency_code, SUM(amount)::text AS disputed FROM dispute
      WHERE created_at::date <= ?::date AND (resolved_at IS NULL OR resolved_at::date > ?::date)
        AND deleted_at IS NULL
      GROUP BY 1`,
    [asOf, asOf]
  )
  return new Map<string, string>(rows.map((r) => [r.currency_code, r.disputed]))
}
