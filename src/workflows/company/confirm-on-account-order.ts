import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../modules/company"
import { confirmOnAccountOrderStep } from "./steps/confirm-on-account-order"

export const confirmOnAccountOrderWorkflowId = "confirm-on-account-order"

/** On order placed: the credit reservation becomes the order's commitment, and the order is linked to its company. */
export const confirmOnAccountOrderWorkflow = createWorkflow(
  confirmOnAccountOrderWorkflowId,
  (input: { order_id: string }) => {
    const confirmed = confirmOnAccountOrderStep(input)
    when("order-was-on-account", { confirmed }, ({ confirmed }) => !!confirmed).then(() => {
      const link = transform({ confirmed, input }, ({ confirmed, input }) => [
        {
          [COMPANY_MODULE]: { company_id: confirmed!.company_id },
          [Modules.ORDER]: { order_id: input.order_id },
        },
      ])
      createRemoteLinkStep(link)
    })
    return new WorkflowResponse(confirmed)
  }
)
