import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { emitEventsStep } from "../common/emit-events"
import { invoiceStatusEvents } from "../invoicing/invoice-events"
import { settleDocumentStatusesStep } from "./steps/settle-document-statuses"
import { syncReceivablesExposureStep } from "./steps/sync-receivables-exposure"

/**
 * What follows any change of an account, inside the workflow that made it:
 * the company's copy of its balance, the statuses of the invoices touched,
 * and the status events of those whose status moved (`invoice.paid`, ...).
 */
export function followLedgerChange(
  input: WorkflowData<{ company_id: string; currency_code: string; document_ids: string[] }>
) {
  const account = transform({ input }, ({ input }) => ({
    company_id: input.company_id,
    currency_code: input.currency_code,
  }))
  syncReceivablesExposureStep(account)
  const documents = transform({ input }, ({ input }) => ({ document_ids: input.document_ids }))
  const changes = settleDocumentStatusesStep(documents)
  emitEventsStep(transform({ changes }, ({ changes }) => invoiceStatusEvents(changes))).config({
    name: "emit-invoice-status-events",
  })
  return changes
}
