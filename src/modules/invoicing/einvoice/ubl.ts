import type {
  DocumentCharge,
  DocumentLine,
  InvoiceDocument,
  Party,
  TaxBreakdownRow,
  VatCategory,
} from "../document"
import {
  assertEinvoiceable,
  dueDateOf,
  hasLineDiscount,
  isoDate,
  isZeroAmount,
  LINE_DISCOUNT_REASON,
  legalNotesOf,
  paymentMeansOf,
  paymentTermsOf,
  registrationSchemeOf,
  SHIPPING_CHARGE_REASON_CODE,
  UNIT_CODE,
  vatExemptionOf,
  vatRateOf,
} from "./content"
import { el, element, optionalText, renderXml, type XmlElement } from "./xml"

/**
 * OASIS UBL 2.1 Invoice or CreditNote, EN 16931 core: the same business
 * content as the CII (see content.ts), in UBL's element order. Amounts are
 * written exactly as the document holds them.
 */

export const UBL_CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017"

const COMMON_NAMESPACES = {
  "xmlns:cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "xmlns:cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}

const INVOICE_SHAPE = {
  root: "Invoice",
  namespace: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
  typeCode: "cbc:InvoiceTypeCode",
  line: "cac:InvoiceLine",
  quantity: "cbc:InvoicedQuantity",
} as const

const SHAPE = {
  invoice: INVOICE_SHAPE,
  // EN 16931 binds UBL to Invoice and CreditNote only: a debit note is an
  // Invoice whose type code (383) says what it is (UBL's DebitNote document
  // is outside the standard).
  debit_note: INVOICE_SHAPE,
  credit_note: {
    root: "CreditNote",
    namespace: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
    typeCode: "cbc:CreditNoteTypeCode",
    line: "cac:CreditNoteLine",
    quantity: "cbc:CreditedQuantity",
  },
} as const

/** UNTDID 1001: 380 commercial invoice, 381 credit note, 383 debit note. */
const TYPE_CODE = { invoice: "380", credit_note: "381", debit_note: "383" } as const

function taxScheme(): XmlElement {
  return el("cac:TaxScheme", el("cbc:ID", "VAT"))
}

function party(wrapper: string, party: Party, options: { contact: boolean }): XmlElement {
  const address = party.address
  const tradingName =
    party.trade_name?.trim() && party.trade_name !== party.legal_name ? party.trade_name : null
  const hasContact = options.contact && (party.phone || party.email)
  return el(
    wrapper,
    el(
      "cac:Party",
      // BT-34 / BT-49 electronic address; "EM" is the EAS code for an e-mail address.
      party.email && element("cbc:EndpointID", { schemeID: "EM" }, party.email),
      tradingName && el("cac:PartyName", el("cbc:Name", tradingName)),
      el(
        "cac:PostalAddress",
        optionalText("cbc:StreetName", address.line1),
        optionalText("cbc:AdditionalStreetName", address.line2),
        optionalText("cbc:CityName", address.city),
        optionalText("cbc:PostalZone", address.postal_code),
        el("cac:Country", el("cbc:IdentificationCode", address.country_code.toUpperCase()))
      ),
      party.vat_id && el("cac:PartyTaxScheme", el("cbc:CompanyID", party.vat_id), taxScheme()),
      el(
        "cac:PartyLegalEntity",
        el("cbc:RegistrationName", party.legal_name),
        optionalText("cbc:CompanyID", party.registration_id, { schemeID: registrationSchemeOf(party) })
      ),
      hasContact &&
        el(
          "cac:Contact",
          optionalText("cbc:Telephone", party.phone),
          optionalText("cbc:ElectronicMail", party.email)
        )
    )
  )
}

function taxCategory(
  name: string,
  category: VatCategory,
  rate: string,
  exemption: { code: string | null; text: string } | null = null
): XmlElement {
  return el(
    name,
    el("cbc:ID", category),
    optionalText("cbc:Percent", vatRateOf(category, rate)),
    optionalText("cbc:TaxExemptionReasonCode", exemption?.code),
    optionalText("cbc:TaxExemptionReason", exemption?.text),
    taxScheme()
  )
}

function documentCharge(charge: DocumentCharge, currency: string): XmlElement {
  return el(
    "cac:AllowanceCharge",
    el("cbc:ChargeIndicator", "true"),
    el("cbc:AllowanceChargeReasonCode", SHIPPING_CHARGE_REASON_CODE),
    el("cbc:AllowanceChargeReason", charge.title),
    element("cbc:Amount", { currencyID: currency }, charge.net_amount),
    taxCategory("cac:TaxCategory", charge.tax_category, charge.tax_rate)
  )
}

function taxSubtotal(row: TaxBreakdownRow, currency: string): XmlElement {
  return el(
    "cac:TaxSubtotal",
    element("cbc:TaxableAmount", { currencyID: currency }, row.taxable_amount),
    element("cbc:TaxAmount", { currencyID: currency }, row.tax_amount),
    taxCategory("cac:TaxCategory", row.tax_category, row.tax_rate, vatExemptionOf(row))
  )
}

