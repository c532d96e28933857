import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { RECEIVABLES_MODULE } from "../../../modules/receivables"
import { documentStatus } from "../../../modules/receivables/ledger"
import type ReceivablesModuleService from "../../../modules/receivables/service"

/**
 * Invoice statuses follow their allocations: issued, partially_paid, paid,
 * or void once credit notes took all of it back. Returns the invoices that
 * have just become paid. Derived from the ledger each time: nothing to
 * compensate.
 */
export const settleDocumentStatusesStep = createStep(
  "settle-document-statuses",
  async (input: { document_ids: string[] }, { container }) => {
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const invoices = await invoicing.listInvoices(
      { id: [...new Set(input.document_ids)], kind: "invoice", status: { $ne: "draft" } },
      { select: ["id", "status"] }
    )
    const balances = await container
      .resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)
      .documentBalances(invoices.map((i) => i.id))
    const changes = invoices.flatMap((invoice) => {
      const balance = balances.get(invoice.id)
      const status = balance ? documentStatus(balance) : invoice.status
      return status === invoice.status ? [] : [{ id: invoice.id, status, was: invoice.status }]
    })
    if (changes.length) {
      await invoicing.updateInvoices(changes.map(({ id, status }) => ({ id, status })))
    }
    return new StepResponse(changes.filter((c) => c.status === "paid").map((c) => ({ id: c.id })))
  }
)
