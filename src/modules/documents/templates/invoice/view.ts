/**
 * What the caller gives to print an invoice, credit note or debit note: its legal
 * content, unformatted, in the shape the invoicing context snapshots it
 * (amounts as decimal strings already rounded to the currency, rates in
 * percent, dates YYYY-MM-DD), plus the facts the caller decides. The
 * template formats and labels it in the document's language.
 */

import type { DocumentCharge, DocumentContent, DocumentLine } from "../../../../lib/document-content"

export type InvoiceView = DocumentContent<
  Pick<
    DocumentLine,
    | "position"
    | "sku"
    | "title"
    | "description"
    | "quantity"
    | "unit_price"
    | "discount"
    | "net_amount"
    | "tax_rate"
  >,
  Pick<DocumentCharge, "title" | "net_amount" | "tax_rate">
> & {
  /** Paid in full when the order was placed: stamped "Paid" / "Acquittée", nothing is due. */
  paid_at_checkout: boolean
}
