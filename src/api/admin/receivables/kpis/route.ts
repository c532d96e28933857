import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receivablesOf } from "../helpers"

/** GET /admin/receivables/kpis?from=&to=&currency_code=: countback DSO, Best Possible DSO, ADD and CEI per currency. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(
    await receivablesOf(req.scope).kpiReport(
      req.validatedQuery as { from?: string; to?: string; currency_code?: string }
    )
  )
}
