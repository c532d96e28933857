import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { BigNumber as BigNumberJS } from "bignumber.js"
import { apportionRounded, currencyDecimals, moneyString } from "../../lib/money"
import type { DocumentCharge, DocumentLine, InvoiceDocument, TaxBreakdownRow, VatCategory } from "./document"

/**
 * What one unit of an order line is worth, exactly as Medusa computes it
 * (unrounded): price and discount excluding tax, and tax. Invoices take
 * quantities of it; Medusa's own totals are quantity × these.
 */
export type UnitAmounts = {
  order_line_item_id: string
  product_id: string | null
  variant_id: string | null
  sku: string | null
  title: string
  description: string | null
  unit_price: BigNumberInput
  unit_discount: BigNumberInput
  unit_tax: BigNumberInput
  tax_rate: BigNumberInput
}

export type ChargeAmounts = {
  shipping_method_id: string | null
  credited_charge?: number
  title: string
  net: BigNumberInput
  tax: BigNumberInput
  tax_rate: BigNumberInput
}

/** The figures of a document: the part of its legal content drafting computes. */
export type DocumentAmounts = Pick<
  InvoiceDocument,
  "lines" | "charges" | "tax_breakdown" | "line_total" | "charge_total" | "subtotal" | "tax_total" | "total"
>

const vatCategory = (rate: BigNumberInput): VatCategory => (MathBN.gt(rate, 0) ? "S" : "Z")

const rateString = (rate: BigNumberInput) => MathBN.convert(rate).toFixed()

const sum = (values: BigNumberInput[]) => values.reduce<BigNumberInput>((acc, v) => MathBN.add(acc, v), 0)

/**
 * The figures of a document from exact amounts: every net and tax rounded
 * so that the nets add up to the rounded total excluding tax, and nets plus
 * taxes to the rounded total including tax. A document covering a whole
 * order therefore equals Medusa's order total to the cent, and each VAT row
 * (sum of its lines' rounded taxes) stays within EN 16931's tolerance of
 * base × rate.
 */
export function documentAmounts(
  currencyCode: string,
  lines: Array<
    Omit<DocumentLine, "net_amount" | "tax_amount" | "discount"> & {
      net: BigNumberInput
      tax: BigNumberInput
    }
  >,
  charges: ChargeAmounts[]
): DocumentAmounts {
  const nets = [...lines.map((l) => l.net), ...charges.map((c) => c.net)]
  const taxes = [...lines.map((l) => l.tax), ...charges.map((c) => c.tax)]
  const exactNet = sum(nets)
  const roundedNets = apportionRounded(nets, currencyCode)
  const netTotal = moneyString(exactNet, currencyCode)
  const total = moneyString(MathBN.add(exactNet, sum(taxes)), currencyCode)
  const roundedTaxes = apportionRounded(taxes, currencyCode, MathBN.sub(total, netTotal))

  const decimals = currencyDecimals(currencyCode)
  const documentLines: DocumentLine[] = lines.map(({ net: _net, tax: _tax, ...line }, i) => ({
    ...line,
    // Derived, so that quantity × unit price − discount = net on the printed
    // line (to within half a cent when the unit price has more decimals than
    // the currency and the rounded net went up).
    discount: moneyString(
      MathBN.max(MathBN.sub(MathBN.mult(line.unit_price, line.quantity), roundedNets[i]), 0),
      currencyCode
    ),
    net_amount: roundedNets[i],
    tax_amount: roundedTaxes[i],
  }))
  const documentCharges: DocumentCharge[] = charges.map((c, i) => ({
    shipping_method_id: c.shipping_method_id,
    ...(c.credited_charge === undefined ? {} : { credited_charge: c.credited_charge }),
    title: c.title,
    net_amount: roundedNets[lines.length + i],
    tax_category: vatCategory(c.tax_rate),
    tax_rate: rateString(c.tax_rate),
    tax_amount: roundedTaxes[lines.length + i],
  }))

  const breakdown = new Map<string, TaxBreakdownRow>()
  for (const row of [...documentLines, ...documentCharges]) {
    const key = `${row.tax_category}:${row.tax_rate}`
    const current = breakdown.get(key) ?? {
      tax_category: row.tax_category,
      tax_rate: row.tax_rate,
      taxable_amount: "0",
      tax_amount: "0",
    }
    current.taxable_amount = MathBN.add(current.taxable_amount, row.net_amount).toFixed(decimals)
    current.tax_amount = MathBN.add(current.tax_amount, row.tax_amount).toFixed(decimals)
    breakdown.set(key, current)
  }
  const lineTotal = sum(documentLines.map((l) => l.net_amount))
  const chargeTotal = sum(documentCharges.map((c) => c.net_amount))
  return {
    lines: documentLines,
    charges: documentCharges,
    tax_breakdown: [...breakdown.values()].sort(
      (a, b) => MathBN.convert(b.tax_rate).comparedTo(MathBN.convert(a.tax_rate)) ?? 0
    ),
    line_total: MathBN.convert(lineTotal).toFixed(decimals),
    charge_total: MathBN.convert(chargeTotal).toFixed(decimals),
    subtotal: netTotal,
    tax_total: MathBN.sub(total, netTotal).toFixed(decimals),
    total,
  }
}

// Unit prices may carry more decimals than the currency (0.0125 EUR a
// screw); EN 16931 allows it for prices, not for amounts.
const UNIT_PRICE_DECIMALS = 4

