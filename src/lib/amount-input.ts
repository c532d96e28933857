import { z } from "@medusajs/framework/zod"

/**
 * Amounts as the API takes them: a JSON number or a decimal string (strings
 * keep every digit). The schema reports one sentence naming the field, as a
 * custom issue: Medusa's error formatter replaces the messages of
 * `too_small` and union issues with its own ("Value for field 'amount' too
 * small, expected at least: '0'"), once per union branch.
 */

const DECIMAL = /^\d+(\.\d+)?$/

export type AmountRule = { zero: boolean }

/** Why a value is not an amount the field takes, in a sentence; null when it is one. */
export function amountProblem(value: unknown, field: string, rule: AmountRule): string | null {
  const wanted = rule.zero ? "an amount of 0 or more" : "an amount more than 0"
  const example = rule.zero ? 'such as 0, 5000 or "5000.50"' : 'such as 120 or "120.50"'
  if (value === undefined || value === null) {
    return `${field} is required: ${wanted}, ${example}`
  }
  const isNumber = typeof value === "number" && Number.isFinite(value)
  const isDecimal = typeof value === "string" && DECIMAL.test(value.trim())
  const isSignedDecimal = typeof value === "string" && /^-\d+(\.\d+)?$/.test(value.trim())
  if (!isNumber && !isDecimal && !isSignedDecimal) {
    return `${field} must be ${wanted}, ${example}; ${JSON.stringify(value)} is not an amount`
  }
  const negative = isNumber ? (value as number) < 0 : isSignedDecimal
  const zero = !negative && (isNumber ? value === 0 : /^0+(\.0+)?$/.test((value as string).trim()))
  if (negative || (zero && !rule.zero)) {
    return `${field} must be ${wanted}, not ${String(value).trim()}`
  }
  return null
}

/** A zod schema for an amount field; the value goes through unchanged. */
export function amountSchema(field: string, rule: AmountRule = { zero: false }) {
  return z.custom<number | string>().superRefine((value, ctx) => {
    const problem = amountProblem(value, field, rule)
    if (problem) {
      ctx.addIssue({ code: "custom", message: problem })
    }
  })
}
