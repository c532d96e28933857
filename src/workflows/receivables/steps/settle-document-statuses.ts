import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { exactAmount, moneyString } from "../../../lib/money"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type { InvoiceStatusChangedPayload } from "../../../modules/invoicing/events"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { PAYABLE_KINDS } from "../../../modules/invoicing/status"
import { invoiceStandings } from "../../invoicing/invoice-standings"

/**
 * The statuses of invoices (and of debit notes, paid like them) follow
 * their facts (see `invoiceStanding`): issued, partially paid, paid (also
 * when paid at checkout), partially credited, or void once credit notes
 * took all of it back. Returns the documents whose status moved, with what
 * their status events say. Derived each time: nothing to compensate.
 */
export const settleDocumentStatusesStep = createStep(
  "settle-document-statuses",
  async (input: { document_ids: string[] }, { container }) => {
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const invoices = await invoicing.listInvoices(
      { id: [...new Set(input.document_ids)], kind: [...PAYABLE_KINDS], status: { $ne: "draft" } },
      {
        select: [
          "id",
          "kind",
          "number",
          "order_id",
          "company_id",
          "currency_code",
          "status",
          "total",
          "raw_total",
          "payment_terms_text",
        ],
      }
    )
    const standings = await invoiceStandings(container, invoices)
    const changes: InvoiceStatusChangedPayload[] = invoices.flatMap((invoice) => {
      const standing = standings.get(invoice.id)
      if (!standing || standing.status === invoice.status) return []
      const money = (amount: Parameters<typeof moneyString>[0]) => moneyString(amount, invoice.currency_code)
      return [
        {
          id: invoice.id,
          number: invoice.number!,
          order_id: invoice.order_id,
          company_id: invoice.company_id,
          currency_code: invoice.currency_code,
          total: money(exactAmount(invoice, "total")),
          paid: money(standing.paid),
          open: money(standing.open),
          status: standing.status,
          previous_status: invoice.status as InvoiceStatusChangedPayload["previous_status"],
        },
      ]
    })
    if (changes.length) {
      await invoicing.updateInvoices(changes.map(({ id, status }) => ({ id, status })))
    }
    return new StepResponse(changes)
  }
)
