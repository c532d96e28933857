import type { BigNumberInput } from "@medusajs/framework/types"
import { BigNumber, MathBN } from "@medusajs/framework/utils"
import { BigNumber as BigNumberJS } from "bignumber.js"

/**
 * Money conventions for the whole plugin.
 *
 * Amounts are decimal numbers in the currency's main unit (1250.5 EUR), the
 * way Medusa stores and returns them, held as Medusa's BigNumber and computed
 * with MathBN: never with JavaScript floats. Rounding to the currency's
 * precision happens once, where an amount becomes a document figure (a line
 * total, an instalment, a tax amount), half away from zero as invoices expect.
 */

// ISO 4217 minor units where they are not 2.
const MINOR_UNITS: Record<string, number> = {
  bif: 0,
  clp: 0,
  djf: 0,
  gnf: 0,
  isk: 0,
  jpy: 0,
  kmf: 0,
  krw: 0,
  pyg: 0,
  rwf: 0,
  ugx: 0,
  uyi: 0,
  vnd: 0,
  vuv: 0,
  xaf: 0,
  xof: 0,
  xpf: 0,
  bhd: 3,
  iqd: 3,
  jod: 3,
  kwd: 3,
  lyd: 3,
  omr: 3,
  tnd: 3,
  clf: 4,
  uyw: 4,
}

const CURRENCY_CODE = /^[a-z]{3}$/

function normalizeCurrency(currencyCode: string): string {
  const code = currencyCode.toLowerCase()
  if (!CURRENCY_CODE.test(code)) {
    throw new Error(`"${currencyCode}" is not an ISO 4217 currency code`)
  }
  return code
}

/** Number of decimals of a currency: 0 (JPY), 2 (EUR), 3 (KWD)... */
export function currencyDecimals(currencyCode: string): number {
  return MINOR_UNITS[normalizeCurrency(currencyCode)] ?? 2
}

type Decimal = ReturnType<typeof MathBN.convert>

function roundedJs(amount: BigNumberInput, currencyCode: string): Decimal {
  return MathBN.convert(amount).decimalPlaces(currencyDecimals(currencyCode), BigNumberJS.ROUND_HALF_UP)
}

/** Rounds to the currency's precision, half away from zero (2.345 EUR -> 2.35, -2.345 -> -2.35). */
export function roundMoney(amount: BigNumberInput, currencyCode: string): BigNumber {
  return new BigNumber(roundedJs(amount, currencyCode))
}

/** Amount in the currency's smallest unit, as an exact integer (12.34 EUR -> 1234n). Rounds first. */
export function toMinorUnits(amount: BigNumberInput, currencyCode: string): bigint {
  const scaled = roundedJs(amount, currencyCode).shiftedBy(currencyDecimals(currencyCode))
  return BigInt(scaled.toFixed(0))
}

/** Inverse of toMinorUnits: 1234n EUR -> 12.34. Bank formats such as BAI2 carry implied decimals. */
export function fromMinorUnits(minor: bigint | string | number, currencyCode: string): BigNumber {
  const value = new BigNumberJS(minor.toString())
  if (!value.isInteger()) {
    throw new Error(`minor units must be an integer, got ${minor}`)
  }
  return new BigNumber(value.shiftedBy(-currencyDecimals(currencyCode)))
}

/**
 * Splits a total into parts by percentage portions. Every part but the last is
 * rounded to the currency; the last takes the remainder, so the parts always
 * add up to the total exactly (100 EUR in thirds -> 33.33, 33.33, 33.34).
 */
export function splitByPortions(
  total: BigNumberInput,
  portionsPercent: BigNumberInput[],
  currencyCode: string
): BigNumber[] {
  if (portionsPercent.length === 0) {
    throw new Error("at least one portion is required")
  }
  if (portionsPercent.some((p) => MathBN.lte(p, 0))) {
    throw new Error("every portion must be greater than 0 %")
  }
  if (!MathBN.eq(MathBN.add(...portionsPercent), 100)) {
    throw new Error("portions must add up to 100 %")
  }
  const roundedTotal = roundedJs(total, currencyCode)
  const parts = portionsPercent
    .slice(0, -1)
    .map((p) => roundedJs(MathBN.div(MathBN.mult(roundedTotal, p), 100), currencyCode))
  const last = parts.reduce((rest, part) => rest.minus(part), roundedTotal)
  return [...parts, last].map((part) => new BigNumber(part))
}

