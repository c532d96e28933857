import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Instalment } from "../../../modules/payment-term/due-schedule"
import { PAYMENT_TERM_MODULE } from "../../../modules/payment-term"
import type PaymentTermModuleService from "../../../modules/payment-term/service"
import { asJsonColumn, nextVersion } from "../versioning"

export type UpdatePaymentTermInput = {
  id: string
  code?: string
  name?: string
  description?: string | null
  instalments?: Instalment[]
  metadata?: Record<string, unknown> | null
}

/**
 * Edits the term in place, as a new version when its instalments change:
 * orders placed before keep the snapshot of the version they were placed
 * under, and issued invoices their due dates. Undone by restoring the fields
 * it changed.
 */
export const updatePaymentTermStep = createStep(
  "update-payment-term",
  async ({ id, ...changes }: UpdatePaymentTermInput, { container }) => {
    const terms = container.resolve<PaymentTermModuleService>(PAYMENT_TERM_MODULE)
    const before = await terms.retrievePaymentTerm(id)
    const version = nextVersion(before, changes)
    const { instalments, ...fields } = changes
    const updated = await terms.updatePaymentTerms({
      id,
      ...fields,
      ...(instalments ? { instalments: asJsonColumn(instalments) } : {}),
      version,
    })
    const restore = {
      id,
      code: before.code,
      name: before.name,
      description: before.description,
      instalments: before.instalments,
      metadata: before.metadata,
      version: before.version,
    }
    return new StepResponse(updated, restore)
  },
  async (restore, { container }) => {
    if (restore) {
      await container.resolve<PaymentTermModuleService>(PAYMENT_TERM_MODULE).updatePaymentTerms(restore)
    }
  }
)
