import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { listReminders } from "../../dunning/reminders"
import type { AdminListReminders } from "../../dunning/validators"

/** GET /admin/dunning-reminders?company_id=&run_id=&status=: reminders with their invoices, claims and delivery state. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, ...filter } = req.validatedQuery as z.infer<typeof AdminListReminders>
  const { reminders, count } = await listReminders(req.scope, filter, { limit, offset })
  res.json({ dunning_reminders: reminders, count, limit, offset })
}