/** A unit price as printed: the currency's decimals, or up to four when the price has them. */
function unitPriceString(price: BigNumberInput, currencyCode: string): string {
  const decimals = currencyDecimals(currencyCode)
  const rounded = MathBN.convert(price).decimalPlaces(
    Math.max(decimals, UNIT_PRICE_DECIMALS),
    BigNumberJS.ROUND_HALF_UP
  )
  return (rounded.decimalPlaces() ?? 0) > decimals ? rounded.toFixed() : rounded.toFixed(decimals)
}

/** An invoice for `quantity` units of each order line, plus the charges (shipping) it carries. */
export function invoiceAmounts(input: {
  currencyCode: string
  items: Array<{ unit: UnitAmounts; quantity: number }>
  charges: ChargeAmounts[]
}): DocumentAmounts {
  const lines = input.items
    .filter(({ quantity }) => quantity > 0)
    .map(({ unit, quantity }, index) => ({
      position: index + 1,
      order_line_item_id: unit.order_line_item_id,
      product_id: unit.product_id,
      variant_id: unit.variant_id,
      sku: unit.sku,
      title: unit.title,
      description: unit.description,
      quantity,
      unit_price: unitPriceString(unit.unit_price, input.currencyCode),
      tax_category: vatCategory(unit.tax_rate),
      tax_rate: rateString(unit.tax_rate),
      net: MathBN.mult(MathBN.sub(unit.unit_price, unit.unit_discount), quantity),
      tax: MathBN.mult(unit.unit_tax, quantity),
    }))
  return documentAmounts(input.currencyCode, lines, input.charges)
}

/** How much of an invoice earlier credit notes already took back. */
export type Credited = {
  /** By invoice line position: quantity, net and tax already credited. */
  lines: Map<number, { quantity: number; net: string; tax: string }>
  /** By charge index: net and tax already credited. */
  charges: Map<number, { net: string; tax: string }>
}

/** What each invoice line still has to credit, tax included. */
export function lineAmountsLeft(lines: DocumentLine[], credited: Credited) {
  return lines.map((line) => {
    const done = credited.lines.get(line.position)
    return MathBN.max(
      MathBN.sub(MathBN.add(line.net_amount, line.tax_amount), MathBN.add(done?.net ?? 0, done?.tax ?? 0)),
      0
    )
  })
}

/**
 * Spreads an amount to credit over invoices, oldest first, each taking at
 * most what its lines have left; what no invoice can take is returned apart.
 */
export function allocateAmountToInvoices(
  amount: BigNumberInput,
  invoices: Array<{ id: string; left: BigNumberInput }>
): { credits: Array<{ invoice_id: string; amount: string }>; unallocated: string } {
  let rest = MathBN.convert(amount)
  const credits: Array<{ invoice_id: string; amount: string }> = []
  for (const invoice of invoices) {
    const take = MathBN.min(rest, invoice.left)
    if (MathBN.gt(take, 0)) {
      credits.push({ invoice_id: invoice.id, amount: take.toFixed() })
      rest = MathBN.sub(rest, take)
    }
  }
  return { credits, unallocated: rest.toFixed() }
}

/** Everything still creditable on an invoice: what a full credit note (cancellation) takes back. */
export function remainingToCredit(
  invoice: { lines: DocumentLine[]; charges: DocumentCharge[] },
  credited: Credited
): { lines: Array<{ position: number; quantity: number }>; charges: boolean } {
  return {
    lines: invoice.lines
      .map((l) => ({
        position: l.position,
        quantity: l.quantity - (credited.lines.get(l.position)?.quantity ?? 0),
      }))
      .filter((l) => l.quantity > 0),
    charges: invoice.charges.some((_, index) => !credited.charges.has(index)),
  }
}

/** What earlier credit notes of an invoice took back, by the invoice's line positions and charge indexes. */
export function creditedSoFar(
  creditNotes: Array<{ lines: DocumentLine[]; charges: DocumentCharge[] }>
): Credited {
  const credited: Credited = { lines: new Map(), charges: new Map() }
  for (const note of creditNotes) {
    for (const line of note.lines) {
      const position = line.credited_position ?? line.position
      const done = credited.lines.get(position) ?? { quantity: 0, net: "0", tax: "0" }
      credited.lines.set(position, {
        quantity: done.quantity + (line.price_reduction ? 0 : line.quantity),
        net: MathBN.add(done.net, line.net_amount).toFixed(),
        tax: MathBN.add(done.tax, line.tax_amount).toFixed(),
      })
    }
    note.charges.forEach((charge, index) => {
      credited.charges.set(charge.credited_charge ?? index, {
        net: charge.net_amount,
        tax: charge.tax_amount,
      })
    })
  }
  return credited
}

/**
 * Spreads returned quantities of order lines over the order's invoices,
 * oldest first, each taking at most what it still has to credit: the credit
 * notes a return produces, one per invoice it touches.
 */
export function allocateReturnToInvoices(
  returned: Map<string, number>,
  invoices: Array<{ id: string; lines: DocumentLine[]; credited: Credited }>
): Array<{ invoice_id: string; lines: Array<{ position: number; quantity: number }> }> {
  const left = new Map(returned)
  const notes: Array<{ invoice_id: string; lines: Array<{ position: number; quantity: number }> }> = []
  for (const invoice of invoices) {
    const lines: Array<{ position: number; quantity: number }> = []
    for (const line of invoice.lines) {
      const wanted = line.order_line_item_id ? (left.get(line.order_line_item_id) ?? 0) : 0
      const creditable = line.quantity - (invoice.credited.lines.get(line.position)?.quantity ?? 0)
      const quantity = Math.min(wanted, creditable)
      if (quantity > 0) {
        lines.push({ position: line.position, quantity })
        left.set(line.order_line_item_id!, wanted - quantity)
      }
    }
    if (lines.length) {
      notes.push({ invoice_id: invoice.id, lines })
    }
  }
  return notes
}
