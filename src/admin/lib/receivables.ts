import { useMutation, useQueryClient } from "@tanstack/react-query"
import { formatMoney } from "./money"
import { DOCUMENTS } from "./invoices"
import { sdk } from "./sdk"
import type { AgingBucket, Amount, EntryType, PaymentDetail, PaymentMethod, StatementSent } from "./types"

/** Query keys: every receivables query starts with RECEIVABLES, so one invalidation refreshes them all. */
export const RECEIVABLES = "o2c-receivables"

export const ENTRY_LABEL: Record<EntryType, string> = {
  invoice: "Invoice",
  credit_note: "Credit note",
  payment: "Payment",
  refund: "Refund",
  write_off: "Write-off",
  discount: "Early payment discount",
  late_fee: "Late fee",
  interest: "Interest",
  adjustment: "Adjustment",
}

export const PAYMENT_METHODS: [PaymentMethod, string][] = [
  ["bank_transfer", "Bank transfer"],
  ["check", "Check"],
  ["card", "Card"],
  ["cash", "Cash"],
  ["direct_debit", "Direct debit"],
  ["other", "Other"],
]

/** A method as people read it; one this admin does not offer (a bank import's) shows as sent. */
export const methodLabel = (method: string) =>
  PAYMENT_METHODS.find(([value]) => value === method)?.[1] ?? method.replace(/_/g, " ")

/** "Not yet due", "1–30 days", "Over 90 days": an aging column by its days past due. */
export const bucketLabel = (bucket: AgingBucket) => {
  if (bucket.from_days === null) return "Not yet due"
  if (bucket.to_days === null) return `Over ${bucket.from_days - 1} days`
  return `${bucket.from_days}–${bucket.to_days} days`
}

/** A calendar day in the admin's time zone, `offset` days from today, as "YYYY-MM-DD". */
export function calendarDay(offset = 0) {
  const now = new Date()
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset)
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`
}

/** Sum of amounts, added as whole numbers of their smallest decimal: no float error in what shows. */
export function sumAmounts(values: Amount[]): string {
  const parsed = values.map((value) => {
    const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(value).trim())
    if (!match) throw new Error(`${value} is not an amount`)
    const [, sign, whole, fraction = ""] = match
    return { negative: sign === "-", whole, fraction }
  })
  const scale = Math.max(0, ...parsed.map((p) => p.fraction.length))
  const total = parsed.reduce((sum, p) => {
    const units = BigInt(p.whole + p.fraction.padEnd(scale, "0"))
    return p.negative ? sum - units : sum + units
  }, 0n)
  const digits = (total < 0n ? -total : total).toString().padStart(scale + 1, "0")
  const whole = digits.slice(0, digits.length - scale)
  return `${total < 0n ? "-" : ""}${whole}${scale ? `.${digits.slice(-scale)}` : ""}`
}

/** "INV-2026-000009 (100.00 EUR), INV-2026-000012 (150.00 EUR)": what a payment settled. */
export const settledList = (items: { document_number: string | null; amount: Amount }[], currency: string) =>
  items
    .map((item) => `${item.document_number ?? "an instalment"} (${formatMoney(item.amount, currency)})`)
    .join(", ")

/** −amount, e.g. a credit shown against what is owed. */
export const negated = (value: Amount) => sumAmounts([`-${value}`.replace(/^--/, "")])

/**
 * A POST to a payment route (record, allocate, reverse). A payment moves
 * reports, ledgers, invoice statuses and the company's exposure: all of them
 * are refreshed.
 */
export function usePaymentRequest() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body: object }) =>
      sdk.client.fetch<{ payment: PaymentDetail }>(`/admin/receivables/payments${path}`, {
        method: "POST",
        body,
      }),
    onSuccess: () => {
      for (const key of [RECEIVABLES, DOCUMENTS, "company", "companies"]) {
        client.invalidateQueries({ queryKey: [key] })
      }
    },
  })
}

/** Downloads a company's statement of account as a PDF, fetched with the admin session. */
export async function downloadStatement(
  company: { id: string; name: string },
  query: { from: string; to: string; currency_code: string }
) {
  const response = await sdk.client.fetch<Response>(`/admin/companies/${company.id}/statement`, {
    query: { ...query, format: "pdf" },
    headers: { accept: "application/pdf" },
  })
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement("a")
  link.href = url
  link.download = `statement-${company.name.replace(/[^\w-]+/g, "-")}-${query.from}-${query.to}.pdf`
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Revoked once the browser has taken the download over.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The statement period every screen starts from: the last 90 days to today, as the API defaults it. */
export const statementDefaultPeriod = () => ({ from: calendarDay(-89), to: calendarDay() })

/** E-mails a company its statement (PDF attached); the company's timeline shows it. */
export function useSendStatement(companyId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { from: string; to: string; currency_code: string; recipient?: string }) =>
      sdk.client.fetch<{ statement_sent: StatementSent }>(`/admin/companies/${companyId}/statement/send`, {
        method: "POST",
        body,
      }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ["company-history", companyId] })
    },
  })
}

/**
 * The field an API refusal is about, when its sentence starts with one of
 * `fields` ("Invalid request: amount must be..." -> "amount"), with the
 * sentence without Medusa's prefix: what a form shows under that field.
 */
export function fieldError<F extends string>(message: string, fields: readonly F[]) {
  const sentence = message.replace(/^Invalid request: /, "")
  const field = [...fields].sort((a, b) => b.length - a.length).find((f) => sentence.startsWith(`${f} `))
  return { field: field ?? null, sentence }
}
