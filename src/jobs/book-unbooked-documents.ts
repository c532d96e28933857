import type { MedusaContainer } from "@medusajs/framework/types"
import { COMPANY_MODULE } from "../modules/company"
import type CompanyModuleService from "../modules/company/service"
import { INVOICING_MODULE } from "../modules/invoicing"
import type InvoicingModuleService from "../modules/invoicing/service"
import { RECEIVABLES_MODULE } from "../modules/receivables"
import type ReceivablesModuleService from "../modules/receivables/service"
import { bookDocumentWorkflow } from "../workflows/receivables/book-document"

const LOOK_BACK_MS = 7 * 24 * 3600_000

/**
 * Documents of on-account orders issued in the last week that the ledger
 * has not booked (the process stopped between issue and booking, the
 * database was briefly unreachable) are booked now. Booking is idempotent,
 * so a document the subscriber is booking at the same time is booked once.
 */
export default async function bookUnbookedDocuments(container: MedusaContainer) {
  const receivables = container.resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)
  if (!receivables.enabled) return
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
      await receivables.listLedgerEntries(
        { document_id: candidates.map((d) => d.id) },
        { select: ["document_id"] }
      )
    ).map((e) => e.document_id)
  )
  for (const document of candidates.filter((d) => !booked.has(d.id))) {
    await bookDocumentWorkflow(container).run({ input: { document_id: document.id } })
  }
}

export const config = { name: "o2c-book-unbooked-documents", schedule: "*/5 * * * *" }
