/**
 * The legal content of an invoice, credit note or debit note, as snapshotted on the
 * Invoice row (json columns) and read by the PDF template and the e-invoice
 * writers. Amounts are decimal strings already rounded to the currency's
 * precision ("1250.50", "1250" for JPY, "12.345" for KWD), so every reader
 * prints exactly what was issued; rates are percentages ("20", "5.5").
 */

import type { DocumentCharge, DocumentContent, DocumentLine } from "../../lib/document-content"

export type {
  DocumentCharge,
  DocumentLine,
  DueInstalment,
  InvoiceKind,
  LateCharge,
  Party,
  PostalAddress,
  SellerIdentity,
  TaxBreakdownRow,
  VatCategory,
} from "../../lib/document-content"

/** Everything a reader of an issued document needs, in one value. */
export type InvoiceDocument = DocumentContent<DocumentLine, DocumentCharge>
