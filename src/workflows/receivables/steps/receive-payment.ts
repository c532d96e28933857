import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECEIVABLES_MODULE } from "../../../modules/receivables"
import type ReceivablesModuleService from "../../../modules/receivables/service"

export type ReceivePaymentInput = Parameters<ReceivablesModuleService["receivePayment"]>[0]

/**
 * Records and applies a payment in one transaction. The ledger is
 * append-only: a workflow failing later leaves the payment recorded, and
 * the steps after it are derived state that the next change recomputes.
 */
export const receivePaymentStep = createStep(
  "receive-payment",
  async (input: ReceivePaymentInput, { container }) =>
    new StepResponse(
      await container.resolve<ReceivablesModuleService>(RECEIVABLES_MODULE).receivePayment(input)
    )
)
