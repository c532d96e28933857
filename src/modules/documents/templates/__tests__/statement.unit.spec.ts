import type { Language } from "../../i18n/language"
import { type StatementView, statementTemplate } from "../statement"

const NNBSP = "\u202f"
const NBSP = "\u00a0"

const VIEW: StatementView = {
  seller: {
    legal_name: "Fournitures Industrielles Lyonnaises SAS",
    address_lines: ["12 rue de l'Industrie", "69007 Lyon"],
  },
  company: {
    name: "Dubois",
    legal_name: "Chaudronnerie Dubois <SARL>",
    address_lines: ["4 avenue des Forges"],
  },
  currency_code: "eur",
  from: "2026-11-01",
  to: "2026-11-30",
  opening_balance: "0",
  closing_balance: "1234.56",
  movements: [
    {
      effective_date: "2026-11-20",
      due_date: "2026-12-20",
      type: "invoice",
      side: "debit",
      document_number: "INV-2026-000042",
      reverses_entry_id: null,
      metadata: null,
      amount: "1734.56",
      balance: "1734.56",
    },
    {
      effective_date: "2026-11-25",
      due_date: null,
      type: "payment",
      side: "credit",
      document_number: null,
      reverses_entry_id: null,
      metadata: { reference: "VIR-881" },
      amount: "500",
      balance: "1234.56",
    },
    {
      effective_date: "2026-11-26",
      due_date: null,
      type: "payment",
      side: "debit",
      document_number: null,
      reverses_entry_id: "lent_1",
      metadata: { reference: "VIR-881", reason: "bounced" },
      amount: "500",
      balance: "1734.56",
    },
  ],
  open_items: [
    {
      effective_date: "2026-11-20",
      due_date: "2026-11-25",
      type: "invoice",
      side: "debit",
      document_number: "INV-2026-000042",
      open: "1234.56",
      days_past_due: 5,
    },
  ],
}

describe("statementTemplate", () => {
  it.each<[Language, string[]]>([
    [
      "en",
      [
        '<html lang="en">',
        "<h1>Statement of account</h1>",
        "1 Nov 2026 to 30 Nov 2026 · EUR",
        "<th>Document</th><th>Type</th><th>Due</th>",
        "Opening balance",
        "Closing balance",
        "1,234.56 EUR",
        "<td>Invoice</td><td>20 Dec 2026</td>",
        "<td>Payment VIR-881</td>",
        "<td>Reversal of payment VIR-881 (bounced)</td>",
        "<h2>Open items at 30 Nov 2026</h2>",
        "Days past due",
      ],
    ],
    [
      "fr",
      [
        '<html lang="fr">',
        "<h1>Relevé de compte</h1>",
        "Du 1 novembre 2026 au 30 novembre 2026 · EUR",
        "<th>Pièce</th><th>Opération</th><th>Échéance</th>",
        "Solde d&#39;ouverture",
        "Solde de clôture",
        `1${NNBSP}234,56${NBSP}€`,
        "<td>Facture</td><td>20 décembre 2026</td>",
        "<td>Règlement VIR-881</td>",
        "<td>Annulation : règlement VIR-881 (bounced)</td>",
        "<h2>Pièces non soldées au 30 novembre 2026</h2>",
        "Jours de retard",
      ],
    ],
  ])("prints a statement in %s", (language, texts) => {
    const page = statementTemplate(VIEW, language)
    for (const text of texts) {
      expect({ text, found: page.includes(text) }).toEqual({ text, found: true })
    }
  })

  it.each<[Language, string]>([
    ["en", "Nothing is open."],
    ["fr", "Aucune pièce non soldée."],
  ])("says in %s when nothing is open", (language, sentence) => {
    expect(statementTemplate({ ...VIEW, open_items: [] }, language)).toContain(`<p>${sentence}</p>`)
  })

  it("escapes the account's own text and loads nothing", () => {
    const page = statementTemplate(VIEW, "fr")
    expect(page).toContain("Chaudronnerie Dubois &lt;SARL&gt;")
    expect(page).not.toContain("<SARL>")
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true)
    expect(page).not.toMatch(/https?:\/\/|<link|<script|@import|url\(/)
  })
})
