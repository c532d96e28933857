import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { calendarDateInZone } from "../../../lib/time"
import type { DocumentCharge, DocumentLine } from "../../../modules/invoicing/document"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import {
  CreditRequestError,
  creditNoteAmounts,
  priceReductionAmounts,
} from "../../../modules/invoicing/credit-note-amounts"
import { remainingToCredit } from "../../../modules/invoicing/drafting"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import type { DraftedInvoice } from "./draft-order-invoice"
import { createDraft, deleteDraft } from "./drafting-support"

export type DraftCreditNoteInput = {
  invoice_id: string
  /** Invoice line positions and quantities to credit; everything left when omitted. */
  lines?: Array<{ position: number; quantity: number }>
  /** Credit the invoice's shipping charge too (default: only when crediting everything left). */
  include_shipping?: boolean
  /** Instead of lines: a refund (tax included) with no goods back, credited as price reductions. */
  refund_amount?: string
  reason: string
  /** return:<id>, cancel:<invoice id>, refund:<id>: makes a redelivered event a no-op. */
  source_ref?: string | null
  /** Back-dating, for imports and the demo seed; the series still refuses a date before its last document's. */
  issue_date?: string
}

/**
 * Drafts a credit note against an issued invoice: the requested quantities,
 * everything not yet credited, or a refund's amount as price reductions.
 */
export const draftCreditNoteStep = createStep(
  "draft-credit-note",
  async (
    input: DraftCreditNoteInput,
    { container }
  ): Promise<StepResponse<DraftedInvoice, string | null>> => {
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    if (input.source_ref) {
      const [already] = await invoicing.listInvoices(
        { kind: "credit_note", source_ref: input.source_ref },
        { select: ["id"] }
      )
      if (already) {
        return new StepResponse(null, null)
      }
    }
    const [invoice] = await invoicing.listInvoices({ id: input.invoice_id })
    if (!invoice) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${input.invoice_id} was not found`)
    }
    if (invoice.kind !== "invoice" || invoice.status === "draft") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${invoice.number ?? invoice.id} is not an issued invoice: only issued invoices can be credited`
      )
    }
    const original = {
      lines: invoice.lines as unknown as DocumentLine[],
      charges: (invoice.shipping as unknown as DocumentCharge[]) ?? [],
    }
    const credited = await invoicing.creditedOn(invoice.id)
    const everything = remainingToCredit(original, credited)
    let amounts: ReturnType<typeof creditNoteAmounts>
    try {
      amounts = input.refund_amount
        ? priceReductionAmounts({
            currencyCode: invoice.currency_code,
            invoice: original,
            credited,
            amount: input.refund_amount,
          })
        : creditNoteAmounts({
            currencyCode: invoice.currency_code,
            invoice: original,
            credited,
            lines: input.lines ?? everything.lines,
            charges: input.include_shipping ?? (!input.lines && everything.charges),
          })
    } catch (error) {
      if (error instanceof CreditRequestError) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${invoice.number}: ${error.message}`)
      }
      throw error
    }
    const issueDate = input.issue_date ?? calendarDateInZone(new Date(), invoicing.options.timeZone)
    const draft = {
      kind: "credit_note" as const,
      source_ref: input.source_ref ?? null,
      corrects_invoice_id: invoice.id,
      reason: input.reason,
      order_id: invoice.order_id,
      order_display_id: invoice.order_display_id,
      company_id: invoice.company_id,
      customer_id: invoice.customer_id,
      currency_code: invoice.currency_code,
      supply_date: invoice.supply_date,
      purchase_order_ref: invoice.purchase_order_ref,
      // The parties as the corrected invoice named them.
      seller: invoice.seller as any,
      buyer: invoice.buyer as any,
      due_schedule: [],
      payment_terms_text: null,
    }
    const drafted = await createDraft(invoicing, draft, amounts, issueDate)
    return new StepResponse(drafted, drafted.id)
  },
  deleteDraft
)
