/*
 * The admin's view of API responses. Where the server names a shape (a
 * model's enum, a validator's list, a document's legal content, a route's
 * response) it is imported from there, type-only, so both sides move
 * together; what remains written here are the routes' assembled answers.
 */
import type { InferTypeOf } from "@medusajs/framework/types"
import type { PAYMENT_METHODS } from "../../api/admin/receivables/validators"
import type { BUYER_ROLES } from "../../modules/company/models/company-buyer"
import type { Company as CompanyModel } from "../../modules/company/models/company"
import type { CREDIT_EVENT_TYPES } from "../../modules/company/models/credit-event"
import type { Invoice } from "../../modules/invoicing/models/invoice"
import type { ChainReport } from "../../modules/invoicing/numbering"
import type { resolveSellerIdentity, SellerIdentityInput } from "../../modules/invoicing/seller"
import type { InvoiceStatus } from "../../modules/invoicing/status"
import type {
  ENTRY_SOURCES,
  ENTRY_TYPES,
  LedgerEntry as LedgerEntryModel,
} from "../../modules/receivables/models/ledger-entry"
import type {
  AgingBucketSpec,
  ReceivablesKpiInput,
  ReceivablesKpis as KpiFigures,
} from "../../modules/receivables/reports"
import type {
  DocumentCharge,
  DocumentLine,
  DueInstalment,
  Party,
  SellerIdentity,
  TaxBreakdownRow,
} from "../../modules/invoicing/document"

// The model's own columns, as the API sends them; credit figures and relations are the routes' answers.
type CompanyColumns = Pick<
  InferTypeOf<typeof CompanyModel>,
  | "id"
  | "name"
  | "legal_name"
  | "vat_number"
  | "registration_id"
  | "billing_email"
  | "currency_code"
  | "status"
  | "hold_reason"
  | "payment_term_id"
>

export type Company = CompanyColumns & {
  /** Set by the admin API (absent when `fields` leaves out the status). */
  on_hold?: boolean
  /** The hold as the credit team reads it; `reason` is internal, only `buyer_message` reaches the buyer. */
  hold?: {
    reason: string | null
    buyer_message: string | null
    since: string | null
    by: { id: string; display: string | null } | null
  } | null
  credit_limit: number | null
  exposure: number
  available_credit: number | null
  payment_term?: { id: string; name: string } | null
  buyers?: {
    id: string
    customer_id: string
    role: (typeof BUYER_ROLES)[number]
    customer?: { email: string; first_name?: string; last_name?: string }
  }[]
}

export type PaymentTerm = {
  id: string
  code: string
  name: string
  description: string | null
  /** Moves when the instalments change; orders keep the version they were placed under. */
  version: number
  instalments: {
    portion_percent: number
    rule: { type: string; days?: number; months?: number }
    discount?: { percent: number; days: number } | null
  }[]
}

/** GET /admin/payment-terms/:id: who uses the term. */
export type PaymentTermUsage = { companies: number; company_names: string[]; invoices: number }

export type CreditEvent = {
  id: string
  type: (typeof CREDIT_EVENT_TYPES)[number]
  actor_id: string | null
  /** The user's name or e-mail; null when the actor is not a user (seed, job). */
  actor_display?: string | null
  reason: string | null
  from_value: Record<string, unknown> | null
  to_value: Record<string, unknown> | null
  created_at: string
}

/* Invoicing: issued invoices and credit notes. Amounts inside the legal content are decimal strings as issued. */

type InvoiceRecord = InferTypeOf<typeof Invoice>

export type { InvoiceStatus }
export type RenderStatus = InvoiceRecord["render_status"]
export type DeliveryStatus = InvoiceRecord["delivery_status"]
// The legal content's shapes are the server's own (type-only: erased from the bundle).
export type {
  DueInstalment,
  PostalAddress,
  SellerIdentity,
  TaxBreakdownRow,
  VatCategory,
} from "../../modules/invoicing/document"

