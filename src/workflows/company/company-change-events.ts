import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import {
  CompanyEvents,
  type CompanyCreditLimitChangedPayload,
  type CompanyHoldPlacedPayload,
  type CompanyHoldReleasedPayload,
  type CompanyUpdatedPayload,
  isSystemActor,
} from "../../modules/company/events"
import type CompanyModuleService from "../../modules/company/service"
import { type EventMessage, emitEventsStep } from "../common/emit-events"

type CompanyChange = Awaited<ReturnType<CompanyModuleService["updateCompanyAccount"]>>

/**
 * The events of one company change, in order: always `company.updated`;
 * `company.credit_limit_changed` when the limit moved; `company.hold_placed`
 * when the status became on hold and `company.hold_released` when it left it.
 */
export function companyChangeEvents(change: CompanyChange, actorId: string): EventMessage[] {
  const { company, changed, credit_events } = change
  const entries = (type: string) => credit_events.filter((e) => e.type === type)
  const updated: CompanyUpdatedPayload = { id: company.id, changed, actor_id: actorId }
  return [
    { name: CompanyEvents.UPDATED, data: updated },
    ...entries("limit_changed").map((e) => {
      const data: CompanyCreditLimitChangedPayload = {
        company_id: company.id,
        from: (e.from_value as { credit_limit: string | null }).credit_limit,
        to: (e.to_value as { credit_limit: string | null }).credit_limit,
        currency_code: company.currency_code,
        reason: e.reason,
        actor_id: actorId,
      }
      return { name: CompanyEvents.CREDIT_LIMIT_CHANGED, data }
    }),
    ...entries("hold").map((e) => {
      const data: CompanyHoldPlacedPayload = {
        company_id: company.id,
        reason: e.reason,
        buyer_message: company.hold_buyer_message,
        automatic: isSystemActor(actorId),
        actor_id: actorId,
      }
      return { name: CompanyEvents.HOLD_PLACED, data }
    }),
    ...entries("release").map((e) => {
      const data: CompanyHoldReleasedPayload = { company_id: company.id, reason: e.reason, actor_id: actorId }
      return { name: CompanyEvents.HOLD_RELEASED, data }
    }),
  ]
}

/** Emits what a company update, hold or release changed (`companyChangeEvents`), after commit. */
export function emitCompanyChangeEvents(change: WorkflowData<CompanyChange>, input: { actor_id: string }) {
  const messages = transform({ change, input }, ({ change, input }) =>
    companyChangeEvents(change, input.actor_id)
  )
  emitEventsStep(messages).config({ name: "emit-company-change-events" })
}
