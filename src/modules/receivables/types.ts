import type { BigNumberInput } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { DueInstalment, InvoiceKind, LateCharge } from "../../lib/document-content"
import type { CalendarDate } from "../../lib/time"
import type { EntrySide } from "./ledger"
import type { ENTRY_SOURCES, ENTRY_TYPES } from "./models/ledger-entry"

export type EntryType = (typeof ENTRY_TYPES)[number]
export type EntrySource = (typeof ENTRY_SOURCES)[number]

export type PostEntryInput = {
  company_id: string
  currency_code: string
  type: EntryType
  side: EntrySide
  amount: BigNumberInput
  effective_date: string
  due_date?: string | null
  document_type?: string | null
  document_id?: string | null
  document_number?: string | null
  source?: EntrySource
  idempotency_key: string
  reverses_entry_id?: string | null
  payment_entry_id?: string | null
  created_by: string
  metadata?: Record<string, unknown> | null
}

/** An issued invoice, credit note or debit note, as the ledger books it. */
export type BookableDocument = {
  id: string
  kind: InvoiceKind
  number: string
  company_id: string
  currency_code: string
  issue_date: string
  total: BigNumberInput
  due_schedule: DueInstalment[] | null
  corrects_invoice_id: string | null
  /** A debit note's late-payment charge: booked as a `late_fee` (indemnity) or `interest` debit. */
  charge?: LateCharge | null
}

/** What a payment is asked to settle: one entry (an instalment) or a whole invoice's open instalments. */
export type SettlementRequest = { debit_entry_id?: string; document_id?: string; amount: BigNumberInput }

export type ReceivePaymentInput = {
  company_id: string
  currency_code: string
  amount: BigNumberInput
  received_on: CalendarDate
  method: string
  reference?: string | null
  source?: EntrySource
  idempotency_key: string
  /** Items to settle; oldest first when omitted, nothing when `allocate` is "none". */
  allocations?: SettlementRequest[]
  allocate?: "oldest_first" | "none"
  write_off_tolerance?: BigNumberInput
  created_by: string
}

export type ApplyPaymentInput = {
  payment_entry_id: string
  requested?: SettlementRequest[]
  write_off_tolerance?: BigNumberInput
  created_by: string
}

export type ReversePaymentInput = {
  payment_entry_id: string
  effective_date: string
  reason?: string | null
  created_by: string
}

export type AllocateInput = {
  credit_entry_id: string
  allocations?: Array<{ debit_entry_id: string; amount: BigNumberInput }>
  created_by: string
}

export type AccountFilter = { as_of: CalendarDate; company_id?: string; currency_code?: string }

export type StatementFilter = {
  company_id: string
  currency_code: string
  from: CalendarDate
  to: CalendarDate
}

export type DocumentBalance = {
  document_id: string
  amount: string
  open: string
  settled_by: Partial<Record<EntryType, string>>
  instalments: Array<{ entry_id: string; due_date: string | null; amount: string; open: string }>
}

export class IdempotencyConflictError extends MedusaError {
  constructor(key: string) {
    super(MedusaError.Types.CONFLICT, `Idempotency key ${key} was already used for a different entry`)
  }
}
