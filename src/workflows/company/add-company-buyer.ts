import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  type CompanyBuyerPayload,
  type CompanyBuyerRoleChangedPayload,
  CompanyEvents,
} from "../../modules/company/events"
import { type AssignCompanyBuyerInput, assignCompanyBuyerStep } from "./steps/assign-company-buyer"

export const addCompanyBuyerWorkflowId = "add-company-buyer"

/**
 * Makes a customer a buyer (or admin buyer) of a company, or changes their
 * role there; refused (409) when they already buy for another company.
 * The customer's lock keeps two requests for one customer from both passing
 * the check. Emits `company.buyer_added`, or `company.buyer_role_changed`
 * when the role really changes.
 */
export const addCompanyBuyerWorkflow = createWorkflow(
  addCompanyBuyerWorkflowId,
  (input: AssignCompanyBuyerInput & { actor_id: string }) => {
    const lockKey = transform({ input }, ({ input }) => `o2c:company-buyer:${input.customer_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
    const assigned = assignCompanyBuyerStep({
      company_id: input.company_id,
      customer_id: input.customer_id,
      role: input.role,
    })
    releaseLockStep({ key: lockKey })
    const payloads = transform({ assigned, input }, ({ assigned, input }) => {
      const payload: CompanyBuyerPayload = {
        company_id: assigned.company_id,
        customer_id: assigned.customer_id,
        role: assigned.role,
        actor_id: input.actor_id,
      }
      const roleChanged: CompanyBuyerRoleChangedPayload[] =
        assigned.previous_role && assigned.previous_role !== assigned.role
          ? [{ ...payload, previous_role: assigned.previous_role }]
          : []
      return { added: assigned.previous_role ? [] : [payload], roleChanged }
    })
    emitEventStep({ eventName: CompanyEvents.BUYER_ADDED, data: payloads.added }).config({
      name: "emit-company-buyer-added",
    })
    emitEventStep({ eventName: CompanyEvents.BUYER_ROLE_CHANGED, data: payloads.roleChanged }).config({
      name: "emit-company-buyer-role-changed",
    })
    return new WorkflowResponse(assigned)
  }
)
