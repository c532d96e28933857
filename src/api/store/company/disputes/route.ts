import type { MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { openDisputeWorkflow } from "../../../../workflows/dunning/open-dispute"
import { listWithAmounts, withAmount } from "../../../dunning/reminders"
import type { DisputeBody } from "../../../dunning/validators"
import type { StoreBuyerRequest } from "../../buyer-context"

/** GET /store/company/disputes: the company's disputes and where each stands. */
export async function GET(req: StoreBuyerRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const { rows, ...page } = await listWithAmounts(
    req.scope,
    "Disputes",
    { company_id: req.buyer.company_id },
    { limit, offset }
  )
  res.json({ disputes: rows, ...page })
}

/** POST /store/company/disputes: any buyer of the company disputes one of its invoices (404 for another company's). */
export async function POST(req: StoreBuyerRequest<z.infer<typeof DisputeBody>>, res: MedusaResponse) {
  const { result } = await openDisputeWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      company_id: req.buyer.company_id,
      opened_by_type: "buyer",
      opened_by: req.buyer.customer_id,
    },
  })
  res.status(201).json({ dispute: withAmount(result) })
}
