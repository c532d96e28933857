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
function documentAmounts(
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

export class CreditRequestError extends Error {}

/**
 * A credit note's figures: for each requested invoice line, the quantity's
 * share of what the invoice charged for it. Crediting the last units of a
 * line takes exactly what is left of it, so crediting a whole invoice, in
 * one note or several, gives back its amounts to the cent.
 */
export function creditNoteAmounts(input: {
  currencyCode: string
  invoice: { lines: DocumentLine[]; charges: DocumentCharge[] }
  credited: Credited
  lines: Array<{ position: number; quantity: number }>
  charges: boolean
}): DocumentAmounts {
  const { currencyCode, invoice, credited } = input
  const seen = new Set<number>()
  const lines = input.lines.map((request, index) => {
    const line = invoice.lines.find((l) => l.position === request.position)
    if (!line) {
      throw new CreditRequestError(`The invoice has no line ${request.position}`)
    }
    if (seen.has(request.position)) {
      throw new CreditRequestError(`Line ${request.position} is requested twice`)
    }
    seen.add(request.position)
    const done = credited.lines.get(line.position) ?? { quantity: 0, net: "0", tax: "0" }
    const remaining = line.quantity - done.quantity
    if (!Number.isInteger(request.quantity) || request.quantity < 1 || request.quantity > remaining) {
      throw new CreditRequestError(
        `Line ${line.position} (${line.sku ?? line.title}) has ${remaining} of ${line.quantity} left to credit, not ${request.quantity}`
      )
    }
    // Cumulative shares: the rounded share of everything credited once this
    // note is issued, less what earlier notes (price reductions included)
    // took. Credits of a line, in any number of pieces, never exceed it and
    // end exactly at it.
    const creditedAfter = done.quantity + request.quantity
    const share = (amount: string, creditedSoFar: string) =>
      MathBN.max(
        MathBN.sub(
          moneyString(MathBN.div(MathBN.mult(amount, creditedAfter), line.quantity), currencyCode),
          creditedSoFar
        ),
        0
      )
    return {
      position: index + 1,
      order_line_item_id: line.order_line_item_id,
      product_id: line.product_id,
      variant_id: line.variant_id,
      sku: line.sku,
      title: line.title,
      description: line.description,
      quantity: request.quantity,
      unit_price: line.unit_price,
      tax_category: line.tax_category,
      tax_rate: line.tax_rate,
      credited_position: line.position,
      net: share(line.net_amount, done.net),
      tax: share(line.tax_amount, done.tax),
    }
  })
  const charges = input.charges
    ? invoice.charges.flatMap((charge, index) => {
        const done = credited.charges.get(index)
        return done
          ? []
          : [
              {
                shipping_method_id: charge.shipping_method_id,
                credited_charge: index,
                title: charge.title,
                net: charge.net_amount,
                tax: charge.tax_amount,
                tax_rate: charge.tax_rate,
              },
            ]
      })
    : []
  if (lines.length === 0 && charges.length === 0) {
    throw new CreditRequestError("Nothing left to credit on this invoice")
  }
  return documentAmounts(currencyCode, lines, charges)
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

/**
 * A refund with no goods coming back (a commercial gesture, a price
 * correction): the refunded amount, tax included, credited as price
 * reductions on the invoice's lines, in proportion to what each still has
 * to credit, each at its own VAT rate. The buyer keeps the goods, so no units
 * leave the lines; a later return credits at most what is left of them.
 */
export function priceReductionAmounts(input: {
  currencyCode: string
  invoice: { lines: DocumentLine[] }
  credited: Credited
  amount: BigNumberInput
}): DocumentAmounts {
  const { currencyCode, invoice, credited } = input
  const left = lineAmountsLeft(invoice.lines, credited)
  const totalLeft = sum(left)
  const amount = moneyString(input.amount, currencyCode)
  if (!MathBN.gt(amount, 0)) {
    throw new CreditRequestError("A refund to credit must be more than zero")
  }
  if (MathBN.gt(amount, totalLeft)) {
    throw new CreditRequestError(
      `The refund of ${amount} is more than the ${moneyString(totalLeft, currencyCode)} left to credit on this invoice's lines`
    )
  }
  const shares = apportionRounded(
    left.map((l) => MathBN.div(MathBN.mult(l, amount), totalLeft)),
    currencyCode,
    amount
  )
  const lines = invoice.lines.flatMap((line, i) => {
    if (!MathBN.gt(shares[i], 0)) return []
    const net = moneyString(
      MathBN.div(shares[i], MathBN.add(1, MathBN.div(line.tax_rate, 100))),
      currencyCode
    )
    return [
      {
        order_line_item_id: line.order_line_item_id,
        product_id: line.product_id,
        variant_id: line.variant_id,
        sku: line.sku,
        title: `Price reduction: ${line.title}`,
        description: line.description,
        quantity: 1,
        unit_price: net,
        tax_category: line.tax_category,
        tax_rate: line.tax_rate,
        credited_position: line.position,
        price_reduction: true,
        net,
        tax: MathBN.sub(shares[i], net),
      },
    ]
  })
  return documentAmounts(
    currencyCode,
    lines.map((line, i) => ({ ...line, position: i + 1 })),
    []
  )
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
