import { dunningLetterTemplate } from "./dunning-letter"
import { invoiceTemplate } from "./invoice"
import { statementTemplate } from "./statement"
import type { DocumentTemplate } from "./template"

/** Every document the module prints, by kind. A new document is its template file and one line here. */
export const TEMPLATES = {
  invoice: invoiceTemplate("invoice"),
  credit_note: invoiceTemplate("credit_note"),
  debit_note: invoiceTemplate("debit_note"),
  statement: statementTemplate,
  dunning_letter: dunningLetterTemplate,
}

export type DocumentKind = keyof typeof TEMPLATES

/** The view model a kind of document is printed from. */
export type ViewOf<K extends DocumentKind> =
  (typeof TEMPLATES)[K] extends DocumentTemplate<infer View> ? View : never

export type { InvoiceView } from "./invoice"
export type { StatementView } from "./statement"
export type { DunningLetterView } from "./dunning-letter"
