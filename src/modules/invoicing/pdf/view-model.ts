import { MathBN } from "@medusajs/framework/utils"
import { formatMoney } from "../../../lib/money"
import { parseCalendarDate } from "../../../lib/time"
import type { DueInstalment, InvoiceDocument, Party, SellerIdentity, VatCategory } from "../document"
import { PAID_AT_CHECKOUT } from "../status"

/**
 * Everything the PDF template prints, already decided and formatted: the
 * template only iterates over these arrays and shows a block when its field is
 * not null. Every string here is plain text; the template escapes it.
 */
export type InvoiceView = {
  /** BCP 47 language of the labels, for <html lang>. */
  lang: string
  /** "Invoice INV-2026-000042", for the PDF's title metadata. */
  document_title: string
  /** "Invoice" or "Credit note". */
  title: string
  number: string
  /** A data:image URL, or null: remote logos are dropped so a render never waits on the network. */
  logo_src: string | null
  /** Issue date, supply date, purchase order... as label/value rows. */
  details: LabelledValue[]
  /** For a credit note: the sentence naming the invoice it corrects. */
  corrects_notice: string | null
  seller: PartyView
  buyer: PartyView
  /** "Amounts in EUR": the table cells print bare figures. */
  currency_notice: string
  lines: LineView[]
  charges: ChargeView[]
  tax_breakdown: TaxRowView[]
  /** Subtotals above the grand total. */
  totals: LabelledValue[]
  grand_total: LabelledValue
  /** Where and when to pay; null on a credit note. */
  payment: PaymentView | null
  /** Early-payment discount, late-payment penalty and recovery indemnity sentences. */
  payment_conditions: string[]
  /** "Name · SAS with a share capital of 50,000 EUR · RCS Lyon … · SIRET … · VAT …". */
  seller_legal_line: string
  /** The merchant's own free legal text. */
  seller_footer: string | null
}

export type LabelledValue = { label: string; value: string }

export type PartyView = {
  /** "Seller" or "Bill to". */
  heading: string
  name: string
  /** Printed under the legal name when it differs from it. */
  trade_name: string | null
  address_lines: string[]
  /** "VAT FR32123456789", "SIRET 12345678900017". */
  identifiers: string[]
  contacts: string[]
}

export type LineView = {
  position: string
  sku: string
  title: string
  description: string | null
  quantity: string
  unit_price: string
  /** Empty when the line has no discount. */
  discount: string
  net_amount: string
  tax_rate: string
}

export type ChargeView = { title: string; net_amount: string; tax_rate: string }

export type TaxRowView = {
  category: string
  rate: string
  taxable_amount: string
  tax_amount: string
  exemption_reason: string | null
}

export type InstalmentView = {
  due_date: string
  amount: string
  /** "2 % discount if paid by 30 Nov 2026", or null. */
  early_payment: string | null
}

export type PaymentView = {
  payee: string
  /** Grouped by four for reading: "FR76 3000 6000 …". */
  iban: string | null
  bic: string | null
  reference: string | null
  terms: string | null
  instalments: InstalmentView[]
  /** "Paid" and why, on an invoice paid at checkout ("Acquittée" on a French one); null when payment is due. */
  paid: { stamp: string; sentence: string } | null
}

export type InvoiceViewOptions = {
  /** Locale of numbers, dates and country names (labels stay English). Default "en-GB". */
  locale?: string
  /** "text" prints "20 Nov 2026", "iso" prints "2026-11-20". Default "text". */
  dates?: "text" | "iso"
}

const DEFAULT_LOCALE = "en-GB"

// French law sets the indemnity in euros whatever the invoice currency (D441-5 C. com.).
const RECOVERY_INDEMNITY_CURRENCY = "eur"

const VAT_CATEGORY_LABELS: Record<VatCategory, string> = {
  S: "Standard rate",
  Z: "Zero rated",
  E: "Exempt",
  AE: "Reverse charge",
  K: "Intra-EU supply",
  G: "Export outside the EU",
  O: "Outside the scope of VAT",
}

// Only inline images: anything else would make Chromium fetch at render time.
const INLINE_IMAGE = /^data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]/i

type Formatters = {
  locale: string
  date: (date: string) => string
  /** Bare figure with the currency's decimals: "1,250.00". */
  amount: (amount: string) => string
  /** Figure with the currency code: "1,250.00 EUR". */
  money: (amount: string) => string
  percent: (rate: string) => string
  quantity: (quantity: number) => string
}

