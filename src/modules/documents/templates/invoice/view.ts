/**
 * What the caller gives to print an invoice or a credit note: its legal
 * content, unformatted, in the shape the invoicing context snapshots it
 * (amounts as decimal strings already rounded to the currency, rates in
 * percent, dates YYYY-MM-DD), plus the facts the caller decides. The
 * template formats and labels it in the document's language.
 */

export type PostalAddressView = {
  line1: string
  line2?: string | null
  postal_code: string
  city: string
  /** ISO 3166-1 alpha-2 ("FR"). */
  country_code: string
}

export type PartyFacts = {
  legal_name: string
  trade_name?: string | null
  address: PostalAddressView
  vat_id: string | null
  /** SIREN (9 digits) or SIRET (14) in France; any registration number elsewhere. */
  registration_id: string | null
  email?: string | null
  phone?: string | null
}

export type SellerFacts = PartyFacts & {
  legal_form: string | null
  /** As the merchant wants it printed: "50,000 EUR". */
  share_capital: string | null
  /** "RCS Lyon 123 456 789". */
  trade_register: string | null
  iban: string | null
  bic: string | null
  late_payment_rate: string
  recovery_indemnity: string
  logo_url: string | null
  footer: string | null
}

/** UNCL5305 VAT category. */
export type VatCategoryCode = "S" | "Z" | "E" | "AE" | "K" | "G" | "O"

export type InstalmentFacts = {
  due_date: string
  amount: string
  discount_percent?: string | null
  discount_until?: string | null
}

export type InvoiceView = {
  kind: "invoice" | "credit_note"
  number: string
  issue_date: string
  supply_date: string | null
  currency_code: string
  purchase_order_ref: string | null
  order_display_id: string | null
  corrects: { number: string; issue_date: string } | null
  seller: SellerFacts
  buyer: PartyFacts
  lines: Array<{
    position: number
    sku: string | null
    title: string
    description: string | null
    quantity: number
    unit_price: string
    discount: string
    net_amount: string
    tax_rate: string
  }>
  charges: Array<{ title: string; net_amount: string; tax_rate: string }>
  tax_breakdown: Array<{
    tax_category: VatCategoryCode
    tax_rate: string
    taxable_amount: string
    tax_amount: string
    exemption_reason?: string | null
  }>
  line_total: string
  charge_total: string
  subtotal: string
  tax_total: string
  total: string
  due_schedule: InstalmentFacts[]
  payment_terms_text: string | null
  payment_reference: string | null
  /** Paid in full when the order was placed: stamped "Paid" / "Acquittée", nothing is due. */
  paid_at_checkout: boolean
}
