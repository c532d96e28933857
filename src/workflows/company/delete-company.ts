import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CompanyEvents } from "../../modules/company/events"
import { deleteCompanyStep } from "./steps/delete-company"

export const deleteCompanyWorkflowId = "delete-company"

/**
 * Deletes a company with its buyers and credit history; refused (409) while
 * it has on-account orders (close it instead). Emits `company.deleted`.
 */
export const deleteCompanyWorkflow = createWorkflow(
  deleteCompanyWorkflowId,
  (input: { id: string; actor_id: string }) => {
    deleteCompanyStep({ id: input.id })
    emitEventStep({ eventName: CompanyEvents.DELETED, data: input })
    return new WorkflowResponse(input.id)
  }
)
