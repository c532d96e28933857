import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { exactAmount } from "../../../lib/money"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"

/**
 * Once an on-account order's invoice is in the ledger, the invoiced part of
 * the order leaves its uninvoiced exposure. In this order, so that between
 * the invoice's issue and its booking the amount is counted once at least,
 * never zero times. Derived from the order's issued invoices, recomputed
 * whole each time: idempotent, nothing to compensate.
 */
export const recordOrderInvoicedStep = createStep(
  "record-order-invoiced",
  async (input: { order_id: string }, { container }) => {
    const invoices = await container
      .resolve<InvoicingModuleService>(INVOICING_MODULE)
      .listInvoices(
        { order_id: input.order_id, kind: "invoice", status: { $ne: "draft" } },
        { select: ["id", "total"] }
      )
    const invoicedTotal = MathBN.add(0, ...invoices.map((i) => exactAmount(i, "total")))
    await container
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .recordInvoiced({ order_id: input.order_id, invoiced_total: invoicedTotal })
    return new StepResponse(invoicedTotal.toFixed())
  }
)
