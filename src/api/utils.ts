import type { MedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../modules/company"
import { exactAmount } from "../lib/money"
import { availableCredit, creditExposure } from "../modules/company/credit"
import type CompanyModuleService from "../modules/company/service"

/**
 * Adds the figures a credit controller and a buyer read: exposure and
 * available credit (null without a credit line), in the company currency.
 */
export function withCreditFigures<T extends Record<string, any>>(company: T) {
  if (!("uninvoiced_exposure" in company)) {
    return company
  }
  const account = {
    ...company,
    credit_limit: company.credit_limit === null ? null : exactAmount(company, "credit_limit"),
    uninvoiced_exposure: exactAmount(company, "uninvoiced_exposure"),
    receivables_exposure: exactAmount(company, "receivables_exposure"),
  } as any
  const available = availableCredit(account)
  const { raw_credit_limit, raw_uninvoiced_exposure, raw_receivables_exposure, ...shown } = company as any
  return {
    ...shown,
    exposure: MathBN.convert(creditExposure(account)).toNumber(),
    available_credit: available === null ? null : MathBN.convert(available).toNumber(),
  } as T & { exposure: number; available_credit: number | null }
}

/** A company as the route's `fields` ask for it, with its credit figures; 404 when absent. */
export async function refetchCompany(req: MedusaRequest<any>, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "company", ...req.queryConfig, filters: { id } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company ${id} was not found`)
  }
  return withCreditFigures(data[0])
}

/** 404 unless the company exists. */
export async function assertCompanyExists(scope: MedusaContainer, id: string) {
  const [company] = await scope
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listCompanies({ id }, { select: ["id"] })
  if (!company) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company ${id} was not found`)
  }
}
