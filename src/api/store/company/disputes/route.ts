import type { MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { DUNNING_MODULE } from "../../../../modules/dunning"
import type DunningModuleService from "../../../../modules/dunning/service"
import { openDisputeWorkflow } from "../../../../workflows/dunning/open-dispute"
import { withAmount } from "../../../dunning/reminders"
import type { DisputeBody, StoreListParams } from "../../../dunning/validators"
import type { StoreBuyerRequest } from "../../buyer-context"

/** GET /store/company/disputes: the company's disputes and where each stands. */
export async function GET(req: StoreBuyerRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as z.infer<typeof StoreListParams>
  const [disputes, count] = await req.scope
    .resolve<DunningModuleService>(DUNNING_MODULE)
    .listAndCountDisputes(
      { company_id: req.buyer.company_id },
      { order: { created_at: "DESC" }, take: limit, skip: offset }
    )
  res.json({ disputes: disputes.map(withAmount), count, limit, offset })
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
