/**
 * What every invoice, credit note and debit note states, in the shape the invoicing
 * context snapshots it and every reader (the PDF template, the e-invoice
 * writers, the ledger) takes it: amounts are decimal strings already rounded
 * to the currency, rates percentages ("20", "5.5"), dates YYYY-MM-DD.
 */

export type PostalAddress = {
  line1: string
  line2?: string | null
  postal_code: string
  city: string
  /** ISO 3166-1 alpha-2, upper case ("FR"). */
  country_code: string
}

export type Party = {
  legal_name: string
  trade_name?: string | null
  address: PostalAddress
  /** Intra-community VAT number ("FR32123456789"). */
  vat_id: string | null
  /** National registration id: SIREN (9 digits) or SIRET (14) in France; any registration number elsewhere. */
  registration_id: string | null
  email?: string | null
  phone?: string | null
}

/** The seller's own identity and the legal mentions printed on every document. */
export type SellerIdentity = Party & {
  /** "SAS", "SARL"... */
  legal_form: string | null
  /** "50,000 EUR" as the merchant wants it printed. */
  share_capital: string | null
  /** Trade register entry, e.g. "RCS Lyon 123 456 789". */
  trade_register: string | null
  iban: string | null
  bic: string | null
  /** Annual late-payment penalty rate in percent (at least 3 × the legal rate in France). */
  late_payment_rate: string
  /** Fixed recovery indemnity (D441-5 C. com.: 40 EUR). */
  recovery_indemnity: string
  /** Logo as an https: or data: URL; printed at the top of the PDF. */
  logo_url: string | null
  /** Free legal text printed at the bottom (VAT on debits, insurance...). */
  footer: string | null
}

/** UNCL5305 VAT category: S standard, Z zero rated, E exempt, AE reverse charge, K intra-EU, G export, O outside scope. */
export type VatCategory = "S" | "Z" | "E" | "AE" | "K" | "G" | "O"

/** VAT breakdown: one row per category and rate (EN 16931 BG-23). */
export type TaxBreakdownRow = {
  tax_category: VatCategory
  tax_rate: string
  taxable_amount: string
  tax_amount: string
  /** Required by EN 16931 for exempt, reverse-charge and similar categories. */
  exemption_reason?: string | null
}

/** An instalment of a document's due schedule: one amount due on its date, with its early-payment discount. */
export type DueInstalment = {
  due_date: string
  amount: string
  /** Percent off if paid by `discount_until`. */
  discount_percent?: string | null
  discount_until?: string | null
}

/**
 * A late-payment charge a debit note claims (France): the fixed recovery
 * indemnity (D441-5 C. com.) or late-payment interest (L441-10 C. com.).
 */
export type LateCharge = "indemnity" | "interest"

export type DocumentLine = {
  /** 1-based position on the document, as printed. */
  position: number
  order_line_item_id: string | null
  product_id: string | null
  variant_id: string | null
  sku: string | null
  title: string
  description: string | null
  quantity: number
  /** Unit price excluding tax, before discount, rounded to the currency. */
  unit_price: string
  /** Total discount on the line excluding tax (promotions), >= 0. */
  discount: string
  /** quantity × unit price − discount, excluding tax. */
  net_amount: string
  tax_category: VatCategory
  tax_rate: string
  tax_amount: string
  /** On a credit note: the position of the invoice line it credits. */
  credited_position?: number | null
  /**
   * On a credit note: a price reduction (a refund with no goods coming
   * back), printed as 1 × the amount; it takes no units from the line.
   */
  price_reduction?: boolean
  /** On a debit note: the late-payment charge the line claims (the ledger books it by this). */
  charge?: LateCharge | null
}

/** A document-level charge: shipping. */
export type DocumentCharge = {
  shipping_method_id: string | null
  title: string
  net_amount: string
  tax_category: VatCategory
  tax_rate: string
  tax_amount: string
  /** On a credit note: the index of the invoice charge it credits. */
  credited_charge?: number | null
}

/** Invoices and debit notes are paid by the buyer, numbered in the invoice series; credit notes pay back. */
export type InvoiceKind = "invoice" | "credit_note" | "debit_note"

/**
 * An issued invoice, credit note or debit note, each of its lines and
 * charges in the detail its reader needs: all of it for the e-invoice
 * writers, what is printed for the PDF template.
 */
export type DocumentContent<Line, Charge> = {
  kind: InvoiceKind
  number: string
  issue_date: string
  supply_date: string | null
  currency_code: string
  purchase_order_ref: string | null
  order_display_id: string | null
  /** For a credit note: the invoice it corrects; for a debit note: the late invoice its charge arises from. */
  corrects: { number: string; issue_date: string } | null
  seller: SellerIdentity
  buyer: Party
  lines: Line[]
  charges: Charge[]
  tax_breakdown: TaxBreakdownRow[]
  /** Sum of line net amounts (EN 16931 BT-106). */
  line_total: string
  charge_total: string
  /** Total excluding tax: line total + charges (BT-109). */
  subtotal: string
  tax_total: string
  /** Total including tax (BT-112). */
  total: string
  due_schedule: DueInstalment[]
  /** Free-text payment terms as printed ("Net 30", "2/10 Net 30"). */
  payment_terms_text: string | null
  /** A structured creditor reference (ISO 11649 RF...) the buyer quotes when paying. */
  payment_reference: string | null
}
