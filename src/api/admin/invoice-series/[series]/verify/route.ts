import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVOICING_MODULE } from "../../../../../modules/invoicing"
import type InvoicingModuleService from "../../../../../modules/invoicing/service"

/**
 * GET /admin/invoice-series/:series/verify: recomputes the series' hash chain
 * (e.g. INV-2026) and reports the first document that breaks it.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const report = await req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE).verifySeries(req.params.series)
  res.json({ verification: report })
}
