import { creditSettingChanges, missingReasonMessage } from "../credit-settings"

const martin = {
  name: "Atelier Martin",
  currency_code: "eur",
  credit_limit: "5000",
  payment_term_id: "pt_net30",
  status: "active",
}

describe("creditSettingChanges", () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ["nothing credit related", { billing_email: "a@b.fr" }, []],
    ["the same limit written differently", { credit_limit: "5000.00" }, []],
    ["a lower limit", { credit_limit: 4000 }, ["limit_changed"]],
    ["the removal of the line", { credit_limit: null }, ["limit_changed"]],
    ["the same term", { payment_term_id: "pt_net30" }, []],
    ["another term", { payment_term_id: "pt_net60" }, ["payment_term_changed"]],
    ["a hold", { status: "on_hold" }, ["hold"]],
    ["a closure", { status: "closed" }, ["status_changed"]],
    [
      "a limit and a term",
      { credit_limit: 1, payment_term_id: null },
      ["limit_changed", "payment_term_changed"],
    ],
  ])("%s", (_, changes, types) => {
    expect(creditSettingChanges(martin, changes).map((e) => e.type)).toEqual(types)
  })

  it("calls leaving a hold a release", () => {
    expect(creditSettingChanges({ ...martin, status: "on_hold" }, { status: "active" })).toEqual([
      { type: "release", from_value: { status: "on_hold" }, to_value: { status: "active" } },
    ])
  })
})

describe("missingReasonMessage", () => {
  it.each<[string, Record<string, unknown>, string | null | undefined, string | null]>([
    ["no credit change needs no reason", { billing_email: "a@b.fr" }, undefined, null],
    ["a change with a reason", { credit_limit: null }, "Ceased trading", null],
    [
      "a removed line without a reason",
      { credit_limit: null },
      undefined,
      'Atelier Martin: a reason is required to change the credit limit from 5,000.00 EUR to no credit line. Send it as "reason"; it is kept in the credit history.',
    ],
    [
      "a lowered limit with a blank reason",
      { credit_limit: "2500.5" },
      "   ",
      'Atelier Martin: a reason is required to change the credit limit from 5,000.00 EUR to 2,500.50 EUR. Send it as "reason"; it is kept in the credit history.',
    ],
    [
      "a term and a status",
      { payment_term_id: "pt_net60", status: "closed" },
      "",
      'Atelier Martin: a reason is required to change the payment term and the status from active to closed. Send it as "reason"; it is kept in the credit history.',
    ],
  ])("%s", (_, changes, reason, expected) => {
    expect(missingReasonMessage(martin, creditSettingChanges(martin, changes), reason)).toBe(expected)
  })
})
