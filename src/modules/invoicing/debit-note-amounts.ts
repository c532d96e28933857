import { MathBN } from "@medusajs/framework/utils"
import { amountProblem } from "../../lib/amount-input"
import { currencyDecimals, moneyString } from "../../lib/money"
import type { LateCharge, VatCategory } from "./document"
import { type DocumentAmounts, documentAmounts } from "./drafting"

/**
 * A debit note's figures: one late-payment charge (the recovery indemnity
 * or late-payment interest) on a late invoice, as one line. Pure; a request
 * that cannot be charged is a DebitRequestError with a sentence for the person.
 */

export class DebitRequestError extends Error {}

export const LATE_CHARGES = ["indemnity", "interest"] as const satisfies readonly LateCharge[]

/**
 * Neither charge is the consideration for a supply of goods or services: the
 * indemnity (D441-5 C. com.) compensates recovery costs and the interest
 * (L441-10 C. com.) compensates the delay, so both are outside the scope of
 * French VAT (art. 256 CGI). EN 16931 has two ways to say "no VAT" here:
 * - "O" (not subject to VAT) is refused as soon as the seller or the buyer
 *   has a VAT number (BR-O-02), and every B2B party here has one;
 * - "E" (exempt) at 0 % with the legal basis as exemption reason text
 *   (BR-E-02, BR-E-05, BR-E-10) validates with both VAT numbers present.
 * So "E", with no VATEX code: the CEF list has none for "outside the scope"
 * under French law (VATEX-EU-O belongs to category O). The reason is in
 * French in every language: it cites French law, and it is frozen with the
 * document (BT-120) whatever language the PDF is printed in.
 */
export const LATE_CHARGE_VAT: { category: VatCategory; rate: string } = { category: "E", rate: "0" }

export const LATE_CHARGE_EXEMPTION_REASON: Record<LateCharge, string> = {
  indemnity: "Indemnité forfaitaire de recouvrement non soumise à la TVA (art. 256 CGI)",
  interest: "Intérêts de retard non soumis à la TVA (art. 256 CGI)",
}

// A line's title is printed on one row of the PDF and carried as BT-153.
const MAX_DESCRIPTION = 500

export function debitNoteAmounts(input: {
  currencyCode: string
  charge: LateCharge
  description: string
  amount: unknown
}): DocumentAmounts {
  const { currencyCode, charge } = input
  if (!(LATE_CHARGES as readonly string[]).includes(charge)) {
    throw new DebitRequestError(
      `charge must be one of ${LATE_CHARGES.join(", ")}, not ${JSON.stringify(charge)}`
    )
  }
  const description = input.description?.trim() ?? ""
  if (!description || description.length > MAX_DESCRIPTION) {
    throw new DebitRequestError(
      `description is required (at most ${MAX_DESCRIPTION} characters): it is printed as the debit note's line`
    )
  }
  const problem = amountProblem(input.amount, "amount", { zero: false })
  if (problem) {
    throw new DebitRequestError(problem)
  }
  const amount = MathBN.convert(String(input.amount).trim())
  const decimals = currencyDecimals(currencyCode)
  if ((amount.decimalPlaces() ?? 0) > decimals) {
    throw new DebitRequestError(
      `amount ${String(input.amount).trim()} has more decimals than ${currencyCode.toUpperCase()} has (${decimals})`
    )
  }
  const unitPrice = moneyString(amount, currencyCode)
  const amounts = documentAmounts(
    currencyCode,
    [
      {
        position: 1,
        order_line_item_id: null,
        product_id: null,
        variant_id: null,
        sku: null,
        title: description,
        description: null,
        quantity: 1,
        unit_price: unitPrice,
        tax_category: LATE_CHARGE_VAT.category,
        tax_rate: LATE_CHARGE_VAT.rate,
        charge,
        net: unitPrice,
        tax: 0,
      },
    ],
    []
  )
  return {
    ...amounts,
    tax_breakdown: amounts.tax_breakdown.map((row) => ({
      ...row,
      exemption_reason: LATE_CHARGE_EXEMPTION_REASON[charge],
    })),
  }
}
