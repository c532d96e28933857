import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { apportionRounded, moneyString } from "../../lib/money"
import type { DocumentCharge, DocumentLine } from "./document"
import { type Credited, type DocumentAmounts, documentAmounts, lineAmountsLeft } from "./drafting"

/**
 * A credit note's figures, from the invoice it corrects and what earlier
 * notes took back: units returned (creditNoteAmounts) or a price reduction
 * with no goods back (priceReductionAmounts). Pure; a request that cannot
 * be credited is a CreditRequestError with a sentence for the person.
 */

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
  const totalLeft = MathBN.add(0, ...left)
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
