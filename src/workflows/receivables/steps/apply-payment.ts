import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECEIVABLES_MODULE } from "../../../modules/receivables"
import type ReceivablesModuleService from "../../../modules/receivables/service"
import { allocationsAdded } from "../payment-events"

export type ApplyPaymentInput = Parameters<ReceivablesModuleService["applyPayment"]>[0]

/**
 * Settles items with what is left of a payment, all or nothing, in one
 * transaction. Asked to settle and settling nothing is refused, so that a
 * person is told why rather than shown the payment unchanged. Allocations
 * are append-only ledger rows (undone by a reversal, never deleted): nothing
 * to compensate, and the steps after it are derived state.
 */
export const applyPaymentStep = createStep(
  "apply-payment",
  async (input: ApplyPaymentInput, { container }) => {
    const receivables = container.resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)
    const before = await receivables.paymentDetail(input.payment_entry_id)
    const applied = await receivables.applyPayment(input)
    if (applied.allocations.length === 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        MathBN.gt(applied.unallocated, 0)
          ? "Nothing is open on the account for this payment to settle: it stays on the account as a credit"
          : "This payment has nothing left to allocate"
      )
    }
    const after = await receivables.paymentDetail(input.payment_entry_id)
    return new StepResponse({ ...after, added: allocationsAdded(before.allocations, after.allocations) })
  }
)