function documentLine(doc: InvoiceDocument, line: DocumentLine, currency: string): XmlElement {
  const shape = SHAPE[doc.kind]
  return el(
    shape.line,
    el("cbc:ID", String(line.position)),
    element(shape.quantity, { unitCode: UNIT_CODE }, String(line.quantity)),
    element("cbc:LineExtensionAmount", { currencyID: currency }, line.net_amount),
    // The discount is a line allowance (BG-27), as in the CII: an amount for the whole line.
    hasLineDiscount(line) &&
      el(
        "cac:AllowanceCharge",
        el("cbc:ChargeIndicator", "false"),
        el("cbc:AllowanceChargeReasonCode", LINE_DISCOUNT_REASON.code),
        el("cbc:AllowanceChargeReason", LINE_DISCOUNT_REASON.text),
        element("cbc:Amount", { currencyID: currency }, line.discount)
      ),
    el(
      "cac:Item",
      optionalText("cbc:Description", line.description),
      el("cbc:Name", line.title),
      line.sku && el("cac:SellersItemIdentification", el("cbc:ID", line.sku)),
      taxCategory("cac:ClassifiedTaxCategory", line.tax_category, line.tax_rate)
    ),
    el("cac:Price", element("cbc:PriceAmount", { currencyID: currency }, line.unit_price))
  )
}

function paymentMeans(doc: InvoiceDocument): XmlElement | null {
  const means = paymentMeansOf(doc)
  if (!means) {
    return null
  }
  return el(
    "cac:PaymentMeans",
    el("cbc:PaymentMeansCode", means.code),
    optionalText("cbc:PaymentID", doc.payment_reference),
    means.iban &&
      el(
        "cac:PayeeFinancialAccount",
        el("cbc:ID", means.iban),
        optionalText("cbc:Name", means.account_name),
        means.bic && el("cac:FinancialInstitutionBranch", el("cbc:ID", means.bic))
      )
  )
}

/** The document as a UBL 2.1 Invoice or CreditNote (EN 16931). Throws EinvoiceUnsupportedError when it cannot be expressed. */
export function toUbl(doc: InvoiceDocument): string {
  assertEinvoiceable(doc)
  const shape = SHAPE[doc.kind]
  const currency = doc.currency_code.toUpperCase()
  const terms = paymentTermsOf(doc)
  // A UBL 2.1 CreditNote has no DueDate element; its terms text carries the date.
  const dueDate = shape.root === "Invoice" ? dueDateOf(doc) : null
  const showChargeTotal = doc.charges.length > 0 || !isZeroAmount(doc.charge_total)
  const root = element(
    shape.root,
    { xmlns: shape.namespace, ...COMMON_NAMESPACES },
    el("cbc:CustomizationID", UBL_CUSTOMIZATION_ID),
    el("cbc:ID", doc.number),
    el("cbc:IssueDate", isoDate(doc.issue_date)),
    dueDate && el("cbc:DueDate", dueDate),
    el(shape.typeCode, TYPE_CODE[doc.kind]),
    // UBL has no note subject code; the #CODE# prefix is the EN 16931 binding's convention for BT-21.
    legalNotesOf(doc).map((note) => el("cbc:Note", `#${note.subject}#${note.text}`)),
    el("cbc:DocumentCurrencyCode", currency),
    doc.purchase_order_ref && el("cac:OrderReference", el("cbc:ID", doc.purchase_order_ref)),
    doc.corrects &&
      el(
        "cac:BillingReference",
        el(
          "cac:InvoiceDocumentReference",
          el("cbc:ID", doc.corrects.number),
          el("cbc:IssueDate", isoDate(doc.corrects.issue_date))
        )
      ),
    party("cac:AccountingSupplierParty", doc.seller, { contact: true }),
    party("cac:AccountingCustomerParty", doc.buyer, { contact: false }),
    doc.supply_date && el("cac:Delivery", el("cbc:ActualDeliveryDate", isoDate(doc.supply_date))),
    paymentMeans(doc),
    terms && el("cac:PaymentTerms", el("cbc:Note", terms)),
    doc.charges.map((charge) => documentCharge(charge, currency)),
    el(
      "cac:TaxTotal",
      element("cbc:TaxAmount", { currencyID: currency }, doc.tax_total),
      doc.tax_breakdown.map((row) => taxSubtotal(row, currency))
    ),
    el(
      "cac:LegalMonetaryTotal",
      element("cbc:LineExtensionAmount", { currencyID: currency }, doc.line_total),
      element("cbc:TaxExclusiveAmount", { currencyID: currency }, doc.subtotal),
      element("cbc:TaxInclusiveAmount", { currencyID: currency }, doc.total),
      showChargeTotal && element("cbc:ChargeTotalAmount", { currencyID: currency }, doc.charge_total),
      element("cbc:PayableAmount", { currencyID: currency }, doc.total)
    ),
    doc.lines.map((line) => documentLine(doc, line, currency))
  )
  return renderXml(root)
}
