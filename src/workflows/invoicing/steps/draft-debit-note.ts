import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { exactAmount, moneyString } from "../../../lib/money"
import { calendarDateInZone } from "../../../lib/time"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type { DocumentAmounts } from "../../../modules/invoicing/drafting"
import { DebitRequestError, debitNoteAmounts } from "../../../modules/invoicing/debit-note-amounts"
import type { DocumentLine, LateCharge } from "../../../modules/invoicing/document"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import type { DraftedInvoice } from "./draft-order-invoice"
import { createDraft, deleteDraft } from "./drafting-support"

export type IssueDebitNoteInput = {
  company_id: string
  currency_code: string
  /** The late invoice the charge arises from: an issued invoice of that company, in that currency. */
  relates_to_invoice_id: string
  charge: LateCharge
  /** Printed as the debit note's one line. */
  description: string
  /** Decimal, more than 0, in the currency's precision. */
  amount: string
  /** What the charge comes from ("dunning_claim:<id>"): the same source issues one debit note, ever. */
  source_ref: string
  /** The admin user who decided the charge is owed. */
  actor_id?: string
}

type InvoiceRow = Awaited<ReturnType<InvoicingModuleService["listInvoices"]>>[number]

/** What the drafting found: a new draft to issue, or the debit note its source already issued. */
export type DraftedDebitNote = { drafted: DraftedInvoice; existing: InvoiceRow | null }

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** The debit note a source already issued, when it asks for the same charge; a conflict when it asks for another. */
function sameRequestOrConflict(existing: InvoiceRow, input: IssueDebitNoteInput, amounts: DocumentAmounts) {
  const line = (existing.lines as unknown as DocumentLine[])[0]
  const same =
    existing.corrects_invoice_id === input.relates_to_invoice_id &&
    existing.company_id === input.company_id &&
    existing.currency_code === input.currency_code.toLowerCase() &&
    line?.charge === input.charge &&
    MathBN.eq(exactAmount(existing, "total"), amounts.total)
  if (!same) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `${input.source_ref} already issued debit note ${existing.number ?? existing.id} ` +
        `(${line?.charge ?? "?"}, ${moneyString(exactAmount(existing, "total"), existing.currency_code)} ` +
        `${existing.currency_code.toUpperCase()}): one source issues one debit note, not a different one`
    )
  }
  return existing
}

/** The late invoice, or a refusal saying why it cannot carry this debit note. */
async function lateInvoiceOrRefuse(invoicing: InvoicingModuleService, input: IssueDebitNoteInput) {
  const [invoice] = await invoicing.listInvoices({ id: input.relates_to_invoice_id })
  if (!invoice) {
    throw invalid(
      `Invoice ${input.relates_to_invoice_id} was not found: a debit note must name the late invoice it charges for`
    )
  }
  const name = invoice.number ?? invoice.id
  if (invoice.kind !== "invoice" || invoice.status === "draft") {
    throw invalid(`${name} is not an issued invoice: a debit note charges for the late payment of an invoice`)
  }
  if (invoice.company_id !== input.company_id) {
    throw invalid(
      `${name} is not an invoice of company ${input.company_id}: a debit note charges the company that was invoiced`
    )
  }
  if (invoice.currency_code !== input.currency_code.toLowerCase()) {
    throw invalid(
      `${name} is in ${invoice.currency_code.toUpperCase()}, not ${input.currency_code.toUpperCase()}: ` +
        "a debit note is in the currency of its invoice"
    )
  }
  return invoice
}

/**
 * Drafts a debit note for a late-payment charge on an issued invoice: one
 * line with the charge, the parties and currency of the invoice, payable on
 * receipt. Nothing is drafted when its source already issued one (that one
 * is returned); a source asking for a different charge is refused.
 */
export const draftDebitNoteStep = createStep(
  "draft-debit-note",
  async (
    input: IssueDebitNoteInput,
    { container }
  ): Promise<StepResponse<DraftedDebitNote, string | null>> => {
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const sourceRef = input.source_ref?.trim()
    if (!sourceRef) {
      throw invalid("source_ref is required: it makes asking twice for the same charge issue one debit note")
    }
    let amounts: DocumentAmounts
    try {
      amounts = debitNoteAmounts({
        currencyCode: input.currency_code,
        charge: input.charge,
        description: input.description,
        amount: input.amount,
      })
    } catch (error) {
      if (error instanceof DebitRequestError) throw invalid(`Debit note refused: ${error.message}`)
      throw error
    }
    const [existing] = await invoicing.listInvoices({ kind: "debit_note", source_ref: sourceRef })
    if (existing) {
      return new StepResponse(
        { drafted: null, existing: sameRequestOrConflict(existing, input, amounts) },
        null
      )
    }
    const invoice = await lateInvoiceOrRefuse(invoicing, input)
    const issueDate = calendarDateInZone(new Date(), invoicing.options.timeZone)
    const drafted = await createDraft(
      invoicing,
      {
        kind: "debit_note",
        source_ref: sourceRef,
        corrects_invoice_id: invoice.id,
        order_id: invoice.order_id,
        order_display_id: invoice.order_display_id,
        company_id: invoice.company_id,
        customer_id: invoice.customer_id,
        currency_code: invoice.currency_code,
        // A charge for paying late supplies nothing: no date of supply.
        supply_date: null,
        purchase_order_ref: invoice.purchase_order_ref,
        // The parties as the late invoice named them, as a credit note takes them.
        seller: invoice.seller as any,
        buyer: invoice.buyer as any,
        due_schedule: [{ due_date: issueDate, amount: amounts.total }],
        payment_terms_text: null,
        metadata: input.actor_id ? { issued_by: input.actor_id } : null,
      },
      amounts,
      issueDate
    )
    return new StepResponse({ drafted, existing: null }, drafted.id)
  },
  deleteDraft
)
