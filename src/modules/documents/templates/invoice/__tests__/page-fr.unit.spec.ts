import {
  CREDIT_NOTE,
  DEBIT_NOTE,
  MIXED_RATES_INVOICE,
  printable,
  SELLER,
} from "../../../__tests__/fixtures/invoices"
import { INVOICE_LABELS } from "../labels"
import { invoicePage, registrationLabel, sellerLegalLine } from "../page"

// French figures: narrow no-break space between thousands, no-break space before the euro sign.
const NNBSP = "\u202f"
const NBSP = "\u00a0"
const euros = (figure: string) => `${figure.replace(/ /g, NNBSP)}${NBSP}€`

const french = (doc = MIXED_RATES_INVOICE, paid = false) =>
  invoicePage({ ...printable(doc), paid_at_checkout: paid }, { language: "fr" })

describe("an invoice in French", () => {
  it("is a Facture, with its details labelled and dated in French", () => {
    const page = french()
    expect(page).toMatchObject({ lang: "fr", title: "Facture", document_title: "Facture INV-2026-000042" })
    expect(page.details).toEqual([
      { label: "Numéro de facture", value: "INV-2026-000042" },
      { label: "Date d'émission", value: "20 novembre 2026" },
      { label: "Date de livraison ou de prestation", value: "19 novembre 2026" },
      { label: "Bon de commande", value: "PO-7781" },
      { label: "Commande", value: "#1042" },
      { label: "Date d'échéance", value: "20 décembre 2026" },
    ])
  })

  it("prints French figures in the tables and French amounts in the totals", () => {
    const page = french()
    expect(page.currency_notice).toBe("Montants en EUR")
    expect(page.lines[0]).toMatchObject({
      unit_price: "24,90",
      discount: "−7,47",
      net_amount: "67,23",
      tax_rate: "20 %",
    })
    expect(page.tax_breakdown[1]).toEqual({
      category: "Taux normal",
      rate: "5,5 %",
      taxable_amount: "70,00",
      tax_amount: "3,85",
      exemption_reason: null,
    })
    expect(page.totals).toEqual([
      { label: "Total des lignes HT", value: euros("137,23") },
      { label: "Frais de port HT", value: euros("35,00") },
      { label: "Total HT", value: euros("172,23") },
      { label: "TVA", value: euros("24,30") },
    ])
    expect(page.grand_total).toEqual({ label: "Total TTC", value: euros("196,53") })
  })

  it("carries the French legal mentions: early-payment discount, late-payment penalties, the 40 € indemnity", () => {
    expect(french().payment_conditions).toEqual([
      `Escompte pour paiement anticipé : 2 % sur l'échéance de ${euros("196,53")} du 20 décembre 2026 ` +
        "si le paiement est reçu au plus tard le 30 novembre 2026.",
      "Pénalités de retard : exigibles à compter du jour suivant la date d'échéance, sans qu'un rappel soit " +
        "nécessaire, au taux annuel de 12,15 % (art. L441-10 du Code de commerce).",
      "Tout professionnel en situation de retard de paiement est de plein droit débiteur d'une indemnité " +
        `forfaitaire pour frais de recouvrement de ${euros("40,00")} (art. D441-5 du Code de commerce).`,
    ])
    expect(french({ ...MIXED_RATES_INVOICE, due_schedule: [] }).payment_conditions[0]).toBe(
      "Pas d'escompte pour paiement anticipé."
    )
  })

  it("names both parties and their identifiers in French", () => {
    const page = french()
    expect(page.seller).toMatchObject({
      heading: "Vendeur",
      address_lines: ["12 rue de l'Industrie", "ZI Nord", "69007 Lyon", "France"],
      identifiers: ["N° TVA FR19812345676", "SIRET 81234567600017"],
    })
    expect(page.buyer).toMatchObject({
      heading: "Facturé à",
      identifiers: ["N° TVA FR45987654321", "SIREN 987654321"],
    })
    expect(page.seller_legal_line).toBe(
      "Fournitures Industrielles Lyonnaises SAS · SAS au capital de 50,000 EUR · RCS Lyon 812 345 676 · " +
        "SIRET 81234567600017 · N° TVA FR19812345676"
    )
  })

  it.each([
    ["due", false, null],
    [
      "paid at checkout",
      true,
      { stamp: "Acquittée", sentence: "Réglée intégralement à la commande : aucun montant n'est dû." },
    ],
  ])("stamps an invoice %s accordingly", (_, paid, stamp) => {
    expect(french(MIXED_RATES_INVOICE, paid).payment?.paid).toEqual(stamp)
  })

  it("gives the payment block's schedule in French", () => {
    expect(french().payment?.instalments).toEqual([
      {
        due_date: "20 décembre 2026",
        amount: euros("196,53"),
        early_payment: "2 % d'escompte si réglé au plus tard le 30 novembre 2026",
      },
    ])
    expect(french().headings.payment.heading).toBe("Règlement")
  })
})

