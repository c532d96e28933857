/*
 * Dunning and collections in the admin: the hooks that fetch and change
 * them, and how their states read. The answers' types are dunning-types.ts.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { LETTER_FIELDS as SERVER_LETTER_FIELDS } from "../../modules/dunning/letter-fields"
import type {
  ActivityType,
  AdminUser,
  ClaimStatus,
  CollectionRow,
  CompanyDunning,
  DisputeReason,
  DisputeStatus,
  DunningClaim,
  DunningLevelBody,
  DunningPolicy,
  DunningReminder,
  DunningRunResult,
  InterestRate,
  InvoiceDunning,
  Language,
  PromiseStatus,
  ReminderStatus,
} from "./dunning-types"
import { DOCUMENTS } from "./invoices"
import { RECEIVABLES } from "./receivables"
import { sdk } from "./sdk"
import type { Company, InvoiceSummary } from "./types"

export type * from "./dunning-types"

/** Query keys: every dunning query starts with DUNNING, so one invalidation refreshes them all. */
export const DUNNING = "o2c-dunning"

/** A letter's {{field}} and what it prints: every field the server fills in (a Record, so none is left out). */
export const LETTER_FIELD_HINTS: Record<(typeof SERVER_LETTER_FIELDS)[number], string> = {
  company_name: "the company's trading name",
  legal_name: "its legal name",
  date: "the reminder's date",
  level: "the level's number",
  level_name: "the level's name",
  total_open: "the amount chased",
  invoice_count: "how many invoices",
  oldest_due_date: "the oldest due date",
  days_late: "days late of the oldest",
  fees: "recovery indemnities claimed",
  interest: "late-payment interest claimed",
  seller_name: "your legal name",
  iban: "your IBAN",
}

/** "Claire Martin", or the e-mail of a user without a name. */
export const userName = (user: AdminUser) =>
  [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email

const get = <T>(path: string, query?: Record<string, unknown>) => sdk.client.fetch<T>(path, { query })

export const useCollections = (
  query: { collector_id?: string; limit: number; offset: number },
  enabled = true
) =>
  useQuery({
    queryKey: [DUNNING, "collections", query],
    queryFn: () =>
      get<{ collections: CollectionRow[]; count: number; as_of: string }>("/admin/collections", query),
    placeholderData: keepPreviousData,
    enabled,
  })

export const useReminders = (query: { status?: ReminderStatus; company_id?: string; limit?: number }) =>
  useQuery({
    queryKey: [DUNNING, "reminders", query],
    queryFn: () =>
      get<{ dunning_reminders: DunningReminder[]; count: number }>("/admin/dunning-reminders", query),
  })

export const useClaims = (query: { status?: ClaimStatus; company_id?: string }) =>
  useQuery({
    queryKey: [DUNNING, "claims", query],
    queryFn: () => get<{ dunning_claims: DunningClaim[] }>("/admin/dunning-claims", query),
    select: (data) => data.dunning_claims,
  })

export const usePolicies = () =>
  useQuery({
    queryKey: [DUNNING, "policies"],
    queryFn: () => get<{ dunning_policies: DunningPolicy[] }>("/admin/dunning-policies"),
    select: (data) => data.dunning_policies,
  })

export const useRates = () =>
  useQuery({
    queryKey: [DUNNING, "rates"],
    queryFn: () => get<{ rates: InterestRate[] }>("/admin/dunning-rates"),
    select: (data) => data.rates,
  })

export const useCompanyDunning = (companyId: string) =>
  useQuery({
    queryKey: [DUNNING, "company", companyId],
    queryFn: () => get<CompanyDunning>(`/admin/companies/${companyId}/dunning`),
  })

export const useInvoiceDunning = (invoiceId: string) =>
  useQuery({
    queryKey: [DUNNING, "invoice", invoiceId],
    queryFn: () => get<InvoiceDunning>(`/admin/invoices/${invoiceId}/dunning`),
  })

/** A company's invoices that can still be disputed or promised: issued and not fully paid or credited. */
export const useOpenInvoices = (companyId: string) =>
  useQuery({
    queryKey: [DOCUMENTS, "open-invoices", companyId],
    queryFn: () =>
      get<{ invoices: InvoiceSummary[] }>("/admin/invoices", {
        company_id: companyId,
        status: ["issued", "partially_paid", "partially_credited"],
        limit: 100,
      }),
    select: (data) => data.invoices,
  })

/** Companies by id, to name those the reminder and claim lists give only ids of. */
export const useCompanyNames = () =>
  useQuery({
    queryKey: ["companies", "names"],
    queryFn: () => get<{ companies: Pick<Company, "id" | "name">[] }>("/admin/companies", { limit: 500 }),
    select: (data) => new Map(data.companies.map((c) => [c.id, c.name])),
    staleTime: 60_000,
  })

/** The admin users, who can collect a company. */
export const useAdminUsers = () =>
  useQuery({
    queryKey: ["users", "list"],
    queryFn: () => get<{ users: AdminUser[] }>("/admin/users", { limit: 200 }),
    select: (data) => data.users,
    staleTime: 60_000,
  })

/** The signed-in admin: "my companies" are those they collect. */
export const useMe = () =>
  useQuery({
    queryKey: ["users", "me"],
    queryFn: () => get<{ user: AdminUser }>("/admin/users/me"),
    select: (data) => data.user,
    staleTime: Number.POSITIVE_INFINITY,
  })

/**
 * A POST to a dunning route. Dunning moves holds (company), debit and credit
 * notes (documents, ledger): all of them are refreshed with every dunning query.
 */
export function useDunningRequest<T = unknown>() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body?: object }) =>
      sdk.client.fetch<T>(path, { method: "POST", body: body ?? {} }),
    onSuccess: () => {
      for (const key of [DUNNING, RECEIVABLES, DOCUMENTS, "company", "companies", "company-history"]) {
        client.invalidateQueries({ queryKey: [key] })
      }
    },
  })
}

