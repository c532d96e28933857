import { MedusaError } from "@medusajs/framework/utils"
import type { StepExecutionContext } from "@medusajs/framework/workflows-sdk"
import type { CalendarDate } from "../../../lib/time"
import { moneyString } from "../../../lib/money"
import type { DueInstalment, InvoiceDocument, InvoiceKind } from "../../../modules/invoicing/document"
import { assertEinvoiceable, EinvoiceUnsupportedError } from "../../../modules/invoicing/einvoice"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type { DocumentAmounts } from "../../../modules/invoicing/drafting"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { PAID_AT_CHECKOUT } from "../../../modules/invoicing/status"
import { computeDueSchedule, InstalmentsSchema } from "../../../modules/payment-term/due-schedule"

/** The seller identity for a new document, or a refusal naming what the settings lack. */
export async function sellerOrRefuse(invoicing: InvoicingModuleService) {
  const { identity, missing } = await invoicing.sellerIdentity()
  if (!identity) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The seller identity is incomplete (${missing.join("; ")}): complete it in Settings › Invoicing or the plugin options`
    )
  }
  return identity
}

/**
 * The due schedule a new invoice prints: from the payment term the order was
 * placed under (its snapshot on the credit commitment), or, for an order paid
 * at checkout, the whole amount on the issue date.
 */
export function draftDueSchedule(input: {
  paymentTerm: { name: string; instalments: unknown } | null
  issueDate: CalendarDate
  total: string
  currencyCode: string
}): { instalments: DueInstalment[]; text: string } {
  const { paymentTerm, issueDate, total, currencyCode } = input
  if (!paymentTerm) {
    return { instalments: [{ due_date: issueDate, amount: total }], text: PAID_AT_CHECKOUT }
  }
  const schedule = computeDueSchedule({
    instalments: InstalmentsSchema.parse(paymentTerm.instalments),
    invoiceDate: issueDate,
    total,
    currencyCode,
  })
  return {
    text: paymentTerm.name,
    instalments: schedule.instalments.map((i) => ({
      due_date: i.due_date,
      amount: moneyString(i.amount, currencyCode),
      discount_percent: i.discount ? String(i.discount.percent) : null,
      discount_until: i.discount?.deadline ?? null,
    })),
  }
}

/**
 * Refuses, before a number is taken, a document its e-invoices could not
 * express (a 3-decimal currency, missing party data): the merchant hears it
 * now rather than from a failed render after issue.
 */
function refuseUnexpressible(
  draft: Omit<InvoiceDocument, "number" | "corrects" | "charges" | "payment_reference"> & {
    shipping: InvoiceDocument["charges"]
  }
) {
  try {
    assertEinvoiceable({
      ...draft,
      number: "DRAFT",
      corrects: null,
      charges: draft.shipping,
      payment_reference: null,
    })
  } catch (error) {
    if (error instanceof EinvoiceUnsupportedError) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
    }
    throw error
  }
}

/** What a draft carries besides its figures. */
export type DraftFields = {
  kind: InvoiceKind
  order_id: string | null
  currency_code: string
  seller: InvoiceDocument["seller"]
  buyer: InvoiceDocument["buyer"]
  supply_date: string | null
  purchase_order_ref: string | null
  order_display_id: string | null
  due_schedule: DueInstalment[]
  payment_terms_text: string | null
  [column: string]: unknown
}

/**
 * Creates a draft with its figures, after refusing what its e-invoices could
 * not express. The issuing step numbers it; `deleteDraft` undoes it.
 */
export async function createDraft(
  invoicing: InvoicingModuleService,
  fields: DraftFields,
  amounts: DocumentAmounts,
  issueDate: CalendarDate
) {
  const draft = {
    ...fields,
    lines: amounts.lines,
    shipping: amounts.charges,
    tax_breakdown: amounts.tax_breakdown,
    subtotal: amounts.subtotal,
    tax_total: amounts.tax_total,
    total: amounts.total,
  }
  refuseUnexpressible({ ...draft, ...amounts, issue_date: issueDate } as any)
  const created = await invoicing.createInvoices(draft as any)
  return { id: created.id, issue_date: issueDate, order_id: fields.order_id, total: amounts.total }
}

/** Compensation of a drafting step: the draft goes (drafts are never numbered, so nothing is lost). */
export async function deleteDraft(draftId: string | null, { container }: StepExecutionContext) {
  if (!draftId) return
  await container.resolve<InvoicingModuleService>(INVOICING_MODULE).deleteInvoices(draftId)
}
