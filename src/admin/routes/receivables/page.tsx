import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Container, Heading, Input, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { AgingReport } from "../../components/aging-report"
import { day, errorMessage } from "../../lib/format"
import { formatMoney } from "../../lib/money"
import { calendarDay, RECEIVABLES } from "../../lib/receivables"
import { sdk } from "../../lib/sdk"
import type { Aging, OverdueCompany, ReceivablesKpis } from "../../lib/types"
import { DateInput, PeriodInputs } from "../../components/date-input"
import { featurePage } from "../../components/feature-gate"
import { DataTable, right } from "../../components/data-table"
import { FormField } from "../../components/form-field"
import { PageHeader } from "../../components/page-header"
import { PageLink } from "../../components/page-link"

type AgingResponse = Aging | { as_of: string; aging: Aging[] }

/** The report's dates and currency live in the URL, so that going back from a company keeps them. */
const useReportParams = () => {
  const [params, setParams] = useSearchParams()
  const values = {
    as_of: params.get("as_of") || calendarDay(),
    from: params.get("from") || calendarDay(-90),
    to: params.get("to") || calendarDay(),
    currency_code: params.get("currency_code") ?? "",
  }
  const update = (key: keyof typeof values, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (value) next.set(key, value)
        else next.delete(key)
        return next
      },
      { replace: true }
    )
  return { values, update }
}

/** Only the filters given: the API refuses an empty currency code. */
const given = (query: Record<string, string>) =>
  Object.fromEntries(Object.entries(query).filter(([, v]) => v))

const useReport = <T,>(name: string, query: Record<string, string | number>, enabled = true) =>
  useQuery({
    queryKey: [RECEIVABLES, name, query],
    queryFn: () => sdk.client.fetch<T>(`/admin/receivables/${name}`, { query }),
    placeholderData: keepPreviousData,
    enabled,
  })

/** A section's loading, error and empty states; its content otherwise. */
const Loaded = (props: {
  query: { isLoading: boolean; error: unknown }
  empty: string | null
  children: ReactNode
}) => {
  if (props.query.isLoading) return <Text className="px-6 py-4">Loading...</Text>
  if (props.query.error)
    return <Text className="text-ui-fg-error px-6 py-4">{errorMessage(props.query.error)}</Text>
  if (props.empty) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {props.empty}
      </Text>
    )
  }
  return <>{props.children}</>
}

const KPI_TILES: {
  key: "dso" | "best_possible_dso" | "average_days_delinquent" | "cei"
  label: string
  hint: string
}[] = [
  { key: "dso", label: "DSO", hint: "Days of credit sales still unpaid (countback)" },
  { key: "best_possible_dso", label: "Best possible DSO", hint: "DSO if every customer paid on time" },
  { key: "average_days_delinquent", label: "Average days delinquent", hint: "DSO less best possible DSO" },
  { key: "cei", label: "CEI", hint: "Share of what could be collected that was" },
]

const kpiValue = (key: (typeof KPI_TILES)[number]["key"], value: number | string | null) => {
  if (value === null) return "—"
  return `${Number(value).toFixed(1)}${key === "cei" ? " %" : " days"}`
}

/** The four collection KPIs of one currency, with the figures they come from. */
const KpiTiles = ({ kpis }: { kpis: ReceivablesKpis }) => {
  const money = (value: number | string) => formatMoney(value, kpis.currency_code)
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <div>
        <Heading level="h3">{kpis.currency_code.toUpperCase()}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Receivables {money(kpis.beginning_ar)} → {money(kpis.ending_ar)}, of which{" "}
          {money(kpis.ending_current_ar)} not yet due · credit sales {money(kpis.credit_sales)}
        </Text>
      </div>
      <div className="grid grid-cols-2 gap-3 xl:grid-cols-4">
        {KPI_TILES.map((tile) => (
          <div key={tile.key} className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-lg border px-4 py-3">
            <Text size="small" weight="plus" className="text-ui-fg-subtle">
              {tile.label}
            </Text>
            <Heading level="h2">{kpiValue(tile.key, kpis[tile.key])}</Heading>
            <Text size="xsmall" className="text-ui-fg-muted">
              {tile.hint}
            </Text>
          </div>
        ))}
      </div>
    </div>
  )
}

