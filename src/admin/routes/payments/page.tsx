import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Badge, Checkbox, Container, Heading, Label, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useSearchParams } from "react-router-dom"
import { OffsetPagination, right, TableHead } from "../../components/data-table"
import { AllocateButton } from "../../components/payment-actions"
import { day, errorMessage } from "../../lib/format"
import { formatMoney } from "../../lib/money"
import { methodLabel, RECEIVABLES } from "../../lib/receivables"
import { sdk } from "../../lib/sdk"
import type { Company, PaymentList, PaymentListItem, PaymentTotals } from "../../lib/types"
import { PeriodInputs } from "../../components/date-input"
import { FilterSelect } from "../../components/option-select"
import { featurePage } from "../../components/feature-gate"
import { PageHeader } from "../../components/page-header"
import { PageLink } from "../../components/page-link"

const PAGE_SIZE = 20

/** The filters live in the URL: going to a company and back keeps them. */
const useFilters = () => {
  const [params, setParams] = useSearchParams()
  const filters = {
    company_id: params.get("company_id") ?? "",
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
    unapplied_only: params.get("unapplied_only") === "true",
    offset: Number(params.get("offset") ?? 0) || 0,
  }
  const update = (changes: Partial<Record<keyof typeof filters, string>>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value)
          else next.delete(key)
        }
        // Another filter starts again from the first page.
        if (!("offset" in changes)) next.delete("offset")
        return next
      },
      { replace: true }
    )
  return { filters, update }
}

/** What the filtered payments add up to, per currency: received, allocated, left to allocate. */
const Totals = ({ totals }: { totals: PaymentTotals[] }) => (
  <div className="grid grid-cols-1 gap-3 px-6 py-4 md:grid-cols-3" data-testid="payments-totals">
    {totals.flatMap((t) =>
      (
        [
          ["received", `Received (${t.count} ${t.count === 1 ? "payment" : "payments"})`, t.amount],
          ["allocated", "Allocated to invoices", t.allocated],
          ["unapplied", "Unapplied cash", t.unapplied],
        ] as const
      ).map(([key, label, value]) => (
        <div
          key={`${t.currency_code}-${key}`}
          data-testid={`payments-total-${key}-${t.currency_code}`}
          className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-lg border px-4 py-3"
        >
          <Text size="small" weight="plus" className="text-ui-fg-subtle">
            {label}
          </Text>
          <Heading level="h2">{formatMoney(value, t.currency_code)}</Heading>
        </div>
      ))
    )}
  </div>
)

const PaymentRow = ({ payment }: { payment: PaymentListItem }) => {
  const money = (value: PaymentListItem["amount"]) => formatMoney(value, payment.currency_code)
  return (
    <Table.Row data-testid={`payment-row-${payment.id}`}>
      <Table.Cell>{day(payment.received_on)}</Table.Cell>
      <Table.Cell>
        <PageLink page="companies" id={payment.company_id}>
          {payment.company.name ?? payment.company_id}
        </PageLink>
      </Table.Cell>
      <Table.Cell>{payment.method ? methodLabel(payment.method) : "—"}</Table.Cell>
      <Table.Cell>{payment.reference ?? "—"}</Table.Cell>
      <Table.Cell className="text-right">{money(payment.amount)}</Table.Cell>
      <Table.Cell className="text-right">{money(payment.allocated)}</Table.Cell>
      <Table.Cell className="text-right" data-testid={`payment-unapplied-${payment.id}`}>
        {payment.reversed_by ? (
          <Badge size="2xsmall" color="grey">
            Reversed
          </Badge>
        ) : (
          money(payment.unapplied)
        )}
      </Table.Cell>
      <Table.Cell className="text-right">
        {!payment.reversed_by && Number(payment.unapplied) > 0 && (
          <AllocateButton
            payment={{ id: payment.id, received_on: payment.received_on, unallocated: payment.unapplied }}
            currency={payment.currency_code}
          />
        )}
      </Table.Cell>
    </Table.Row>
  )
}

