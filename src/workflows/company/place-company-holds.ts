import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../modules/company"
import {
  CompanyEvents,
  type CompanyHoldPlacedPayload,
  type CompanyUpdatedPayload,
  isSystemActor,
} from "../../modules/company/events"
import type CompanyModuleService from "../../modules/company/service"
import { type EventMessage, emitEventsStep } from "../common/emit-events"

export const placeCompanyHoldsWorkflowId = "place-company-holds"

export type PlaceCompanyHoldsInput = { ids: string[]; actor_id: string; reason: string }

/** Holds the active ones of the companies in one transaction; undone by taking those holds back. */
const holdCompaniesStep = createStep(
  "hold-companies",
  async (input: PlaceCompanyHoldsInput, { container }) => {
    const held = await container.resolve<CompanyModuleService>(COMPANY_MODULE).holdCompanies(input)
    return new StepResponse(held, held)
  },
  async (held, { container }) => {
    if (held) await container.resolve<CompanyModuleService>(COMPANY_MODULE).holdCompanies({ undo: held })
  }
)

/**
 * Puts many companies on hold at once with the same reason (a dunning run's
 * formal notices): those already on hold or closed are left as they are.
 * Emits `company.hold_placed` and `company.updated` for each company held.
 */
export const placeCompanyHoldsWorkflow = createWorkflow(
  placeCompanyHoldsWorkflowId,
  (input: PlaceCompanyHoldsInput) => {
    const held = holdCompaniesStep(input)
    const events = transform({ held, input }, ({ held, input }) =>
      held.company_ids.flatMap((company_id): EventMessage[] => {
        const placed: CompanyHoldPlacedPayload = {
          company_id,
          reason: input.reason,
          buyer_message: null,
          automatic: isSystemActor(input.actor_id),
          actor_id: input.actor_id,
        }
        const updated: CompanyUpdatedPayload = {
          id: company_id,
          changed: ["status"],
          actor_id: input.actor_id,
        }
        return [
          { name: CompanyEvents.UPDATED, data: updated },
          { name: CompanyEvents.HOLD_PLACED, data: placed },
        ]
      })
    )
    emitEventsStep(events).config({ name: "emit-company-holds-events" })
    return new WorkflowResponse(transform({ held }, ({ held }) => held.company_ids))
  }
)
