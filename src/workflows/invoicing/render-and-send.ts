import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import { renderInvoiceFilesWorkflow } from "./render-invoice-files"
import { sendInvoiceWorkflow } from "./send-invoice"

const DELIVERY_FIELDS = ["id", "kind", "corrects_invoice_id", "delivery_status", "render_status"]

/**
 * Renders an issued document and, once rendered, sends it if it was never
 * sent. Shared by the invoice.issued subscriber and the retry job; a send
 * failure is recorded on the invoice for the admin to see and resend.
 *
 * An invoice goes out together with the credit notes issued before it
 * could be sent (an outage held it back, and in the meantime it was
 * corrected or cancelled): the buyer never gets a credit note for an
 * invoice they have not received. Such a credit note waits for its invoice.
 */
export async function renderAndSend(container: MedusaContainer, documentId: string) {
  if (!(await rendered(container, documentId))) return
  const document = await container
    .resolve<InvoicingModuleService>(INVOICING_MODULE)
    .retrieveInvoice(documentId, { select: DELIVERY_FIELDS })
  // One delivery decision per invoice at a time: its own subscriber and its
  // credit note's may meet, and the buyer must get one email, not two.
  const invoiceId =
    document.kind === "credit_note" ? (document.corrects_invoice_id ?? document.id) : document.id
  await container
    .resolve(Modules.LOCKING)
    .execute(`o2c:invoicing:send:${invoiceId}`, () => deliver(container, documentId), { timeout: 120 })
}

/** Sends a rendered document not sent yet: alone, or with its invoice and that invoice's other unsent credit notes. */
async function deliver(container: MedusaContainer, documentId: string) {
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const document = await invoicing.retrieveInvoice(documentId, { select: DELIVERY_FIELDS })
  if (document.delivery_status === "sent") {
    return
  }
  const invoice =
    document.kind === "credit_note" && document.corrects_invoice_id
      ? await invoicing.retrieveInvoice(document.corrects_invoice_id, { select: DELIVERY_FIELDS })
      : document
  if (invoice.id !== document.id && invoice.delivery_status === "sent") {
    await send(container, document.id, [])
    return
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
    if (id !== document.id && !(await rendered(container, id))) return
  }
  await send(
    container,
    invoice.id,
    creditNotes.map((n) => n.id)
  )
}

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

async function send(container: MedusaContainer, invoiceId: string, creditNoteIds: string[]) {
  const { errors } = await sendInvoiceWorkflow(container).run({
    input: { invoice_id: invoiceId, credit_note_ids: creditNoteIds },
    throwOnError: false,
  })
  if (errors.length) {
    await container.resolve<InvoicingModuleService>(INVOICING_MODULE).updateInvoices({
      id: invoiceId,
      delivery_status: "failed",
      send_error: errors[0].error?.message ?? "unknown error",
    })
  }
}
