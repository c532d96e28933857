import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { kpiReport } from "../../../receivables"

/** GET /admin/receivables/kpis?from=&to=&currency_code=: countback DSO, Best Possible DSO, ADD and CEI per currency. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(
    await kpiReport(req.scope, req.validatedQuery as { from?: string; to?: string; currency_code?: string })
  )
}
