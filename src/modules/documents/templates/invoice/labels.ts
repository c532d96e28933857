import type { Language } from "../../i18n/language"
import type { InvoiceKind as Kind, VatCategory } from "../../../../lib/document-content"

/** The kinds that name another invoice: the one a credit note corrects, the late one a debit note charges for. */
type Referring = Exclude<Kind, "invoice">

/**
 * Every word an invoice, credit note or debit note prints, in each language. Sentences
 * with figures are functions of the already formatted figures, so the
 * wording and its grammar stay together. The legal sentences follow
 * L441-9, L441-10 and D441-5 of the French Code de commerce.
 */
export type InvoiceLabels = {
  title: Record<Kind, string>
  number: Record<Kind, string>
  issue_date: string
  supply_date: string
  corrects_invoice: Record<Referring, string>
  corrects_value: (number: string, date: string) => string
  corrects_notice: Record<Referring, (number: string, date: string) => string>
  purchase_order: string
  order: string
  due_date: string
  due_dates: string
  seller: string
  bill_to: string
  vat_id: (id: string) => string
  other_registration: string
  currency_notice: (currency: string) => string
  columns: {
    sku: string
    description: string
    quantity: string
    unit_price: string
    discount: string
    net_amount: string
    vat: string
  }
  vat_table: { category: string; rate: string; taxable_amount: string; tax_amount: string }
  vat_categories: Record<VatCategory, string>
  lines_total: string
  shipping_total: string
  total_excl_vat: string
  vat_total: string
  grand_total: Record<Kind, string>
  payment: {
    heading: string
    payee: string
    reference: string
    terms: string
    due_date: string
    amount: string
    early_payment: string
  }
  instalment_discount: (percent: string, until: string) => string
  paid_stamp: string
  paid_sentence: string
  no_early_payment_discount: string
  early_payment_offer: (percent: string, amount: string, due: string, until: string) => string
  early_payment_discount: (offers: string[]) => string
  late_payment_penalty: (rate: string) => string
  recovery_indemnity: (amount: string) => string
  legal_form_and_capital: (form: string, capital: string) => string
  share_capital: (capital: string) => string
}

const EN: InvoiceLabels = {
  title: { invoice: "Invoice", credit_note: "Credit note", debit_note: "Debit note" },
  number: { invoice: "Invoice number", credit_note: "Credit note number", debit_note: "Debit note number" },
  issue_date: "Issue date",
  supply_date: "Date of supply",
  corrects_invoice: { credit_note: "Corrects invoice", debit_note: "Late invoice" },
  corrects_value: (number, date) => `${number} of ${date}`,
  corrects_notice: {
    credit_note: (number, date) => `This credit note corrects invoice ${number} issued on ${date}.`,
    debit_note: (number, date) =>
      `This debit note charges for the late payment of invoice ${number} issued on ${date}. It is payable on receipt.`,
  },
  purchase_order: "Purchase order",
  order: "Order",
  due_date: "Due date",
  due_dates: "Due dates",
  seller: "Seller",
  bill_to: "Bill to",
  vat_id: (id) => `VAT ${id}`,
  other_registration: "Registration no.",
  currency_notice: (currency) => `Amounts in ${currency}`,
  columns: {
    sku: "SKU",
    description: "Description",
    quantity: "Qty",
    unit_price: "Unit price excl. VAT",
    discount: "Discount",
    net_amount: "Net excl. VAT",
    vat: "VAT",
  },
  vat_table: { category: "VAT", rate: "Rate", taxable_amount: "Taxable amount", tax_amount: "VAT amount" },
  vat_categories: {
    S: "Standard rate",
    Z: "Zero rated",
    E: "Exempt",
    AE: "Reverse charge",
    K: "Intra-EU supply",
    G: "Export outside the EU",
    O: "Outside the scope of VAT",
  },
  lines_total: "Lines excl. VAT",
  shipping_total: "Shipping excl. VAT",
  total_excl_vat: "Total excl. VAT",
  vat_total: "VAT",
  grand_total: {
    invoice: "Total incl. VAT",
    credit_note: "Total credited incl. VAT",
    debit_note: "Total due",
  },
  payment: {
    heading: "Payment",
    payee: "Payee",
    reference: "Payment reference",
    terms: "Terms",
    due_date: "Due date",
    amount: "Amount",
    early_payment: "Early payment",
  },
  instalment_discount: (percent, until) => `${percent} discount if paid by ${until}`,
  paid_stamp: "Paid",
  paid_sentence: "Paid in full at checkout: nothing is due.",
  no_early_payment_discount: "No discount for early payment.",
  early_payment_offer: (percent, amount, due, until) =>
    `${percent} of the instalment of ${amount} due ${due} if payment is received by ${until}`,
  early_payment_discount: (offers) => `Early payment discount: ${offers.join("; ")}.`,
  late_payment_penalty: (rate) =>
    "Late payment: penalties are due from the day after the due date, without a reminder being necessary, " +
    `at an annual rate of ${rate} (art. L441-10 Code de commerce).`,
  recovery_indemnity: (amount) =>
    "Any professional buyer paying late also owes a fixed indemnity for recovery costs of " +
    `${amount} (art. D441-5 Code de commerce).`,
  legal_form_and_capital: (form, capital) => `${form} with a share capital of ${capital}`,
  share_capital: (capital) => `Share capital ${capital}`,
}

