import { company, invoice, plan } from "./plan-fixtures"

describe("planCompany: grouping", () => {
  it("one reminder per currency, at the highest level due among its invoices", () => {
    const result = plan(
      company([
        // Listed newest first: the reminder lists them by due date.
        invoice({
          invoice_id: "inv_b",
          invoice_number: "F-002",
          due_date: "2025-07-01",
          open_amount: "250.50",
        }),
        invoice({ last_level: 2, last_as_of: "2025-06-08" }),
        invoice({ invoice_id: "inv_c", invoice_number: "F-003", currency_code: "usd", open_amount: "80.00" }),
      ]),
      "2025-07-10"
    )
    expect(result.skipped).toBeNull()
    const summary = result.reminders.map((r) => ({
      currency: r.currency_code,
      level: r.level.level,
      name: r.level.name,
      items: r.items.map((i) => [i.invoice_id, i.level, i.days_late, i.chased_amount]),
      total_open: r.total_open,
    }))
    expect(summary).toEqual([
      {
        currency: "eur",
        level: 3,
        name: "Second reminder",
        // inv_a: 39 days late, had level 2 -> 3; inv_b: 9 days late, never reminded -> 2 (courtesy dropped).
        items: [
          ["inv_a", 3, 39, "1000.00"],
          ["inv_b", 2, 9, "250.50"],
        ],
        total_open: "1250.50",
      },
      // usd, never reminded, 39 days late: still the first reminder, not the level of the eur letter.
      {
        currency: "usd",
        level: 2,
        name: "First reminder",
        items: [["inv_c", 2, 39, "80.00"]],
        total_open: "80.00",
      },
    ])
  })

  it.each([
    // Per invoice one level at a time: 140 days late after the courtesy notice is still the first reminder.
    ["after a long pause, the next level only", { last_level: 1, last_as_of: "2025-05-29" }, "2025-10-19", 2],
    ["not yet due: the courtesy notice", {}, "2025-05-29", 1],
    ["second reminder not yet due", { last_level: 2, last_as_of: "2025-06-08" }, "2025-06-21", null],
    ["the same day run again sends nothing", { last_level: 2, last_as_of: "2025-06-22" }, "2025-06-22", null],
    ["top of the ladder", { last_level: 5, last_as_of: "2025-07-31" }, "2026-01-31", null],
  ])("%s", (_, over, asOf, expected) => {
    const result = plan(company([invoice(over)]), asOf)
    expect(result.reminders.map((r) => r.items.map((i) => i.level))).toEqual(expected ? [[expected]] : [])
  })
})

describe("planCompany: what is chased", () => {
  it.each([
    ["nothing disputed or promised", { open_amount: "1000.00" }, "1000.00"],
    ["partly paid: its remainder", { open_amount: "400.00" }, "400.00"],
    ["partly disputed and promised", { disputed: "300", promised: "200" }, "500.00"],
    ["fully disputed", { disputed: "1000" }, null],
    ["fully promised", { promised: "1000.00" }, null],
    ["disputed and promised beyond what is open", { disputed: "700", promised: "500" }, null],
  ])("%s -> %s", (_, over, chased) => {
    const result = plan(company([invoice(over)]), "2025-06-10")
    expect(result.reminders.map((r) => [r.items[0].chased_amount, r.total_open])).toEqual(
      chased ? [[chased, chased]] : []
    )
  })
})

describe("planCompany: unallocated cash", () => {
  // Overdue and chased: 1200 open less 200 disputed = 1000.
  const overdue = invoice({ open_amount: "1200.00", disputed: "200" })
  const notDue = invoice({ invoice_id: "inv_n", due_date: "2025-06-12", open_amount: "500.00" })
  it.each([
    ["cash equal to the overdue chased amount", [overdue], { eur: "1000.00" }, "unallocated_cash"],
    ["cash above it", [overdue], { eur: "5000" }, "unallocated_cash"],
    [
      "cash covering the overdue, an invoice not due yet",
      [overdue, notDue],
      { eur: "1000" },
      "unallocated_cash",
    ],
    ["cash one cent short", [overdue], { eur: "999.99" }, null],
    ["cash in another currency", [overdue], { usd: "5000" }, null],
    ["no cash", [overdue], {}, null],
    // Nothing overdue is chased: a small credit covers nothing, the courtesy notice still goes.
    [
      "everything overdue disputed, a small credit",
      [invoice({ disputed: "1000" }), notDue],
      { eur: "5" },
      null,
    ],
    // Nor does it hold back another currency's reminder.
    [
      "eur all disputed with a small eur credit, usd overdue",
      [invoice({ disputed: "1000" }), invoice({ invoice_id: "inv_u", currency_code: "usd" })],
      { eur: "5" },
      null,
    ],
    // Euros on the account are no payment of a dollar invoice: only the euro side waits.
    [
      "eur covered by eur cash, usd overdue",
      [invoice(), invoice({ invoice_id: "inv_u", currency_code: "usd" })],
      { eur: "1000.00" },
      null,
    ],
  ])("%s", (_, invoices, unallocated, skipped) => {
    const result = plan(company(invoices, { unallocated }), "2025-06-10")
    expect(result.skipped).toBe(skipped)
    expect(result.reminders.length).toBe(skipped ? 0 : 1)
  })

  it("chases the currency the cash does not cover", () => {
    const result = plan(
      company([invoice(), invoice({ invoice_id: "inv_u", currency_code: "usd" })], {
        unallocated: { eur: "1000.00" },
      }),
      "2025-06-10"
    )
    expect(result.reminders.map((r) => [r.currency_code, r.items.map((i) => i.invoice_id)])).toEqual([
      ["usd", ["inv_u"]],
    ])
  })
})

