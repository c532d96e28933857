import { invoicedSoFar, nothingLeftToInvoice } from "../left-to-invoice"

const order = (items: Array<[string, number]>, shipping_methods = 1, canceled = false) => ({
  display_id: 12,
  canceled,
  shipping_methods,
  items: items.map(([id, quantity]) => ({ id, quantity })),
})
const invoice = (number: string, lines: Array<[string, number]>, shipping = false) => ({
  number,
  lines: lines.map(([order_line_item_id, quantity]) => ({ order_line_item_id, quantity })),
  shipping: shipping ? [{ net_amount: "9.90" }] : [],
})

describe("invoicedSoFar", () => {
  it("sums units per order line over invoices and sees the shipping on any of them", () => {
    const taken = invoicedSoFar([
      invoice("A", [["l1", 2]], true),
      invoice("B", [
        ["l1", 1],
        ["l2", 4],
      ]),
    ])
    expect(Object.fromEntries(taken.quantities)).toEqual({ l1: 3, l2: 4 })
    expect(taken.shipping).toBe(true)
    expect(invoicedSoFar([]).shipping).toBe(false)
  })
})

describe("nothingLeftToInvoice", () => {
  it.each([
    ["no invoice yet", order([["l1", 2]]), [], null],
    ["units left", order([["l1", 3]]), [invoice("INV-1", [["l1", 2]], true)], null],
    ["only the shipping left", order([["l1", 2]]), [invoice("INV-1", [["l1", 2]])], null],
    [
      "everything on one invoice",
      order([["l1", 2]]),
      [invoice("INV-1", [["l1", 2]], true)],
      "Order #12 has nothing left to invoice: its 2 units and its shipping are on INV-1",
    ],
    [
      "everything over two invoices, no shipping method",
      order(
        [
          ["l1", 1],
          ["l2", 3],
        ],
        0
      ),
      [invoice("INV-1", [["l1", 1]]), invoice("INV-2", [["l2", 3]])],
      "Order #12 has nothing left to invoice: its 4 units are on INV-1, INV-2",
    ],
    ["canceled", order([["l1", 2]], 1, true), [], "Order #12 is canceled: there is nothing to invoice"],
    ["empty order", order([], 0), [], "Order #12 has nothing to invoice: it has no items and no shipping"],
  ])("%s", (_, o, invoices, expected) => {
    expect(nothingLeftToInvoice(o, invoices)).toBe(expected)
  })
})
