import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type EventMessage = { name: string; data: unknown }

type EmittedGroup = { eventGroupId?: string; eventNames: string[] }

/**
 * Emits events of several names in one step, as Medusa's `emitEventStep`
 * does for one: held in the workflow's event group, they go out only when
 * the workflow commits, and compensation drops them. A change that may
 * announce any of five events (an invoice issued and paid at once) then
 * costs one step, not five, on a path that runs for every invoice.
 */
export const emitEventsStep = createStep(
  "emit-events",
  async (
    messages: EventMessage[],
    { container, eventGroupId }
  ): Promise<StepResponse<number, EmittedGroup>> => {
    if (!messages.length) {
      return new StepResponse(0, { eventNames: [] })
    }
    const metadata = eventGroupId ? { eventGroupId } : {}
    await container
      .resolve(Modules.EVENT_BUS)
      .emit(messages.map((message) => ({ name: message.name, data: message.data, metadata })))
    return new StepResponse(messages.length, {
      eventGroupId,
      eventNames: [...new Set(messages.map((m) => m.name))],
    })
  },
  async (emitted, { container }) => {
    if (emitted?.eventGroupId) {
      await container
        .resolve(Modules.EVENT_BUS)
        .clearGroupedEvents(emitted.eventGroupId, { eventNames: emitted.eventNames })
    }
  }
)
