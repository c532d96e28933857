import type { SellerIdentityInput } from "../../modules/invoicing/seller"

/**
 * The demo merchant's identity, as Settings › Invoicing would hold it.
 * Fictitious numbers that pass their checks (SIREN Luhn, VAT key) and that
 * no demo company shares.
 */
export const DEMO_SELLER: SellerIdentityInput = {
  legal_name: "Fournitures Industrielles Lyonnaises SAS",
  trade_name: "FIL Pro",
  address: { line1: "12 rue de l'Industrie", line2: "ZI Nord", postal_code: "69007", city: "Lyon", country_code: "FR" },
  vat_id: "FR19812345676",
  registration_id: "81234567600017",
  email: "factures@fil-pro.example",
  phone: "+33 4 72 00 00 00",
  legal_form: "SAS",
  share_capital: "50,000 EUR",
  trade_register: "RCS Lyon 812 345 676",
  iban: "FR7630006000011234567890189",
  bic: "AGRIFRPP",
  late_payment_rate: "12.15",
  recovery_indemnity: "40",
  footer: "TVA acquittée sur les débits.",
}
