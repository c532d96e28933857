import { SANS } from "../fonts"
import { html, page, raw } from "../html"
import { formatters } from "../i18n/format"
import type { Language } from "../i18n/language"
import type { DocumentTemplate } from "./template"

/** What the dunning context gives to print a reminder: dates YYYY-MM-DD, amounts as decimal strings. */
export type DunningLetterView = {
  seller: { legal_name: string; address_lines: string[]; iban: string | null; bic: string | null }
  company: { name: string; legal_name: string | null; address_lines: string[] }
  date: string
  currency_code: string
  subject: string
  /** The level's body, filled in; blank lines separate paragraphs. */
  body: string
  items: Array<{
    invoice_number: string | null
    due_date: string
    days_late: number
    open_amount: string
    chased_amount: string
  }>
  total: string
  claims: Array<{ invoice_number: string | null; kind: "indemnity" | "interest"; amount: string }>
}

const LABELS = {
  en: {
    invoice: "Invoice",
    due: "Due",
    days_late: "Days late",
    open: "Open",
    chased: "Now due",
    total: "Total now due",
    claims: "Late-payment charges",
    indemnity: (n: string) => `Fixed recovery indemnity (Code de commerce D441-5), invoice ${n}`,
    interest: (n: string) => `Late-payment interest (Code de commerce L441-10), invoice ${n}`,
    pay_to: "Please pay by bank transfer to",
  },
  fr: {
    invoice: "Facture",
    due: "Échéance",
    days_late: "Jours de retard",
    open: "Restant dû",
    chased: "Exigible",
    total: "Total exigible",
    claims: "Pénalités de retard",
    indemnity: (n: string) =>
      `Indemnité forfaitaire pour frais de recouvrement (art. D441-5 C. com.), facture ${n}`,
    interest: (n: string) => `Intérêts de retard (art. L441-10 C. com.), facture ${n}`,
    pay_to: "Merci de régler par virement sur le compte",
  },
} satisfies Record<Language, unknown>

/** A reminder letter: addresses, subject, the level's text, the invoices chased, the charges claimed, how to pay. */
export const dunningLetterTemplate: DocumentTemplate<DunningLetterView> = (view, language) => {
  const labels = LABELS[language]
  const format = formatters(language, view.currency_code)
  const paragraphs = view.body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
  return page(html`<html lang="${language}">
<head><meta charset="utf-8"><title>${view.subject}</title><style>${STYLE}</style></head>
<body>
<header>
  <div><strong>${view.seller.legal_name}</strong>${view.seller.address_lines.map((l) => html`<br>${l}`)}</div>
  <div class="to"><strong>${view.company.legal_name ?? view.company.name}</strong>${view.company.address_lines.map((l) => html`<br>${l}`)}</div>
</header>
<p class="date">${format.date(view.date)}</p>
<h1>${view.subject}</h1>
${paragraphs.map((p) => html`<p>${p.split("\n").map((line, i) => (i ? html`<br>${line}` : line))}</p>`)}
<table>
  <thead><tr><th>${labels.invoice}</th><th>${labels.due}</th><th class="n">${labels.days_late}</th><th class="n">${labels.open}</th><th class="n">${labels.chased}</th></tr></thead>
  <tbody>${view.items.map(
    (
      i
    ) => html`<tr><td>${i.invoice_number ?? ""}</td><td>${format.date(i.due_date)}</td><td class="n">${i.days_late > 0 ? i.days_late : ""}</td>
    <td class="n">${format.money(i.open_amount)}</td><td class="n">${format.money(i.chased_amount)}</td></tr>`
  )}
  <tr class="sum"><td colspan="4">${labels.total}</td><td class="n">${format.money(view.total)}</td></tr></tbody>
</table>
${
  view.claims.length
    ? html`<h2>${labels.claims}</h2><table><tbody>${view.claims.map(
        (c) =>
          html`<tr><td>${labels[c.kind](c.invoice_number ?? "")}</td><td class="n">${format.money(c.amount)}</td></tr>`
      )}</tbody></table>`
    : ""
}
${view.seller.iban ? html`<p class="pay">${labels.pay_to} IBAN ${view.seller.iban}${view.seller.bic ? ` · BIC ${view.seller.bic}` : ""}</p>` : ""}
</body></html>`)
}

const STYLE = raw(`
@page { size: A4; margin: 18mm 16mm; }
body { font-family: ${SANS}; font-size: 10pt; color: #111; line-height: 1.4; }
header { display: flex; justify-content: space-between; margin-bottom: 12mm; }
header .to { text-align: right; }
.date { text-align: right; color: #555; }
h1 { font-size: 13pt; margin: 6mm 0 4mm; }
h2 { font-size: 11pt; margin: 8mm 0 2mm; }
table { width: 100%; border-collapse: collapse; margin-top: 4mm; font-size: 9pt; }
th, td { padding: 1.6mm 1.5mm; border-bottom: 0.2mm solid #ddd; text-align: left; vertical-align: top; }
th { background: #f3f3f3; font-weight: 600; }
.n { text-align: right; white-space: nowrap; }
tr.sum td { font-weight: 600; background: #fafafa; }
.pay { margin-top: 8mm; }
`)