export function invoiceViewModel(doc: InvoiceDocument, options: InvoiceViewOptions = {}): InvoiceView {
  const format = formatters(doc.currency_code, options)
  const title = doc.kind === "invoice" ? "Invoice" : "Credit note"
  return {
    lang: "en",
    document_title: `${title} ${doc.number}`,
    title,
    number: doc.number,
    logo_src: inlineLogo(doc.seller.logo_url),
    details: documentDetails(doc, format),
    corrects_notice: doc.corrects
      ? `This credit note corrects invoice ${doc.corrects.number} issued on ${format.date(doc.corrects.issue_date)}.`
      : null,
    seller: partyView("Seller", doc.seller, format),
    buyer: partyView("Bill to", doc.buyer, format),
    currency_notice: `Amounts in ${doc.currency_code.toUpperCase()}`,
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
      category: VAT_CATEGORY_LABELS[row.tax_category],
      rate: format.percent(row.tax_rate),
      taxable_amount: format.amount(row.taxable_amount),
      tax_amount: format.amount(row.tax_amount),
      exemption_reason: row.exemption_reason || null,
    })),
    totals: subtotals(doc, format),
    grand_total: {
      label: doc.kind === "invoice" ? "Total incl. VAT" : "Total credited incl. VAT",
      value: format.money(doc.total),
    },
    payment: doc.kind === "invoice" ? paymentView(doc, format) : null,
    payment_conditions: [
      earlyPaymentSentence(doc.due_schedule, format),
      latePaymentPenaltySentence(doc.seller.late_payment_rate, format),
      recoveryIndemnitySentence(doc.seller.recovery_indemnity, format),
    ],
    seller_legal_line: sellerLegalLine(doc.seller),
    seller_footer: doc.seller.footer || null,
  }
}

function formatters(currencyCode: string, options: InvoiceViewOptions): Formatters {
  const locale = options.locale ?? DEFAULT_LOCALE
  const currencySuffix = ` ${currencyCode.toUpperCase()}`
  const dateText = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  })
  const percentFigure = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 })
  const quantityFigure = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 })
  const money = (amount: string) => formatMoney(amount, currencyCode, locale)
  return {
    locale,
    date: (date) => {
      // Calendar dates are days, not instants: read them at UTC midnight so no zone shifts the day.
      const day = parseCalendarDate(date)
      return options.dates === "iso" ? day : dateText.format(new Date(`${day}T00:00:00Z`))
    },
    money,
    // formatMoney owns the currency's decimals and rounding; tables drop its code suffix.
    amount: (amount) => money(amount).slice(0, -currencySuffix.length),
    // Intl reads the decimal string exactly (ES2023), so "5.5" never goes through a float.
    percent: (rate) => `${percentFigure.format(rate as unknown as number)} %`,
    quantity: (quantity) => quantityFigure.format(quantity),
  }
}

function inlineLogo(logoUrl: string | null): string | null {
  return logoUrl && INLINE_IMAGE.test(logoUrl) ? logoUrl : null
}

function documentDetails(doc: InvoiceDocument, format: Formatters): LabelledValue[] {
  const details: Array<LabelledValue | null> = [
    { label: doc.kind === "invoice" ? "Invoice number" : "Credit note number", value: doc.number },
    { label: "Issue date", value: format.date(doc.issue_date) },
    doc.supply_date ? { label: "Date of supply", value: format.date(doc.supply_date) } : null,
    doc.corrects
      ? {
          label: "Corrects invoice",
          value: `${doc.corrects.number} of ${format.date(doc.corrects.issue_date)}`,
        }
      : null,
    doc.purchase_order_ref ? { label: "Purchase order", value: doc.purchase_order_ref } : null,
    doc.order_display_id ? { label: "Order", value: `#${doc.order_display_id}` } : null,
    dueDatesDetail(doc.due_schedule, format),
  ]
  return details.filter((detail): detail is LabelledValue => detail !== null)
}

function dueDatesDetail(schedule: DueInstalment[], format: Formatters): LabelledValue | null {
  if (schedule.length === 0) {
    return null
  }
  const dates = schedule.map((instalment) => format.date(instalment.due_date))
  return { label: dates.length === 1 ? "Due date" : "Due dates", value: dates.join(", ") }
}

function partyView(heading: string, party: Party, format: Formatters): PartyView {
  const address = party.address
  const identifiers = [
    party.vat_id ? `VAT ${party.vat_id}` : null,
    party.registration_id ? `${registrationLabel(party)} ${party.registration_id}` : null,
  ]
  return {
    heading,
    name: party.legal_name,
    trade_name: party.trade_name && party.trade_name !== party.legal_name ? party.trade_name : null,
    address_lines: [
      address.line1,
      address.line2 || null,
      `${address.postal_code} ${address.city}`,
      countryName(address.country_code, format.locale),
    ].filter(isText),
    identifiers: identifiers.filter(isText),
    contacts: [party.email, party.phone].filter(isText),
  }
}

