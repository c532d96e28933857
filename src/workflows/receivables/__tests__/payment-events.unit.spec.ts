import { allocationsAdded, paymentAllocated } from "../payment-events"

const allocation = (debit_entry_id: string, amount: string, document_id = `inv_${debit_entry_id}`) => ({
  settled_with: "payment",
  debit_entry_id,
  document_id,
  document_number: `INV-${debit_entry_id}`,
  due_date: "2026-12-31",
  amount,
})

describe("allocationsAdded", () => {
  it.each([
    ["a new payment: everything it settled", [], [allocation("1", "10")], [allocation("1", "10")]],
    [
      "more on the same item: the difference",
      [allocation("1", "10")],
      [allocation("1", "25.5")],
      [allocation("1", "15.5")],
    ],
    [
      "a new item beside an old one: the new item only",
      [allocation("1", "10")],
      [allocation("1", "10"), allocation("2", "4")],
      [allocation("2", "4")],
    ],
    ["nothing new: nothing", [allocation("1", "10")], [allocation("1", "10")], []],
  ])("%s", (_, before, after, added) => {
    expect(allocationsAdded(before, after)).toEqual(added)
  })
})

describe("paymentAllocated", () => {
  const detail = {
    payment: { id: "le_1", company_id: "comp_1", currency_code: "eur" },
    allocations: [],
    settlements: [],
    unallocated: "4.5",
    reversed_by: null,
  } as unknown as Parameters<typeof paymentAllocated>[0]

  it("emits nothing when a change allocated nothing", () => {
    expect(paymentAllocated(detail, [])).toEqual([])
  })

  it("sums this change's allocations, as amounts with the currency's decimals", () => {
    expect(paymentAllocated(detail, [allocation("1", "10"), allocation("2", "0.1")])).toEqual([
      {
        id: "le_1",
        company_id: "comp_1",
        currency_code: "eur",
        amount: "10.10",
        unallocated: "4.50",
        allocations: [
          { document_id: "inv_1", document_number: "INV-1", due_date: "2026-12-31", amount: "10.00" },
          { document_id: "inv_2", document_number: "INV-2", due_date: "2026-12-31", amount: "0.10" },
        ],
      },
    ])
  })
})
