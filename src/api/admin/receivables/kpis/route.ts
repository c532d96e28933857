import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moneyString } from "../../../../lib/money"
import { DUNNING_MODULE } from "../../../../modules/dunning"
import type DunningModuleService from "../../../../modules/dunning/service"
import { receivablesOf } from "../helpers"

/**
 * GET /admin/receivables/kpis?from=&to=&currency_code=: countback DSO, Best
 * Possible DSO, ADD and CEI per currency, with the disputed balance at `to`
 * (what open disputes hold back from dunning; 0 while dunning is off).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const report = await receivablesOf(req.scope).kpiReport(
    req.validatedQuery as { from?: string; to?: string; currency_code?: string }
  )
  const dunning = req.scope.resolve<DunningModuleService>(DUNNING_MODULE)
  const disputed = dunning.enabled ? await dunning.disputedBalances(report.to) : new Map<string, string>()
  res.json({
    ...report,
    kpis: report.kpis.map((k) => ({
      ...k,
      disputed_balance: moneyString(disputed.get(k.currency_code) ?? "0", k.currency_code),
    })),
  })
}
