import {
  allocateOldestFirst,
  allocationRefusal,
  balanceOf,
  entryContentHash,
  type PayableItem,
  planPaymentApplication,
  sideRefusal,
  unallocatedOf,
} from "../ledger"

const side = (id: string, unallocated: string, company_id = "comp_1", currency_code = "eur") => ({
  id,
  company_id,
  currency_code,
  unallocated,
})

describe("balanceOf", () => {
  it.each([
    [[], "0"],
    [[{ side: "debit" as const, amount: "100.10" }], "100.1"],
    [
      [
        { side: "debit" as const, amount: "100.10" },
        { side: "credit" as const, amount: "30.05" },
      ],
      "70.05",
    ],
    [[{ side: "credit" as const, amount: "12" }], "-12"],
  ])("%j -> %s", (entries, expected) => {
    expect(balanceOf(entries).toFixed()).toBe(expected)
  })
})

describe("unallocatedOf", () => {
  it.each([
    ["100", [], "100"],
    ["100", ["30", "20.5"], "49.5"],
    ["100", ["30", "-30"], "100"],
  ])("%s less %j -> %s", (amount, allocations, expected) => {
    expect(unallocatedOf(amount, allocations).toFixed()).toBe(expected)
  })
})

describe("allocationRefusal", () => {
  it.each([
    [side("c", "50"), side("d", "80"), "50", null],
    [side("c", "50"), side("d", "80"), "0", /more than zero/],
    [side("c", "50"), side("d", "80", "comp_2"), "10", /another company/],
    [side("c", "50"), side("d", "80", "comp_1", "usd"), "10", /never mix currencies/],
    [side("c", "50"), side("d", "80"), "50.01", /Entry c has 50.00 EUR left to allocate, not 50.01 EUR/],
    [side("c", "500"), side("d", "80"), "80.01", /Entry d has 80.00 EUR open, not 80.01 EUR/],
    [
      { ...side("c", "50"), type: "payment", effective_date: "2026-11-02" },
      side("d", "80"),
      "60",
      /^The payment of 2026-11-02 has 50.00 EUR left to allocate, not 60.00 EUR$/,
    ],
    [
      side("c", "500"),
      { ...side("d", "80"), document_number: "INV-2026-000007", due_date: "2026-12-31" },
      "100",
      /^INV-2026-000007 \(due 2026-12-31\) has 80.00 EUR open, not 100.00 EUR$/,
    ],
  ])("credit %j to debit %j for %s", (credit, debit, amount, expected) => {
    const refusal = allocationRefusal({ credit, debit, amount })
    if (expected === null) {
      expect(refusal).toBeNull()
    } else {
      expect(refusal).toMatch(expected)
    }
  })
})

describe("allocateOldestFirst", () => {
  const debits = [
    { id: "d3", due_date: "2026-03-01", effective_date: "2026-01-01", unallocated: "30" },
    { id: "d1", due_date: "2026-01-31", effective_date: "2026-01-01", unallocated: "100" },
    { id: "d2", due_date: null, effective_date: "2026-02-15", unallocated: "50" },
  ]
  it.each([
    ["60", [["d1", "60"]]],
    [
      "120",
      [
        ["d1", "100"],
        ["d2", "20"],
      ],
    ],
    [
      "500",
      [
        ["d1", "100"],
        ["d2", "50"],
        ["d3", "30"],
      ],
    ],
    ["0", []],
  ])("%s over three debits", (available, expected) => {
    expect(allocateOldestFirst(available, debits).map((a) => [a.debit_entry_id, a.amount])).toEqual(expected)
  })

  it("skips debits with nothing open", () => {
    expect(
      allocateOldestFirst("10", [{ id: "d", due_date: null, effective_date: "2026-01-01", unallocated: "0" }])
    ).toEqual([])
  })
})

describe("entryContentHash", () => {
  it("is the same for the same content in any key order, and differs otherwise", () => {
    expect(entryContentHash({ a: 1, b: "2" })).toBe(entryContentHash({ b: "2", a: 1 }))
    expect(entryContentHash({ a: 1, b: "2" })).not.toBe(entryContentHash({ a: 1, b: "3" }))
  })
})

describe("sideRefusal", () => {
  it.each([
    ["invoice", "debit", null],
    ["invoice", "credit", "invoice entries are debits, not credits"],
    ["credit_note", "debit", "credit note entries are credits, not debits"],
    ["payment", "credit", null],
    ["write_off", "credit", null],
    ["late_fee", "debit", null],
    ["adjustment", "debit", null],
    ["adjustment", "credit", null],
  ] as const)("%s as a %s", (type, side, expected) => {
    expect(sideRefusal(type, side)).toBe(expected)
  })

  it.each([
    ["payment", "debit", null],
    ["payment", "credit", "reversed payment entries are debits, not credits"],
    ["invoice", "credit", null],
    ["adjustment", "debit", null],
  ] as const)("a reversal of a %s as a %s", (type, side, expected) => {
    expect(sideRefusal(type, side, true)).toBe(expected)
  })
})