/** POST /admin/dunning-runs: a dry run answers what would be sent; a run sends it. */
export const useRunDunning = () => useDunningRequest<DunningRunResult>()

/** One level's letter printed with sample facts, as a PDF (a 400 names what is wrong). */
export const usePreviewLevel = () =>
  useMutation({
    mutationFn: async (body: { level: DunningLevelBody; language: Language }) => {
      const response = await sdk.client.fetch<Response>("/admin/dunning-policies/preview", {
        method: "POST",
        body,
        headers: { accept: "application/pdf" },
      })
      return response.blob()
    },
  })

const BACKEND = (import.meta.env.VITE_BACKEND_URL || "").replace(/\/$/, "")

/** Where a reminder's letter opens as a PDF; the admin session cookie authenticates it. */
export const reminderPdfUrl = (id: string) => `${BACKEND}/admin/dunning-reminders/${id}/pdf`

export const REMINDER_STATUS: Record<
  ReminderStatus,
  [label: string, color: "green" | "orange" | "red" | "grey" | "blue"]
> = {
  awaiting_approval: ["Awaiting approval", "orange"],
  queued: ["Queued", "blue"],
  sent: ["Sent", "green"],
  failed: ["Failed", "red"],
  canceled: ["Canceled", "grey"],
}

export const DISPUTE_STATUS: Record<DisputeStatus, [string, "green" | "orange" | "red" | "grey" | "blue"]> = {
  open: ["Open", "orange"],
  rejected: ["Rejected", "grey"],
  credited: ["Credited", "green"],
  written_off: ["Written off", "blue"],
}

export const PROMISE_STATUS: Record<PromiseStatus, [string, "green" | "orange" | "red" | "grey" | "blue"]> = {
  open: ["Open", "blue"],
  kept: ["Kept", "green"],
  broken: ["Broken", "red"],
}

export const DISPUTE_REASON_LABEL: Record<DisputeReason, string> = {
  price: "Price",
  quantity: "Quantity",
  quality: "Quality",
  not_received: "Not received",
  duplicate: "Duplicate invoice",
  other: "Other",
}

export const ACTIVITY_LABEL: Record<ActivityType, string> = {
  note: "Note",
  call: "Call",
  email: "E-mail",
  letter: "Letter",
}

export const SKIP_REASON: Record<string, string> = {
  unallocated_cash: "cash on the account covers what is overdue (to match first)",
  no_policy: "no dunning policy applies (no default policy)",
}
