import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { RECEIVABLES_MODULE } from "../../../modules/receivables"
import type ReceivablesModuleService from "../../../modules/receivables/service"

/**
 * Copies the account's ledger balance to the company, where the credit
 * check reads it. Derived state, recomputed whole each time: nothing to
 * compensate.
 */
export const syncReceivablesExposureStep = createStep(
  "sync-receivables-exposure",
  async (input: { company_id: string; currency_code: string }, { container }) => {
    const position = await container
      .resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)
      .accountPosition(input.company_id, input.currency_code)
    const synced = await container
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .syncReceivablesExposure({ ...input, ...position })
    return new StepResponse(synced)
  }
)