const OverdueCompanies = ({ companies }: { companies: OverdueCompany[] }) => (
  <DataTable
    rows={companies}
    rowKey={(c) => `${c.company_id}-${c.currency_code}`}
    columns={[
      {
        label: "Company",
        cell: (c) => (
          <PageLink page="companies" id={c.company_id}>
            {c.company_name}
          </PageLink>
        ),
      },
      { label: "Oldest due date", cell: (c) => day(c.oldest_due_date) },
      { ...right("Days past due"), cell: (c) => c.days_past_due },
      { ...right("Overdue"), cell: (c) => formatMoney(c.overdue, c.currency_code) },
    ]}
  />
)

const ReceivablesPage = () => {
  const { values, update } = useReportParams()
  // A currency filters once its three letters are typed, not on each keystroke before.
  const currency_code = /^[a-z]{3}$/i.test(values.currency_code) ? values.currency_code : ""
  const aging = useReport<AgingResponse>("aging", given({ as_of: values.as_of, currency_code }))
  // A period that ends before it starts is said here, not sent to be refused.
  const periodInOrder = values.from <= values.to
  const kpis = useReport<{ kpis: ReceivablesKpis[] }>(
    "kpis",
    given({ from: values.from, to: values.to, currency_code }),
    periodInOrder
  )
  const overdue = useReport<{ companies: OverdueCompany[] }>("overdue-companies", {
    ...given({ as_of: values.as_of, currency_code }),
    limit: 10,
  })
  // One currency answers with its report, several with a list of them.
  const agings = aging.data ? ("aging" in aging.data ? aging.data.aging : [aging.data]) : []
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <PageHeader
          title="Receivables"
          description={
            <>
              What companies owe on account: collection KPIs, aging by days past due, the most overdue
              accounts. Cash received and not yet allocated is on the{" "}
              <Link
                to="/payments?unapplied_only=true"
                className="text-ui-fg-interactive"
                data-testid="unapplied-cash-link"
              >
                Payments
              </Link>{" "}
              page.
            </>
          }
        />
        <div className="grid grid-cols-2 items-end gap-3 px-6 py-4 md:grid-cols-4">
          <DateInput
            id="as-of"
            label="Aging as of"
            value={values.as_of}
            onChange={(v) => update("as_of", v)}
          />
          <PeriodInputs id="kpi" label="KPIs" from={values.from} to={values.to} onChange={update} />
          <FormField label="Currency (all when empty)" htmlFor="currency" labelSize="xsmall">
            <Input
              id="currency"
              size="small"
              maxLength={3}
              className="uppercase"
              placeholder="EUR"
              value={values.currency_code}
              onChange={(e) => update("currency_code", e.target.value.trim())}
            />
          </FormField>
        </div>
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Collection KPIs</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {day(values.from)} to {day(values.to)}
          </Text>
        </div>
        {periodInOrder ? (
          <Loaded
            query={kpis}
            empty={kpis.data?.kpis.length === 0 ? "No credit sale nor receivable in this period." : null}
          >
            {kpis.data?.kpis.map((k) => (
              <KpiTiles key={k.currency_code} kpis={k} />
            ))}
          </Loaded>
        ) : (
          <Text size="small" className="text-ui-fg-error px-6 py-4">
            The period ends before it starts: choose a "KPIs from" date on or before "KPIs to".
          </Text>
        )}
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Aging</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Open receivables by days past due, as of {day(values.as_of)}
          </Text>
        </div>
        <Loaded query={aging} empty={aging.data && !agings.length ? "Nothing open on account." : null}>
          {agings.map((a) => (
            <AgingReport key={a.currency_code} aging={a} />
          ))}
        </Loaded>
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Most overdue companies</Heading>
        </div>
        <Loaded
          query={overdue}
          empty={overdue.data?.companies.length === 0 ? `Nothing overdue as of ${day(values.as_of)}.` : null}
        >
          <OverdueCompanies companies={overdue.data?.companies ?? []} />
        </Loaded>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Receivables", icon: Cash })

export default featurePage("receivables", ReceivablesPage)
