import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { PAYMENT_TERM_MODULE } from "../../../modules/payment-term"
import type PaymentTermModuleService from "../../../modules/payment-term/service"

/** Refuses a company's payment term that does not exist (a read: nothing to undo). */
export const assertPaymentTermExistsStep = createStep(
  "assert-company-payment-term-exists",
  async ({ payment_term_id }: { payment_term_id?: string | null }, { container }) => {
    if (!payment_term_id) {
      return
    }
    const [term] = await container
      .resolve<PaymentTermModuleService>(PAYMENT_TERM_MODULE)
      .listPaymentTerms({ id: payment_term_id }, { select: ["id"] })
    if (!term) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Payment term ${payment_term_id} does not exist`)
    }
  }
)
