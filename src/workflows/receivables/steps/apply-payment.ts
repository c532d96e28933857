import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECEIVABLES_MODULE } from "../../../modules/receivables"
import type ReceivablesModuleService from "../../../modules/receivables/service"

export type ApplyPaymentInput = Parameters<ReceivablesModuleService["applyPayment"]>[0]

/** Settles items with what is left of a payment, all or nothing, in one transaction. */
export const applyPaymentStep = createStep(
  "apply-payment",
  async (input: ApplyPaymentInput, { container }) => {
    const receivables = container.resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)
    await receivables.applyPayment(input)
    return new StepResponse(await receivables.paymentDetail(input.payment_entry_id))
  }
)
