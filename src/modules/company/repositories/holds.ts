import { generateEntityId } from "@medusajs/framework/utils"
import type { Manager } from "../../../lib/manager"

type Sql = Pick<Manager, "execute">

type HeldCompanies = { company_ids: string[]; credit_event_ids: string[] }

export type HoldManyInput = { ids: string[]; actor_id: string; reason: string } | { undo: HeldCompanies }

/**
 * Puts the active ones of many companies on hold at once, with their
 * credit-history entries, in the caller's transaction: what a dunning run
 * does for every company reaching a holding level (one statement where a
 * company-by-company update would take minutes for thousands). A company
 * already on hold or closed is left as it is. Returns the companies held
 * and the history entries written.
 */
export async function holdActiveCompanies(
  manager: Sql,
  input: { ids: string[]; actor_id: string; reason: string }
): Promise<HeldCompanies> {
  if (!input.ids.length) return { company_ids: [], credit_event_ids: [] }
  const held = await manager.execute(
    `UPDATE company SET status = 'on_hold', hold_reason = ?, hold_buyer_message = NULL, held_at = now(),
            held_by = ?, updated_at = now()
      WHERE id = ANY(string_to_array(?, ',')) AND status = 'active' AND deleted_at IS NULL
      RETURNING id`,
    [input.reason, input.actor_id, input.ids.join(",")]
  )
  const now = new Date().toISOString()
  const events = held.map((row) => ({
    id: generateEntityId(undefined, "cevt"),
    type: "hold",
    actor_id: input.actor_id,
    reason: input.reason,
    from_value: { status: "active" },
    to_value: { status: "on_hold" },
    company_id: row.id as string,
    created_at: now,
    updated_at: now,
  }))
  if (events.length) {
    await manager.execute(
      `INSERT INTO credit_event (id, type, actor_id, reason, from_value, to_value, company_id, created_at, updated_at)
       SELECT id, type, actor_id, reason, from_value, to_value, company_id, created_at, updated_at
         FROM json_populate_recordset(NULL::credit_event, ?::json)`,
      [JSON.stringify(events)]
    )
  }
  return { company_ids: events.map((e) => e.company_id), credit_event_ids: events.map((e) => e.id) }
}

/** Undoes holdActiveCompanies: the companies active again, their entries gone (the hold never happened). */
export async function unholdCompanies(
  manager: Sql,
  input: { company_ids: string[]; credit_event_ids: string[] }
) {
  if (!input.company_ids.length) return
  await manager.execute(
    `UPDATE company SET status = 'active', hold_reason = NULL, hold_buyer_message = NULL, held_at = NULL,
            held_by = NULL, updated_at = now()
      WHERE id = ANY(string_to_array(?, ','))`,
    [input.company_ids.join(",")]
  )
  await manager.execute(`DELETE FROM credit_event WHERE id = ANY(string_to_array(?, ','))`, [
    input.credit_event_ids.join(","),
  ])
  return input
}
