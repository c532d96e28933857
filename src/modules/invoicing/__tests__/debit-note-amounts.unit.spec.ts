import { DebitRequestError, debitNoteAmounts, LATE_CHARGE_EXEMPTION_REASON } from "../debit-note-amounts"
import type { LateCharge } from "../document"

const INDEMNITY = "Indemnité forfaitaire pour frais de recouvrement, facture INV-2026-000012"

describe("debitNoteAmounts", () => {
  it.each<[string, string, LateCharge, unknown, { net: string; total: string }]>([
    ["the 40 EUR indemnity", "eur", "indemnity", "40", { net: "40.00", total: "40.00" }],
    ["the indemnity given as a number", "eur", "indemnity", 40, { net: "40.00", total: "40.00" }],
    ["interest with cents", "eur", "interest", "12.34", { net: "12.34", total: "12.34" }],
    ["interest in a currency without decimals", "jpy", "interest", "5300", { net: "5300", total: "5300" }],
  ])("charges %s as one exempt line, with no VAT", (_, currency, charge, amount, expected) => {
    const amounts = debitNoteAmounts({ currencyCode: currency, charge, description: INDEMNITY, amount })
    const zero = currency === "jpy" ? "0" : "0.00"
    expect(amounts.lines).toEqual([
      {
        position: 1,
        order_line_item_id: null,
        product_id: null,
        variant_id: null,
        sku: null,
        title: INDEMNITY,
        description: null,
        quantity: 1,
        unit_price: expected.net,
        discount: zero,
        net_amount: expected.net,
        tax_category: "E",
        tax_rate: "0",
        tax_amount: zero,
        charge,
      },
    ])
    expect(amounts.charges).toEqual([])
    expect(amounts.tax_breakdown).toEqual([
      {
        tax_category: "E",
        tax_rate: "0",
        taxable_amount: expected.net,
        tax_amount: zero,
        exemption_reason: LATE_CHARGE_EXEMPTION_REASON[charge],
      },
    ])
    expect([amounts.line_total, amounts.subtotal, amounts.tax_total, amounts.total]).toEqual([
      expected.net,
      expected.net,
      zero,
      expected.total,
    ])
  })

  it("cites the legal basis of each charge being outside the scope of VAT", () => {
    expect(LATE_CHARGE_EXEMPTION_REASON.indemnity).toMatch(/Indemnité.*art\. 256 CGI/)
    expect(LATE_CHARGE_EXEMPTION_REASON.interest).toMatch(/Intérêts de retard.*art\. 256 CGI/)
  })

  it("trims the description it prints", () => {
    const amounts = debitNoteAmounts({
      currencyCode: "eur",
      charge: "indemnity",
      description: `  ${INDEMNITY}  `,
      amount: "40",
    })
    expect(amounts.lines[0].title).toBe(INDEMNITY)
  })

  it.each<[string, Partial<Parameters<typeof debitNoteAmounts>[0]>, string]>([
    ["a zero amount", { amount: "0" }, "amount must be an amount more than 0, not 0"],
    ["a negative amount", { amount: "-40" }, "amount must be an amount more than 0, not -40"],
    ["a negative number", { amount: -1 }, "amount must be an amount more than 0, not -1"],
    ["no amount", { amount: undefined }, "amount is required"],
    ["text for an amount", { amount: "forty" }, '"forty" is not an amount'],
    ["cents of a cent", { amount: "40.001" }, "amount 40.001 has more decimals than EUR has (2)"],
    ["decimals in yen", { currencyCode: "jpy", amount: "40.5" }, "more decimals than JPY has (0)"],
    ["an empty description", { description: "   " }, "description is required"],
    [
      "another charge",
      { charge: "penalty" as LateCharge },
      'charge must be one of indemnity, interest, not "penalty"',
    ],
  ])("refuses %s", (_, change, message) => {
    const request = {
      currencyCode: "eur",
      charge: "indemnity" as const,
      description: INDEMNITY,
      amount: "40",
    }
    const charge = () => debitNoteAmounts({ ...request, ...change })
    expect(charge).toThrow(DebitRequestError)
    expect(charge).toThrow(message)
  })
})
