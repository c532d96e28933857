import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createPaymentTermWorkflow } from "../../../workflows/payment-term/create-payment-term"
import { assertTermAllowed, maxPaymentTermDays } from "./helpers"
import type { AdminCreatePaymentTermType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { q } = req.validatedQuery as { q?: string }
  const { data, metadata } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "payment_term", ...req.queryConfig, filters: q ? { q } : {} })
  res.json({
    payment_terms: data,
    count: metadata?.count,
    offset: metadata?.skip,
    limit: metadata?.take,
    max_payment_term_days: maxPaymentTermDays(req.scope),
  })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreatePaymentTermType>, res: MedusaResponse) {
  await assertTermAllowed(req.scope, req.validatedBody)
  const { result } = await createPaymentTermWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ payment_term: result })
}
