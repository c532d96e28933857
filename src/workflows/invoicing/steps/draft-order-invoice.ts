import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { calendarDateInZone } from "../../../lib/time"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import { invoiceAmounts } from "../../../modules/invoicing/drafting"
import {
  BuyerIdentityError,
  buyerParty,
  ORDER_INVOICING_FIELDS,
  type OrderItemForInvoicing,
  type ShippingMethodForInvoicing,
  shippingChargeOf,
  unitAmountsOf,
} from "../../../modules/invoicing/from-order"
import { invoicedSoFar } from "../../../modules/invoicing/left-to-invoice"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { createDraft, deleteDraft, draftDueSchedule, sellerOrRefuse } from "./drafting-support"

export type DraftOrderInvoiceInput = {
  order_id: string
  fulfillment_id?: string
  /** Back-dating, for imports and the demo seed; the series still refuses a date before its last document's. */
  issue_date?: string
}

export type DraftedInvoice = { id: string; issue_date: string; order_id: string | null; total: string } | null

type OrderForInvoicing = {
  id: string
  display_id: number
  currency_code: string
  customer_id: string | null
  email: string | null
  created_at: string | Date
  metadata: Record<string, unknown> | null
  items: OrderItemForInvoicing[]
  shipping_methods: ShippingMethodForInvoicing[]
  billing_address: Record<string, any> | null
  fulfillments: Array<{
    id: string
    shipped_at: string | Date | null
    canceled_at: string | Date | null
    items: Array<{ line_item_id: string; quantity: unknown }>
  }>
  company?: { id: string } | null
}

/**
 * Drafts the invoice of an order, or of one of its shipments: what the
 * shipment carried (or the whole order), less what earlier invoices of the
 * order already took, with the shipping charge on the order's first invoice.
 * Null when there is nothing left to invoice or it was invoiced already.
 */
export const draftOrderInvoiceStep = createStep(
  "draft-order-invoice",
  async (
    input: DraftOrderInvoiceInput,
    { container }
  ): Promise<StepResponse<DraftedInvoice, string | null>> => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)

    const sourceRef = input.fulfillment_id ? `fulfillment:${input.fulfillment_id}` : `order:${input.order_id}`
    const [already] = await invoicing.listInvoices(
      { kind: "invoice", source_ref: sourceRef },
      { select: ["id"] }
    )
    if (already) {
      return new StepResponse(null, null)
    }

    const {
      data: [order],
    } = (await query.graph({
      entity: "order",
      fields: [...ORDER_INVOICING_FIELDS, "company.id"],
      filters: { id: input.order_id },
    })) as unknown as { data: OrderForInvoicing[] }
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    }
    const currencyCode = order.currency_code

    // Quantities to invoice: the shipment's, or the order's; never more than
    // what earlier invoices of the order left.
    const wanted = new Map<string, number>()
    if (input.fulfillment_id) {
      const fulfillment = order.fulfillments.find((f) => f.id === input.fulfillment_id)
      if (!fulfillment) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Fulfillment ${input.fulfillment_id} is not one of order ${order.id}'s`
        )
      }
      for (const item of fulfillment.items) {
        wanted.set(item.line_item_id, (wanted.get(item.line_item_id) ?? 0) + Number(item.quantity))
      }
    } else {
      for (const item of order.items) {
        wanted.set(item.id, Number(item.quantity))
      }
    }
    const earlier = await invoicing.listInvoices(
      { order_id: order.id, kind: "invoice" },
      { select: ["id", "lines", "shipping"] }
    )
    const { quantities: invoiced, shipping: shippingInvoiced } = invoicedSoFar(earlier)

    const amounts = invoiceAmounts({
      currencyCode,
      items: order.items.map((item) => ({
        unit: unitAmountsOf(item),
        quantity: Math.min(wanted.get(item.id) ?? 0, Number(item.quantity) - (invoiced.get(item.id) ?? 0)),
      })),
      charges: shippingInvoiced ? [] : order.shipping_methods.map(shippingChargeOf),
    })
    if (amounts.lines.length === 0 && amounts.charges.length === 0) {
      return new StepResponse(null, null)
    }

    const companyId =
      order.company?.id ??
      (order.customer_id ? (await companies.buyerAccount(order.customer_id))?.company_id : null)
    const company = companyId ? await companies.retrieveCompany(companyId) : null
    let buyer: ReturnType<typeof buyerParty>
    try {
      buyer = buyerParty({
        company: company as any,
        billingAddress: order.billing_address,
        email: order.email,
      })
    } catch (error) {
      if (error instanceof BuyerIdentityError) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Order ${order.display_id}: ${error.message}`)
      }
      throw error
    }
    const seller = await sellerOrRefuse(invoicing)
    const issueDate = input.issue_date ?? calendarDateInZone(new Date(), invoicing.options.timeZone)
    const fulfillment = order.fulfillments.find((f) => f.id === input.fulfillment_id)
    const shippedOrPlaced = calendarDateInZone(
      new Date(fulfillment?.shipped_at ?? order.created_at),
      invoicing.options.timeZone
    )
    // The earlier of the two calendar dates (ISO strings sort by date): a
    // back-dated invoice cannot record a supply after its own issue date.
    const [supplyDate] = [shippedOrPlaced, issueDate].sort()
    const [commitment] = await companies.listCreditCommitments({ order_id: order.id })
    const due = draftDueSchedule({
      paymentTerm: (commitment?.payment_term as any) ?? null,
      issueDate,
      total: amounts.total,
      currencyCode,
    })
    const purchaseOrderRef = order.metadata?.purchase_order_ref
    const draft = {
      kind: "invoice" as const,
      source_ref: sourceRef,
      order_id: order.id,
      order_display_id: String(order.display_id),
      company_id: company?.id ?? null,
      customer_id: order.customer_id,
      currency_code: currencyCode,
      supply_date: supplyDate,
      purchase_order_ref:
        typeof purchaseOrderRef === "string" && purchaseOrderRef.trim() ? purchaseOrderRef.trim() : null,
      seller,
      buyer,
      due_schedule: due.instalments,
      payment_terms_text: due.text,
    }
    const drafted = await createDraft(invoicing, draft, amounts, issueDate)
    return new StepResponse(drafted, drafted.id)
  },
  deleteDraft
)
