import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import {
  CompanyEvents,
  type CompanyCreditLimitChangedPayload,
  type CompanyHoldPlacedPayload,
  type CompanyHoldReleasedPayload,
  type CompanyUpdatedPayload,
} from "../../modules/company/events"
import type CompanyModuleService from "../../modules/company/service"
import { type EventMessage, emitEventsStep } from "../common/emit-events"

type CompanyChange = Awaited<ReturnType<CompanyModuleService["updateCompanyAccount"]>>

/** The events of one company change, each a list of zero or one payload. */
export function companyChangePayloads(change: CompanyChange, actorId: string) {
  const { company, changed, credit_events } = change
  const entry = (type: string) => credit_events.filter((e) => e.type === type)
  const updated: CompanyUpdatedPayload[] = [{ id: company.id, changed, actor_id: actorId }]
  const limit: CompanyCreditLimitChangedPayload[] = entry("limit_changed").map((e) => ({
    company_id: company.id,
    from: (e.from_value as { credit_limit: string | null }).credit_limit,
    to: (e.to_value as { credit_limit: string | null }).credit_limit,
    currency_code: company.currency_code,
    reason: e.reason,
    actor_id: actorId,
  }))
  const held: CompanyHoldPlacedPayload[] = entry("hold").map((e) => ({
    company_id: company.id,
    reason: e.reason,
    buyer_message: company.hold_buyer_message,
    actor_id: actorId,
  }))
  const released: CompanyHoldReleasedPayload[] = entry("release").map((e) => ({
    company_id: company.id,
    reason: e.reason,
    actor_id: actorId,
  }))
  return { updated, limit, held, released }
}

/**
 * Emits what a company update, hold or release changed: always
 * `company.updated`; `company.credit_limit_changed` when the limit moved;
 * `company.hold_placed` when the status became on hold and
 * `company.hold_released` when it left on hold. An empty list emits nothing.
 */
export function emitCompanyChangeEvents(change: WorkflowData<CompanyChange>, input: { actor_id: string }) {
  const messages = transform({ change, input }, ({ change, input }): EventMessage[] => {
    const { updated, limit, held, released } = companyChangePayloads(change, input.actor_id)
    return [
      ...updated.map((data) => ({ name: CompanyEvents.UPDATED, data })),
      ...limit.map((data) => ({ name: CompanyEvents.CREDIT_LIMIT_CHANGED, data })),
      ...held.map((data) => ({ name: CompanyEvents.HOLD_PLACED, data })),
      ...released.map((data) => ({ name: CompanyEvents.HOLD_RELEASED, data })),
    ]
  })
  emitEventsStep(messages).config({ name: "emit-company-change-events" })
}
