import {
  allocateOldestFirst,
  allocationRefusal,
  balanceOf,
  entryContentHash,
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
    [side("c", "50"), side("d", "80"), "50.01", /c has 50 left to allocate, not 50.01/],
    [side("c", "500"), side("d", "80"), "80.01", /d has 80 open, not 80.01/],
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
})
