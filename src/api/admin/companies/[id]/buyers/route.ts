import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../../../../modules/company"
import type CompanyModuleService from "../../../../../modules/company/service"
import { assertCompanyExists, conflictError, refetchCompany } from "../../../../utils"

/** POST /admin/companies/:id/buyers: make a customer a buyer (or admin buyer) of the company. */
export async function POST(
  req: AuthenticatedMedusaRequest<{ customer_id: string; role: "buyer" | "admin" }>,
  res: MedusaResponse
) {
  const { customer_id, role } = req.validatedBody
  await assertCompanyExists(req.scope, req.params.id)
  const [customer] = await req.scope.resolve(Modules.CUSTOMER).listCustomers({ id: customer_id })
  if (!customer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${customer_id} was not found`)
  }
  const companies = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const existing = await companies.buyerAccount(customer_id)
  if (existing && existing.company.id !== req.params.id) {
    throw conflictError(`${customer.email} is already a buyer of ${existing.company.name}; a customer buys for one company only.`
    )
  }
  if (existing) {
    await companies.updateCompanyBuyers({ id: existing.id, role })
  } else {
    await companies.createCompanyBuyers({ customer_id, role, company_id: req.params.id }).catch((e) => {
      // Two requests adding the same customer at once: the unique index decides.
      if (/unique|duplicate|already exists/i.test(e.message)) {
        throw conflictError(`${customer.email} is already a buyer of a company.`)
      }
      throw e
    })
  }
  res.json({ company: await refetchCompany(req, req.params.id) })
}
