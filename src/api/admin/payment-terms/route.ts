import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PAYMENT_TERM_MODULE } from "../../../modules/payment-term"
import type PaymentTermModuleService from "../../../modules/payment-term/service"
import { assertTermAllowed } from "./helpers"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { q } = req.validatedQuery as { q?: string }
  const { data, metadata } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "payment_term", ...req.queryConfig, filters: q ? { q } : {} })
  res.json({ payment_terms: data, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const terms = req.scope.resolve<PaymentTermModuleService>(PAYMENT_TERM_MODULE)
  await assertTermAllowed(req.scope, req.validatedBody)
  const created = await terms.createPaymentTerms(req.validatedBody)
  res.status(201).json({ payment_term: created })
}
