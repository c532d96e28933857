import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../modules/company"
import type CompanyModuleService from "../modules/company/service"

/**
 * Every night, recomputes each company's exposure from the commitments it is
 * made of and reports any drift. It does not correct: a drift is a bug to
 * look at, and POST /admin/o2c/exposure-drift { fix: true } corrects it.
 */
export default async function reconcileCreditExposure(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const drifts = await container.resolve<CompanyModuleService>(COMPANY_MODULE).reconcileExposure()
  if (!drifts.length) {
    logger.info("o2c: credit exposure matches its sources for every company")
    return
  }
  for (const d of drifts) {
    logger.warn(`o2c: exposure drift for ${d.company_id}: stored ${d.stored}, recomputed ${d.recomputed} (${d.difference})`)
  }
}

export const config = { name: "o2c-reconcile-credit-exposure", schedule: "17 3 * * *" }
