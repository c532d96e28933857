import { MathBN } from "@medusajs/framework/utils"
import type { DueInstalment, Party, SellerIdentity } from "../../../../lib/document-content"
import { type FormatOptions, type Formatters, formatters } from "../../i18n/format"
import type { Language } from "../../i18n/language"
import { INVOICE_LABELS, type InvoiceLabels } from "./labels"
import type { InvoiceView } from "./view"

/**
 * Everything the invoice layout prints, already decided, worded and
 * formatted in the document's language: the layout only iterates over these
 * arrays and shows a block when its field is not null. Every string here is
 * plain text; the layout escapes it.
 */
export type InvoicePage = {
  /** BCP 47 language of the labels, for <html lang>. */
  lang: Language
  /** "Invoice INV-2026-000042", for the PDF's title metadata. */
  document_title: string
  title: string
  number: string
  /** A data:image URL, or null: remote logos are dropped so a render never waits on the network. */
  logo_src: string | null
  /** Issue date, supply date, purchase order... as label/value rows. */
  details: LabelledValue[]
  /** For a credit note: the sentence naming the invoice it corrects; for a debit note, the late invoice. */
  corrects_notice: string | null
  seller: PartyPage
  buyer: PartyPage
  /** Column, table and block headings. */
  headings: {
    lines: InvoiceLabels["columns"]
    vat: InvoiceLabels["vat_table"]
    payment: InvoiceLabels["payment"]
  }
  /** "Amounts in EUR": the table cells print bare figures. */
  currency_notice: string
  /** Every fact of a line as printed text; the discount is empty when the line has none. */
  lines: Array<AsText<InvoiceView["lines"][number]>>
  charges: Array<AsText<InvoiceView["charges"][number]>>
  tax_breakdown: Array<{
    category: string
    rate: string
    taxable_amount: string
    tax_amount: string
    exemption_reason: string | null
  }>
  /** Subtotals above the grand total. */
  totals: LabelledValue[]
  grand_total: LabelledValue
  /** Where and when to pay (invoices, debit notes); null on a credit note. */
  payment: PaymentPage | null
  /** Early-payment discount, late-payment penalty and recovery indemnity sentences. */
  payment_conditions: string[]
  /** "Name · SAS with a share capital of 50,000 EUR · RCS Lyon … · SIRET … · VAT …". */
  seller_legal_line: string
  /** The merchant's own free legal text. */
  seller_footer: string | null
}

export type LabelledValue = { label: string; value: string }

/** The same fields, formatted: null stays null where the fact is optional. */
type AsText<Facts> = { [Field in keyof Facts]-?: null extends Facts[Field] ? string | null : string }

export type PartyPage = {
  heading: string
  name: string
  /** Printed under the legal name when it differs from it. */
  trade_name: string | null
  address_lines: string[]
  /** "VAT FR32123456789", "SIRET 12345678900017". */
  identifiers: string[]
  contacts: string[]
}

export type PaymentPage = {
  payee: string
  /** Grouped by four for reading: "FR76 3000 6000 …". */
  iban: string | null
  bic: string | null
  reference: string | null
  terms: string | null
  instalments: Array<{ due_date: string; amount: string; early_payment: string | null }>
  /** "Paid" and why, on an invoice paid at checkout ("Acquittée" in French); null when payment is due. */
  paid: { stamp: string; sentence: string } | null
}

export type InvoicePageOptions = FormatOptions & { language: Language }

// French law sets the indemnity in euros whatever the invoice currency (D441-5 C. com.).
const RECOVERY_INDEMNITY_CURRENCY = "eur"

// Only inline images: anything else would make Chromium fetch at render time.
const INLINE_IMAGE = /^data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]/i

type Context = { labels: InvoiceLabels; format: Formatters; language: Language }

