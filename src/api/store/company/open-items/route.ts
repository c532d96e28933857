import type { MedusaResponse } from "@medusajs/framework/http"
import { RECEIVABLES_MODULE } from "../../../../modules/receivables"
import type ReceivablesModuleService from "../../../../modules/receivables/service"
import type { StoreBuyerRequest } from "../../buyer-context"

/** GET /store/company/open-items: the company's balance and what is open, with due dates, for its admins. */
export async function GET(req: StoreBuyerRequest, res: MedusaResponse) {
  const { company } = req.buyer
  res.json(
    await req.scope
      .resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)
      .openItemsReport(company.id, company.currency_code)
  )
}
