import { MedusaError } from "@medusajs/framework/utils"
import type { DocumentTemplate } from "../template"
import { invoiceHtml } from "./layout"
import { invoicePage } from "./page"
import type { InvoiceView } from "./view"

const NAMES = { invoice: "an invoice", credit_note: "a credit note", debit_note: "a debit note" }

/** Invoices, credit notes and debit notes share one layout; the kind asked for must be the document's own. */
export function invoiceTemplate(kind: InvoiceView["kind"]): DocumentTemplate<InvoiceView> {
  return (view, language) => {
    if (view.kind !== kind) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Document ${view.number} is ${NAMES[view.kind]}: it cannot be printed as ${NAMES[kind]}`
      )
    }
    return invoiceHtml(invoicePage(view, { language }))
  }
}

export type { InvoiceView } from "./view"
