import { raw, html, page } from "../html"
import { SANS } from "../fonts"
import { formatters } from "../i18n/format"
import type { Language } from "../i18n/language"
import type { DocumentTemplate } from "./template"

/** What the receivables context gives to print a statement of account: dates YYYY-MM-DD, amounts as decimal strings. */
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

type StatementLabels = {
  title: string
  period: (from: string, to: string) => string
  columns: {
    date: string
    document: string
    type: string
    due: string
    debit: string
    credit: string
    balance: string
  }
  opening_balance: string
  closing_balance: string
  open_items: (at: string) => string
  days_past_due: string
  open: string
  nothing_open: string
  types: Record<string, string>
  /** "Reversal of payment VIR-1 (bounced)": the reversed entry's type, then its reference and reason. */
  reversal: (type: string, details: string) => string
}

const LABELS: Record<Language, StatementLabels> = {
  en: {
    title: "Statement of account",
    period: (from, to) => `${from} to ${to}`,
    columns: {
      date: "Date",
      document: "Document",
      type: "Type",
      due: "Due",
      debit: "Debit",
      credit: "Credit",
      balance: "Balance",
    },
    opening_balance: "Opening balance",
    closing_balance: "Closing balance",
    open_items: (at) => `Open items at ${at}`,
    days_past_due: "Days past due",
    open: "Open",
    nothing_open: "Nothing is open.",
    types: {
      invoice: "Invoice",
      credit_note: "Credit note",
      payment: "Payment",
      refund: "Refund",
      write_off: "Write-off",
      discount: "Early-payment discount",
      late_fee: "Late fee",
      interest: "Interest",
      adjustment: "Adjustment",
    },
    reversal: (type, details) => `Reversal of ${type.toLowerCase()}${details}`,
  },
  fr: {
    title: "Relevé de compte",
    period: (from, to) => `Du ${from} au ${to}`,
    columns: {
      date: "Date",
      document: "Pièce",
      type: "Opération",
      due: "Échéance",
      debit: "Débit",
      credit: "Crédit",
      balance: "Solde",
    },
    opening_balance: "Solde d'ouverture",
    closing_balance: "Solde de clôture",
    open_items: (at) => `Pièces non soldées au ${at}`,
    days_past_due: "Jours de retard",
    open: "Restant dû",
    nothing_open: "Aucune pièce non soldée.",
    types: {
      invoice: "Facture",
      credit_note: "Avoir",
      payment: "Règlement",
      refund: "Remboursement",
      write_off: "Passage en perte",
      discount: "Escompte pour paiement anticipé",
      late_fee: "Frais de retard",
      interest: "Intérêts de retard",
      adjustment: "Régularisation",
    },
    reversal: (type, details) => `Annulation : ${type.toLowerCase()}${details}`,
  },
}

/**
 * A statement of account: opening balance, every movement with the running
 * balance, closing balance, open items. Every value is escaped by `html`.
 */
export const statementTemplate: DocumentTemplate<StatementView> = (view, language) => {
  const labels = LABELS[language]
  const format = formatters(language, view.currency_code)
  const label = (type: string) => labels.types[type] ?? type
  // A payment reads with the reference the buyer gave it; its reversal says which one it undoes.
  const movementLabel = (m: StatementView["movements"][number]) => {
    const reference = m.metadata?.reference ? ` ${m.metadata.reference}` : ""
    const reason = m.metadata?.reason ? ` (${m.metadata.reason})` : ""
    return m.reverses_entry_id
      ? labels.reversal(label(m.type), `${reference}${reason}`)
      : `${label(m.type)}${reference}`
  }
  const date = (day: string | null) => (day ? format.date(day) : "")
  const from = format.date(view.from)
  const to = format.date(view.to)
  const c = labels.columns
  return page(html`<html lang="${language}">
<head><meta charset="utf-8"><title>${labels.title} ${labels.period(from, to)}</title><style>${STYLE}</style></head>
<body>
<header>
  <div><strong>${view.seller.legal_name}</strong>${view.seller.address_lines.map((l) => html`<br>${l}`)}</div>
  <div class="to"><strong>${view.company.legal_name ?? view.company.name}</strong>${view.company.address_lines.map((l) => html`<br>${l}`)}</div>
</header>
<h1>${labels.title}</h1>
<p class="period">${labels.period(from, to)} · ${view.currency_code.toUpperCase()}</p>
<table>
  <thead><tr><th>${c.date}</th><th>${c.document}</th><th>${c.type}</th><th>${c.due}</th><th class="n">${c.debit}</th><th class="n">${c.credit}</th><th class="n">${c.balance}</th></tr></thead>
  <tbody>
    <tr class="sum"><td>${from}</td><td colspan="5">${labels.opening_balance}</td><td class="n">${format.money(view.opening_balance)}</td></tr>
    ${view.movements.map(
      (
        m
      ) => html`<tr><td>${date(m.effective_date)}</td><td>${m.document_number ?? ""}</td><td>${movementLabel(m)}</td><td>${date(m.due_date)}</td>
      <td class="n">${m.side === "debit" ? format.money(m.amount) : ""}</td><td class="n">${m.side === "credit" ? format.money(m.amount) : ""}</td><td class="n">${format.money(m.balance)}</td></tr>`
    )}
    <tr class="sum"><td>${to}</td><td colspan="5">${labels.closing_balance}</td><td class="n">${format.money(view.closing_balance)}</td></tr>
  </tbody>
</table>
<h2>${labels.open_items(to)}</h2>
${
  view.open_items.length === 0
    ? html`<p>${labels.nothing_open}</p>`
    : html`<table>
  <thead><tr><th>${c.date}</th><th>${c.document}</th><th>${c.type}</th><th>${c.due}</th><th class="n">${labels.days_past_due}</th><th class="n">${labels.open}</th></tr></thead>
  <tbody>${view.open_items.map(
    (
      i
    ) => html`<tr><td>${date(i.effective_date)}</td><td>${i.document_number ?? ""}</td><td>${label(i.type)}</td><td>${date(i.due_date)}</td>
    <td class="n">${i.days_past_due !== null && i.days_past_due > 0 ? i.days_past_due : ""}</td><td class="n">${i.side === "credit" ? "−" : ""}${format.money(i.open)}</td></tr>`
  )}</tbody>
</table>`
}
</body></html>`)
}

const STYLE = raw(`
@page { size: A4; margin: 16mm 14mm; }
body { font-family: ${SANS}; font-size: 9pt; color: #111; }
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