describe("planCompany: the recovery indemnity", () => {
  it.each([
    ["at the first level claiming it", { last_level: 2 }, {}, "2025-06-22", 3, ["40.00"]],
    ["not at a level below it", { last_level: 1 }, {}, "2025-06-08", 2, []],
    ["not when already claimed", { last_level: 2, indemnity_claimed: true }, {}, "2025-06-22", 3, []],
    ["not in insolvency", { last_level: 2 }, { in_insolvency: true }, "2025-06-22", 3, []],
    ["not for a usd invoice", { last_level: 2, currency_code: "usd" }, {}, "2025-06-22", 3, []],
    // Not claimed at 3 (e.g. in insolvency then): the next level claiming it does.
    ["later, when not claimed before", { last_level: 3 }, {}, "2025-07-16", 4, ["40.00"]],
    // Level 5 claims nothing itself but stands above level 3.
    ["above the first level, while not claimed", { last_level: 4 }, {}, "2025-07-31", 5, ["40.00"]],
  ])("%s", (_, over, companyOver, asOf, expectedLevel, indemnities) => {
    const result = plan(company([invoice(over)], companyOver), asOf)
    const [reminder] = result.reminders
    expect(reminder.level.level).toBe(expectedLevel)
    expect(reminder.claims.filter((c) => c.kind === "indemnity").map((c) => c.amount)).toEqual(indemnities)
    expect(reminder.fee_total).toBe(indemnities.length ? "40.00" : "0.00")
  })

  it("claims it once per invoice of the reminder", () => {
    const result = plan(
      company([
        invoice({ last_level: 2 }),
        invoice({ invoice_id: "inv_b", invoice_number: "F-002", due_date: "2025-05-30", last_level: 2 }),
        invoice({
          invoice_id: "inv_c",
          invoice_number: "F-003",
          due_date: "2025-05-31",
          last_level: 2,
          indemnity_claimed: true,
        }),
      ]),
      "2025-06-22"
    )
    expect(result.reminders[0].claims.map((c) => [c.invoice_number, c.kind, c.amount])).toEqual([
      ["F-002", "indemnity", "40.00"],
      ["F-001", "indemnity", "40.00"],
    ])
    expect(result.reminders[0].fee_total).toBe("80.00")
  })
})

describe("planCompany: minimum amounts", () => {
  it.each([
    ["under the eur minimum: the formal notice waits", { open_amount: "99.99" }, null],
    ["at the minimum", { open_amount: "100.00" }, 4],
    ["open above it, chased below it", { open_amount: "150.00", disputed: "60" }, null],
    ["no minimum in usd", { currency_code: "usd", open_amount: "5.00" }, 4],
  ])("%s", (_, over, expected) => {
    const result = plan(
      company([invoice({ last_level: 3, last_as_of: "2025-06-22", ...over })]),
      "2025-07-20"
    )
    expect(result.reminders.map((r) => r.level.level)).toEqual(expected ? [expected] : [])
  })
})

describe("planCompany: totals", () => {
  it("adds up the chased amounts, the indemnities and the interest of the reminder", () => {
    const result = plan(
      company([
        // Level 3 -> 4: interest 26.42 (worked above), indemnity already claimed.
        invoice({ last_level: 3, last_as_of: "2025-06-10", indemnity_claimed: true, due_date: "2025-05-20" }),
        // Level 2 -> 3: indemnity 40.00, no interest yet; 300.00 of 800.00 disputed.
        invoice({
          invoice_id: "inv_b",
          due_date: "2025-07-10",
          open_amount: "800.00",
          disputed: "300",
          last_level: 2,
        }),
        // Level 0 -> 2: nothing claimed.
        invoice({ invoice_id: "inv_c", due_date: "2025-07-25", open_amount: "120.25" }),
      ]),
      "2025-08-04"
    )
    const [reminder] = result.reminders
    expect(reminder.items.map((i) => [i.invoice_id, i.level, i.open_amount, i.chased_amount])).toEqual([
      ["inv_a", 4, "1000.00", "1000.00"],
      ["inv_b", 3, "800.00", "500.00"],
      ["inv_c", 2, "120.25", "120.25"],
    ])
    expect(reminder.claims.map((c) => [c.invoice_id, c.kind, c.amount])).toEqual([
      ["inv_a", "interest", "26.42"],
      ["inv_b", "indemnity", "40.00"],
    ])
    // 1000.00 + 500.00 + 120.25
    expect([reminder.level.level, reminder.total_open, reminder.fee_total, reminder.interest_total]).toEqual([
      4,
      "1620.25",
      "40.00",
      "26.42",
    ])
  })
})
