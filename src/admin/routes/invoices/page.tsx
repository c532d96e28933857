import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Alert, Button, Container, Input, Tabs, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useSearchParams } from "react-router-dom"
import { DataTable, OffsetPagination, right } from "../../components/data-table"
import { DocumentBadge } from "../../components/document-badge"
import { featurePage } from "../../components/feature-gate"
import { day, errorMessage } from "../../lib/format"
import { formatMoney } from "../../lib/money"
import { DOCUMENTS } from "../../lib/invoices"
import { sdk } from "../../lib/sdk"
import type { InvoiceOpenSummary, InvoiceSummary, RenderHealth } from "../../lib/types"
import { FormField } from "../../components/form-field"
import { PageHeader } from "../../components/page-header"
import { FilterSelect } from "../../components/option-select"
import { PeriodInputs } from "../../components/date-input"
import { OrderLink, PageLink } from "../../components/page-link"

const PAGE_SIZE = 20
const FILTERS = ["number", "status", "render_status", "issued_from", "issued_to", "company_id"] as const
type Filter = (typeof FILTERS)[number]
type Kind = "invoices" | "credit-notes"

/** The filters live in the URL, so that going back from a document returns to the same list. */
const useListState = () => {
  const [params, setParams] = useSearchParams()
  const kind: Kind = params.get("kind") === "credit-notes" ? "credit-notes" : "invoices"
  const offset = Math.max(0, Number(params.get("offset")) || 0)
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ""])) as Record<Filter, string>
  const update = (changes: Record<string, string | number | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        for (const [key, value] of Object.entries({ offset: null, ...changes })) {
          if (value === null || value === "" || value === 0) next.delete(key)
          else next.set(key, String(value))
        }
        return next
      },
      { replace: true }
    )
  return { kind, offset, filters, update }
}

/** The list's select filters and their choices (after "All"). */
const SELECT_FILTERS: { filter: Filter; label: string; options: [string, string][] }[] = [
  {
    filter: "status",
    label: "Status",
    options: [
      ["issued", "Issued"],
      ["partially_paid", "Partially paid"],
      ["paid", "Paid"],
      ["partially_credited", "Partially credited"],
      ["void", "Credited"],
    ],
  },
  {
    filter: "render_status",
    label: "Files",
    options: [
      ["pending", "Rendering"],
      ["rendered", "Rendered"],
      ["failed", "Render failed"],
    ],
  },
]

const FilterInput = (props: { label: string; value: string; onChange: (value: string) => void }) => (
  <FormField label={props.label} labelSize="xsmall">
    <Input size="small" value={props.value} onChange={(e) => props.onChange(e.target.value)} />
  </FormField>
)

const DocumentTable = ({ kind, documents }: { kind: Kind; documents: InvoiceSummary[] }) => (
  <DataTable
    rows={documents}
    rowKey={(d) => d.id}
    columns={[
      {
        label: "Number",
        cell: (d) => (
          <>
            <PageLink page="invoices" id={d.id}>
              {d.number}
            </PageLink>
            {/* The invoice list is the invoice series: debit notes (late-payment charges) are in it. */}
            {d.kind === "debit_note" && <span className="text-ui-fg-subtle"> · debit note</span>}
          </>
        ),
      },
      { label: "Issued", cell: (d) => day(d.issue_date) },
      { label: "Buyer", cell: (d) => d.buyer?.legal_name ?? "—" },
      { label: "Order", cell: (d) => <OrderLink doc={d} /> },
      kind === "credit-notes" && {
        label: "Reason",
        cellClassName: "max-w-[200px] truncate",
        cell: (d) => d.reason ?? "—",
      },
      { label: "Status", cell: (d) => <DocumentBadge kind="status" value={d.status} /> },
      { label: "Files", cell: (d) => <DocumentBadge kind="render" value={d.render_status} /> },
      {
        label: "Delivery",
        cell: (d) => <DocumentBadge kind="delivery" value={d.delivery_status} late={d.sent_late} />,
      },
      { ...right("Total"), cell: (d) => formatMoney(d.total, d.currency_code) },
    ]}
  />
)

/**
 * While documents fail to render, buyers receive none of them: the banner
 * says how many, since when, and why, so the outage is fixed rather than
 * discovered by a buyer asking for their invoice.
 */