describe("planPaymentApplication", () => {
  // Two instalments of one invoice and an older invoice under 2/10 (discount 2.00 until 2026-03-11).
  const items: PayableItem[] = [
    { id: "b", due_date: "2026-04-30", effective_date: "2026-03-01", unallocated: "70.00", discount: null },
    { id: "a", due_date: "2026-03-31", effective_date: "2026-03-01", unallocated: "30.00", discount: null },
    {
      id: "d",
      due_date: "2026-03-31",
      effective_date: "2026-03-01",
      unallocated: "100.00",
      discount: { until: "2026-03-11", amount: "2.00" },
    },
  ]
  const only = (...ids: string[]) => items.filter((i) => ids.includes(i.id))
  const plan = (
    paymentDate: string,
    available: string,
    subset: PayableItem[],
    tolerance = "0",
    requested?: Array<{ debit_entry_id: string; amount: string }>
  ) =>
    planPaymentApplication({
      payment_date: paymentDate,
      available,
      items: subset,
      requested,
      write_off_tolerance: tolerance,
    })

  it.each([
    [
      "oldest first, partly into the second",
      "2026-03-20",
      "50",
      only("a", "b"),
      "0",
      [
        ["a", "30"],
        ["b", "20"],
      ],
      [],
      [],
    ],
    [
      "more cash than owed: the rest stays unallocated",
      "2026-03-20",
      "500",
      only("a", "b"),
      "0",
      [
        ["a", "30"],
        ["b", "70"],
      ],
      [],
      [],
    ],
    [
      "the discounted amount within the window",
      "2026-03-11",
      "98",
      only("d"),
      "0",
      [["d", "98"]],
      [["d", "2"]],
      [],
    ],
    [
      "the full amount within the window still takes only what is due",
      "2026-03-05",
      "100",
      only("d"),
      "0",
      [["d", "98"]],
      [["d", "2"]],
      [],
    ],
    [
      "short within the window but not enough for the discount",
      "2026-03-05",
      "97",
      only("d"),
      "0",
      [["d", "97"]],
      [],
      [],
    ],
    ["the discounted amount one day late", "2026-03-12", "98", only("d"), "0", [["d", "98"]], [], []],
    [
      "one day late, within a tolerance of 2",
      "2026-03-12",
      "98",
      only("d"),
      "2",
      [["d", "98"]],
      [],
      [["d", "2"]],
    ],
    [
      "a shortfall above the tolerance stays open",
      "2026-03-20",
      "29.40",
      only("a"),
      "0.50",
      [["a", "29.4"]],
      [],
      [],
    ],
    [
      "a shortfall within the tolerance is written off",
      "2026-03-20",
      "29.60",
      only("a"),
      "0.50",
      [["a", "29.6"]],
      [],
      [["a", "0.4"]],
    ],
    ["nothing to pay", "2026-03-20", "10", [], "0", [], [], []],
    [
      "a discount never closes an item on its own",
      "2026-03-05",
      "10",
      [{ ...items[2], unallocated: "2.00" }],
      "0",
      [["d", "2"]],
      [],
      [],
    ],
  ] as const)("%s", (_, date, available, subset, tolerance, allocations, discounts, writeOffs) => {
    const result = plan(date, available, [...subset], tolerance)
    const pairs = (rows: Array<{ debit_entry_id: string; amount: string }>) =>
      rows.map((r) => [r.debit_entry_id, r.amount])
    expect(pairs(result.allocations)).toEqual(allocations)
    expect(pairs(result.discounts)).toEqual(discounts)
    expect(pairs(result.write_offs)).toEqual(writeOffs)
  })

  it("pays what is asked, item by item, with the same discount and tolerance rules", () => {
    const result = plan("2026-03-10", "0", items, "1", [
      { debit_entry_id: "d", amount: "98" },
      { debit_entry_id: "b", amount: "69.50" },
      { debit_entry_id: "unknown", amount: "5" },
    ])
    expect(result.allocations).toEqual([
      { debit_entry_id: "d", amount: "98" },
      { debit_entry_id: "b", amount: "69.5" },
      // Not an open item of the account: the service refuses it with the reason.
      { debit_entry_id: "unknown", amount: "5" },
    ])
    expect(result.discounts).toEqual([{ debit_entry_id: "d", amount: "2" }])
    expect(result.write_offs).toEqual([{ debit_entry_id: "b", amount: "0.5" }])
  })
})
