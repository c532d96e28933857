import { MONO, SANS } from "../../fonts"
import { html, page, raw, type SafeHtml } from "../../html"
import type { InvoicePage, LabelledValue, PartyPage } from "./page"

/**
 * The invoice / credit note layout. Logic-free on purpose: every decision,
 * every word and every formatted figure comes from the page model
 * (page.ts), and this file only lays it out; `html` escapes every value.
 */
export function invoiceHtml(view: InvoicePage): string {
  return page(html`<html lang="${view.lang}">
<head>
<meta charset="utf-8">
<title>${view.document_title}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="masthead">
  <div class="brand">
    ${view.logo_src ? html`<img class="logo" src="${view.logo_src}" alt="${view.seller.name}">` : null}
    <div class="brand-name">${view.seller.name}</div>
  </div>
  <div class="doc-title">
    <h1>${view.title}</h1>
    <div class="doc-number">${view.number}</div>
    ${view.payment?.paid ? html`<div class="paid-stamp">${view.payment.paid.stamp}</div>` : null}
    <table class="details">
      <tbody>${view.details.map(detailRow)}</tbody>
    </table>
  </div>
</header>

<section class="parties">
  ${partyBlock(view.seller)}
  ${partyBlock(view.buyer)}
</section>

${view.corrects_notice ? html`<p class="notice">${view.corrects_notice}</p>` : null}

<table class="lines">
  <thead>
    <tr>
      <th class="num">#</th>
      <th>${view.headings.lines.sku}</th>
      <th>${view.headings.lines.description}</th>
      <th class="num">${view.headings.lines.quantity}</th>
      <th class="num">${view.headings.lines.unit_price}</th>
      <th class="num">${view.headings.lines.discount}</th>
      <th class="num">${view.headings.lines.net_amount}</th>
      <th class="num">${view.headings.lines.vat}</th>
    </tr>
  </thead>
  <tbody>
    ${view.lines.map(
      (line) => html`<tr>
      <td class="num">${line.position}</td>
      <td class="sku">${line.sku}</td>
      <td>${line.title}${line.description ? html`<div class="muted">${line.description}</div>` : null}</td>
      <td class="num">${line.quantity}</td>
      <td class="num">${line.unit_price}</td>
      <td class="num">${line.discount}</td>
      <td class="num">${line.net_amount}</td>
      <td class="num">${line.tax_rate}</td>
    </tr>`
    )}
    ${view.charges.map(
      (charge) => html`<tr class="charge">
      <td></td>
      <td></td>
      <td colspan="4">${charge.title}</td>
      <td class="num">${charge.net_amount}</td>
      <td class="num">${charge.tax_rate}</td>
    </tr>`
    )}
  </tbody>
</table>
<p class="currency muted">${view.currency_notice}</p>

<section class="summary">
  <table class="vat">
    <thead>
      <tr><th>${view.headings.vat.category}</th><th class="num">${view.headings.vat.rate}</th><th class="num">${view.headings.vat.taxable_amount}</th><th class="num">${view.headings.vat.tax_amount}</th></tr>
    </thead>
    <tbody>
      ${view.tax_breakdown.map(
        (row) => html`<tr>
        <td>${row.category}${row.exemption_reason ? html`<div class="muted">${row.exemption_reason}</div>` : null}</td>
        <td class="num">${row.rate}</td>
        <td class="num">${row.taxable_amount}</td>
        <td class="num">${row.tax_amount}</td>
      </tr>`
      )}
    </tbody>
  </table>
  <table class="totals">
    <tbody>
      ${view.totals.map(totalRow)}
      <tr class="grand-total"><th>${view.grand_total.label}</th><td class="num">${view.grand_total.value}</td></tr>
    </tbody>
  </table>
</section>

${
  view.payment
    ? html`<section class="payment">
  <h2>${view.headings.payment.heading}</h2>
  ${view.payment.paid ? html`<p class="paid-sentence">${view.payment.paid.sentence}</p>` : null}
  <div class="payment-grid">
    <table class="bank">
      <tbody>
        <tr><th>${view.headings.payment.payee}</th><td>${view.payment.payee}</td></tr>
        ${view.payment.iban ? html`<tr><th>IBAN</th><td class="mono">${view.payment.iban}</td></tr>` : null}
        ${view.payment.bic ? html`<tr><th>BIC</th><td class="mono">${view.payment.bic}</td></tr>` : null}
        ${view.payment.reference ? html`<tr><th>${view.headings.payment.reference}</th><td class="mono">${view.payment.reference}</td></tr>` : null}
        ${view.payment.terms ? html`<tr><th>${view.headings.payment.terms}</th><td>${view.payment.terms}</td></tr>` : null}
      </tbody>
    </table>
    <table class="schedule">
      <thead><tr><th>${view.headings.payment.due_date}</th><th class="num">${view.headings.payment.amount}</th><th>${view.headings.payment.early_payment}</th></tr></thead>
      <tbody>
        ${view.payment.instalments.map(
          (instalment) => html`<tr>
          <td class="date">${instalment.due_date}</td>
          <td class="num">${instalment.amount}</td>
          <td>${instalment.early_payment}</td>
        </tr>`
        )}
      </tbody>
    </table>
  </div>
</section>`
    : null
}

<footer class="legal">
  ${view.payment_conditions.map((sentence) => html`<p>${sentence}</p>`)}
  <p class="seller-legal">${view.seller_legal_line}</p>
  ${view.seller_footer ? html`<p>${view.seller_footer}</p>` : null}
</footer>
</body>
</html>`)
}

