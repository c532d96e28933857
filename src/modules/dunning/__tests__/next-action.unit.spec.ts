import { nextAction, promiseKeepingRate } from "../next-action"

// Given out of order: courtesy at -3, reminders at +7 and +21, formal notice at +45.
const LEVELS = [
  { level: 3, name: "Second reminder", offset_days: 21 },
  { level: 1, name: "Courtesy", offset_days: -3 },
  { level: 4, name: "Formal notice", offset_days: 45, min_amount: { eur: "100" } },
  { level: 2, name: "First reminder", offset_days: 7 },
]

describe("nextAction", () => {
  it.each([
    [
      "never reminded: the first reminder, not the courtesy notice",
      [{ invoice_id: "a", due_date: "2026-03-31" }],
      {},
      { level: 2, name: "First reminder", date: "2026-04-07" },
    ],
    [
      "after the first reminder: the second, 21 days after the due date",
      [{ invoice_id: "a", due_date: "2026-03-31" }],
      { a: 2 },
      { level: 3, name: "Second reminder", date: "2026-04-21" },
    ],
    [
      "formal notice: 45 days after, across a month end",
      [{ invoice_id: "a", due_date: "2026-01-31" }],
      { a: 3 },
      { level: 4, name: "Formal notice", date: "2026-03-17" },
    ],
    [
      "through the whole ladder: a person takes it from there",
      [{ invoice_id: "a", due_date: "2026-03-31" }],
      { a: 4 },
      null,
    ],
    ["no invoices", [], {}, null],
    [
      // A is older but further up the ladder: B's first reminder comes first.
      "the earliest day among the invoices",
      [
        { invoice_id: "a", due_date: "2026-03-01" },
        { invoice_id: "b", due_date: "2026-04-01" },
      ],
      { a: 3, b: 1 },
      { level: 2, name: "First reminder", date: "2026-04-08" },
    ],
    [
      "an invoice at the top does not hide the others",
      [
        { invoice_id: "a", due_date: "2026-01-01" },
        { invoice_id: "b", due_date: "2026-04-01" },
      ],
      { a: 4, b: 2 },
      { level: 3, name: "Second reminder", date: "2026-04-22" },
    ],
    [
      "on the same day, the first found",
      [
        { invoice_id: "a", due_date: "2026-03-10" },
        { invoice_id: "b", due_date: "2026-03-24" },
      ],
      { a: 2, b: 1 },
      { level: 3, name: "Second reminder", date: "2026-03-31" },
    ],
  ])("%s", (_, invoices, lastLevels: Record<string, number>, expected) => {
    expect(nextAction(LEVELS, invoices, (id) => lastLevels[id] ?? 0)).toEqual(expected)
  })
})

describe("promiseKeepingRate", () => {
  it.each([
    [[], null],
    [["open"], null],
    [["open", "canceled"], null],
    [["kept"], 1],
    [["broken"], 0],
    [["kept", "broken"], 0.5],
    // 2 / 3 = 0.666... -> 0.67; 1 / 3 -> 0.33, to two decimals.
    [["kept", "kept", "broken"], 0.67],
    [["kept", "broken", "broken"], 0.33],
    // Open and canceled promises count for nothing: 1 kept of 2 due.
    [["kept", "open", "canceled", "broken", "open"], 0.5],
    // 5 / 7 = 0.714...
    [["kept", "kept", "kept", "kept", "kept", "broken", "broken"], 0.71],
  ])("%j -> %s", (statuses, expected) => {
    expect(promiseKeepingRate(statuses)).toBe(expected)
  })
})
