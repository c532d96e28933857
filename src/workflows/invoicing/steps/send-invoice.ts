import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { calendarDateInZone } from "../../../lib/time"
import { exactAmount } from "../../../lib/money"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import { documentEmail, isSentLate } from "../../../modules/invoicing/delivery"
import type { InvoiceDocument } from "../../../modules/invoicing/document"
import type InvoicingModuleService from "../../../modules/invoicing/service"

export const INVOICE_EMAIL_TEMPLATE = "o2c-invoice"

export type SendInvoiceInput = {
  invoice_id: string
  to?: string | null
  /** Credit notes of the invoice issued before it could be sent: they go out in the same email. */
  credit_note_ids?: string[]
}

type Invoice = Awaited<ReturnType<InvoicingModuleService["retrieveInvoice"]>>

const notRendered = (invoice: Invoice) =>
  new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `${invoice.number ?? invoice.id} cannot be sent before its PDF is rendered (render state: ${invoice.render_status}${
      invoice.render_error ? `, ${invoice.render_error}` : ""
    })`
  )

/**
 * Emails an issued, rendered document to the buyer's billing address (or
 * `to`) through the Notification module, with its Factur-X PDF and CII XML
 * attached, and those of the credit notes going out with it; records the
 * delivery on each. A first delivery that comes late (see `isSentLate`)
 * says so, with the original issue date.
 */
export const sendInvoiceStep = createStep(
  "send-invoice",
  async (input: SendInvoiceInput, { container }) => {
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const invoice = await invoicing.retrieveInvoice(input.invoice_id)
    const creditNotes = input.credit_note_ids?.length
      ? await invoicing.listInvoices({ id: input.credit_note_ids, corrects_invoice_id: invoice.id })
      : []
    const documents = [invoice, ...creditNotes]
    const unrendered = documents.find(
      (d) => d.render_status !== "rendered" || !d.pdf_file_id || !d.cii_file_id
    )
    if (unrendered) {
      throw notRendered(unrendered)
    }
    const buyer = invoice.buyer as unknown as InvoiceDocument["buyer"]
    const to = input.to ?? buyer.email
    if (!to) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${invoice.number} has no billing email to send it to`
      )
    }
    const sentAt = new Date()
    const sentOn = calendarDateInZone(sentAt, invoicing.options.timeZone)
    // Lateness is a fact of the first delivery; a resend keeps it.
    const lateness = (d: Invoice) =>
      d.sent_at
        ? d.sent_late
        : isSentLate({ issue_date: d.issue_date!, sent_on: sentOn, render_attempts: d.render_attempts })
    const emailed = (d: Invoice) => ({
      kind: d.kind,
      number: d.number!,
      issue_date: d.issue_date!,
      total: exactAmount(d, "total"),
      currency_code: d.currency_code,
      sent_late: lateness(d),
    })
    const email = documentEmail(emailed(invoice), creditNotes.map(emailed))
    const files = container.resolve(Modules.FILE)
    const attachments = (
      await Promise.all(
        documents.map(async (d) => {
          const [pdf, cii] = await Promise.all([
            files.getAsBuffer(d.pdf_file_id!),
            files.getAsBuffer(d.cii_file_id!),
          ])
          return [
            { filename: `${d.number}.pdf`, content: pdf, content_type: "application/pdf" },
            // The Factur-X name for the invoice's own XML, as the PDF embeds it.
            {
              filename: d === invoice ? "factur-x.xml" : `${d.number}-factur-x.xml`,
              content: cii,
              content_type: "application/xml",
            },
          ]
        })
      )
    ).flatMap((pair) =>
      pair.map((a) => ({ ...a, content: a.content.toString("base64"), disposition: "attachment" }))
    )
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
          subject: email.subject,
          body: email.body,
          sent_late: lateness(invoice),
          credit_notes: creditNotes.map((n) => ({
            id: n.id,
            number: n.number,
            issue_date: n.issue_date,
            total: n.total,
          })),
        },
        attachments,
      },
    ])
    const previous = documents.map((d) => ({
      id: d.id,
      delivery_status: d.delivery_status,
      sent_at: d.sent_at,
      sent_to: d.sent_to,
      sent_late: d.sent_late,
      send_error: d.send_error,
    }))
    const [sent] = await invoicing.updateInvoices(
      documents.map((d) => ({
        id: d.id,
        delivery_status: "sent" as const,
        sent_at: sentAt,
        sent_to: to,
        sent_late: lateness(d),
        send_error: null,
      }))
    )
    return new StepResponse({ invoice: sent, notification_id: notification.id }, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve<InvoicingModuleService>(INVOICING_MODULE).updateInvoices(previous)
  }
)
