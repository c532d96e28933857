import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

/**
 * Moves an on-account order's invoiced amount (negative for a credit note)
 * from the company's uninvoiced exposure to its receivables.
 */
export const recordInvoicedExposureStep = createStep(
  "record-invoiced-exposure",
  async (input: { order_id: string | null; amount: string }, { container }) => {
    if (!input.order_id) {
      return new StepResponse(null, null)
    }
    const recorded = await container.resolve<CompanyModuleService>(COMPANY_MODULE).recordInvoiced({
      order_id: input.order_id,
      amount: input.amount,
    })
    return new StepResponse(recorded, recorded ? { order_id: input.order_id, amount: input.amount } : null)
  },
  async (recorded, { container }) => {
    if (!recorded) return
    await container.resolve<CompanyModuleService>(COMPANY_MODULE).recordInvoiced({
      order_id: recorded.order_id,
      amount: MathBN.mult(recorded.amount, -1).toFixed(),
    })
  }
)