const RenderFailureBanner = () => {
  const { data } = useQuery({
    queryKey: [DOCUMENTS, "render-health"],
    queryFn: () => sdk.client.fetch<{ render_health: RenderHealth }>("/admin/invoices/render-health"),
    refetchInterval: 60_000,
  })
  const health = data?.render_health
  if (!health?.failing) return null
  return (
    <div className="px-6 py-4" data-testid="invoice-render-failure-banner">
      <Alert variant="error">
        {health.failing} document{health.failing === 1 ? "" : "s"} could not be rendered
        {health.oldest_issue_date ? ` (issued since ${day(health.oldest_issue_date)})` : ""}, so buyers have
        not received {health.failing === 1 ? "it" : "them"}. Last error
        {health.last_failed_number ? ` on ${health.last_failed_number}` : ""}:{" "}
        {health.last_error ?? "unknown"}. They are sent, marked as sent late, once they render.{" "}
        {health.retries_exhausted
          ? `${health.retries_exhausted} will not be retried automatically any more: retry them from the list (Files: Render failed).`
          : "Renders are retried every 5 minutes."}
      </Alert>
    </div>
  )
}

/** What the listed invoices still have open (every page of them), as the ledger says. */
const OpenSummary = ({ summary }: { summary: InvoiceOpenSummary[] | undefined }) =>
  summary ? (
    <div className="flex flex-wrap items-center gap-x-6 px-6 py-3" data-testid="invoice-open-summary">
      {summary.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          Nothing open on these invoices.
        </Text>
      ) : (
        summary.map((row) => (
          <Text key={row.currency_code} size="small" weight="plus">
            Open {formatMoney(row.open, row.currency_code)} on {row.invoices} invoice
            {row.invoices === 1 ? "" : "s"}
          </Text>
        ))
      )}
    </div>
  ) : null

const InvoicesPage = () => {
  const { kind, offset, filters, update } = useListState()
  const { data, isLoading, error } = useQuery({
    queryKey: [DOCUMENTS, "list", kind, filters, offset],
    queryFn: () =>
      sdk.client.fetch<{
        invoices?: InvoiceSummary[]
        credit_notes?: InvoiceSummary[]
        count: number
        summary?: InvoiceOpenSummary[]
      }>(`/admin/${kind}`, {
        query: {
          ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== "")),
          offset,
          limit: PAGE_SIZE,
        },
      }),
    placeholderData: keepPreviousData,
  })
  const documents = data?.invoices ?? data?.credit_notes ?? []
  const count = data?.count ?? 0
  const filtered = FILTERS.some((f) => filters[f] !== "")
  return (
    <Container className="divide-y p-0">
      <PageHeader
        title="Invoices"
        description="Issued invoices, debit notes and credit notes: numbered, hash-chained, rendered as Factur-X PDF and EN 16931 XML."
        actions={
          <Tabs value={kind} onValueChange={(value) => update({ kind: value === "invoices" ? null : value })}>
            <Tabs.List>
              <Tabs.Trigger value="invoices">Invoices</Tabs.Trigger>
              <Tabs.Trigger value="credit-notes">Credit notes</Tabs.Trigger>
            </Tabs.List>
          </Tabs>
        }
      />
      <div className="grid grid-cols-2 items-end gap-3 px-6 py-4 md:grid-cols-4 xl:grid-cols-7">
        <FilterInput label="Number contains" value={filters.number} onChange={(v) => update({ number: v })} />
        {SELECT_FILTERS.map(({ filter, label, options }) => (
          <FilterSelect
            key={filter}
            label={label}
            all="All"
            value={filters[filter]}
            onChange={(value) => update({ [filter]: value })}
            options={options}
          />
        ))}
        <PeriodInputs
          id="invoices-issued"
          label="Issued"
          from={filters.issued_from}
          to={filters.issued_to}
          onChange={(end, value) => update({ [`issued_${end}`]: value })}
        />
        <FilterInput
          label="Company id"
          value={filters.company_id}
          onChange={(v) => update({ company_id: v })}
        />
        <div>
          <Button
            size="small"
            variant="transparent"
            disabled={!filtered}
            onClick={() => update(Object.fromEntries(FILTERS.map((f) => [f, null])))}
          >
            Clear filters
          </Button>
        </div>
      </div>
      <RenderFailureBanner />
      {kind === "invoices" && <OpenSummary summary={data?.summary} />}
      {isLoading && <Text className="px-6 py-4">Loading...</Text>}
      {error && <Text className="text-ui-fg-error px-6 py-4">{errorMessage(error)}</Text>}
      {!isLoading && !error && !documents.length && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {filtered ? "No document matches these filters." : "No document issued yet."}
        </Text>
      )}
      {documents.length > 0 && <DocumentTable kind={kind} documents={documents} />}
      <OffsetPagination
        count={count}
        pageSize={PAGE_SIZE}
        offset={offset}
        onOffsetChange={(next) => update({ offset: next })}
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Invoices", icon: DocumentText })

export default featurePage("invoicing", InvoicesPage)
