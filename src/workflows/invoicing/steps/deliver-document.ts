import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { renderInvoiceFilesWorkflow } from "../render-invoice-files"
import { sendInvoiceWorkflow } from "../send-invoice"

const DELIVERY_FIELDS = ["id", "kind", "corrects_invoice_id", "delivery_status", "render_status"]

export type Delivery = { invoice_id: string; credit_note_ids: string[] } | null

/** Renders a document unless it is rendered already; false (and a warning) when the render failed. */
async function rendered(container: MedusaContainer, documentId: string) {
  const { result } = await renderInvoiceFilesWorkflow(container).run({ input: { invoice_id: documentId } })
  if (!result.rendered) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Invoice ${documentId}: PDF render failed, will retry (${result.error})`)
  }
  return result.rendered
}

/**
 * Renders a document through its own workflow (which records the outcome
 * and retries are counted on: nothing here to compensate). Returns the
 * delivery lock to take when it is ready to go (null when it is not).
 */
export const renderForDeliveryStep = createStep(
  "render-for-delivery",
  async (input: { document_id: string }, { container }) => {
    if (!(await rendered(container, input.document_id))) {
      return new StepResponse({ rendered: false, delivery_lock: null as string | null })
    }
    const document = await container
      .resolve<InvoicingModuleService>(INVOICING_MODULE)
      .retrieveInvoice(input.document_id, { select: DELIVERY_FIELDS })
    const invoiceId =
      document.kind === "credit_note" ? (document.corrects_invoice_id ?? document.id) : document.id
    return new StepResponse({
      rendered: true,
      delivery_lock: `o2c:invoicing:send:${invoiceId}` as string | null,
    })
  }
)

/**
 * What goes out for a rendered document not sent yet: alone (a credit note
 * whose invoice was sent), or with its invoice and that invoice's other
 * unsent credit notes, which are rendered now. Null when it was sent
 * already, or one of those credit notes could not be rendered (the retry
 * job comes back to it). The buyer never gets a credit note for an invoice
 * they have not received.
 */
async function planDelivery(container: MedusaContainer, documentId: string): Promise<Delivery> {
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const document = await invoicing.retrieveInvoice(documentId, { select: DELIVERY_FIELDS })
  if (document.delivery_status === "sent") return null
  const invoice =
    document.kind === "credit_note" && document.corrects_invoice_id
      ? await invoicing.retrieveInvoice(document.corrects_invoice_id, { select: DELIVERY_FIELDS })
      : document
  if (invoice.id !== document.id && invoice.delivery_status === "sent") {
    return { invoice_id: document.id, credit_note_ids: [] }
  }
  const creditNotes = await invoicing.listInvoices(
    {
      corrects_invoice_id: invoice.id,
      kind: "credit_note",
      status: { $ne: "draft" },
      delivery_status: { $ne: "sent" },
    },
    { select: ["id"], order: { sequence_number: "ASC" } }
  )
  for (const id of [invoice.id, ...creditNotes.map((n) => n.id)]) {
    if (id !== document.id && !(await rendered(container, id))) return null
  }
  return { invoice_id: invoice.id, credit_note_ids: creditNotes.map((n) => n.id) }
}

/** Sends a delivery; false (and the failure on the invoice, for the admin to resend) when it failed. */
async function send(container: MedusaContainer, delivery: NonNullable<Delivery>) {
  const { errors } = await sendInvoiceWorkflow(container).run({ input: delivery, throwOnError: false })
  if (errors.length) {
    await container.resolve<InvoicingModuleService>(INVOICING_MODULE).updateInvoices({
      id: delivery.invoice_id,
      delivery_status: "failed",
      send_error: errors[0].error?.message ?? "unknown error",
    })
  }
  return !errors.length
}

/**
 * Under the invoice's delivery lock (its own run and its credit note's may
 * meet, and the buyer must get one email, not two), plans what goes out and
 * sends it through the send workflow, which undoes its own writes on
 * failure; a failure is recorded on the invoice, not thrown: the document
 * stays issued and rendered. Nothing to compensate: renders are kept, and a
 * sent e-mail cannot be called back.
 */
export const deliverDocumentStep = createStep(
  "deliver-document",
  async (input: { document_id: string; delivery_lock: string | null }, { container }) => {
    if (!input.delivery_lock) return new StepResponse({ sent: false })
    const sent = await container.resolve(Modules.LOCKING).execute(
      input.delivery_lock,
      async () => {
        const delivery = await planDelivery(container, input.document_id)
        return delivery ? send(container, delivery) : false
      },
      { timeout: 120 }
    )
    return new StepResponse({ sent })
  }
)
