import { transform, when, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { settleDocumentStatusesStep } from "../receivables/steps/settle-document-statuses"
import { emitEventsStep } from "../common/emit-events"
import { documentIssuedEvent, invoiceStatusEvents } from "./invoice-events"
import type { DraftedInvoice } from "./steps/draft-order-invoice"
import { issueInvoiceStep } from "./steps/issue-invoice"

/**
 * Issues what a draft step drafted (nothing when it drafted nothing, under
 * the condition `name`), brings the status of the document it settles up to
 * date (the credited invoice; the document itself when none is given, as an
 * invoice paid at checkout is) and emits the issue and status events.
 * Returns the issued document, undefined when nothing was drafted.
 */
export function issueDraftedDocument(
  name: string,
  drafted: WorkflowData<DraftedInvoice>,
  settledDocumentId?: WorkflowData<string>
) {
  return when(name, { drafted }, ({ drafted }) => !!drafted).then(() => {
    const draft = transform({ drafted }, ({ drafted }) => drafted!)
    const document = issueInvoiceStep({ id: draft.id, issue_date: draft.issue_date })
    const changes = settleDocumentStatusesStep(
      transform({ draft, settledDocumentId: settledDocumentId ?? null }, ({ draft, settledDocumentId }) => ({
        document_ids: [settledDocumentId ?? draft.id],
      }))
    )
    emitEventsStep(
      transform({ document, changes }, ({ document, changes }) => [
        documentIssuedEvent(document),
        ...invoiceStatusEvents(changes),
      ])
    ).config({ name: "emit-document-issued" })
    return document
  })
}
