import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { RECEIVABLES_MODULE } from "../../../modules/receivables"
import type ReceivablesModuleService from "../../../modules/receivables/service"
import { runWorkflowForEachStep } from "../../common/run-workflow-for-each"
import { bookDocumentWorkflow } from "../book-document"

const LOOK_BACK_MS = 7 * 24 * 3600_000

/**
 * Documents of on-account orders issued in the last week (and over a minute
 * ago, leaving the fresh ones to their subscriber) that the ledger has not
 * booked. Reads only.
 */
export const unbookedDocumentsStep = createStep("unbooked-documents", async (_: undefined, { container }) => {
  const now = Date.now()
  const issued = await container.resolve<InvoicingModuleService>(INVOICING_MODULE).listInvoices(
    {
      status: { $ne: "draft" },
      company_id: { $ne: null },
      // A zero-total document books nothing: it would look unbooked forever.
      total: { $gt: 0 },
      issued_at: { $gte: new Date(now - LOOK_BACK_MS), $lt: new Date(now - 60_000) },
    },
    { select: ["id", "order_id"], take: 1000, order: { issued_at: "ASC" } }
  )
  const onAccount = new Set(
    (
      await container
        .resolve<CompanyModuleService>(COMPANY_MODULE)
        .listCreditCommitments(
          { order_id: issued.map((d) => d.order_id!).filter(Boolean) },
          { select: ["order_id"] }
        )
    ).map((c) => c.order_id)
  )
  const candidates = issued.filter((d) => onAccount.has(d.order_id))
  const booked = new Set(
    (
      await container
        .resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)
        .listLedgerEntries({ document_id: candidates.map((d) => d.id) }, { select: ["document_id"] })
    ).map((e) => e.document_id)
  )
  return new StepResponse(candidates.filter((d) => !booked.has(d.id)).map((d) => d.id))
})

/** Books each document through its own (idempotent) workflow, so a document the subscriber books at the same time is booked once. */
export const bookDocumentsStep = runWorkflowForEachStep("book-documents", bookDocumentWorkflow, (id) => ({
  document_id: id,
}))
