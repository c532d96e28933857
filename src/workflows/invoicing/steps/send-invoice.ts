import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { InvoiceDocument } from "../../../modules/invoicing/document"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"

export const INVOICE_EMAIL_TEMPLATE = "o2c-invoice"

/**
 * Emails an issued, rendered document to the buyer's billing address (or
 * `to`) through the Notification module, with the Factur-X PDF and the CII
 * XML attached, and records the delivery on the invoice.
 */
export const sendInvoiceStep = createStep(
  "send-invoice",
  async (input: { invoice_id: string; to?: string | null }, { container }) => {
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const invoice = await invoicing.retrieveInvoice(input.invoice_id)
    if (invoice.render_status !== "rendered" || !invoice.pdf_file_id || !invoice.cii_file_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${invoice.number ?? invoice.id} cannot be sent before its PDF is rendered (render state: ${invoice.render_status}${
          invoice.render_error ? `, ${invoice.render_error}` : ""
        })`
      )
    }
    const buyer = invoice.buyer as unknown as InvoiceDocument["buyer"]
    const to = input.to ?? buyer.email
    if (!to) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${invoice.number} has no billing email to send it to`
      )
    }
    const files = container.resolve(Modules.FILE)
    const [pdf, cii] = await Promise.all([
      files.getAsBuffer(invoice.pdf_file_id),
      files.getAsBuffer(invoice.cii_file_id),
    ])
    const [notification] = await container.resolve(Modules.NOTIFICATION).createNotifications([
      {
        to,
        channel: "email",
        template: INVOICE_EMAIL_TEMPLATE,
        trigger_type: "invoice.issued",
        resource_id: invoice.id,
        resource_type: "invoice",
        data: {
          kind: invoice.kind,
          number: invoice.number,
          issue_date: invoice.issue_date,
          total: invoice.total,
          currency_code: invoice.currency_code,
          seller: (invoice.seller as unknown as InvoiceDocument["seller"]).legal_name,
          buyer: buyer.legal_name,
          due_schedule: invoice.due_schedule,
        },
        attachments: [
          {
            filename: `${invoice.number}.pdf`,
            content: pdf.toString("base64"),
            content_type: "application/pdf",
            disposition: "attachment",
          },
          {
            filename: "factur-x.xml",
            content: cii.toString("base64"),
            content_type: "application/xml",
            disposition: "attachment",
          },
        ],
      },
    ])
    const previous = {
      delivery_status: invoice.delivery_status,
      sent_at: invoice.sent_at,
      sent_to: invoice.sent_to,
    }
    const sent = await invoicing.updateInvoices({
      id: invoice.id,
      delivery_status: "sent",
      sent_at: new Date(),
      sent_to: to,
      send_error: null,
    })
    return new StepResponse(
      { invoice: sent, notification_id: notification.id },
      { id: invoice.id, ...previous }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<InvoicingModuleService>(INVOICING_MODULE).updateInvoices(previous as any)
  }
)