/**
 * Payments across companies: when each came in, from whom, how, what it
 * settled and what is left of it. Unapplied cash is one checkbox away, and
 * is allocated from its row (oldest open items of its company first).
 */
const PaymentsPage = () => {
  const { filters, update } = useFilters()
  const periodInOrder = !filters.from || !filters.to || filters.from <= filters.to
  const query = Object.fromEntries(
    Object.entries({
      company_id: filters.company_id,
      from: filters.from,
      to: filters.to,
      unapplied_only: filters.unapplied_only ? "true" : "",
      limit: String(PAGE_SIZE),
      offset: String(filters.offset),
    }).filter(([, value]) => value)
  )
  const payments = useQuery({
    queryKey: [RECEIVABLES, "payments", query],
    queryFn: () => sdk.client.fetch<PaymentList>("/admin/receivables/payments", { query }),
    placeholderData: keepPreviousData,
    enabled: periodInOrder,
  })
  const companies = useQuery({
    queryKey: ["companies", "payment-filter"],
    queryFn: () => sdk.client.fetch<{ companies: Company[] }>("/admin/companies", { query: { limit: 100 } }),
  })
  const data = payments.data
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <PageHeader
          title="Payments"
          description="Every payment received on account, across companies, with what it settled and what is left to allocate."
        />
        <div className="grid grid-cols-2 items-end gap-3 px-6 py-4 md:grid-cols-4">
          <FilterSelect
            label="Company"
            all="All companies"
            testId="payments-company-filter"
            value={filters.company_id}
            onChange={(company_id) => update({ company_id })}
            options={(companies.data?.companies ?? []).map((c) => [c.id, c.name])}
          />
          <PeriodInputs
            id="payments"
            label="Received"
            from={filters.from}
            to={filters.to}
            onChange={(end, value) => update({ [end]: value })}
          />
          <div className="flex items-center gap-x-2 pb-1.5">
            <Checkbox
              id="payments-unapplied-only"
              data-testid="payments-unapplied-only"
              checked={filters.unapplied_only}
              onCheckedChange={(checked) => update({ unapplied_only: checked === true ? "true" : "" })}
            />
            <Label size="small" htmlFor="payments-unapplied-only">
              Unapplied cash only
            </Label>
          </div>
        </div>
        {!periodInOrder && (
          <Text size="small" className="text-ui-fg-error px-6 py-4" data-testid="payments-period-problem">
            The period ends before it starts: choose a "Received from" date on or before {day(filters.to)}.
          </Text>
        )}
        {data && data.totals.length > 0 && <Totals totals={data.totals} />}
      </Container>

      <Container className="p-0">
        {payments.isLoading && <Text className="px-6 py-4">Loading...</Text>}
        {payments.error && <Text className="text-ui-fg-error px-6 py-4">{errorMessage(payments.error)}</Text>}
        {data && data.count === 0 && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="payments-empty">
            {filters.unapplied_only
              ? "No unapplied cash: every payment matching these filters is allocated."
              : "No payment matches these filters."}
          </Text>
        )}
        {data && data.count > 0 && (
          <>
            <Table data-testid="payments-table">
              <TableHead
                columns={[
                  "Received on",
                  "Company",
                  "Method",
                  "Reference",
                  right("Amount"),
                  right("Allocated"),
                  right("Unapplied"),
                  "",
                ]}
              />
              <Table.Body>
                {data.payments.map((p) => (
                  <PaymentRow key={p.id} payment={p} />
                ))}
              </Table.Body>
            </Table>
            <OffsetPagination
              count={data.count}
              pageSize={PAGE_SIZE}
              offset={filters.offset}
              onOffsetChange={(offset) => update({ offset: String(offset) })}
            />
          </>
        )}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Payments", icon: CurrencyDollar })

export default featurePage("receivables", PaymentsPage)
