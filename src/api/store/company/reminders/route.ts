import type { MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { listReminders } from "../../../dunning/reminders"
import type { StoreListParams } from "../../../dunning/validators"
import type { StoreBuyerRequest } from "../../buyer-context"

/** GET /store/company/reminders: the reminders sent to the buyer's company, with their invoices and charges. */
export async function GET(req: StoreBuyerRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as z.infer<typeof StoreListParams>
  const { reminders, count } = await listReminders(
    req.scope,
    { company_id: req.buyer.company_id, status: "sent" },
    { limit, offset }
  )
  // What the company received: the letter, not the collector's bookkeeping.
  const sent = reminders.map(({ attempts, last_error, next_attempt_at, approved_by, run_id, ...r }) => ({
    ...r,
    claims: r.claims.map(({ decision_reason, ...c }) => c),
  }))
  res.json({ reminders: sent, count, limit, offset })
}