/** SIREN (9 digits) and SIRET (14) are French; elsewhere the id is a plain registration number. */
export function registrationLabel(party: Pick<Party, "registration_id" | "address">): string {
  const digits = (party.registration_id ?? "").replace(/\s/g, "")
  if (party.address.country_code.toUpperCase() === "FR" && /^\d+$/.test(digits)) {
    if (digits.length === 14) return "SIRET"
    if (digits.length === 9) return "SIREN"
  }
  return "Registration no."
}

function countryName(countryCode: string, locale: string): string {
  const code = countryCode.toUpperCase()
  return new Intl.DisplayNames(locale, { type: "region", fallback: "code" }).of(code) ?? code
}

function subtotals(doc: InvoiceDocument, format: Formatters): LabelledValue[] {
  const hasCharges = doc.charges.length > 0
  const rows: Array<LabelledValue | null> = [
    hasCharges ? { label: "Lines excl. VAT", value: format.money(doc.line_total) } : null,
    hasCharges ? { label: "Shipping excl. VAT", value: format.money(doc.charge_total) } : null,
    { label: "Total excl. VAT", value: format.money(doc.subtotal) },
    { label: "VAT", value: format.money(doc.tax_total) },
  ]
  return rows.filter((row): row is LabelledValue => row !== null)
}

function paymentView(doc: InvoiceDocument, format: Formatters): PaymentView {
  return {
    payee: doc.seller.legal_name,
    iban: doc.seller.iban ? groupIban(doc.seller.iban) : null,
    bic: doc.seller.bic || null,
    reference: doc.payment_reference || null,
    terms: doc.payment_terms_text || null,
    paid:
      doc.payment_terms_text === PAID_AT_CHECKOUT
        ? { stamp: "Paid", sentence: "Paid in full at checkout: nothing is due." }
        : null,
    instalments: doc.due_schedule.map((instalment) => ({
      due_date: format.date(instalment.due_date),
      amount: format.money(instalment.amount),
      early_payment: earlyPaymentDiscount(instalment)
        ? `${format.percent(instalment.discount_percent!)} discount if paid by ${format.date(instalment.discount_until!)}`
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
function earlyPaymentSentence(schedule: DueInstalment[], format: Formatters): string {
  const discounted = schedule.filter(earlyPaymentDiscount)
  if (discounted.length === 0) {
    return "No discount for early payment."
  }
  const offers = discounted.map(
    (instalment) =>
      `${format.percent(instalment.discount_percent!)} of the instalment of ${format.money(instalment.amount)} ` +
      `due ${format.date(instalment.due_date)} if payment is received by ${format.date(instalment.discount_until!)}`
  )
  return `Early payment discount: ${offers.join("; ")}.`
}

function latePaymentPenaltySentence(annualRate: string, format: Formatters): string {
  return (
    "Late payment: penalties are due from the day after the due date, without a reminder being necessary, " +
    `at an annual rate of ${format.percent(annualRate)} (art. L441-10 Code de commerce).`
  )
}

function recoveryIndemnitySentence(indemnity: string, format: Formatters): string {
  const amount = formatMoney(indemnity, RECOVERY_INDEMNITY_CURRENCY, format.locale)
  return (
    "Any professional buyer paying late also owes a fixed indemnity for recovery costs of " +
    `${amount} (art. D441-5 Code de commerce).`
  )
}

/** The seller's registration mentions on one line: name, legal form and capital, RCS, SIREN/SIRET, VAT. */
export function sellerLegalLine(seller: SellerIdentity): string {
  return [
    seller.legal_name,
    legalFormAndCapital(seller),
    seller.trade_register,
    seller.registration_id ? `${registrationLabel(seller)} ${seller.registration_id}` : null,
    seller.vat_id ? `VAT ${seller.vat_id}` : null,
  ]
    .filter(isText)
    .join(" · ")
}

function legalFormAndCapital(seller: SellerIdentity): string | null {
  if (seller.legal_form && seller.share_capital) {
    return `${seller.legal_form} with a share capital of ${seller.share_capital}`
  }
  if (seller.share_capital) {
    return `Share capital ${seller.share_capital}`
  }
  return seller.legal_form || null
}

function isText(value: string | null | undefined): value is string {
  return typeof value === "string" && value.length > 0
}