/** An amount as a document figure: rounded, with exactly the currency's decimals ("12.30", "1250" JPY). */
export function moneyString(amount: BigNumberInput, currencyCode: string): string {
  return roundedJs(amount, currencyCode).toFixed(currencyDecimals(currencyCode))
}

/**
 * Rounds non-negative amounts to the currency so that they add up exactly to
 * `target` (by default the rounded sum): each is cut down to whole minor
 * units, and the units left over go to the largest cut-off fractions
 * (largest remainder). Document lines then add up to the document total to
 * the cent, whatever the rounding of each line.
 */
export function apportionRounded(
  amounts: BigNumberInput[],
  currencyCode: string,
  target?: BigNumberInput
): string[] {
  const decimals = currencyDecimals(currencyCode)
  // Medusa's totals can leave dust such as -2e-21 where an amount is zero.
  const scaled = amounts
    .map((a) => MathBN.convert(a).shiftedBy(decimals))
    .map((a) => (a.abs().lt(1e-9) ? new BigNumberJS(0) : a))
  if (scaled.some((a) => a.isNegative())) {
    throw new Error("apportionRounded takes amounts >= 0")
  }
  const floors = scaled.map((a) => a.integerValue(BigNumberJS.ROUND_FLOOR))
  const sum = scaled.reduce((acc, a) => acc.plus(a), new BigNumberJS(0))
  const wanted = (target === undefined ? sum : MathBN.convert(target).shiftedBy(decimals)).decimalPlaces(
    0,
    BigNumberJS.ROUND_HALF_UP
  )
  let left = wanted.minus(floors.reduce((acc, f) => acc.plus(f), new BigNumberJS(0))).toNumber()
  if (left < 0 || left > amounts.length) {
    throw new Error(`cannot apportion ${sum.shiftedBy(-decimals)} to ${wanted.shiftedBy(-decimals)}`)
  }
  const byRemainder = scaled
    .map((a, index) => ({ index, remainder: a.minus(floors[index]) }))
    .sort((x, y) => y.remainder.comparedTo(x.remainder) || x.index - y.index)
  const units = [...floors]
  for (const { index } of byRemainder) {
    if (left === 0) break
    units[index] = units[index].plus(1)
    left--
  }
  return units.map((u) => u.shiftedBy(-decimals).toFixed(decimals))
}

// Building an Intl formatter costs far more than using one: a dunning run formats tens of thousands of amounts.
const numberFormats = new Map<string, Intl.NumberFormat>()
function numberFormat(locale: string, decimals: number) {
  const key = `${locale}:${decimals}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: true,
    })
    numberFormats.set(key, format)
  }
  return format
}

/**
 * Formats an amount for people: "1,250.00 EUR". Used in error messages and
 * documents; the amount is formatted from its exact decimal string, never
 * through a float.
 */
export function formatMoney(amount: BigNumberInput, currencyCode: string, locale = "en-US"): string {
  const decimals = currencyDecimals(currencyCode)
  const formatter = numberFormat(locale, decimals)
  // Intl accepts a decimal string and keeps every digit of it (ES2023).
  const digits = roundedJs(amount, currencyCode).toFixed(decimals)
  return `${formatter.format(digits as unknown as number)} ${currencyCode.toUpperCase()}`
}

/**
 * The exact value of a bigNumber field of an entity read through Medusa:
 * the field itself is a JavaScript number, its raw_ twin keeps every digit.
 */
export function exactAmount(entity: Record<string, any>, field: string): Decimal {
  return MathBN.convert(entity[`raw_${field}`] ?? entity[field] ?? 0)
}

/**
 * An amount as a DML bigNumber field takes it on create: the models type
 * the field as a number, but a BigNumber keeps every digit into its raw_ twin.
 */
export function modelAmount(value: BigNumberInput): number {
  return new BigNumber(value) as unknown as number
}

/** Amounts go out as JSON numbers, like Medusa's own: computed exactly, converted only to be sent. */
export function num(value: BigNumberInput | null | undefined): number | null {
  return value === null || value === undefined ? null : MathBN.convert(value).toNumber()
}
