import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import type { DueInstalment } from "../../lib/document-content"
import { formatMoney } from "../../lib/money"
import { discountedAmount } from "../payment-term/due-schedule"

/**
 * The early-payment discount an instalment's debit carries: how much is
 * taken off when paid by `until`, or null when its term gives none.
 */
export function instalmentDiscount(instalment: DueInstalment, currencyCode: string) {
  if (!instalment.discount_percent || !instalment.discount_until) {
    return null
  }
  return {
    until: instalment.discount_until,
    amount: MathBN.sub(
      instalment.amount,
      discountedAmount(instalment.amount, instalment.discount_percent, currencyCode)
    ).toFixed(),
  }
}

/**
 * Why a payment cannot pay this much of an invoice, in words. `entry` is
 * any ledger entry of the invoice (null when the ledger has none), `needed`
 * what the invoice's open instalments can take from this payment.
 */
export function settlementRefusal(input: {
  payment: { company_id: string; currency_code: string }
  document_id: string
  entry: { company_id: string; currency_code: string; document_number: string | null } | null
  amount: BigNumberInput
  needed: BigNumberInput
}) {
  const { payment, entry } = input
  if (!entry) {
    return `Invoice ${input.document_id} is not a receivable (not issued, or not sold on account)`
  }
  const invoice = entry.document_number ?? input.document_id
  if (entry.company_id !== payment.company_id) {
    return `${invoice} belongs to another company than the payment's`
  }
  if (entry.currency_code !== payment.currency_code) {
    return `${invoice} is in ${entry.currency_code.toUpperCase()}, the payment in ${payment.currency_code.toUpperCase()}: allocations never mix currencies`
  }
  const money = (value: BigNumberInput) => formatMoney(value, payment.currency_code)
  return MathBN.gt(input.needed, 0)
    ? `${invoice} needs ${money(input.needed)} to be settled, not ${money(input.amount)}`
    : `${invoice} has nothing left to settle`
}
