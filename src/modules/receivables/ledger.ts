import { createHash } from "node:crypto"
import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { canonicalJson } from "../invoicing/numbering"

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

/** Why an entry of this type cannot take this side, or null. */
export function sideRefusal(type: string, side: EntrySide): string | null {
  const expected = SIDE_OF_TYPE[type]
  return expected && expected !== side
    ? `${type.replace("_", " ")} entries are ${expected}s, not ${side}s`
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

type Side = { id: string; company_id: string; currency_code: string; unallocated: BigNumberInput }

/**
 * Why an allocation of `amount` from a credit to a debit cannot be made, or
 * null when it can: never across companies or currencies, never more than
 * the credit has left nor more than the debit has open.
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
    return `Entry ${debit.id} belongs to another company than ${credit.id}`
  }
  if (credit.currency_code !== debit.currency_code) {
    return `Entry ${debit.id} is in ${debit.currency_code.toUpperCase()}, ${credit.id} in ${credit.currency_code.toUpperCase()}: allocations never mix currencies`
  }
  if (MathBN.gt(amount, credit.unallocated)) {
    return `${credit.id} has ${MathBN.convert(credit.unallocated).toFixed()} left to allocate, not ${MathBN.convert(amount).toFixed()}`
  }
  if (MathBN.gt(amount, debit.unallocated)) {
    return `${debit.id} has ${MathBN.convert(debit.unallocated).toFixed()} open, not ${MathBN.convert(amount).toFixed()}`
  }
  return null
}

/** Oldest first: a credit pays the debits in due-date order (then date, then id) until it runs out. */
export function allocateOldestFirst(
  available: BigNumberInput,
  debits: Array<{ id: string; due_date: string | null; effective_date: string; unallocated: BigNumberInput }>
): Array<{ debit_entry_id: string; amount: string }> {
  const ordered = [...debits].sort(
    (a, b) =>
      (a.due_date ?? a.effective_date).localeCompare(b.due_date ?? b.effective_date) ||
      a.effective_date.localeCompare(b.effective_date) ||
      a.id.localeCompare(b.id)
  )
  let left = MathBN.convert(available)
  const allocations: Array<{ debit_entry_id: string; amount: string }> = []
  for (const debit of ordered) {
    if (!MathBN.gt(left, 0)) break
    const amount = MathBN.min(left, debit.unallocated)
    if (MathBN.gt(amount, 0)) {
      allocations.push({ debit_entry_id: debit.id, amount: amount.toFixed() })
      left = MathBN.sub(left, amount)
    }
  }
  return allocations
}

/** What an idempotency key vouches for: the same key with other content is a different request. */
export function entryContentHash(content: Record<string, unknown>): string {
  return createHash("sha256").update(canonicalJson(content)).digest("hex")
}
