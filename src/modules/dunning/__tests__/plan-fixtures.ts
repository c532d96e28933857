/** The ladder, rates and builders the planCompany tables share. */
import type { HalfYearRates } from "../interest"
import { type CompanyLedgerView, type OpenInvoice, type PlanLevel, planCompany } from "../plan"

// The published figures, percent: ECB main refinancing rate on the half-year's first day and the
// French legal interest rate for professional creditors. Late rate = max(ECB + 10, 3 x legal):
// 2025S1 max(13.15, 11.13) = 13.15; 2025S2 max(12.15, 8.28) = 12.15; 2026S1 max(12.15, 7.86) = 12.15.
export const RATES: HalfYearRates[] = [
  { starts_on: "2025-01-01", ecb_refinancing_rate: "3.15", legal_interest_rate: "3.71" },
  { starts_on: "2025-07-01", ecb_refinancing_rate: "2.15", legal_interest_rate: "2.76" },
  { starts_on: "2026-01-01", ecb_refinancing_rate: "2.15", legal_interest_rate: "2.62" },
]

const level = (over: Partial<PlanLevel> & Pick<PlanLevel, "level" | "offset_days" | "name">): PlanLevel => ({
  claim_indemnity: false,
  claim_interest: false,
  place_hold: false,
  needs_approval: false,
  ...over,
})
// Given out of order on purpose. The indemnity is first claimed at 3, interest at 4; 5 claims
// neither flag itself but stands above both.
const LEVELS: PlanLevel[] = [
  level({
    level: 4,
    name: "Formal notice",
    offset_days: 45,
    claim_indemnity: true,
    claim_interest: true,
    min_amount: { eur: "100" },
  }),
  level({ level: 1, name: "Courtesy", offset_days: -3 }),
  level({ level: 3, name: "Second reminder", offset_days: 21, claim_indemnity: true, min_amount: null }),
  level({ level: 2, name: "First reminder", offset_days: 7 }),
  level({ level: 5, name: "Collections", offset_days: 60, place_hold: true }),
]

export const invoice = (over: Partial<OpenInvoice> = {}): OpenInvoice => ({
  invoice_id: "inv_a",
  invoice_number: "F-001",
  currency_code: "eur",
  due_date: "2025-06-01",
  open_amount: "1000.00",
  disputed: "0",
  promised: "0",
  settlements: [],
  last_level: 0,
  last_as_of: null,
  indemnity_claimed: false,
  ...over,
})
export const company = (
  invoices: OpenInvoice[],
  over: Partial<CompanyLedgerView> = {}
): CompanyLedgerView => ({
  in_insolvency: false,
  unallocated: {},
  invoices,
  ...over,
})
export const plan = (c: CompanyLedgerView, asOf: string, rates = RATES) => planCompany(LEVELS, c, asOf, rates)