export type InvoiceParty = Party

export type InvoiceLine = DocumentLine & {
  /** Invoices only: how much of the line no credit note has taken back yet. */
  creditable_quantity?: number
}

export type InvoiceCharge = DocumentCharge

/** A row of GET /admin/invoices or /admin/credit-notes. */
export type InvoiceSummary = {
  id: string
  kind: InvoiceRecord["kind"]
  status: InvoiceStatus
  number: string
  series: string | null
  order_id: string | null
  order_display_id: string | null
  company_id: string | null
  customer_id: string | null
  corrects_invoice_id: string | null
  currency_code: string
  issue_date: string
  supply_date: string | null
  subtotal: number | string
  tax_total: number | string
  total: number | string
  buyer: InvoiceParty | null
  due_schedule: DueInstalment[] | null
  render_status: RenderStatus
  render_attempts: number
  render_error: string | null
  delivery_status: DeliveryStatus
  sent_at: string | null
  sent_to: string | null
  /** Its first delivery came late (after a failed render, or on a later day than its issue date). */
  sent_late: boolean
  reason: string | null
  issued_at: string | null
  created_at: string
  /** Invoices: what is paid and open; null when the order was not on account (paid by card...). */
  receivable?: InvoiceReceivable | null
}

/** GET /admin/invoices' `summary`: what the listed invoices (every page) still have open, per currency. */
export type InvoiceOpenSummary = { currency_code: string; invoices: number; open: number }

/** GET /admin/invoices/render-health: documents whose files fail to render, and why. */
export type RenderHealth = {
  failing: number
  retries_exhausted: number
  oldest_issue_date: string | null
  last_error: string | null
  last_failed_at: string | null
  last_failed_number: string | null
}

/** GET /admin/orders/:id/invoices: the order's invoices, whether anything is left to invoice, how it was paid. */
export type OrderInvoicing = {
  invoices: InvoiceSummary[]
  left_to_invoice: boolean
  nothing_left_reason: string | null
  payment_methods: Array<{ provider_id: string; label: string }>
}

export type CreditNoteRef = {
  id: string
  number: string
  issue_date: string
  total: number | string
  reason: string | null
  render_status: RenderStatus
}

/** A debit note of an invoice: a late-payment charge, paid like an invoice. */
export type DebitNoteRef = CreditNoteRef & { status: InvoiceStatus }

/** GET /admin/invoices/:id: the whole document, with its credit and debit notes (invoice) or the invoice it names. */
export type InvoiceDetail = InvoiceSummary & {
  seller: SellerIdentity | null
  lines: InvoiceLine[] | null
  shipping: InvoiceCharge[] | null
  tax_breakdown: TaxBreakdownRow[] | null
  payment_terms_text: string | null
  payment_reference: string | null
  purchase_order_ref: string | null
  send_error: string | null
  hash: string | null
  previous_hash: string | null
  credit_notes?: CreditNoteRef[]
  debit_notes?: DebitNoteRef[]
  credited_total?: number
  shipping_creditable?: boolean
  corrects?: { id: string; number: string; issue_date: string } | null
}

/** GET /admin/invoice-series/:series/verify's `verification`. */
export type SeriesVerification = ChainReport & { series: string }

/** GET/POST /admin/o2c/seller-identity. */
export type SellerIdentityState = ReturnType<typeof resolveSellerIdentity> & {
  saved: SellerIdentityInput
  from_options: SellerIdentityInput
}

/* Receivables: the ledger of what companies owe. Amounts in the currency's units, dates "YYYY-MM-DD". */

export type Amount = number | string

/** What an invoice still owes, instalment by instalment; null when the order was not on account. */
export type InvoiceReceivable = {
  open: Amount
  paid: Amount
  credited: Amount
  instalments: { entry_id: string; due_date: string; amount: Amount; open: Amount; overdue: boolean }[]
}

export type AgingBucket = AgingBucketSpec & { amount: Amount }

