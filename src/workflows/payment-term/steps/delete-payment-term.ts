import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYMENT_TERM_MODULE } from "../../../modules/payment-term"
import type PaymentTermModuleService from "../../../modules/payment-term/service"

/** Soft-deletes the term (snapshots that name it stay readable); undone by restoring it. */
export const deletePaymentTermStep = createStep(
  "delete-payment-term",
  async ({ id }: { id: string }, { container }) => {
    await container.resolve<PaymentTermModuleService>(PAYMENT_TERM_MODULE).softDeletePaymentTerms(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<PaymentTermModuleService>(PAYMENT_TERM_MODULE).restorePaymentTerms(id)
    }
  }
)
