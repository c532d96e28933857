import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { formatMoney, modelAmount, moneyString } from "../../lib/money"
import { DUNNING_MODULE } from "../../modules/dunning"
import { DunningEvents, type DisputeOpenedPayload } from "../../modules/dunning/events"
import type { DISPUTE_REASONS } from "../../modules/dunning/models/dispute"
import type DunningModuleService from "../../modules/dunning/service"
import { emitEventsStep } from "../common/emit-events"
import { invoiceStanding } from "./invoice-standing"

export const openDisputeWorkflowId = "open-dispute"

export type OpenDisputeInput = {
  company_id: string
  invoice_id: string
  /** Decimal; the whole undisputed open amount when omitted. */
  amount?: string
  reason_code: (typeof DISPUTE_REASONS)[number]
  message: string
  opened_by_type: "buyer" | "admin"
  opened_by: string
}

/**
 * Checks the amount against what is open and not yet disputed on the
 * invoice and records the dispute, under a lock on the invoice so that two
 * disputes at once never hold back more than is open. Undone by deleting it.
 */
const recordDisputeStep = createStep(
  "record-dispute",
  async (input: OpenDisputeInput, { container }) => {
    const dispute = await container
      .resolve(Modules.LOCKING)
      .execute(`o2c:dispute:${input.invoice_id}`, () => recordDispute(container, input))
    return new StepResponse(dispute, dispute.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<DunningModuleService>(DUNNING_MODULE).deleteDisputes([id])
  }
)

async function recordDispute(container: MedusaContainer, input: OpenDisputeInput) {
  const standing = await invoiceStanding(container, input)
  const currency = standing.invoice.currency_code
  const amount = input.amount ?? standing.undisputed
  if (MathBN.lte(amount, 0) || MathBN.gt(amount, standing.undisputed)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      MathBN.lte(standing.undisputed, 0)
        ? `Invoice ${standing.invoice.number} has nothing left to dispute: ${formatMoney(standing.open, currency)} is open and ${formatMoney(standing.disputed, currency)} already disputed`
        : `A dispute on invoice ${standing.invoice.number} can be for at most ${formatMoney(standing.undisputed, currency)} (open and not already disputed), not ${formatMoney(amount, currency)}`
    )
  }
  return container.resolve<DunningModuleService>(DUNNING_MODULE).createDisputes({
    company_id: input.company_id,
    invoice_id: standing.invoice.id,
    invoice_number: standing.invoice.number,
    currency_code: currency,
    amount: modelAmount(amount),
    reason_code: input.reason_code,
    message: input.message,
    opened_by_type: input.opened_by_type,
    opened_by: input.opened_by,
  })
}

/**
 * A buyer or the credit controller disputes an invoice, in whole or for an
 * amount: that amount is no longer chased until the dispute is resolved.
 * Emits `dispute.opened`.
 */
export const openDisputeWorkflow = createWorkflow(openDisputeWorkflowId, (input: OpenDisputeInput) => {
  const dispute = recordDisputeStep(input)
  const events = transform({ dispute }, ({ dispute }) => {
    const data: DisputeOpenedPayload = {
      id: dispute.id,
      company_id: dispute.company_id,
      invoice_id: dispute.invoice_id,
      amount: moneyString(dispute.raw_amount as unknown as string, dispute.currency_code),
      currency_code: dispute.currency_code,
      reason_code: dispute.reason_code,
      opened_by_type: dispute.opened_by_type,
    }
    return [{ name: DunningEvents.DISPUTE_OPENED, data }]
  })
  emitEventsStep(events).config({ name: "emit-dispute-opened" })
  return new WorkflowResponse(dispute)
})
