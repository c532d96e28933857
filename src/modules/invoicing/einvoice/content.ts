import { BigNumber } from "bignumber.js"
import { currencyDecimals } from "../../../lib/money"
import type { DocumentLine, InvoiceDocument, Party, TaxBreakdownRow, VatCategory } from "../document"

/**
 * What the CII and UBL writers share: which documents EN 16931 can express,
 * and the EN 16931 business terms derived from an InvoiceDocument the same
 * way for both syntaxes (so a Factur-X and a UBL of one invoice always agree).
 */

/** The document cannot be expressed as an EN 16931 e-invoice; the message says why, for a person. */
export class EinvoiceUnsupportedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "EinvoiceUnsupportedError"
  }
}

/** EN 16931 BR-DEC rules: every amount has at most 2 decimals. */
const MAX_AMOUNT_DECIMALS = 2

const KIND_NAMES = { invoice: "Invoice", credit_note: "Credit note", debit_note: "Debit note" } as const

/** "Debit note INV-2026-000043", for messages and the PDF's title metadata. */
export function documentTitle(doc: Pick<InvoiceDocument, "kind" | "number">): string {
  return `${KIND_NAMES[doc.kind]} ${doc.number}`
}

/** Invoices and debit notes are paid by the buyer; a credit note is paid back. */
const isPaidByBuyer = (doc: InvoiceDocument) => doc.kind !== "credit_note"

function partyProblems(role: "seller" | "buyer", party: Party): string[] {
  const problems: string[] = []
  if (!party.legal_name?.trim()) {
    problems.push(`the ${role}'s legal name is missing`)
  }
  if (!party.address?.country_code?.trim()) {
    problems.push(`the ${role}'s country is missing`)
  }
  if (role === "buyer" && (!party.address?.line1?.trim() || !party.address?.city?.trim())) {
    problems.push("the buyer's postal address (street and city) is missing")
  }
  return problems
}

function exemptionProblems(row: TaxBreakdownRow): string[] {
  // Exempt supplies must cite the legal basis of the exemption (BR-E-10); there is
  // no generic code for it, unlike reverse charge or intra-EU supplies.
  if (row.tax_category === "E" && !row.exemption_reason?.trim()) {
    return [`the VAT-exempt amount at ${row.tax_rate}% has no exemption reason (the legal basis is required)`]
  }
  return []
}

/**
 * Refuses documents EN 16931 cannot express, before anything is written.
 * Throws EinvoiceUnsupportedError listing every problem found.
 */