export function invoicePage(doc: InvoiceView, options: InvoicePageOptions): InvoicePage {
  const labels = INVOICE_LABELS[options.language]
  const ctx: Context = {
    labels,
    format: formatters(options.language, doc.currency_code, options),
    language: options.language,
  }
  const { format } = ctx
  const title = labels.title[doc.kind]
  return {
    lang: options.language,
    document_title: `${title} ${doc.number}`,
    title,
    number: doc.number,
    logo_src: inlineLogo(doc.seller.logo_url),
    details: documentDetails(doc, ctx),
    corrects_notice:
      doc.corrects && doc.kind !== "invoice"
        ? labels.corrects_notice[doc.kind](doc.corrects.number, format.date(doc.corrects.issue_date))
        : null,
    seller: partyPage(labels.seller, doc.seller, ctx),
    buyer: partyPage(labels.bill_to, doc.buyer, ctx),
    headings: { lines: labels.columns, vat: labels.vat_table, payment: labels.payment },
    currency_notice: labels.currency_notice(doc.currency_code.toUpperCase()),
    lines: doc.lines.map((line) => ({
      position: String(line.position),
      sku: line.sku ?? "",
      title: line.title,
      description: line.description || null,
      quantity: format.quantity(line.quantity),
      unit_price: format.amount(line.unit_price),
      discount: MathBN.eq(line.discount, 0) ? "" : `−${format.amount(line.discount)}`,
      net_amount: format.amount(line.net_amount),
      tax_rate: format.percent(line.tax_rate),
    })),
    charges: doc.charges.map((charge) => ({
      title: charge.title,
      net_amount: format.amount(charge.net_amount),
      tax_rate: format.percent(charge.tax_rate),
    })),
    tax_breakdown: doc.tax_breakdown.map((row) => ({
      category: labels.vat_categories[row.tax_category],
      rate: format.percent(row.tax_rate),
      taxable_amount: format.amount(row.taxable_amount),
      tax_amount: format.amount(row.tax_amount),
      exemption_reason: row.exemption_reason || null,
    })),
    totals: subtotals(doc, ctx),
    grand_total: { label: labels.grand_total[doc.kind], value: format.money(doc.total) },
    payment: doc.kind === "credit_note" ? null : paymentPage(doc, ctx),
    payment_conditions: [
      earlyPaymentSentence(doc.due_schedule, ctx),
      labels.late_payment_penalty(format.percent(doc.seller.late_payment_rate)),
      labels.recovery_indemnity(
        formatters(options.language, RECOVERY_INDEMNITY_CURRENCY, options).money(
          doc.seller.recovery_indemnity
        )
      ),
    ],
    seller_legal_line: sellerLegalLine(doc.seller, options.language),
    seller_footer: doc.seller.footer || null,
  }
}

function inlineLogo(logoUrl: string | null): string | null {
  return logoUrl && INLINE_IMAGE.test(logoUrl) ? logoUrl : null
}

function documentDetails(doc: InvoiceView, { labels, format }: Context): LabelledValue[] {
  const details: Array<LabelledValue | null> = [
    { label: labels.number[doc.kind], value: doc.number },
    { label: labels.issue_date, value: format.date(doc.issue_date) },
    doc.supply_date ? { label: labels.supply_date, value: format.date(doc.supply_date) } : null,
    doc.corrects && doc.kind !== "invoice"
      ? {
          label: labels.corrects_invoice[doc.kind],
          value: labels.corrects_value(doc.corrects.number, format.date(doc.corrects.issue_date)),
        }
      : null,
    doc.purchase_order_ref ? { label: labels.purchase_order, value: doc.purchase_order_ref } : null,
    doc.order_display_id ? { label: labels.order, value: `#${doc.order_display_id}` } : null,
    dueDatesDetail(doc.due_schedule, labels, format),
  ]
  return details.filter((detail): detail is LabelledValue => detail !== null)
}

function dueDatesDetail(
  schedule: DueInstalment[],
  labels: InvoiceLabels,
  format: Formatters
): LabelledValue | null {
  if (schedule.length === 0) {
    return null
  }
  const dates = schedule.map((instalment) => format.date(instalment.due_date))
  return { label: dates.length === 1 ? labels.due_date : labels.due_dates, value: dates.join(", ") }
}

function partyPage(heading: string, party: Party, { labels, format, language }: Context): PartyPage {
  const address = party.address
  const identifiers = [
    party.vat_id ? labels.vat_id(party.vat_id) : null,
    party.registration_id ? `${registrationLabel(party, language)} ${party.registration_id}` : null,
  ]
  return {
    heading,
    name: party.legal_name,
    trade_name: party.trade_name && party.trade_name !== party.legal_name ? party.trade_name : null,
    address_lines: [
      address.line1,
      address.line2 || null,
      `${address.postal_code} ${address.city}`,
      format.country(address.country_code),
    ].filter(isText),
    identifiers: identifiers.filter(isText),
    contacts: [party.email, party.phone].filter(isText),
  }
}