function partyBlock(party: PartyPage): SafeHtml {
  return html`<div class="party">
    <h2>${party.heading}</h2>
    <div class="party-name">${party.name}</div>
    ${party.trade_name ? html`<div class="muted">${party.trade_name}</div>` : null}
    ${party.address_lines.map((line) => html`<div>${line}</div>`)}
    <div class="identifiers">${party.identifiers.map((identifier) => html`<div>${identifier}</div>`)}</div>
    ${party.contacts.map((contact) => html`<div class="muted">${contact}</div>`)}
  </div>`
}

function detailRow(detail: LabelledValue): SafeHtml {
  return html`<tr><th>${detail.label}</th><td>${detail.value}</td></tr>`
}

function totalRow(total: LabelledValue): SafeHtml {
  return html`<tr><th>${total.label}</th><td class="num">${total.value}</td></tr>`
}

const STYLE = raw(`
@page { size: A4; margin: 14mm 14mm 14mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0;
  font-family: ${SANS};
  font-size: 9pt;
  line-height: 1.35;
  color: #1f2933;
}
h1, h2 { margin: 0; font-weight: 600; }
h2 { font-size: 8pt; text-transform: uppercase; letter-spacing: 0.06em; color: #52606d; margin-bottom: 4pt; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; font-weight: 600; }
.num { text-align: right; white-space: nowrap; }
.muted { color: #616e7c; font-size: 8pt; }
.mono { font-family: ${MONO}; font-size: 8.5pt; white-space: nowrap; }
.masthead { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 2pt solid #1f4e79; padding-bottom: 8pt; margin-bottom: 12pt; }
.brand { display: flex; align-items: center; gap: 10pt; }
.logo { max-height: 48pt; max-width: 160pt; }
.brand-name { font-size: 12pt; font-weight: 600; color: #1f4e79; }
.doc-title { text-align: right; }
.doc-title h1 { font-size: 20pt; color: #1f4e79; }
.paid-stamp { display: inline-block; margin: 4pt 0; padding: 2pt 8pt; border: 2pt solid #2e7d32; color: #2e7d32; font-weight: 700; font-size: 14pt; }
.paid-sentence { color: #2e7d32; font-weight: 600; }
.doc-number { font-size: 11pt; font-weight: 600; }
.parties { display: flex; gap: 16pt; margin-bottom: 10pt; }
.party { flex: 1; border: 0.75pt solid #cbd2d9; border-radius: 3pt; padding: 6pt 8pt; }
.party-name { font-weight: 600; font-size: 10pt; }
.identifiers { margin-top: 4pt; }
.details { width: auto; margin: 6pt 0 0 auto; }
.details th { color: #52606d; font-weight: 400; padding: 0.5pt 10pt 0.5pt 0; text-align: right; }
.details td { font-weight: 600; padding: 0.5pt 0; text-align: right; }
.notice { margin: 0 0 10pt; padding: 5pt 8pt; background: #fdf3e1; border-left: 2pt solid #d69e2e; }
.lines thead { display: table-header-group; }
.lines th { background: #1f4e79; color: #fff; padding: 4pt 5pt; font-size: 8pt; }
.lines td { padding: 4pt 5pt; border-bottom: 0.5pt solid #e4e7eb; vertical-align: top; }
.lines tr { break-inside: avoid; }
.lines .sku { font-family: ${MONO}; font-size: 8pt; white-space: nowrap; }
.lines .charge td { color: #3e4c59; font-style: italic; }
.currency { margin: 3pt 0 10pt; text-align: right; }
.summary { display: flex; gap: 16pt; align-items: flex-start; break-inside: avoid; margin-bottom: 12pt; }
.vat { flex: 1.2; }
.vat th { border-bottom: 0.75pt solid #9aa5b1; padding: 3pt 5pt; font-size: 8pt; }
.vat td { padding: 3pt 5pt; border-bottom: 0.5pt solid #e4e7eb; vertical-align: top; }
.totals { flex: 1; }
.totals th { font-weight: 400; padding: 3pt 5pt; }
.totals td { padding: 3pt 5pt; }
.totals .grand-total th, .totals .grand-total td { font-weight: 700; font-size: 11pt; border-top: 1.5pt solid #1f4e79; padding-top: 5pt; }
.payment { border: 0.75pt solid #cbd2d9; border-radius: 3pt; padding: 8pt; margin-bottom: 12pt; break-inside: avoid; }
.payment-grid { display: flex; gap: 16pt; }
.bank { flex: 1.2; }
.bank th { color: #52606d; font-weight: 400; padding: 2pt 10pt 2pt 0; white-space: nowrap; vertical-align: top; }
.bank td { padding: 2pt 0; }
.schedule { flex: 1; }
.schedule th { border-bottom: 0.75pt solid #9aa5b1; padding: 2pt 5pt; font-size: 8pt; }
.schedule td { padding: 2pt 5pt; vertical-align: top; }
.schedule .date { white-space: nowrap; }
.legal { border-top: 0.75pt solid #cbd2d9; padding-top: 6pt; font-size: 7.5pt; color: #3e4c59; break-inside: avoid; }
.legal p { margin: 0 0 3pt; }
.seller-legal { margin-top: 5pt !important; font-weight: 600; }
`)