const FR: InvoiceLabels = {
  title: { invoice: "Facture", credit_note: "Avoir", debit_note: "Note de débit" },
  number: {
    invoice: "Numéro de facture",
    credit_note: "Numéro d'avoir",
    debit_note: "Numéro de note de débit",
  },
  issue_date: "Date d'émission",
  supply_date: "Date de livraison ou de prestation",
  corrects_invoice: { credit_note: "Facture rectifiée", debit_note: "Facture en retard" },
  corrects_value: (number, date) => `${number} du ${date}`,
  corrects_notice: {
    credit_note: (number, date) => `Cet avoir rectifie la facture ${number} émise le ${date}.`,
    debit_note: (number, date) =>
      `Cette note de débit porte sur le retard de paiement de la facture ${number} émise le ${date}. ` +
      "Elle est payable à réception.",
  },
  purchase_order: "Bon de commande",
  order: "Commande",
  due_date: "Date d'échéance",
  due_dates: "Dates d'échéance",
  seller: "Vendeur",
  bill_to: "Facturé à",
  vat_id: (id) => `N° TVA ${id}`,
  other_registration: "N° d'immatriculation",
  currency_notice: (currency) => `Montants en ${currency}`,
  columns: {
    sku: "Réf.",
    description: "Désignation",
    quantity: "Qté",
    unit_price: "Prix unitaire HT",
    discount: "Remise",
    net_amount: "Montant HT",
    vat: "TVA",
  },
  vat_table: { category: "TVA", rate: "Taux", taxable_amount: "Base HT", tax_amount: "Montant de TVA" },
  vat_categories: {
    S: "Taux normal",
    Z: "Taux zéro",
    E: "Exonération",
    AE: "Autoliquidation",
    K: "Livraison intracommunautaire",
    G: "Exportation hors UE",
    O: "Hors champ de la TVA",
  },
  lines_total: "Total des lignes HT",
  shipping_total: "Frais de port HT",
  total_excl_vat: "Total HT",
  vat_total: "TVA",
  grand_total: { invoice: "Total TTC", credit_note: "Total de l'avoir TTC", debit_note: "Total dû" },
  payment: {
    heading: "Règlement",
    payee: "Bénéficiaire",
    reference: "Référence de paiement",
    terms: "Conditions",
    due_date: "Échéance",
    amount: "Montant",
    early_payment: "Escompte",
  },
  instalment_discount: (percent, until) => `${percent} d'escompte si réglé au plus tard le ${until}`,
  paid_stamp: "Acquittée",
  paid_sentence: "Réglée intégralement à la commande : aucun montant n'est dû.",
  no_early_payment_discount: "Pas d'escompte pour paiement anticipé.",
  early_payment_offer: (percent, amount, due, until) =>
    `${percent} sur l'échéance de ${amount} du ${due} si le paiement est reçu au plus tard le ${until}`,
  early_payment_discount: (offers) => `Escompte pour paiement anticipé : ${offers.join(" ; ")}.`,
  late_payment_penalty: (rate) =>
    "Pénalités de retard : exigibles à compter du jour suivant la date d'échéance, sans qu'un rappel soit " +
    `nécessaire, au taux annuel de ${rate} (art. L441-10 du Code de commerce).`,
  recovery_indemnity: (amount) =>
    "Tout professionnel en situation de retard de paiement est de plein droit débiteur d'une indemnité " +
    `forfaitaire pour frais de recouvrement de ${amount} (art. D441-5 du Code de commerce).`,
  legal_form_and_capital: (form, capital) => `${form} au capital de ${capital}`,
  share_capital: (capital) => `Capital social ${capital}`,
}

export const INVOICE_LABELS: Record<Language, InvoiceLabels> = { en: EN, fr: FR }
