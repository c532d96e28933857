import { MathBN } from "@medusajs/framework/utils"
import { exactAmount, moneyString } from "../../lib/money"
import type {
  PaymentAllocatedPayload,
  PaymentRecordedPayload,
  PaymentReversedPayload,
} from "../../modules/receivables/events"
import type ReceivablesModuleService from "../../modules/receivables/service"

type PaymentDetail = Awaited<ReturnType<ReceivablesModuleService["paymentDetail"]>>
type Allocation = PaymentDetail["allocations"][number]

/**
 * What a change added to a payment's allocations, per item settled: the
 * detail after less the detail before (allocations are listed net, per item).
 */
export function allocationsAdded(before: Allocation[], after: Allocation[]): Allocation[] {
  const earlier = new Map(before.map((a) => [a.debit_entry_id, a.amount]))
  return after.flatMap((a) => {
    const added = MathBN.sub(a.amount, earlier.get(a.debit_entry_id) ?? 0)
    return MathBN.gt(added, 0) ? [{ ...a, amount: added.toFixed() }] : []
  })
}

const paymentFacts = (detail: PaymentDetail) => ({
  id: detail.payment.id,
  company_id: detail.payment.company_id,
  currency_code: detail.payment.currency_code,
})

const money = (detail: PaymentDetail, amount: Parameters<typeof moneyString>[0]) =>
  moneyString(amount, detail.payment.currency_code)

export function paymentRecorded(detail: PaymentDetail): PaymentRecordedPayload {
  const metadata = (detail.payment.metadata ?? {}) as { method?: string; reference?: string | null }
  return {
    ...paymentFacts(detail),
    amount: money(detail, exactAmount(detail.payment, "amount")),
    received_on: detail.payment.effective_date,
    method: metadata.method ?? null,
    reference: metadata.reference ?? null,
    unallocated: money(detail, detail.unallocated),
  }
}

/** The `payment.allocated` of a change, or none when it allocated nothing. */
export function paymentAllocated(detail: PaymentDetail, added: Allocation[]): PaymentAllocatedPayload[] {
  if (!added.length) return []
  return [
    {
      ...paymentFacts(detail),
      amount: money(detail, MathBN.add(0, ...added.map((a) => a.amount))),
      unallocated: money(detail, detail.unallocated),
      allocations: added.map((a) => ({
        document_id: a.document_id ?? null,
        document_number: a.document_number ?? null,
        due_date: a.due_date ?? null,
        amount: money(detail, a.amount),
      })),
    },
  ]
}

export function paymentReversed(
  detail: PaymentDetail,
  input: { effective_date: string; reason?: string | null },
  reopened: string[]
): PaymentReversedPayload {
  return {
    ...paymentFacts(detail),
    amount: money(detail, exactAmount(detail.payment, "amount")),
    reversed_on: input.effective_date,
    reason: input.reason ?? null,
    reopened_document_ids: reopened,
  }
}
