import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECEIVABLES_MODULE } from "../../../modules/receivables"
import type ReceivablesModuleService from "../../../modules/receivables/service"

export type ReversePaymentInput = Parameters<ReceivablesModuleService["reversePayment"]>[0]

/**
 * Undoes a payment's allocations and cancels it with a reversing entry, in
 * one transaction. The reversal is itself the ledger's undo (entries are
 * append-only): nothing to compensate.
 */
export const reversePaymentStep = createStep(
  "reverse-payment",
  async (input: ReversePaymentInput, { container }) => {
    const receivables = container.resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)
    const reversed = await receivables.reversePayment(input)
    const detail = await receivables.paymentDetail(input.payment_entry_id)
    return new StepResponse({ ...detail, reopened_documents: reversed.reopened_documents })
  }
)
