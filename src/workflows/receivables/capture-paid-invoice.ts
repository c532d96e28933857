import { acquireLockStep, capturePaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { paidInvoiceOrderStep, planInvoiceCaptureStep } from "./steps/plan-invoice-capture"

export const capturePaidInvoiceWorkflowId = "capture-paid-invoice"

/**
 * On `invoice.paid`: an invoice paid in full captures its part of the
 * order's on-account payment, so that Medusa's own order view shows what the
 * buyer paid. Captures of one order run one at a time, so two invoices paid
 * together never capture more than the payment holds. The capture is
 * Medusa's own workflow, which undoes itself.
 */
export const capturePaidInvoiceWorkflow = createWorkflow(
  capturePaidInvoiceWorkflowId,
  (input: { invoice_id: string }) => {
    const order = paidInvoiceOrderStep(input)
    // No order, no lock (and nothing to capture): an empty key takes none.
    const lockKey = transform({ order }, ({ order }) =>
      order.order_id ? [`o2c:receivables:capture:${order.order_id}`] : []
    )
    acquireLockStep({ key: lockKey, timeout: 60, ttl: 120 })
    const capture = planInvoiceCaptureStep(
      transform({ input, order }, ({ input, order }) => ({
        invoice_id: input.invoice_id,
        order_id: order.order_id,
      }))
    )
    when("something-to-capture", { capture }, ({ capture }) => !!capture).then(() => {
      capturePaymentWorkflow.runAsStep({ input: transform({ capture }, ({ capture }) => capture!) })
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(capture)
  }
)
