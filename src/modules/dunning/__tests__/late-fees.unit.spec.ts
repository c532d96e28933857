import { recoveryIndemnity } from "../late-fees"

describe("recoveryIndemnity", () => {
  it.each([
    [
      "a late EUR invoice",
      { currency_code: "EUR", already_claimed: false, company_in_insolvency: false },
      "40.00",
    ],
    [
      "claimed once already",
      { currency_code: "eur", already_claimed: true, company_in_insolvency: false },
      null,
    ],
    [
      "a company in insolvency proceedings",
      { currency_code: "eur", already_claimed: false, company_in_insolvency: true },
      null,
    ],
    [
      "an invoice in another currency",
      { currency_code: "usd", already_claimed: false, company_in_insolvency: false },
      null,
    ],
  ])("%s", (_, invoice, expected) => {
    expect(recoveryIndemnity(invoice)).toBe(expected)
  })
})
