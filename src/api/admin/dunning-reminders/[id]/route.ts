import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { listReminders } from "../../../dunning/reminders"

/** GET /admin/dunning-reminders/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const {
    reminders: [reminder],
  } = await listReminders(req.scope, { id: req.params.id }, { limit: 1, offset: 0 })
  if (!reminder)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no dunning reminder ${req.params.id}`)
  res.json({ dunning_reminder: reminder })
}
