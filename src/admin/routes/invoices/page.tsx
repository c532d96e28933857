import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Alert, Button, Container, Heading, Input, Label, Select, Table, Tabs, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { Link, useSearchParams } from "react-router-dom"
import { DocumentBadge } from "../../components/document-badge"
import { featurePage } from "../../components/feature-gate"
import { day, errorMessage } from "../../lib/format"
import { formatMoney } from "../../lib/money"
import { DOCUMENTS } from "../../lib/invoices"
import { sdk } from "../../lib/sdk"
import type { InvoiceOpenSummary, InvoiceSummary, RenderHealth } from "../../lib/types"

const PAGE_SIZE = 20
const ALL = "all"
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
          if (value === null || value === "" || value === ALL || value === 0) next.delete(key)
          else next.set(key, String(value))
        }
        return next
      },
      { replace: true }
    )
  return { kind, offset, filters, update }
}

const FilterSelect = (props: {
  label: string
  value: string
  options: [string, string][]
  onChange: (value: string) => void
}) => (
  <div className="flex flex-col gap-y-1">
    <Label size="xsmall">{props.label}</Label>
    <Select size="small" value={props.value || ALL} onValueChange={props.onChange}>
      <Select.Trigger>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL}>All</Select.Item>
        {props.options.map(([value, label]) => (
          <Select.Item key={value} value={value}>
            {label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </div>
)

const FilterInput = (props: {
  label: string
  type?: string
  value: string
  onChange: (value: string) => void
}) => (
  <div className="flex flex-col gap-y-1">
    <Label size="xsmall">{props.label}</Label>
    <Input
      size="small"
      type={props.type ?? "text"}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    />
  </div>
)

const DocumentTable = ({ kind, documents }: { kind: Kind; documents: InvoiceSummary[] }) => (
  <Table>
    <Table.Header>
      <Table.Row>
        <Table.HeaderCell>Number</Table.HeaderCell>
        <Table.HeaderCell>Issued</Table.HeaderCell>
        <Table.HeaderCell>Buyer</Table.HeaderCell>
        <Table.HeaderCell>Order</Table.HeaderCell>
        {kind === "credit-notes" && <Table.HeaderCell>Reason</Table.HeaderCell>}
        <Table.HeaderCell>Status</Table.HeaderCell>
        <Table.HeaderCell>Files</Table.HeaderCell>
        <Table.HeaderCell>Delivery</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {documents.map((d) => (
        <Table.Row key={d.id}>
          <Table.Cell>
            <Link to={`/invoices/${d.id}`} className="text-ui-fg-interactive">
              {d.number}
            </Link>
          </Table.Cell>
          <Table.Cell>{day(d.issue_date)}</Table.Cell>
          <Table.Cell>{d.buyer?.legal_name ?? "—"}</Table.Cell>
          <Table.Cell>
            {d.order_id ? (
              <Link to={`/orders/${d.order_id}`} className="text-ui-fg-interactive">
                #{d.order_display_id ?? d.order_id}
              </Link>
            ) : (
              "—"
            )}
          </Table.Cell>
          {kind === "credit-notes" && (
            <Table.Cell className="max-w-[200px] truncate">{d.reason ?? "—"}</Table.Cell>
          )}
          <Table.Cell>
            <DocumentBadge kind="status" value={d.status} />
          </Table.Cell>
          <Table.Cell>
            <DocumentBadge kind="render" value={d.render_status} />
          </Table.Cell>
          <Table.Cell>
            <DocumentBadge kind="delivery" value={d.delivery_status} late={d.sent_late} />
          </Table.Cell>
          <Table.Cell className="text-right">{formatMoney(d.total, d.currency_code)}</Table.Cell>
        </Table.Row>
      ))}
    </Table.Body>
  </Table>
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
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Invoices</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Issued invoices and credit notes: numbered, hash-chained, rendered as Factur-X PDF and EN 16931
            XML.
          </Text>
        </div>
        <Tabs value={kind} onValueChange={(value) => update({ kind: value === "invoices" ? null : value })}>
          <Tabs.List>
            <Tabs.Trigger value="invoices">Invoices</Tabs.Trigger>
            <Tabs.Trigger value="credit-notes">Credit notes</Tabs.Trigger>
          </Tabs.List>
        </Tabs>
      </div>
      <div className="grid grid-cols-2 items-end gap-3 px-6 py-4 md:grid-cols-4 xl:grid-cols-7">
        <FilterInput label="Number contains" value={filters.number} onChange={(v) => update({ number: v })} />
        <FilterSelect
          label="Status"
          value={filters.status}
          onChange={(v) => update({ status: v })}
          options={[
            ["issued", "Issued"],
            ["partially_paid", "Partially paid"],
            ["paid", "Paid"],
            ["partially_credited", "Partially credited"],
            ["void", "Credited"],
          ]}
        />
        <FilterSelect
          label="Files"
          value={filters.render_status}
          onChange={(v) => update({ render_status: v })}
          options={[
            ["pending", "Rendering"],
            ["rendered", "Rendered"],
            ["failed", "Render failed"],
          ]}
        />
        <FilterInput
          label="Issued from"
          type="date"
          value={filters.issued_from}
          onChange={(v) => update({ issued_from: v })}
        />
        <FilterInput
          label="Issued to"
          type="date"
          value={filters.issued_to}
          onChange={(v) => update({ issued_to: v })}
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
      <Table.Pagination
        count={count}
        pageSize={PAGE_SIZE}
        pageIndex={Math.floor(offset / PAGE_SIZE)}
        pageCount={Math.max(1, Math.ceil(count / PAGE_SIZE))}
        canPreviousPage={offset > 0}
        canNextPage={offset + PAGE_SIZE < count}
        previousPage={() => update({ offset: Math.max(0, offset - PAGE_SIZE) })}
        nextPage={() => update({ offset: offset + PAGE_SIZE })}
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Invoices", icon: DocumentText })

export default featurePage("invoicing", InvoicesPage)
