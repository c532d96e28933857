import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Instalment } from "../../../modules/payment-term/due-schedule"
import { PAYMENT_TERM_MODULE } from "../../../modules/payment-term"
import type PaymentTermModuleService from "../../../modules/payment-term/service"
import { asJsonColumn } from "../versioning"

export type CreatePaymentTermInput = {
  code: string
  name: string
  description?: string | null
  instalments: Instalment[]
  metadata?: Record<string, unknown> | null
}

/** Creates the term; undone by deleting it. */
export const createPaymentTermStep = createStep(
  "create-payment-term",
  async (input: CreatePaymentTermInput, { container }) => {
    const created = await container
      .resolve<PaymentTermModuleService>(PAYMENT_TERM_MODULE)
      .createPaymentTerms({ ...input, instalments: asJsonColumn(input.instalments) })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<PaymentTermModuleService>(PAYMENT_TERM_MODULE).deletePaymentTerms(id)
    }
  }
)
