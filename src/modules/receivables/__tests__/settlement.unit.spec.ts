import { instalmentDiscount, settlementRefusal } from "../settlement"

describe("instalmentDiscount", () => {
  it.each([
    [{ due_date: "2026-12-31", amount: "100.00" }, "eur", null],
    [{ due_date: "2026-12-31", amount: "100.00", discount_percent: "2", discount_until: null }, "eur", null],
    [{ due_date: "2026-12-31", amount: "100.00", discount_percent: null, discount_until: "2026-12-10" }, "eur", null],
    [
      { due_date: "2026-12-31", amount: "100.00", discount_percent: "2", discount_until: "2026-12-10" },
      "eur",
      { until: "2026-12-10", amount: "2" },
    ],
    // The discounted amount is rounded to the currency; the discount is what is left.
    [
      { due_date: "2026-12-31", amount: "33.33", discount_percent: "2", discount_until: "2026-12-10" },
      "eur",
      { until: "2026-12-10", amount: "0.67" },
    ],
    [
      { due_date: "2026-12-31", amount: "1001", discount_percent: "3", discount_until: "2026-12-10" },
      "jpy",
      { until: "2026-12-10", amount: "30" },
    ],
  ])("%j in %s gives %j", (instalment, currency, expected) => {
    expect(instalmentDiscount(instalment, currency)).toEqual(expected)
  })
})

describe("settlementRefusal", () => {
  const payment = { company_id: "comp_a", currency_code: "eur" }
  const entry = { company_id: "comp_a", currency_code: "eur", document_number: "INV-2026-000001" }
  it.each([
    [null, "10", "50", "Invoice inv_1 is not a receivable (not issued, or not sold on account)"],
    [{ ...entry, company_id: "comp_b" }, "10", "50", "INV-2026-000001 belongs to another company than the payment's"],
    [
      { ...entry, currency_code: "usd" },
      "10",
      "50",
      "INV-2026-000001 is in USD, the payment in EUR: allocations never mix currencies",
    ],
    [entry, "10", "50", "INV-2026-000001 needs 10.00 EUR to be settled, not 50.00 EUR"],
    [entry, "0", "50", "INV-2026-000001 has nothing left to settle"],
    [{ ...entry, document_number: null }, "1250.5", "2000", "inv_1 needs 1,250.50 EUR to be settled, not 2,000.00 EUR"],
  ])("entry %j, needed %s, asked %s: %s", (found, needed, amount, expected) => {
    expect(settlementRefusal({ payment, document_id: "inv_1", entry: found, amount, needed })).toBe(expected)
  })
})
