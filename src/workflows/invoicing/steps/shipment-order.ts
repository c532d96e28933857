import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The order a shipped fulfillment belongs to, or null for a fulfillment of no order (none in core Medusa today). Reads only. */
export const shipmentOrderStep = createStep(
  "shipment-order",
  async (input: { fulfillment_id: string }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "fulfillment",
      fields: ["id", "order.id"],
      filters: { id: input.fulfillment_id },
    })
    const orderId = (data[0] as { order?: { id: string } } | undefined)?.order?.id ?? null
    return new StepResponse({ order_id: orderId })
  }
)
