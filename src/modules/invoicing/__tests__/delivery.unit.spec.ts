import { documentEmail, isSentLate } from "../delivery"

describe("isSentLate", () => {
  it.each([
    [
      "sent the day it was issued, first render",
      { issue_date: "2026-12-02", sent_on: "2026-12-02", render_attempts: 1 },
      false,
    ],
    ["sent the next day", { issue_date: "2026-12-02", sent_on: "2026-12-03", render_attempts: 1 }, true],
    [
      "sent the same day after a failed render",
      { issue_date: "2026-12-02", sent_on: "2026-12-02", render_attempts: 2 },
      true,
    ],
    [
      "back-dated import, never rendered before",
      { issue_date: "2026-11-30", sent_on: "2026-12-02", render_attempts: 1 },
      true,
    ],
  ])("%s -> %s", (_, input, expected) => {
    expect(isSentLate(input)).toBe(expected)
  })
})

const invoice = (sent_late: boolean) => ({
  kind: "invoice" as const,
  number: "INV-2026-000007",
  issue_date: "2026-12-02",
  total: "120",
  currency_code: "eur",
  sent_late,
})
const note = (number: string, total: string, sent_late = true) => ({
  kind: "credit_note" as const,
  number,
  issue_date: "2026-12-02",
  total,
  currency_code: "eur",
  sent_late,
})

describe("documentEmail", () => {
  it("names the document, its date and amount when on time", () => {
    expect(documentEmail(invoice(false))).toEqual({
      subject: "Invoice INV-2026-000007",
      body: "Please find attached invoice INV-2026-000007, issued on 2026-12-02, for 120.00 EUR.",
    })
  })

  it("says a late document is late, with its original issue date", () => {
    const email = documentEmail(invoice(true))
    expect(email.subject).toBe("Invoice INV-2026-000007 (sent late, issued 2026-12-02)")
    expect(email.body).toContain("It is sent late: it was issued on 2026-12-02 but could not be sent then.")
  })

  it.each([
    [
      [note("CN-2026-000001", "120")],
      "Credit note CN-2026-000001 of 2026-12-02, attached too, cancels it in full: nothing is due on it.",
    ],
    [
      [note("CN-2026-000001", "20"), note("CN-2026-000002", "30")],
      "Credit notes CN-2026-000001 of 2026-12-02, CN-2026-000002 of 2026-12-02, attached too, take back 50.00 EUR of it.",
    ],
  ])("sends credit notes issued before the invoice could go out with it", (notes, sentence) => {
    const email = documentEmail(invoice(true), notes)
    expect(email.subject).toBe(
      `Invoice INV-2026-000007 and ${notes.map((n) => `credit note ${n.number}`).join(" and ")} (sent late, issued 2026-12-02)`
    )
    expect(email.body).toContain(sentence)
  })
})
