import type { MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { createPaymentPromiseWorkflow } from "../../../../workflows/dunning/create-payment-promise"
import { listWithAmounts, withAmount } from "../../../dunning/reminders"
import type { PromiseBody } from "../../../dunning/validators"
import type { StoreBuyerRequest } from "../../buyer-context"

/** GET /store/company/promises: the company's promises to pay and whether each was kept. */
export async function GET(req: StoreBuyerRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const { rows, ...page } = await listWithAmounts(
    req.scope,
    "PaymentPromises",
    { company_id: req.buyer.company_id },
    { limit, offset }
  )
  res.json({ promises: rows, ...page })
}

/** POST /store/company/promises: a buyer promises a payment by a date; dunning pauses for that amount. */
export async function POST(req: StoreBuyerRequest<z.infer<typeof PromiseBody>>, res: MedusaResponse) {
  const { result } = await createPaymentPromiseWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      company_id: req.buyer.company_id,
      created_by_type: "buyer",
      created_by: req.buyer.customer_id,
    },
  })
  res.status(201).json({ promise: withAmount(result) })
}
