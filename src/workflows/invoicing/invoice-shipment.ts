import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { issueOrderInvoiceWorkflow } from "./issue-order-invoice"
import { shipmentOrderStep } from "./steps/shipment-order"

export const invoiceShipmentWorkflowId = "invoice-shipment"

/** On `shipment.created`, when orders are invoiced on shipment: the shipment invoices what it carried. */
export const invoiceShipmentWorkflow = createWorkflow(
  invoiceShipmentWorkflowId,
  (input: { fulfillment_id: string }) => {
    const shipment = shipmentOrderStep(input)
    const invoice = when("shipment-of-an-order", { shipment }, ({ shipment }) => !!shipment.order_id).then(
      () =>
        issueOrderInvoiceWorkflow.runAsStep({
          input: transform({ shipment, input }, ({ shipment, input }) => ({
            order_id: shipment.order_id!,
            fulfillment_id: input.fulfillment_id,
          })),
        })
    )
    return new WorkflowResponse(transform({ invoice }, ({ invoice }) => invoice ?? null))
  }
)
