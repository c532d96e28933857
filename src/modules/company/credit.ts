import type { BigNumberInput } from "@medusajs/framework/types"
import { BigNumber, MathBN } from "@medusajs/framework/utils"
import { formatMoney } from "../../lib/money"

export type CreditAccount = {
  name: string
  status: "active" | "on_hold" | "closed"
  // What the buyer is told about a hold; the hold's internal note never reaches them.
  hold_buyer_message?: string | null
  currency_code: string
  credit_limit: BigNumberInput | null
  uninvoiced_exposure: BigNumberInput
  receivables_exposure: BigNumberInput
}

/** Exposure = open receivables + on-account orders not yet invoiced. */
export function creditExposure(account: CreditAccount): BigNumber {
  return new BigNumber(MathBN.add(account.uninvoiced_exposure ?? 0, account.receivables_exposure ?? 0))
}

/** Limit minus exposure; null when the company has no credit line. Negative after a lowered limit. */
export function availableCredit(account: CreditAccount): BigNumber | null {
  if (account.credit_limit === null || account.credit_limit === undefined) {
    return null
  }
  return new BigNumber(MathBN.sub(account.credit_limit, creditExposure(account)))
}

export type CreditRefusal = {
  code: "on_hold" | "closed" | "no_credit" | "credit_blocked" | "currency_mismatch" | "limit_exceeded"
  message: string
}

/** What a buyer of a company on hold reads: the message the credit team wrote for them, or a neutral sentence. */
export function holdMessageForBuyer(account: Pick<CreditAccount, "hold_buyer_message">): string {
  const neutral = "Your company's account is on hold: pay on account is not available"
  const message = account.hold_buyer_message?.trim()
  return message ? `${neutral}. ${message}` : `${neutral}, please contact us.`
}

/**
 * What a buyer may still spend on account: nothing while the account is on
 * hold or closed, whatever the limit says; null without a credit line.
 */
export function availableCreditForBuyer(account: CreditAccount): BigNumber | null {
  const available = availableCredit(account)
  if (available === null || account.status === "active") {
    return available
  }
  return new BigNumber(0)
}

/** Whether a company may buy on account at all, whatever the amount. */
export function onAccountEligibility(account: CreditAccount): CreditRefusal | null {
  if (account.status === "on_hold") {
    return { code: "on_hold", message: holdMessageForBuyer(account) }
  }
  if (account.status === "closed") {
    return { code: "closed", message: "Your company's account is closed: pay on account is not available." }
  }
  if (account.credit_limit === null || account.credit_limit === undefined) {
    return { code: "no_credit", message: "Your company has no credit line: pay on account is not available." }
  }
  return null
}

/**
 * Whether an on-account order of `amount` may be placed. An override
 * approved by a credit controller lifts the limit, never a hold, a closed
 * account or a currency mismatch.
 */
export function checkCredit(input: {
  account: CreditAccount
  amount: BigNumberInput
  currencyCode: string
  overridden?: boolean
}): CreditRefusal | null {
  const { account, amount, overridden } = input
  const currency = input.currencyCode.toLowerCase()
  const ineligible = onAccountEligibility(account)
  if (ineligible) {
    return ineligible
  }
  const available = availableCredit(account)!
  if (currency !== account.currency_code.toLowerCase()) {
    return {
      code: "currency_mismatch",
      message: `Pay on account is in ${account.currency_code.toUpperCase()} for ${account.name}; this cart is in ${currency.toUpperCase()}.`,
    }
  }
  if (overridden) {
    return null
  }
  if (MathBN.eq(account.credit_limit!, 0)) {
    return {
      code: "credit_blocked",
      message: "Your company's credit is blocked: pay on account is not available.",
    }
  }
  if (MathBN.gt(amount, available)) {
    const shown = MathBN.max(available, 0)
    return {
      code: "limit_exceeded",
      message: `Credit limit exceeded: available ${formatMoney(shown, currency)}, order total ${formatMoney(amount, currency)}`,
    }
  }
  return null
}
