import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Alert, Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { DocumentBadge } from "../components/document-badge"
import { DocumentDownloads, RenderState } from "../components/document-files"
import { amount, day, errorMessage } from "../lib/format"
import { DOCUMENTS } from "../lib/invoices"
import { sumAmounts } from "../lib/receivables"
import { sdk } from "../lib/sdk"
import type { InvoiceDetail, InvoiceReceivable, InvoiceSummary } from "../lib/types"

const useOrderDocuments = (orderId: string, kind: "invoices" | "credit-notes") =>
  useQuery({
    queryKey: [DOCUMENTS, "order", orderId, kind],
    queryFn: () =>
      sdk.client.fetch<{ invoices?: InvoiceSummary[]; credit_notes?: InvoiceSummary[] }>(`/admin/${kind}`, {
        query: { order_id: orderId, limit: 100 },
      }),
    select: (data) => data.invoices ?? data.credit_notes ?? [],
  })

/** What an invoice on account has been paid and still owes, with the instalments past their due date. */
const PaymentState = ({ receivable, currency }: { receivable: InvoiceReceivable; currency: string }) => (
  <div className="flex flex-col gap-y-1">
    <Text size="xsmall" className="text-ui-fg-subtle">
      Paid {amount(receivable.paid, currency)} · Open {amount(receivable.open, currency)}
      {Number(receivable.credited) > 0 && ` · Credited ${amount(receivable.credited, currency)}`}
    </Text>
    {receivable.instalments
      .filter((instalment) => instalment.overdue)
      .map((instalment) => (
        <div key={instalment.entry_id} className="flex items-center gap-x-2">
          <Badge size="2xsmall" color="red">
            Overdue
          </Badge>
          <Text size="xsmall">
            {amount(instalment.open, currency)} due {day(instalment.due_date)}
          </Text>
        </div>
      ))}
  </div>
)

/** One document: number, date, total, and its status, render and delivery states. */
const DocumentRow = ({ doc }: { doc: InvoiceSummary }) => (
  <div className="flex flex-col gap-y-2 px-6 py-3">
    <div className="flex items-center justify-between">
      <Link to={`/invoices/${doc.id}`} className="text-ui-fg-interactive txt-compact-small-plus">
        {doc.kind === "credit_note" ? "Credit note " : ""}
        {doc.number}
      </Link>
      <Text size="small" weight="plus">
        {amount(doc.total, doc.currency_code)}
      </Text>
    </div>
    <div className="flex flex-wrap items-center gap-2">
      <Text size="xsmall" className="text-ui-fg-subtle">
        {day(doc.issue_date)}
      </Text>
      <DocumentBadge kind="status" value={doc.status} />
      <DocumentBadge kind="delivery" value={doc.delivery_status} />
    </div>
    {doc.kind === "invoice" && doc.receivable && (
      <PaymentState receivable={doc.receivable} currency={doc.currency_code} />
    )}
    <div className="flex items-center justify-between">
      <RenderState doc={doc} />
      <DocumentDownloads doc={doc} />
    </div>
  </div>
)

/** Paid and open over the order's invoices on account; nothing when none was on account. */
const OrderPaymentTotals = ({ invoices, currency }: { invoices: InvoiceSummary[]; currency: string }) => {
  const receivables = invoices.flatMap((invoice) => (invoice.receivable ? [invoice.receivable] : []))
  if (!receivables.length) return null
  return (
    <div className="flex items-center justify-between px-6 py-3">
      <Text size="small" weight="plus">
        Paid {amount(sumAmounts(receivables.map((r) => r.paid)), currency)}
      </Text>
      <Text size="small" weight="plus">
        Open {amount(sumAmounts(receivables.map((r) => r.open)), currency)}
      </Text>
    </div>
  )
}

const OrderInvoicesWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const client = useQueryClient()
  const invoices = useOrderDocuments(order.id, "invoices")
  const creditNotes = useOrderDocuments(order.id, "credit-notes")
  const [notice, setNotice] = useState<{ message: string; at: number } | null>(null)
  const invoiceNow = useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ invoice: InvoiceDetail }>(`/admin/orders/${order.id}/invoices`, { method: "POST" }),
    onSuccess: ({ invoice }) => {
      setNotice(null)
      toast.success(`Invoice ${invoice.number} issued`)
      client.invalidateQueries({ queryKey: [DOCUMENTS] })
    },
    onError: (e) => {
      if ((e as { status?: number }).status === 409) {
        setNotice({ message: errorMessage(e), at: Date.now() })
      } else {
        toast.error(errorMessage(e))
      }
    },
  })
  const documents = [...(invoices.data ?? []), ...(creditNotes.data ?? [])]
  const loading = invoices.isLoading || creditNotes.isLoading
  const failed = invoices.error ?? creditNotes.error
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Invoices</Heading>
        <Button
          size="small"
          variant="secondary"
          isLoading={invoiceNow.isPending}
          onClick={() => invoiceNow.mutate()}
        >
          Invoice now
        </Button>
      </div>
      {notice && (
        <div className="px-6 py-3">
          <Alert key={notice.at} variant="info" dismissible>
            {/nothing left to invoice/i.test(notice.message)
              ? "Nothing left to invoice: everything on this order is already on an invoice."
              : notice.message}
          </Alert>
        </div>
      )}
      {loading && (
        <Text size="small" className="px-6 py-4">
          Loading...
        </Text>
      )}
      {failed && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Could not load the invoices: {errorMessage(failed)}
        </Text>
      )}
      {!loading && !failed && !documents.length && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No invoice yet.
        </Text>
      )}
      {documents.map((doc) => (
        <DocumentRow key={doc.id} doc={doc} />
      ))}
      <OrderPaymentTotals invoices={invoices.data ?? []} currency={order.currency_code} />
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderInvoicesWidget
