import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { invoiceStandings } from "../../invoicing/invoice-standings"

/**
 * Invoice statuses follow their facts (see `invoiceStanding`): issued,
 * partially paid, paid (also when paid at checkout), partially credited,
 * or void once credit notes took all of it back. Returns the invoices that
 * have just become paid. Derived each time: nothing to compensate.
 */
export const settleDocumentStatusesStep = createStep(
  "settle-document-statuses",
  async (input: { document_ids: string[] }, { container }) => {
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const invoices = await invoicing.listInvoices(
      { id: [...new Set(input.document_ids)], kind: "invoice", status: { $ne: "draft" } },
      { select: ["id", "kind", "status", "total", "raw_total", "payment_terms_text"] }
    )
    const standings = await invoiceStandings(container, invoices)
    const changes = invoices.flatMap((invoice) => {
      const status = standings.get(invoice.id)?.status ?? invoice.status
      return status === invoice.status ? [] : [{ id: invoice.id, status, was: invoice.status }]
    })
    if (changes.length) {
      await invoicing.updateInvoices(changes.map(({ id, status }) => ({ id, status })))
    }
    return new StepResponse(changes.filter((c) => c.status === "paid").map((c) => ({ id: c.id })))
  }
)
