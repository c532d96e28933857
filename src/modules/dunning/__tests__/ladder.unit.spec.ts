import { groupedLevel, nextDueLevel } from "../ladder"

// The demo's French policy: courtesy at -3, reminders at +7 and +21, formal notice at +45 (from 100 EUR).
const LEVELS = [
  { level: 4, offset_days: 45, min_amount: { eur: "100" } },
  { level: 1, offset_days: -3 },
  { level: 2, offset_days: 7 },
  { level: 3, offset_days: 21 },
]
const invoice = (over: Partial<Parameters<typeof nextDueLevel>[1]> = {}) => ({
  due_date: "2026-03-31",
  currency_code: "EUR",
  chased_amount: "1200",
  last_level: 0,
  ...over,
})

describe("nextDueLevel", () => {
  it.each([
    ["too early for the courtesy notice", {}, "2026-03-27", null],
    ["the courtesy notice, 3 days before", {}, "2026-03-28", 1],
    ["on the due date, still the courtesy notice", {}, "2026-03-31", 1],
    ["courtesy sent, first reminder not yet due", { last_level: 1 }, "2026-04-06", null],
    ["first reminder on day 7", { last_level: 1 }, "2026-04-07", 2],
    // Overdue and never reminded: the stale courtesy notice is dropped, the first reminder goes.
    ["no courtesy once overdue", {}, "2026-04-10", 2],
    // A run after a long pause does not jump to the formal notice.
    ["one level at a time after a pause", { last_level: 1 }, "2026-06-30", 2],
    ["second reminder on day 21", { last_level: 2 }, "2026-04-21", 3],
    ["formal notice on day 45", { last_level: 3 }, "2026-05-15", 4],
    [
      "the formal notice waits under its minimum",
      { last_level: 3, chased_amount: "99.99" },
      "2026-05-15",
      null,
    ],
    [
      "the minimum is per currency",
      { last_level: 3, currency_code: "usd", chased_amount: "5" },
      "2026-05-15",
      4,
    ],
    ["top of the ladder", { last_level: 4 }, "2026-12-31", null],
    ["nothing chased (paid, disputed or promised)", { chased_amount: "0" }, "2026-04-10", null],
  ])("%s", (_, over, asOf, expected) => {
    expect(nextDueLevel(LEVELS, invoice(over), asOf)?.level ?? null).toBe(expected)
  })
})

describe("groupedLevel", () => {
  it.each([
    [[2, 3, 2], 3],
    [[1], 1],
    [[], null],
  ])("%j -> %s", (levels, expected) => {
    expect(groupedLevel(levels)).toBe(expected)
  })
})
