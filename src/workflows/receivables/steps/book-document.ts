import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { exactAmount } from "../../../lib/money"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type { DocumentLine, DueInstalment, InvoiceKind } from "../../../modules/invoicing/document"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { RECEIVABLES_MODULE } from "../../../modules/receivables"
import type ReceivablesModuleService from "../../../modules/receivables/service"

export type BookedDocument = {
  company_id: string
  currency_code: string
  order_id: string
  kind: InvoiceKind
  /** The documents whose standing may have changed: the document, and the invoice a credit note corrects. */
  document_ids: string[]
}

/**
 * Books an issued document of an on-account order in the receivables
 * ledger. Orders paid up front (by card) are settled at sale and never
 * become receivables. Entries are append-only and keyed by document, so
 * there is nothing to compensate: a failed run is run again.
 */
export const bookDocumentStep = createStep(
  "book-document",
  async (input: { document_id: string }, { container }) => {
    const receivables = container.resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const [document] = await invoicing.listInvoices({ id: input.document_id })
    if (
      !receivables.enabled ||
      !document ||
      document.status === "draft" ||
      !document.company_id ||
      !document.order_id
    ) {
      return new StepResponse(null)
    }
    const [commitment] = await container
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .listCreditCommitments({ order_id: document.order_id }, { select: ["id"] })
    if (!commitment) {
      return new StepResponse(null)
    }
    await receivables.bookDocument({
      id: document.id,
      kind: document.kind,
      number: document.number!,
      company_id: document.company_id,
      currency_code: document.currency_code,
      issue_date: document.issue_date!,
      total: exactAmount(document, "total"),
      due_schedule: document.due_schedule as unknown as DueInstalment[] | null,
      corrects_invoice_id: document.corrects_invoice_id,
      charge: (document.lines as unknown as DocumentLine[] | null)?.[0]?.charge ?? null,
    })
    const booked: BookedDocument = {
      company_id: document.company_id,
      currency_code: document.currency_code,
      order_id: document.order_id,
      kind: document.kind,
      // A debit note leaves its late invoice as it was: only a credit note settles the invoice it names.
      document_ids: [
        document.id,
        ...(document.kind === "credit_note" && document.corrects_invoice_id
          ? [document.corrects_invoice_id]
          : []),
      ],
    }
    return new StepResponse(booked)
  }
)
