import { MathBN } from "@medusajs/framework/utils"
import {
  availableCredit,
  availableCreditForBuyer,
  type CreditAccount,
  checkCredit,
  creditExposure,
  holdMessageForBuyer,
} from "../credit"

const account = (overrides: Partial<CreditAccount> = {}): CreditAccount => ({
  name: "Atelier Martin",
  status: "active",
  currency_code: "eur",
  credit_limit: 5000,
  uninvoiced_exposure: 2750,
  receivables_exposure: 1000,
  ...overrides,
})

describe("exposure and available credit", () => {
  it("adds open receivables and uninvoiced on-account orders", () => {
    expect(MathBN.convert(creditExposure(account())).toFixed()).toBe("3750")
    expect(MathBN.convert(availableCredit(account())!).toFixed()).toBe("1250")
  })

  it("has no available credit without a limit", () => {
    expect(availableCredit(account({ credit_limit: null }))).toBeNull()
  })

  it("keeps exact decimals", () => {
    const a = account({ credit_limit: "0.3", uninvoiced_exposure: "0.1", receivables_exposure: "0.2" })
    expect(MathBN.convert(availableCredit(a)!).toFixed()).toBe("0")
  })
})

describe("checkCredit", () => {
  it.each<[string, Partial<CreditAccount>, string, string, boolean, string | null]>([
    ["within the limit", {}, "1250", "eur", false, null],
    ["exactly the available credit", {}, "1250.00", "EUR", false, null],
    ["one cent over", {}, "1250.01", "eur", false, "limit_exceeded"],
    ["on hold", { status: "on_hold", hold_buyer_message: "Please call us" }, "10", "eur", false, "on_hold"],
    ["on hold, even with an override", { status: "on_hold" }, "10", "eur", true, "on_hold"],
    ["closed", { status: "closed" }, "10", "eur", false, "closed"],
    ["without a credit line", { credit_limit: null }, "10", "eur", false, "no_credit"],
    [
      "with a zero limit",
      { credit_limit: 0, uninvoiced_exposure: 0, receivables_exposure: 0 },
      "10",
      "eur",
      false,
      "credit_blocked",
    ],
    ["in another currency", {}, "10", "usd", false, "currency_mismatch"],
    ["over the limit with an override", {}, "99999", "eur", true, null],
  ])("%s", (_, overrides, amount, currency, overridden, expected) => {
    const refusal = checkCredit({ account: account(overrides), amount, currencyCode: currency, overridden })
    expect(refusal?.code ?? null).toBe(expected)
  })

  it.each([
    [{}, "2000", "Credit limit exceeded: available 1,250.00 EUR, order total 2,000.00 EUR"],
    [{ credit_limit: 3000 }, "10.5", "Credit limit exceeded: available 0.00 EUR, order total 10.50 EUR"],
    [
      { status: "on_hold" as const },
      "1",
      "Your company's account is on hold: pay on account is not available, please contact us.",
    ],
    [
      { status: "on_hold" as const, hold_buyer_message: "Please call Julie on 01 23 45 67 89." },
      "1",
      "Your company's account is on hold: pay on account is not available. Please call Julie on 01 23 45 67 89.",
    ],
    [{}, "1", "Pay on account is in EUR for Atelier Martin; this cart is in USD.", "usd"],
  ])("explains %j / %s as %p", (overrides, amount, message, currency = "eur") => {
    expect(checkCredit({ account: account(overrides), amount, currencyCode: currency })?.message).toBe(
      message
    )
  })
})

describe("holdMessageForBuyer", () => {
  it.each([
    [null, "Your company's account is on hold: pay on account is not available, please contact us."],
    ["   ", "Your company's account is on hold: pay on account is not available, please contact us."],
    ["Call us.", "Your company's account is on hold: pay on account is not available. Call us."],
  ])("with the buyer message %p", (message, expected) => {
    expect(holdMessageForBuyer({ hold_buyer_message: message })).toBe(expected)
  })
})

describe("availableCreditForBuyer", () => {
  it.each<[string, Partial<CreditAccount>, string | null]>([
    ["active", {}, "1250"],
    ["active and over the limit", { credit_limit: 3000 }, "-750"],
    ["on hold", { status: "on_hold" }, "0"],
    ["closed", { status: "closed" }, "0"],
    ["without a credit line", { credit_limit: null }, null],
    ["on hold without a credit line", { status: "on_hold", credit_limit: null }, null],
  ])("%s", (_, overrides, expected) => {
    const available = availableCreditForBuyer(account(overrides))
    expect(available === null ? null : MathBN.convert(available).toFixed()).toBe(expected)
  })
})
