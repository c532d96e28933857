import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text, Tooltip, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { DocumentBadge } from "../components/document-badge"
import { DocumentDownloads, RenderState } from "../components/document-files"
import { FeatureGate } from "../components/feature-gate"
import { day, errorMessage } from "../lib/format"
import { formatMoney } from "../lib/money"
import { DOCUMENTS, useOrderInvoicing } from "../lib/invoices"
import { sumAmounts } from "../lib/receivables"
import { sdk } from "../lib/sdk"
import type { InvoiceDetail, InvoiceReceivable, InvoiceSummary, OrderInvoicing } from "../lib/types"

const useOrderCreditNotes = (orderId: string) =>
  useQuery({
    queryKey: [DOCUMENTS, "order", orderId, "credit-notes"],
    queryFn: () =>
      sdk.client.fetch<{ credit_notes: InvoiceSummary[] }>("/admin/credit-notes", {
        query: { order_id: orderId, limit: 100 },
      }),
    select: (data) => data.credit_notes,
  })

/** What an invoice on account has been paid and still owes, with the instalments past their due date. */
const PaymentState = ({ receivable, currency }: { receivable: InvoiceReceivable; currency: string }) => (
  <div className="flex flex-col gap-y-1">
    <Text size="xsmall" className="text-ui-fg-subtle">
      Paid {formatMoney(receivable.paid, currency)} · Open {formatMoney(receivable.open, currency)}
      {Number(receivable.credited) > 0 && ` · Credited ${formatMoney(receivable.credited, currency)}`}
    </Text>
    {receivable.instalments
      .filter((instalment) => instalment.overdue)
      .map((instalment) => (
        <div key={instalment.entry_id} className="flex items-center gap-x-2">
          <Badge size="2xsmall" color="red">
            Overdue
          </Badge>
          <Text size="xsmall">
            {formatMoney(instalment.open, currency)} due {day(instalment.due_date)}
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
        {formatMoney(doc.total, doc.currency_code)}
      </Text>
    </div>
    <div className="flex flex-wrap items-center gap-2">
      <Text size="xsmall" className="text-ui-fg-subtle">
        {day(doc.issue_date)}
      </Text>
      <DocumentBadge kind="status" value={doc.status} />
      <DocumentBadge kind="delivery" value={doc.delivery_status} late={doc.sent_late} />
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
        Paid {formatMoney(sumAmounts(receivables.map((r) => r.paid)), currency)}
      </Text>
      <Text size="small" weight="plus">
        Open {formatMoney(sumAmounts(receivables.map((r) => r.open)), currency)}
      </Text>
    </div>
  )
}

/**
 * "Invoice now", disabled with the reason once nothing is left to invoice:
 * a disabled button shows no tooltip of its own, so the reason is also
 * written beside it.
 */
const InvoiceNowButton = ({
  invoicing,
  pending,
  onClick,
}: {
  invoicing: OrderInvoicing | undefined
  pending: boolean
  onClick: () => void
}) => {
  const reason = invoicing?.nothing_left_reason ?? null
  const button = (
    <Button
      size="small"
      variant="secondary"
      isLoading={pending}
      disabled={!invoicing?.left_to_invoice}
      onClick={onClick}
      data-testid="order-invoice-now"
    >
      Invoice now
    </Button>
  )
  return reason ? (
    <Tooltip content={reason}>
      <span>{button}</span>
    </Tooltip>
  ) : (
    button
  )
}

const OrderInvoicesWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const client = useQueryClient()
  const invoicing = useOrderInvoicing(order.id)
  const creditNotes = useOrderCreditNotes(order.id)
  const invoiceNow = useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ invoice: InvoiceDetail }>(`/admin/orders/${order.id}/invoices`, { method: "POST" }),
    onSuccess: ({ invoice }) => {
      toast.success(`Invoice ${invoice.number} issued`)
      client.invalidateQueries({ queryKey: [DOCUMENTS] })
    },
    onError: (e) => {
      toast.error(errorMessage(e))
      // A 409 means the order changed meanwhile: show what is left now.
      client.invalidateQueries({ queryKey: [DOCUMENTS, "order", order.id] })
    },
  })
  const invoices = invoicing.data?.invoices ?? []
  const documents = [...invoices, ...(creditNotes.data ?? [])]
  const loading = invoicing.isLoading || creditNotes.isLoading
  const failed = invoicing.error ?? creditNotes.error
  const methods = invoicing.data?.payment_methods ?? []
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Invoices</Heading>
        <InvoiceNowButton
          invoicing={invoicing.data}
          pending={invoiceNow.isPending}
          onClick={() => invoiceNow.mutate()}
        />
      </div>
      {methods.length > 0 && (
        <div className="flex items-center justify-between px-6 py-3" data-testid="order-payment-method">
          <Text size="small" className="text-ui-fg-subtle">
            Payment method
          </Text>
          <Text size="small" weight="plus">
            {methods.map((m) => m.label).join(", ")}
          </Text>
        </div>
      )}
      {invoicing.data?.nothing_left_reason && (
        <Text
          size="xsmall"
          className="text-ui-fg-subtle px-6 py-3"
          data-testid="order-nothing-left-to-invoice"
        >
          {invoicing.data.nothing_left_reason}
        </Text>
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
      <OrderPaymentTotals invoices={invoices} currency={order.currency_code} />
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

// With invoicing switched off the order page shows no invoices panel at all.
const GatedOrderInvoicesWidget = (props: DetailWidgetProps<AdminOrder>) => (
  <FeatureGate feature="invoicing">
    <OrderInvoicesWidget {...props} />
  </FeatureGate>
)

export default GatedOrderInvoicesWidget
