import { createHash } from "node:crypto"
import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { canonicalJson } from "../../lib/canonical-json"
import { formatMoney } from "../../lib/money"
import type { CalendarDate } from "../../lib/time"

export type EntrySide = "debit" | "credit"

/** The side each kind of entry takes; adjustments go either way. */
export const SIDE_OF_TYPE: Record<string, EntrySide | null> = {
  invoice: "debit",
  refund: "debit",
  late_fee: "debit",
  interest: "debit",
  credit_note: "credit",
  payment: "credit",
  write_off: "credit",
  discount: "credit",
  adjustment: null,
}

/**
 * Why an entry of this type cannot take this side, or null. A reversal
 * keeps the type of the entry it reverses and takes the other side.
 */
export function sideRefusal(type: string, side: EntrySide, reversal = false): string | null {
  const normal = SIDE_OF_TYPE[type]
  const expected = normal && reversal ? (normal === "debit" ? "credit" : "debit") : normal
  return expected && expected !== side
    ? `${reversal ? "reversed " : ""}${type.replace("_", " ")} entries are ${expected}s, not ${side}s`
    : null
}

/** What an entry does to the company's balance: debits raise what it owes, credits lower it. */
export function signedAmount(side: EntrySide, amount: BigNumberInput) {
  return side === "debit" ? MathBN.convert(amount) : MathBN.mult(amount, -1)
}

/** The balance of a set of entries: what the company owes (negative: it is in credit). */
export function balanceOf(entries: Array<{ side: EntrySide; amount: BigNumberInput }>) {
  return entries.reduce((acc, e) => MathBN.add(acc, signedAmount(e.side, e.amount)), MathBN.convert(0))
}

/** An entry's amount not yet allocated: a debit's open amount, a credit's unallocated cash. */
export function unallocatedOf(amount: BigNumberInput, allocations: BigNumberInput[]) {
  return allocations.reduce<ReturnType<typeof MathBN.convert>>(
    (acc, a) => MathBN.sub(acc, a),
    MathBN.convert(amount)
  )
}

type Side = {
  id: string
  company_id: string
  currency_code: string
  unallocated: BigNumberInput
  type?: string
  document_number?: string | null
  due_date?: string | null
  effective_date?: string
}

/**
 * An entry as a person knows it: the invoice number (with the due date of
 * the instalment), "the payment of 2026-11-02"; the entry id only when
 * nothing else names it.
 */
export function entryLabel(entry: Side): string {
  if (entry.document_number) {
    return entry.due_date ? `${entry.document_number} (due ${entry.due_date})` : entry.document_number
  }
  if (entry.type && entry.effective_date) {
    return `the ${entry.type.replace("_", " ")} of ${entry.effective_date}`
  }
  return `entry ${entry.id}`
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * Why an allocation of `amount` from a credit to a debit cannot be made, or
 * null when it can: never across companies or currencies, never more than
 * the credit has left nor more than the debit has open. The sentence names
 * the invoice and the amounts in the currency.
 */
export function allocationRefusal(input: {
  credit: Side
  debit: Side
  amount: BigNumberInput
}): string | null {
  const { credit, debit, amount } = input
  if (!MathBN.gt(amount, 0)) {
    return "An allocation must be more than zero"
  }
  if (credit.company_id !== debit.company_id) {
    return `${capitalized(entryLabel(debit))} belongs to another company than ${entryLabel(credit)}`
  }
  if (credit.currency_code !== debit.currency_code) {
    return `${capitalized(entryLabel(debit))} is in ${debit.currency_code.toUpperCase()}, ${entryLabel(credit)} in ${credit.currency_code.toUpperCase()}: allocations never mix currencies`
  }
  const money = (value: BigNumberInput) => formatMoney(value, credit.currency_code)
  if (MathBN.gt(amount, credit.unallocated)) {
    return `${capitalized(entryLabel(credit))} has ${money(credit.unallocated)} left to allocate, not ${money(amount)}`
  }
  if (MathBN.gt(amount, debit.unallocated)) {
    return `${capitalized(entryLabel(debit))} has ${money(debit.unallocated)} open, not ${money(amount)}`
  }
  return null
}

type Dated = { id: string; due_date: string | null; effective_date: string }

/** By due date, then date, then id: the order in which debits are paid. */
function sortOldestFirst<T extends Dated>(debits: T[]): T[] {
  return [...debits].sort(
    (a, b) =>
      (a.due_date ?? a.effective_date).localeCompare(b.due_date ?? b.effective_date) ||
      a.effective_date.localeCompare(b.effective_date) ||
      a.id.localeCompare(b.id)
  )
}

/** Oldest first: a credit pays the debits in due-date order (then date, then id) until it runs out. */
export function allocateOldestFirst(
  available: BigNumberInput,
  debits: Array<{ id: string; due_date: string | null; effective_date: string; unallocated: BigNumberInput }>
): Array<{ debit_entry_id: string; amount: string }> {
  return planPaymentApplication({
    payment_date: "0000-01-01",
    available,
    items: debits.map((d) => ({ ...d, discount: null })),
    write_off_tolerance: 0,
  }).allocations
}

/** What an idempotency key vouches for: the same key with other content is a different request. */
export function entryContentHash(content: Record<string, unknown>): string {
  return createHash("sha256").update(canonicalJson(content)).digest("hex")
}

/** An open debit a payment may settle, with its early-payment discount when it has one. */
export type PayableItem = {
  id: string
  due_date: string | null
  effective_date: string
  /** What is open on it now. */
  unallocated: BigNumberInput
  /** Off the open amount when settled on or before `until`. */
  discount: { until: CalendarDate; amount: BigNumberInput } | null
}

export type PaymentPlan = {
  allocations: Array<{ debit_entry_id: string; amount: string }>
  discounts: Array<{ debit_entry_id: string; amount: string }>
  write_offs: Array<{ debit_entry_id: string; amount: string }>
}

/**
 * How a payment settles open items: the amounts asked for, or oldest first.
 * An item paid within its early-payment window needs only its discounted
 * amount, and the short-pay is booked as a discount rather than left open.
 * What a payment leaves open on an item it pays, up to the tolerance, is
 * written off. Refusals (over-allocation, another company) are the
 * service's, through `allocationRefusal`: the plan only says what to book.
 */
export function planPaymentApplication(input: {
  payment_date: CalendarDate
  available: BigNumberInput
  items: PayableItem[]
  requested?: Array<{ debit_entry_id: string; amount: BigNumberInput }>
  write_off_tolerance: BigNumberInput
}): PaymentPlan {
  const plan: PaymentPlan = { allocations: [], discounts: [], write_offs: [] }
  const byId = new Map(input.items.map((item) => [item.id, item]))
  // A discount is off what a payment settles: it never closes an item on its own.
  const windowDiscount = (item: PayableItem) =>
    item.discount &&
    input.payment_date <= item.discount.until &&
    MathBN.lt(item.discount.amount, item.unallocated)
      ? MathBN.convert(item.discount.amount)
      : MathBN.convert(0)
  const settle = (item: PayableItem, paid: BigNumberInput) => {
    if (MathBN.gt(paid, 0)) {
      plan.allocations.push({ debit_entry_id: item.id, amount: MathBN.convert(paid).toFixed() })
    }
    const shortfall = MathBN.sub(item.unallocated, paid)
    const discount = windowDiscount(item)
    if (MathBN.gt(discount, 0) && MathBN.gt(shortfall, 0) && MathBN.lte(shortfall, discount)) {
      plan.discounts.push({ debit_entry_id: item.id, amount: shortfall.toFixed() })
    } else if (
      MathBN.gt(paid, 0) &&
      MathBN.gt(shortfall, 0) &&
      MathBN.lte(shortfall, input.write_off_tolerance)
    ) {
      plan.write_offs.push({ debit_entry_id: item.id, amount: shortfall.toFixed() })
    }
  }
  if (input.requested) {
    for (const request of input.requested) {
      const item = byId.get(request.debit_entry_id)
      if (item) settle(item, request.amount)
      else
        plan.allocations.push({
          debit_entry_id: request.debit_entry_id,
          amount: MathBN.convert(request.amount).toFixed(),
        })
    }
    return plan
  }
  let left = MathBN.convert(input.available)
  for (const item of sortOldestFirst(input.items)) {
    if (!MathBN.gt(left, 0)) break
    const needed = MathBN.sub(item.unallocated, windowDiscount(item))
    const paid = MathBN.min(left, needed)
    settle(item, paid)
    left = MathBN.sub(left, paid)
  }
  return plan
}

/** What payments settled of a debit: the cash, and the discounts and write-offs booked with it. */
export function paidOf(settledBy: Partial<Record<string, BigNumberInput>>) {
  return MathBN.add(0, ...(["payment", "discount", "write_off"] as const).map((type) => settledBy[type] ?? 0))
}
