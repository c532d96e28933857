import { coverOldestFirst } from "../promises"

// A company's open invoices, oldest due first (as the caller sorts them).
const INVOICES = [
  { invoice_id: "inv_a", currency_code: "eur", open: "100.00" },
  { invoice_id: "inv_b", currency_code: "eur", open: "200.00" },
  { invoice_id: "inv_c", currency_code: "usd", open: "300.00" },
  { invoice_id: "inv_d", currency_code: "eur", open: "50.00" },
]
const promise = (amount: unknown, invoiceIds: unknown = null, currency = "eur", raw?: unknown) => ({
  invoice_ids: invoiceIds,
  currency_code: currency,
  amount,
  ...(raw === undefined ? {} : { raw_amount: raw }),
})

describe("coverOldestFirst", () => {
  it.each([
    ["naming no invoice: oldest first", [promise(250)], { inv_a: "100", inv_b: "150" }],
    ["an empty list names none", [promise(120, [])], { inv_a: "100", inv_b: "20" }],
    ["never more than is open", [promise(1000)], { inv_a: "100", inv_b: "200", inv_d: "50" }],
    ["to the cent", [promise("100.01")], { inv_a: "100", inv_b: "0.01" }],
    ["naming one: that one only, not beyond what is open", [promise(250, ["inv_b"])], { inv_b: "200" }],
    // Named D then A: still the older A first.
    [
      "naming several: the oldest of them first",
      [promise(120, ["inv_d", "inv_a"])],
      { inv_a: "100", inv_d: "20" },
    ],
    ["in its currency only", [promise(1000, null, "usd")], { inv_c: "300" }],
    ["naming an invoice in another currency: nothing", [promise(100, ["inv_a"], "usd")], {}],
    ["naming an invoice no longer open: nothing, not the others", [promise(100, ["inv_paid"])], {}],
    ["a promise of nothing", [promise(0)], {}],
    // The exact raw amount wins over the rounded number.
    [
      "its raw amount first",
      [promise(150, null, "eur", { value: "150.505", precision: 20 })],
      { inv_a: "100", inv_b: "50.505" },
    ],
    [
      "several promises: each takes what the ones before left",
      [promise(150), promise(100, ["inv_a"]), promise(100)],
      // 150: A 100, B 50; the one naming A finds nothing left; 100: B 100.
      { inv_a: "100", inv_b: "150" },
    ],
    [
      "several promises on the same invoice add up",
      [promise(80, ["inv_b"]), promise(300)],
      // 80 on B; then A 100, B the 120 left, D 50 (30 of the 300 unused).
      { inv_a: "100", inv_b: "200", inv_d: "50" },
    ],
    [
      "promises in two currencies",
      [promise(40, null, "usd"), promise(30, ["inv_d"]), promise(60, null, "usd")],
      { inv_c: "100", inv_d: "30" },
    ],
  ])("%s", (_, promises, expected) => {
    expect(Object.fromEntries(coverOldestFirst(promises, INVOICES))).toEqual(expected)
  })

  it("takes the invoices in the order given: the caller sorts them by due date", () => {
    const newestFirst = [...INVOICES].reverse()
    expect(Object.fromEntries(coverOldestFirst([promise(70)], newestFirst))).toEqual({
      inv_d: "50",
      inv_b: "20",
    })
  })

  it("leaves the invoices it was given as they were", () => {
    const invoices = INVOICES.map((i) => ({ ...i }))
    coverOldestFirst([promise(1000), promise(1000, null, "usd")], invoices)
    expect(invoices).toEqual(INVOICES)
  })
})