/** SIREN (9 digits) and SIRET (14) are French; elsewhere the id is a plain registration number. */
export function registrationLabel(
  party: Pick<Party, "registration_id" | "address">,
  language: Language
): string {
  const digits = (party.registration_id ?? "").replace(/\s/g, "")
  if (party.address.country_code.toUpperCase() === "FR" && /^\d+$/.test(digits)) {
    if (digits.length === 14) return "SIRET"
    if (digits.length === 9) return "SIREN"
  }
  return INVOICE_LABELS[language].other_registration
}

function subtotals(doc: InvoiceView, { labels, format }: Context): LabelledValue[] {
  const hasCharges = doc.charges.length > 0
  const rows: Array<LabelledValue | null> = [
    hasCharges ? { label: labels.lines_total, value: format.money(doc.line_total) } : null,
    hasCharges ? { label: labels.shipping_total, value: format.money(doc.charge_total) } : null,
    { label: labels.total_excl_vat, value: format.money(doc.subtotal) },
    { label: labels.vat_total, value: format.money(doc.tax_total) },
  ]
  return rows.filter((row): row is LabelledValue => row !== null)
}

function paymentPage(doc: InvoiceView, { labels, format }: Context): PaymentPage {
  return {
    payee: doc.seller.legal_name,
    iban: doc.seller.iban ? groupIban(doc.seller.iban) : null,
    bic: doc.seller.bic || null,
    reference: doc.payment_reference || null,
    terms: doc.payment_terms_text || null,
    paid: doc.paid_at_checkout ? { stamp: labels.paid_stamp, sentence: labels.paid_sentence } : null,
    instalments: doc.due_schedule.map((instalment) => ({
      due_date: format.date(instalment.due_date),
      amount: format.money(instalment.amount),
      early_payment: earlyPaymentDiscount(instalment)
        ? labels.instalment_discount(
            format.percent(instalment.discount_percent!),
            format.date(instalment.discount_until!)
          )
        : null,
    })),
  }
}

/** "FR7630006000011234567890189" -> "FR76 3000 6000 0112 3456 7890 189", the way banks print it. */
export function groupIban(iban: string): string {
  return (
    iban
      .replace(/\s/g, "")
      .toUpperCase()
      .match(/.{1,4}/g)
      ?.join(" ") ?? ""
  )
}

function earlyPaymentDiscount(instalment: DueInstalment): boolean {
  return Boolean(
    instalment.discount_until && instalment.discount_percent && MathBN.gt(instalment.discount_percent, 0)
  )
}

/** French law requires either the discount conditions or the statement that there is none (L441-9 C. com.). */
function earlyPaymentSentence(schedule: DueInstalment[], { labels, format }: Context): string {
  const discounted = schedule.filter(earlyPaymentDiscount)
  if (discounted.length === 0) {
    return labels.no_early_payment_discount
  }
  return labels.early_payment_discount(
    discounted.map((instalment) =>
      labels.early_payment_offer(
        format.percent(instalment.discount_percent!),
        format.money(instalment.amount),
        format.date(instalment.due_date),
        format.date(instalment.discount_until!)
      )
    )
  )
}

/** The seller's registration mentions on one line: name, legal form and capital, RCS, SIREN/SIRET, VAT. */
export function sellerLegalLine(seller: SellerIdentity, language: Language): string {
  const labels = INVOICE_LABELS[language]
  return [
    seller.legal_name,
    legalFormAndCapital(seller, labels),
    seller.trade_register,
    seller.registration_id ? `${registrationLabel(seller, language)} ${seller.registration_id}` : null,
    seller.vat_id ? labels.vat_id(seller.vat_id) : null,
  ]
    .filter(isText)
    .join(" · ")
}

function legalFormAndCapital(seller: SellerIdentity, labels: InvoiceLabels): string | null {
  if (seller.legal_form && seller.share_capital) {
    return labels.legal_form_and_capital(seller.legal_form, seller.share_capital)
  }
  if (seller.share_capital) {
    return labels.share_capital(seller.share_capital)
  }
  return seller.legal_form || null
}

function isText(value: string | null | undefined): value is string {
  return typeof value === "string" && value.length > 0
}
