import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { openDisputeWorkflow } from "../../../workflows/dunning/open-dispute"
import { listWithAmounts, withAmount } from "../../dunning/reminders"
import type { AdminOpenDispute } from "../../dunning/validators"

/** GET /admin/disputes?company_id=&status=: disputes, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, ...filter } = req.validatedQuery as { limit: number; offset: number }
  const { rows, ...page } = await listWithAmounts(req.scope, "Disputes", filter, { limit, offset })
  res.json({ disputes: rows, ...page })
}

/** POST /admin/disputes: the controller opens a dispute on a company's invoice (for the whole or an amount). */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof AdminOpenDispute>>,
  res: MedusaResponse
) {
  const { result } = await openDisputeWorkflow(req.scope).run({
    input: { ...req.validatedBody, opened_by_type: "admin", opened_by: req.auth_context.actor_id },
  })
  res.status(201).json({ dispute: withAmount(result) })
}
