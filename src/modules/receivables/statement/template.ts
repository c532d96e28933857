import { formatMoney } from "../../../lib/money"
import { html, raw } from "../../invoicing/pdf/template"

export type StatementView = {
  seller: { legal_name: string; address_lines: string[] }
  company: { name: string; legal_name: string | null; address_lines: string[] }
  currency_code: string
  from: string
  to: string
  opening_balance: string
  closing_balance: string
  movements: Array<{
    effective_date: string
    due_date: string | null
    type: string
    side: "debit" | "credit"
    document_number: string | null
    reverses_entry_id: string | null
    metadata: Record<string, any> | null
    amount: string
    balance: string
  }>
  open_items: Array<{
    effective_date: string
    due_date: string | null
    type: string
    side: "debit" | "credit"
    document_number: string | null
    open: string
    days_past_due: number | null
  }>
}

const TYPE_LABELS: Record<string, string> = {
  invoice: "Invoice",
  credit_note: "Credit note",
  payment: "Payment",
  refund: "Refund",
  write_off: "Write-off",
  discount: "Early-payment discount",
  late_fee: "Late fee",
  interest: "Interest",
  adjustment: "Adjustment",
}

/**
 * A statement of account as HTML for the PDF renderer: opening balance,
 * every movement with the running balance, closing balance, open items.
 * Every value is escaped by `html`.
 */
export function renderStatementHtml(view: StatementView): string {
  const money = (amount: string) => formatMoney(amount, view.currency_code)
  const label = (type: string) => TYPE_LABELS[type] ?? type
  // A payment reads with the reference the buyer gave it; its reversal says which one it undoes.
  const movementLabel = (m: StatementView["movements"][number]) => {
    const reference = m.metadata?.reference ? ` ${m.metadata.reference}` : ""
    const reason = m.metadata?.reason ? ` (${m.metadata.reason})` : ""
    return m.reverses_entry_id
      ? `Reversal of ${label(m.type).toLowerCase()}${reference}${reason}`
      : `${label(m.type)}${reference}`
  }
  return `<!DOCTYPE html>\n${html`<html lang="en">
<head><meta charset="utf-8"><title>Statement of account ${view.from} to ${view.to}</title><style>${STYLE}</style></head>
<body>
<header>
  <div><strong>${view.seller.legal_name}</strong>${view.seller.address_lines.map((l) => html`<br>${l}`)}</div>
  <div class="to"><strong>${view.company.legal_name ?? view.company.name}</strong>${view.company.address_lines.map((l) => html`<br>${l}`)}</div>
</header>
<h1>Statement of account</h1>
<p class="period">${view.from} to ${view.to} · ${view.currency_code.toUpperCase()}</p>
<table>
  <thead><tr><th>Date</th><th>Document</th><th>Type</th><th>Due</th><th class="n">Debit</th><th class="n">Credit</th><th class="n">Balance</th></tr></thead>
  <tbody>
    <tr class="sum"><td>${view.from}</td><td colspan="5">Opening balance</td><td class="n">${money(view.opening_balance)}</td></tr>
    ${view.movements.map(
      (
        m
      ) => html`<tr><td>${m.effective_date}</td><td>${m.document_number ?? ""}</td><td>${movementLabel(m)}</td><td>${m.due_date ?? ""}</td>
      <td class="n">${m.side === "debit" ? money(m.amount) : ""}</td><td class="n">${m.side === "credit" ? money(m.amount) : ""}</td><td class="n">${money(m.balance)}</td></tr>`
    )}
    <tr class="sum"><td>${view.to}</td><td colspan="5">Closing balance</td><td class="n">${money(view.closing_balance)}</td></tr>
  </tbody>
</table>
<h2>Open items at ${view.to}</h2>
${
  view.open_items.length === 0
    ? html`<p>Nothing is open.</p>`
    : html`<table>
  <thead><tr><th>Date</th><th>Document</th><th>Type</th><th>Due</th><th class="n">Days past due</th><th class="n">Open</th></tr></thead>
  <tbody>${view.open_items.map(
    (
      i
    ) => html`<tr><td>${i.effective_date}</td><td>${i.document_number ?? ""}</td><td>${label(i.type)}</td><td>${i.due_date ?? ""}</td>
    <td class="n">${i.days_past_due !== null && i.days_past_due > 0 ? i.days_past_due : ""}</td><td class="n">${i.side === "credit" ? "−" : ""}${money(i.open)}</td></tr>`
  )}</tbody>
</table>`
}
</body></html>`}`
}

const STYLE = raw(`
@page { size: A4; margin: 16mm 14mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9pt; color: #111; }
header { display: flex; justify-content: space-between; margin-bottom: 10mm; }
header .to { text-align: right; }
h1 { font-size: 15pt; margin: 0 0 2mm; }
h2 { font-size: 11pt; margin: 8mm 0 2mm; }
.period { color: #555; margin: 0 0 5mm; }
table { width: 100%; border-collapse: collapse; }
th, td { padding: 1.6mm 1.5mm; border-bottom: 0.2mm solid #ddd; text-align: left; vertical-align: top; }
td:first-child, td:nth-child(2), td:nth-child(4) { white-space: nowrap; }
th { background: #f3f3f3; font-weight: 600; }
.n { text-align: right; white-space: nowrap; }
tr.sum td { font-weight: 600; background: #fafafa; }
`)
