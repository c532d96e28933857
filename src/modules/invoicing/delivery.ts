import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { formatMoney } from "../../lib/money"
import type { CalendarDate } from "../../lib/time"
import type { InvoiceKind } from "./document"

/**
 * Whether a document's first delivery is late: it reaches the buyer on a
 * later calendar day than its issue date, or only after its render failed
 * (an outage held it back; renders are retried every few minutes). Its issue
 * date never changes: the buyer is told it was sent late.
 */
export function isSentLate(input: {
  issue_date: CalendarDate
  sent_on: CalendarDate
  render_attempts: number
}) {
  return input.sent_on > input.issue_date || input.render_attempts > 1
}

type EmailedDocument = {
  kind: InvoiceKind
  number: string
  issue_date: CalendarDate
  total: BigNumberInput
  currency_code: string
  sent_late: boolean
}

const KIND_NAMES: Record<InvoiceKind, string> = {
  invoice: "invoice",
  credit_note: "credit note",
  debit_note: "debit note",
}
const kindName = (kind: InvoiceKind) => KIND_NAMES[kind]
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * The subject and body of the email carrying a document, and the credit
 * notes going out with it (those issued before it could be sent). A late
 * document says so, with its original issue date; an invoice its credit
 * notes took back in full says nothing is due.
 */
export function documentEmail(document: EmailedDocument, creditNotes: EmailedDocument[] = []) {
  const late = document.sent_late || creditNotes.some((n) => n.sent_late)
  const names = [
    `${capitalized(kindName(document.kind))} ${document.number}`,
    ...creditNotes.map((n) => `credit note ${n.number}`),
  ]
  const subject = `${names.join(" and ")}${late ? ` (sent late, issued ${document.issue_date})` : ""}`
  const body = [
    `Please find attached ${kindName(document.kind)} ${document.number}, issued on ${document.issue_date}, ` +
      `for ${formatMoney(document.total, document.currency_code)}.`,
  ]
  if (late) {
    body.push(
      `It is sent late: it was issued on ${document.issue_date} but could not be sent then. ` +
        "Its issue date and due dates are unchanged."
    )
  }
  if (creditNotes.length) {
    const credited = MathBN.add(0, ...creditNotes.map((n) => n.total))
    const notes = creditNotes.map((n) => `${n.number} of ${n.issue_date}`).join(", ")
    body.push(
      MathBN.gte(credited, document.total)
        ? `Credit note${creditNotes.length > 1 ? "s" : ""} ${notes}, attached too, cancel${creditNotes.length > 1 ? "" : "s"} it in full: nothing is due on it.`
        : `Credit note${creditNotes.length > 1 ? "s" : ""} ${notes}, attached too, take${creditNotes.length > 1 ? "" : "s"} back ${formatMoney(credited, document.currency_code)} of it.`
    )
  }
  return { subject, body: body.join("\n\n") }
}
