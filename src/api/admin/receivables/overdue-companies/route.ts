import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../modules/company"
import type CompanyModuleService from "../../../../modules/company/service"
import { daysBetween } from "../../../../lib/time"
import { num } from "../../../../lib/money"
import { receivablesOf } from "../helpers"

/** GET /admin/receivables/overdue-companies?as_of=&currency_code=&limit=: the companies owing most past due. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const params = req.validatedQuery as { as_of?: string; currency_code?: string; limit: number }
  const receivables = receivablesOf(req.scope)
  const asOf = params.as_of ?? receivables.today()
  const rows = await receivables.mostOverdue({ ...params, as_of: asOf })
  const companies = await req.scope
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listCompanies({ id: rows.map((r) => r.company_id) }, { select: ["id", "name"], withDeleted: true })
  const names = new Map(companies.map((c) => [c.id, c.name]))
  res.json({
    as_of: asOf,
    companies: rows.map((r) => ({
      company_id: r.company_id,
      company_name: names.get(r.company_id) ?? null,
      currency_code: r.currency_code,
      overdue: num(r.overdue),
      oldest_due_date: r.oldest_due_date,
      days_past_due: daysBetween(r.oldest_due_date, asOf),
    })),
  })
}
