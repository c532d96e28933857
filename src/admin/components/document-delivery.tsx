import { Button, Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { date, day, errorMessage } from "../lib/format"
import { useDocumentAction } from "../lib/invoices"
import type { InvoiceDetail } from "../lib/types"
import { Field, Section } from "./detail-section"
import { DocumentBadge } from "./document-badge"
import { DocumentDownloads, RenderState } from "./document-files"

/** A document's files and delivery: render state, downloads, when and to whom it was sent (late or not), resend. */
export const DocumentDelivery = ({ doc }: { doc: InvoiceDetail }) => {
  const [to, setTo] = useState("")
  const action = useDocumentAction(doc.id)
  const resend = () =>
    action.mutate(
      { action: "send", body: to.trim() ? { to: to.trim() } : {} },
      {
        onSuccess: ({ invoice }) => {
          setTo("")
          if (invoice.delivery_status === "failed") toast.error(invoice.send_error ?? "Sending failed")
          else toast.success(`${doc.number} sent to ${invoice.sent_to ?? "the billing email"}`)
        },
        onError: (e) => toast.error(errorMessage(e)),
      }
    )
  return (
    <Section title="Files and delivery">
      <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-2">
        <Field label="Files">
          <div className="flex flex-col gap-y-2">
            <RenderState doc={doc} />
            <DocumentDownloads doc={doc} />
          </div>
        </Field>
        <Field label="Delivery">
          <div className="flex flex-col gap-y-2">
            <div className="flex items-center gap-x-2">
              <DocumentBadge kind="delivery" value={doc.delivery_status} late={doc.sent_late} />
              {doc.sent_at && (
                <Text size="xsmall" className="text-ui-fg-subtle" data-testid="invoice-sent-at">
                  {date(doc.sent_at)} to {doc.sent_to ?? "—"}
                  {doc.sent_late && `, late: issued ${day(doc.issue_date)}`}
                </Text>
              )}
            </div>
            {doc.delivery_status === "failed" && doc.send_error && (
              <Text size="xsmall" className="text-ui-fg-error">
                {doc.send_error}
              </Text>
            )}
            <div className="flex items-center gap-x-2">
              <Input
                size="small"
                type="email"
                placeholder="Billing email, or another address"
                value={to}
                onChange={(e) => setTo(e.target.value)}
              />
              <Button size="small" variant="secondary" isLoading={action.isPending} onClick={resend}>
                {doc.delivery_status === "sent" ? "Resend" : "Send"}
              </Button>
            </div>
          </div>
        </Field>
      </div>
    </Section>
  )
}
