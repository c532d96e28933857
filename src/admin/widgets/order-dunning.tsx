import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { FeatureGate } from "../components/feature-gate"
import { DISPUTE_REASON_LABEL, DISPUTE_STATUS, type InvoiceDunning, useInvoiceDunning } from "../lib/dunning"
import { date, errorMessage } from "../lib/format"
import { useOrderInvoicing } from "../lib/invoices"
import { formatMoney } from "../lib/money"
import type { InvoiceSummary } from "../lib/types"

/** "Dunning level 2 (First reminder)", or "Not reminded". */
function levelText(dunning: InvoiceDunning) {
  if (!dunning.level) return "Not reminded"
  // The name of the level the invoice reached, from a reminder sent at that level.
  const named = dunning.reminders.find((r) => r.level === dunning.level)
  return `Dunning level ${dunning.level}${named ? ` (${named.level_name})` : ""}`
}

/** Where one invoice stands in dunning: its level and its disputes. */
const InvoiceDunningRow = ({ invoice }: { invoice: InvoiceSummary }) => {
  const { data, error, isLoading } = useInvoiceDunning(invoice.id)
  return (
    <div className="flex flex-col gap-y-1 px-6 py-3" data-testid="order-dunning-invoice">
      <div className="flex items-center justify-between gap-x-2">
        {/* The Invoices panel beside links the invoice; here it is named. */}
        <Text size="small" weight="plus">
          {invoice.number}
        </Text>
        {isLoading && <Text size="xsmall">Loading...</Text>}
        {data && (
          <Badge size="2xsmall" color={data.level ? "orange" : "grey"} data-testid="order-dunning-level">
            {levelText(data)}
          </Badge>
        )}
      </div>
      {error && (
        <Text size="xsmall" className="text-ui-fg-error">
          {errorMessage(error)}
        </Text>
      )}
      {data?.disputes.map((d) => (
        <div key={d.id} className="flex items-center justify-between gap-x-2">
          <Text size="xsmall" className="text-ui-fg-subtle">
            Dispute ({DISPUTE_REASON_LABEL[d.reason_code]}) {formatMoney(d.amount, d.currency_code)}, opened{" "}
            {date(d.created_at)}
          </Text>
          <Badge size="2xsmall" color={DISPUTE_STATUS[d.status][1]}>
            {DISPUTE_STATUS[d.status][0]}
          </Badge>
        </div>
      ))}
    </div>
  )
}

const OrderDunningWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const invoicing = useOrderInvoicing(order.id)
  // Invoices on account are the ones chased; an order paid by card has nothing to remind.
  const invoices = (invoicing.data?.invoices ?? []).filter((i) => i.kind !== "credit_note" && i.receivable)
  if (!invoicing.data || !invoices.length) return null
  return (
    <Container className="divide-y p-0" data-testid="order-dunning">
      <div className="px-6 py-4">
        <Heading level="h2">Dunning</Heading>
      </div>
      {invoices.map((invoice) => (
        <InvoiceDunningRow key={invoice.id} invoice={invoice} />
      ))}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.after" })

// With dunning switched off the order page shows no dunning panel at all.
const GatedOrderDunningWidget = (props: DetailWidgetProps<AdminOrder>) => (
  <FeatureGate feature="dunning">
    <OrderDunningWidget {...props} />
  </FeatureGate>
)

export default GatedOrderDunningWidget