describe("a credit note in French", () => {
  it("is an Avoir naming the invoice it corrects, with nothing to pay", () => {
    const page = french(CREDIT_NOTE)
    expect(page.title).toBe("Avoir")
    expect(page.details).toContainEqual({
      label: "Facture rectifiée",
      value: "INV-2026-000042 du 20 novembre 2026",
    })
    expect(page.corrects_notice).toBe(
      "Cet avoir rectifie la facture INV-2026-000042 émise le 20 novembre 2026."
    )
    expect(page.grand_total).toEqual({ label: "Total de l'avoir TTC", value: euros("26,89") })
    expect(page.payment).toBeNull()
  })
})

describe("a debit note in French", () => {
  it("is a Note de débit naming the late invoice, exempt, payable on receipt", () => {
    const page = french(DEBIT_NOTE)
    expect(page.title).toBe("Note de débit")
    expect(page.document_title).toBe("Note de débit INV-2027-000003")
    expect(page.details).toContainEqual({ label: "Numéro de note de débit", value: "INV-2027-000003" })
    expect(page.details).toContainEqual({
      label: "Facture en retard",
      value: "INV-2026-000042 du 20 novembre 2026",
    })
    expect(page.corrects_notice).toBe(
      "Cette note de débit porte sur le retard de paiement de la facture INV-2026-000042 émise le " +
        "20 novembre 2026. Elle est payable à réception."
    )
    expect(page.tax_breakdown).toEqual([
      {
        category: "Exonération",
        rate: expect.any(String),
        taxable_amount: "40,00",
        tax_amount: "0,00",
        exemption_reason: "Indemnité forfaitaire de recouvrement non soumise à la TVA (art. 256 CGI)",
      },
    ])
    expect(page.grand_total).toEqual({ label: "Total dû", value: euros("40,00") })
    expect(page.payment?.instalments).toEqual([
      { due_date: "5 janvier 2027", amount: euros("40,00"), early_payment: null },
    ])
    expect(page.payment?.reference).toBe(DEBIT_NOTE.payment_reference)
  })
})

describe("labels", () => {
  it("has every label in both languages", () => {
    const keys = (value: object): string[] =>
      Object.entries(value).flatMap(([key, item]) =>
        item && typeof item === "object" ? keys(item).map((k) => `${key}.${k}`) : [key]
      )
    expect(keys(INVOICE_LABELS.fr).sort()).toEqual(keys(INVOICE_LABELS.en).sort())
  })

  it.each([
    ["en", "Registration no.", "Share capital 50,000 EUR"],
    ["fr", "N° d'immatriculation", "Capital social 50,000 EUR"],
  ] as const)(
    "in %s: a foreign registration and a capital without legal form",
    (language, label, capital) => {
      expect(registrationLabel({ registration_id: "HRB 12345", address: SELLER.address }, language)).toBe(
        label
      )
      expect(sellerLegalLine({ ...SELLER, legal_form: null }, language)).toContain(capital)
    }
  )
})
