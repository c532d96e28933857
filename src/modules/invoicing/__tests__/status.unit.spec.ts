import { invoiceStanding } from "../status"

const onAccount = (total: string, credited: string, paid: string) => ({
  total,
  credited,
  paid,
  paid_at_checkout: false,
})
const atCheckout = (total: string, credited: string) => ({
  total,
  credited,
  paid: "0",
  paid_at_checkout: true,
})

describe("invoiceStanding", () => {
  it.each([
    ["nothing settled", onAccount("100", "0", "0"), "issued", "0", "100"],
    ["part paid", onAccount("100", "0", "40"), "partially_paid", "40", "60"],
    ["paid with a discount", onAccount("100", "0", "100"), "paid", "100", "0"],
    ["part credited only", onAccount("100", "40", "0"), "partially_credited", "0", "60"],
    ["part credited, part paid", onAccount("100", "40", "30"), "partially_paid", "30", "30"],
    ["credited then paid the rest", onAccount("100", "30", "70"), "paid", "70", "0"],
    ["fully credited", onAccount("100", "100", "0"), "void", "0", "0"],
    ["paid at checkout", atCheckout("100", "0"), "paid", "100", "0"],
    ["paid at checkout, part credited", atCheckout("100", "25.5"), "paid", "74.5", "0"],
    ["paid at checkout, fully credited", atCheckout("100", "100"), "void", "0", "0"],
    ["a zero invoice paid at checkout", atCheckout("0", "0"), "paid", "0", "0"],
    ["a zero invoice on account", onAccount("0", "0", "0"), "issued", "0", "0"],
  ])("%s -> %s", (_, facts, status, paid, open) => {
    const standing = invoiceStanding(facts)
    expect({ status: standing.status, paid: standing.paid.toFixed(), open: standing.open.toFixed() }).toEqual(
      {
        status,
        paid,
        open,
      }
    )
  })
})