export function assertEinvoiceable(doc: InvoiceDocument): void {
  const currency = doc.currency_code.toUpperCase()
  const decimals = currencyDecimals(doc.currency_code)
  if (decimals > MAX_AMOUNT_DECIMALS) {
    throw new EinvoiceUnsupportedError(
      `${documentTitle(doc)} cannot be issued as an e-invoice: ${currency} has ${decimals} decimals; ` +
        `EN 16931 e-invoices carry at most ${MAX_AMOUNT_DECIMALS}. Send the PDF alone.`
    )
  }
  const problems = [
    ...partyProblems("seller", doc.seller),
    ...partyProblems("buyer", doc.buyer),
    ...doc.tax_breakdown.flatMap(exemptionProblems),
  ]
  // BR-CO-26: the buyer must be able to identify the seller automatically.
  if (!doc.seller.vat_id?.trim() && !doc.seller.registration_id?.trim()) {
    problems.push("the seller has neither a VAT number nor a registration number (SIREN/SIRET)")
  }
  // BR-S-02, BR-Z-02, BR-E-02, BR-AE-02...: every VAT category but "not subject
  // to VAT" requires the seller's VAT number.
  const withinVatScope = [...doc.lines, ...doc.charges].some((item) => item.tax_category !== "O")
  if (withinVatScope && !doc.seller.vat_id?.trim()) {
    problems.push("the seller's VAT number is missing (required unless the sale is outside the scope of VAT)")
  }
  // BR-CO-25: an amount to pay needs a due date or payment terms.
  if (isPaidByBuyer(doc) && doc.due_schedule.length === 0 && !doc.payment_terms_text?.trim()) {
    problems.push("there is neither a due date nor payment terms")
  }
  if (problems.length > 0) {
    throw new EinvoiceUnsupportedError(
      `${documentTitle(doc)} cannot be issued as an e-invoice: ${problems.join("; ")}.`
    )
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/

/** "2026-11-20" (or a timestamp starting with it) as "2026-11-20". */
export function isoDate(date: string): string {
  const match = ISO_DATE.exec(date)
  if (!match) {
    throw new Error(`"${date}" is not an ISO 8601 date`)
  }
  return `${match[1]}-${match[2]}-${match[3]}`
}

/** CII date format 102: "2026-11-20" as "20261120". */
export function compactDate(date: string): string {
  return isoDate(date).replace(/-/g, "")
}

export function isZeroAmount(amount: string): boolean {
  const value = new BigNumber(amount)
  if (value.isNaN()) {
    throw new Error(`"${amount}" is not a decimal amount`)
  }
  return value.isZero()
}

/** UN/ECE Rec 20 "piece": what the order lines count. */
export const UNIT_CODE = "H87"

/** UNCL 5189 code 95 "Discount": the line discount (promotions) as a line allowance (BG-27). */
export const LINE_DISCOUNT_REASON = { code: "95", text: "Discount" } as const

/** UNCL 7161 code FC "Freight service": shipping as a document-level charge (BG-21). */
export const SHIPPING_CHARGE_REASON_CODE = "FC"

export function hasLineDiscount(line: DocumentLine): boolean {
  return !isZeroAmount(line.discount)
}

/** BR-O-05 and siblings: "not subject to VAT" carries no rate at all. */
export function vatRateOf(category: VatCategory, rate: string): string | null {
  return category === "O" ? null : rate
}

// CEF VATEX codes for categories where the code alone says why no VAT is charged.
const DEFAULT_EXEMPTIONS: Partial<Record<VatCategory, { code: string; text: string }>> = {
  AE: { code: "VATEX-EU-AE", text: "Reverse charge" },
  K: { code: "VATEX-EU-IC", text: "Intra-Community supply" },
  G: { code: "VATEX-EU-G", text: "Export outside the EU" },
  O: { code: "VATEX-EU-O", text: "Not subject to VAT" },
}

/**
 * VAT exemption reason (BT-120) and code (BT-121) of a breakdown row. Standard
 * and zero-rated rows must not have one (BR-S-10, BR-Z-10); the others must.
 */
export function vatExemptionOf(row: TaxBreakdownRow): { code: string | null; text: string } | null {
  if (row.tax_category === "S" || row.tax_category === "Z") {
    return null
  }
  const fallback = DEFAULT_EXEMPTIONS[row.tax_category]
  const text = row.exemption_reason?.trim() || fallback?.text
  if (!text) {
    return null
  }
  return { code: fallback?.code ?? null, text }
}

/** BT-9: the last instalment's due date, when the amount is paid in instalments. */
export function dueDateOf(doc: InvoiceDocument): string | null {
  const dueDates = doc.due_schedule.map((instalment) => isoDate(instalment.due_date)).sort()
  return dueDates.at(-1) ?? null
}

/** "2/10 Net 30" as "2/10 Net 30.", so the generated sentences after it read apart. */
function asSentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`
}

/**
 * BT-20, free text. EN 16931 has no structured early-payment discount or
 * instalments, so both are spelled out here next to the printed terms.
 */
export function paymentTermsOf(doc: InvoiceDocument): string | null {
  const currency = doc.currency_code.toUpperCase()
  const parts: string[] = []
  if (doc.payment_terms_text?.trim()) {
    parts.push(asSentence(doc.payment_terms_text))
  }
  const instalments = doc.due_schedule
  if (instalments.length > 1) {
    const list = instalments.map((i) => `${i.amount} ${currency} due ${isoDate(i.due_date)}`).join("; ")
    parts.push(`Payable in ${instalments.length} instalments: ${list}.`)
  } else if (instalments.length === 1) {
    parts.push(`Due ${isoDate(instalments[0].due_date)}.`)
  }
  for (const instalment of instalments) {
    if (instalment.discount_percent && instalment.discount_until) {
      const which = instalments.length > 1 ? ` on the ${instalment.amount} ${currency} instalment` : ""
      parts.push(
        `Early-payment discount: ${instalment.discount_percent}%${which} if paid by ${isoDate(instalment.discount_until)}.`
      )
    }
  }
  // A credit note's amount is owed to the buyer; saying so also satisfies BR-CO-25.
  if (doc.kind === "credit_note") {
    parts.push(
      doc.corrects
        ? `Amount credited to the buyer against invoice ${doc.corrects.number}.`
        : "Amount credited to the buyer."
    )
  }
  if (doc.kind === "debit_note" && doc.corrects) {
    parts.push(`Late-payment charge on invoice ${doc.corrects.number}, payable on receipt.`)
  }
  return parts.length > 0 ? parts.join(" ") : null
}

export type PaymentMeans = {
  /** UNCL 4461: 58 SEPA credit transfer, 1 instrument not defined. */
  code: "58" | "1"
  iban: string | null
  bic: string | null
  account_name: string | null
}

/**
 * BG-16. An invoice or debit note is paid to the seller's account by SEPA
 * transfer (58, which BR-61 lets us use only with an IBAN), otherwise "not
 * defined" (1: code 30 would also require an account). A credit note is paid
 * the other way, so the seller's account does not belong on it; it only
 * keeps a payment reference.
 */
export function paymentMeansOf(doc: InvoiceDocument): PaymentMeans | null {
  const iban = doc.seller.iban?.replace(/\s+/g, "") || null
  if (isPaidByBuyer(doc) && iban) {
    const bic = doc.seller.bic?.replace(/\s+/g, "") || null
    return { code: "58", iban, bic, account_name: doc.seller.legal_name }
  }
  if (isPaidByBuyer(doc) || doc.payment_reference) {
    return { code: "1", iban: null, bic: null, account_name: null }
  }
  return null
}

/** ISO 6523 ICD of a French registration id: 0002 SIREN (9 digits), 0009 SIRET (14). */
export function registrationSchemeOf(party: Party): string | null {
  const id = party.registration_id?.replace(/\s+/g, "") ?? ""
  if (party.address.country_code.toUpperCase() !== "FR") {
    return null
  }
  if (/^\d{9}$/.test(id)) {
    return "0002"
  }
  if (/^\d{14}$/.test(id)) {
    return "0009"
  }
  return null
}

/** UNTDID 4451 subject codes of the legal mentions carried as document notes (BG-1). */
export type NoteSubject = "REG" | "PMD" | "PMT" | "AAI"

/** The legal mentions printed on the PDF, as notes, so the e-invoice carries the same legal content. */
export function legalNotesOf(doc: InvoiceDocument): Array<{ subject: NoteSubject; text: string }> {
  const seller = doc.seller
  const notes: Array<{ subject: NoteSubject; text: string }> = []
  // "Fournitures Industrielles Lyonnaises SAS" already says "SAS"; say it once.
  const nameWithForm =
    seller.legal_form && !seller.legal_name.split(/\s+/).includes(seller.legal_form)
      ? `${seller.legal_name} ${seller.legal_form}`
      : seller.legal_name
  const registration = [
    nameWithForm,
    seller.share_capital ? `share capital ${seller.share_capital}` : null,
    seller.trade_register,
  ].filter((part): part is string => Boolean(part))
  notes.push({ subject: "REG", text: registration.join(", ") })
  notes.push({ subject: "PMD", text: `Late payment penalties: ${seller.late_payment_rate}% per year.` })
  // The indemnity is fixed by French law in euros (D441-5 C. com.), whatever the invoice currency.
  notes.push({
    subject: "PMT",
    text: `Fixed indemnity for recovery costs in case of late payment: ${seller.recovery_indemnity} EUR.`,
  })
  if (seller.footer?.trim()) {
    notes.push({ subject: "AAI", text: seller.footer.trim() })
  }
  return notes
}