/** GET /admin/receivables/aging for one currency. */
export type Aging = {
  as_of: string
  currency_code: string
  buckets: AgingBucket[]
  total: Amount
  unallocated_credits: Amount
}

/**
 * GET /admin/receivables/kpis for one currency: the KPIs (days, or a percent
 * for CEI; null where the formula is undefined) and the figures they come from.
 */
export type ReceivablesKpis = KpiFigures &
  Record<Exclude<keyof ReceivablesKpiInput, "months">, Amount> & { currency_code: string }

export type OverdueCompany = {
  company_id: string
  company_name: string
  currency_code: string
  overdue: Amount
  oldest_due_date: string
  days_past_due: number
}

export type EntryType = (typeof ENTRY_TYPES)[number]

export type EntrySide = InferTypeOf<typeof LedgerEntryModel>["side"]

export type LedgerEntry = {
  id: string
  effective_date: string
  due_date: string | null
  type: EntryType
  side: EntrySide
  amount: Amount
  unallocated: Amount
  document_type: string | null
  document_id: string | null
  document_number: string | null
  source: (typeof ENTRY_SOURCES)[number]
  reverses_entry_id: string | null
  created_by: string
  created_at: string
  metadata: {
    method?: string
    reference?: string | null
    reason?: string
    /** An invoice's instalments: this one's rank and how many there are. */
    instalment?: number
    of?: number
  } | null
}

/** A debit not yet paid, or (side "credit") cash or a credit note not yet allocated. */
export type OpenItem = {
  id: string
  type: EntryType
  side: EntrySide
  document_id: string | null
  document_number: string | null
  effective_date: string
  due_date: string | null
  amount: Amount
  open: Amount
  days_past_due: number | null
}

/** GET /admin/companies/:id/ledger. */
export type CompanyLedger = {
  company_id: string
  currency_code: string
  /** The day days past due and `overdue` are counted at: today in the merchant's time zone. */
  as_of: string
  balance: Amount
  /** What is past due on the open debits. */
  overdue: Amount
  count: number
  limit: number
  offset: number
  entries: LedgerEntry[]
  open_items: OpenItem[]
}

export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

type SettledItem = {
  debit_entry_id: string
  document_id: string | null
  document_number: string | null
  due_date: string | null
  amount: Amount
}

/** A payment as the receivables payment routes return it. */
export type PaymentDetail = {
  id: string
  company_id: string
  currency_code: string
  amount: Amount
  received_on: string
  method: string
  reference: string | null
  source: string
  created_by: string
  created_at: string
  unallocated: Amount
  reversed_by: string | null
  allocations: SettledItem[]
  settlements: (SettledItem & { settled_with: "discount" | "write_off" })[]
  replayed: boolean
}

/** An allocation as the payment routes take it: an invoice (oldest instalment first) or one ledger entry. */
export type AllocationRequest = { invoice_id?: string; entry_id?: string; amount: string }

/** A payment in GET /admin/receivables/payments: across companies, with what it settled and what is left. */
export type PaymentListItem = {
  id: string
  company_id: string
  company: { id: string; name: string | null }
  currency_code: string
  received_on: string
  amount: Amount
  method: string | null
  reference: string | null
  source: string
  allocated: Amount
  unapplied: Amount
  reversed_by: string | null
  created_by: string
  created_at: string
}

/** Totals per currency of every payment a list's filters match (a reversed payment is not summed). */
export type PaymentTotals = {
  currency_code: string
  count: number
  amount: Amount
  allocated: Amount
  unapplied: Amount
}

/** GET /admin/receivables/payments. */
export type PaymentList = {
  payments: PaymentListItem[]
  count: number
  offset: number
  limit: number
  totals: PaymentTotals[]
}

/** POST /admin/companies/:id/statement/send. */
export type StatementSent = {
  company_id: string
  recipient: string
  from: string
  to: string
  currency_code: string
  notification_id: string
  closing_balance: string
  attachment: { filename: string; bytes: number }
}
