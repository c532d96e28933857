import type { DocumentCharge, DocumentLine, InvoiceDocument, Party, TaxBreakdownRow } from "../document"
import {
  assertEinvoiceable,
  compactDate,
  dueDateOf,
  hasLineDiscount,
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
 * UN/CEFACT Cross Industry Invoice D16B, EN 16931 profile: the XML embedded in
 * a Factur-X PDF. Element order follows the D16B schema; amounts are written
 * exactly as the document holds them, never recomputed.
 */

const NAMESPACES = {
  "xmlns:rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
  "xmlns:qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
  "xmlns:ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
  "xmlns:udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}

/** Factur-X "EN 16931" (formerly COMFORT) profile. */
export const CII_GUIDELINE_ID = "urn:cen.eu:en16931:2017"

/** UNTDID 1001: 380 commercial invoice, 381 credit note, 383 debit note. */
const TYPE_CODE = { invoice: "380", credit_note: "381", debit_note: "383" } as const

function date102(name: string, date: string): XmlElement {
  return el(name, element("udt:DateTimeString", { format: "102" }, compactDate(date)))
}

function indicator(isCharge: boolean): XmlElement {
  return el("ram:ChargeIndicator", el("udt:Indicator", isCharge ? "true" : "false"))
}

function tradeParty(name: string, party: Party, options: { contact: boolean }): XmlElement {
  const address = party.address
  const scheme = registrationSchemeOf(party)
  const tradingName =
    party.trade_name?.trim() && party.trade_name !== party.legal_name ? party.trade_name : null
  const hasContact = options.contact && (party.phone || party.email)
  return el(
    name,
    el("ram:Name", party.legal_name),
    (party.registration_id || tradingName) &&
      el(
        "ram:SpecifiedLegalOrganization",
        optionalText("ram:ID", party.registration_id, { schemeID: scheme }),
        optionalText("ram:TradingBusinessName", tradingName)
      ),
    hasContact &&
      el(
        "ram:DefinedTradeContact",
        party.phone && el("ram:TelephoneUniversalCommunication", el("ram:CompleteNumber", party.phone)),
        party.email && el("ram:EmailURIUniversalCommunication", el("ram:URIID", party.email))
      ),
    el(
      "ram:PostalTradeAddress",
      optionalText("ram:PostcodeCode", address.postal_code),
      optionalText("ram:LineOne", address.line1),
      optionalText("ram:LineTwo", address.line2),
      optionalText("ram:CityName", address.city),
      el("ram:CountryID", address.country_code.toUpperCase())
    ),
    // BT-34 / BT-49 electronic address; "EM" is the EAS code for an e-mail address.
    party.email && el("ram:URIUniversalCommunication", element("ram:URIID", { schemeID: "EM" }, party.email)),
    party.vat_id && el("ram:SpecifiedTaxRegistration", element("ram:ID", { schemeID: "VA" }, party.vat_id))
  )
}

function lineItem(line: DocumentLine): XmlElement {
  const rate = vatRateOf(line.tax_category, line.tax_rate)
  return el(
    "ram:IncludedSupplyChainTradeLineItem",
    el("ram:AssociatedDocumentLineDocument", el("ram:LineID", String(line.position))),
    el(
      "ram:SpecifiedTradeProduct",
      optionalText("ram:SellerAssignedID", line.sku),
      el("ram:Name", line.title),
      optionalText("ram:Description", line.description)
    ),
    // The discount is a line allowance (BG-27) rather than a reduced net price:
    // it is an amount for the whole line, which a unit price could not always
    // carry exactly (7.48 off 3 units).
    el(
      "ram:SpecifiedLineTradeAgreement",
      el("ram:NetPriceProductTradePrice", el("ram:ChargeAmount", line.unit_price))
    ),
    el(
      "ram:SpecifiedLineTradeDelivery",
      element("ram:BilledQuantity", { unitCode: UNIT_CODE }, String(line.quantity))
    ),
    el(
      "ram:SpecifiedLineTradeSettlement",
      el(
        "ram:ApplicableTradeTax",
        el("ram:TypeCode", "VAT"),
        el("ram:CategoryCode", line.tax_category),
        optionalText("ram:RateApplicablePercent", rate)
      ),
      hasLineDiscount(line) &&
        el(
          "ram:SpecifiedTradeAllowanceCharge",
          indicator(false),
          el("ram:ActualAmount", line.discount),
          el("ram:ReasonCode", LINE_DISCOUNT_REASON.code),
          el("ram:Reason", LINE_DISCOUNT_REASON.text)
        ),
      el("ram:SpecifiedTradeSettlementLineMonetarySummation", el("ram:LineTotalAmount", line.net_amount))
    )
  )
}

function taxBreakdown(row: TaxBreakdownRow): XmlElement {
  const exemption = vatExemptionOf(row)
  return el(
    "ram:ApplicableTradeTax",
    el("ram:CalculatedAmount", row.tax_amount),
    el("ram:TypeCode", "VAT"),
    optionalText("ram:ExemptionReason", exemption?.text),
    el("ram:BasisAmount", row.taxable_amount),
    el("ram:CategoryCode", row.tax_category),
    optionalText("ram:ExemptionReasonCode", exemption?.code),
    optionalText("ram:RateApplicablePercent", vatRateOf(row.tax_category, row.tax_rate))
  )
}

function documentCharge(charge: DocumentCharge): XmlElement {
  return el(
    "ram:SpecifiedTradeAllowanceCharge",
    indicator(true),
    el("ram:ActualAmount", charge.net_amount),
    el("ram:ReasonCode", SHIPPING_CHARGE_REASON_CODE),
    el("ram:Reason", charge.title),
    el(
      "ram:CategoryTradeTax",
      el("ram:TypeCode", "VAT"),
      el("ram:CategoryCode", charge.tax_category),
      optionalText("ram:RateApplicablePercent", vatRateOf(charge.tax_category, charge.tax_rate))
    )
  )
}

function settlement(doc: InvoiceDocument): XmlElement {
  const currency = doc.currency_code.toUpperCase()
  const means = paymentMeansOf(doc)
  const terms = paymentTermsOf(doc)
  const dueDate = dueDateOf(doc)
  const showChargeTotal = doc.charges.length > 0 || !isZeroAmount(doc.charge_total)
  return el(
    "ram:ApplicableHeaderTradeSettlement",
    optionalText("ram:PaymentReference", doc.payment_reference),
    el("ram:InvoiceCurrencyCode", currency),
    means &&
      el(
        "ram:SpecifiedTradeSettlementPaymentMeans",
        el("ram:TypeCode", means.code),
        means.iban &&
          el(
            "ram:PayeePartyCreditorFinancialAccount",
            el("ram:IBANID", means.iban),
            optionalText("ram:AccountName", means.account_name)
          ),
        means.bic && el("ram:PayeeSpecifiedCreditorFinancialInstitution", el("ram:BICID", means.bic))
      ),
    doc.tax_breakdown.map(taxBreakdown),
    doc.charges.map(documentCharge),
    (terms || dueDate) &&
      el(
        "ram:SpecifiedTradePaymentTerms",
        optionalText("ram:Description", terms),
        dueDate && date102("ram:DueDateDateTime", dueDate)
      ),
    el(
      "ram:SpecifiedTradeSettlementHeaderMonetarySummation",
      el("ram:LineTotalAmount", doc.line_total),
      showChargeTotal && el("ram:ChargeTotalAmount", doc.charge_total),
      el("ram:TaxBasisTotalAmount", doc.subtotal),
      element("ram:TaxTotalAmount", { currencyID: currency }, doc.tax_total),
      el("ram:GrandTotalAmount", doc.total),
      el("ram:DuePayableAmount", doc.total)
    ),
    doc.corrects &&
      el(
        "ram:InvoiceReferencedDocument",
        el("ram:IssuerAssignedID", doc.corrects.number),
        el(
          "ram:FormattedIssueDateTime",
          element("qdt:DateTimeString", { format: "102" }, compactDate(doc.corrects.issue_date))
        )
      )
  )
}

/** The document as a Factur-X (EN 16931 profile) CII XML. Throws EinvoiceUnsupportedError when it cannot be expressed. */
export function toCii(doc: InvoiceDocument): string {
  assertEinvoiceable(doc)
  const root = element(
    "rsm:CrossIndustryInvoice",
    NAMESPACES,
    el(
      "rsm:ExchangedDocumentContext",
      el("ram:GuidelineSpecifiedDocumentContextParameter", el("ram:ID", CII_GUIDELINE_ID))
    ),
    el(
      "rsm:ExchangedDocument",
      el("ram:ID", doc.number),
      el("ram:TypeCode", TYPE_CODE[doc.kind]),
      date102("ram:IssueDateTime", doc.issue_date),
      legalNotesOf(doc).map((note) =>
        el("ram:IncludedNote", el("ram:Content", note.text), el("ram:SubjectCode", note.subject))
      )
    ),
    el(
      "rsm:SupplyChainTradeTransaction",
      doc.lines.map(lineItem),
      el(
        "ram:ApplicableHeaderTradeAgreement",
        tradeParty("ram:SellerTradeParty", doc.seller, { contact: true }),
        tradeParty("ram:BuyerTradeParty", doc.buyer, { contact: false }),
        doc.purchase_order_ref &&
          el("ram:BuyerOrderReferencedDocument", el("ram:IssuerAssignedID", doc.purchase_order_ref))
      ),
      el(
        "ram:ApplicableHeaderTradeDelivery",
        doc.supply_date &&
          el("ram:ActualDeliverySupplyChainEvent", date102("ram:OccurrenceDateTime", doc.supply_date))
      ),
      settlement(doc)
    )
  )
  return renderXml(root)
}
