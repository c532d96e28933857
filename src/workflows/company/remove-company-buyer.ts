import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type CompanyBuyerPayload, CompanyEvents } from "../../modules/company/events"
import { removeCompanyBuyerStep } from "./steps/remove-company-buyer"

export const removeCompanyBuyerWorkflowId = "remove-company-buyer"

/** The customer no longer buys for the company (404 when they did not). Emits `company.buyer_removed`. */
export const removeCompanyBuyerWorkflow = createWorkflow(
  removeCompanyBuyerWorkflowId,
  (input: { company_id: string; customer_id: string; actor_id: string }) => {
    const removed = removeCompanyBuyerStep({ company_id: input.company_id, customer_id: input.customer_id })
    emitEventStep({
      eventName: CompanyEvents.BUYER_REMOVED,
      data: transform(
        { removed, input },
        ({ removed, input }): CompanyBuyerPayload => ({
          ...removed,
          actor_id: input.actor_id,
        })
      ),
    })
    return new WorkflowResponse(removed)
  }
)
