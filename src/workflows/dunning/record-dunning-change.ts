import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventsStep } from "../common/emit-events"
import { createDunningRecordStep, type DunningRecord, updateDunningRecordStep } from "./steps/dunning-records"

type Change = {
  record: DunningRecord
  id: string
  data: Record<string, unknown>
  event: string
  actor_id: string
}

/**
 * The small changes of collections, each one record and its event: a
 * reminder approved or canceled, a company's dunning account, a collector's
 * activity recorded or done. The route checks the rule (a reminder awaiting
 * approval, an activity not done yet) and names the event.
 */
export const updateDunningRecordWorkflow = createWorkflow("update-dunning-record", (input: Change) => {
  const updated = updateDunningRecordStep(input)
  const events = transform({ input, updated }, ({ input, updated }) => [
    { name: input.event, data: { id: updated.id, company_id: updated.company_id, actor_id: input.actor_id } },
  ])
  emitEventsStep(events).config({ name: "emit-dunning-record-updated" })
  return new WorkflowResponse(updated)
})

export const createDunningRecordWorkflow = createWorkflow(
  "create-dunning-record",
  (input: Omit<Change, "id">) => {
    const created = createDunningRecordStep(input)
    const events = transform({ input, created }, ({ input, created }) => [
      {
        name: input.event,
        data: { id: created.id, company_id: created.company_id, actor_id: input.actor_id },
      },
    ])
    emitEventsStep(events).config({ name: "emit-dunning-record-created" })
    return new WorkflowResponse(created)
  }
)
