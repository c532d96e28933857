import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordCreditOverrideWorkflow } from "../../../../../workflows/company/record-credit-override"

/** POST /admin/companies/:id/credit-overrides: let one cart of the company's buyers go over the limit. */
export async function POST(req: AuthenticatedMedusaRequest<{ cart_id: string; reason: string }>, res: MedusaResponse) {
  const { result } = await recordCreditOverrideWorkflow(req.scope).run({
    input: { ...req.validatedBody, company_id: req.params.id, actor_id: req.auth_context.actor_id },
  })
  res.status(201).json({ credit_override: result })
}
