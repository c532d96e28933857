import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BellAlert } from "@medusajs/icons"
import { Badge, Container, Label, Switch, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { DataTable, OffsetPagination, right } from "../../components/data-table"
import { RunDunningDrawer } from "../../components/dunning-run-drawer"
import { AwaitingApproval, ChargesToDecide, FailedDeliveries } from "../../components/dunning-queues"
import { featurePage } from "../../components/feature-gate"
import { PageHeader } from "../../components/page-header"
import { PageLink } from "../../components/page-link"
import {
  ACTIVITY_LABEL,
  type CollectionRow,
  useAdminUsers,
  useCollections,
  useMe,
  userName,
} from "../../lib/dunning"
import { date, day, errorMessage } from "../../lib/format"
import { formatMoney } from "../../lib/money"

const PAGE_SIZE = 20

/** "Mine only" and the page live in the URL, so that going back from a company keeps them. */
const useListState = () => {
  const [params, setParams] = useSearchParams()
  const mine = params.get("mine") === "1"
  const offset = Math.max(0, Number(params.get("offset")) || 0)
  const update = (changes: { mine?: boolean; offset?: number }) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (changes.mine !== undefined) {
          if (changes.mine) next.set("mine", "1")
          else next.delete("mine")
          next.delete("offset")
        }
        if (changes.offset !== undefined) {
          if (changes.offset) next.set("offset", String(changes.offset))
          else next.delete("offset")
        }
        return next
      },
      { replace: true }
    )
  return { mine, offset, update }
}

const Lines = ({ lines }: { lines: string[] }) => (
  <div className="flex flex-col">
    {lines.map((line) => (
      <span key={line}>{line}</span>
    ))}
  </div>
)

const Flags = ({ row }: { row: CollectionRow }) => (
  <div className="flex flex-wrap gap-1">
    {row.on_hold && (
      <Badge size="2xsmall" color="orange" title={row.hold_reason ?? undefined}>
        On hold
      </Badge>
    )}
    {row.cash_to_match && (
      <Badge size="2xsmall" color="blue" title="Unallocated cash covers what is overdue: match it first">
        Cash to match
      </Badge>
    )}
  </div>
)

const Worklist = ({ rows, collectors }: { rows: CollectionRow[]; collectors: Map<string, string> }) => (
  <DataTable
    testId="collections-table"
    rows={rows}
    rowKey={(r) => r.company_id}
    columns={[
      {
        label: "Company",
        cell: (r) => (
          <PageLink page="companies" id={r.company_id}>
            {r.company_name}
          </PageLink>
        ),
      },
      {
        ...right("Overdue"),
        cell: (r) => (
          <span data-testid="collections-overdue">
            <Lines lines={r.amounts.map((a) => formatMoney(a.overdue, a.currency_code))} />
          </span>
        ),
      },
      { ...right("Days late"), cell: (r) => r.days_late },
      {
        label: "Last reminder",
        cell: (r) =>
          r.last_reminder ? (
            <Lines
              lines={[
                `${r.last_reminder.level} · ${r.last_reminder.level_name}`,
                date(r.last_reminder.created_at),
              ]}
            />
          ) : (
            "—"
          ),
      },
      {
        label: "Next level",
        cell: (r) =>
          r.next_action ? (
            <Lines lines={[`${r.next_action.level} · ${r.next_action.name}`, day(r.next_action.date)]} />
          ) : (
            "—"
          ),
      },
      { ...right("Disputes"), cell: (r) => r.open_disputes || "—" },
      {
        label: "Promises due",
        cell: (r) => (r.promises_due.length ? <Lines lines={r.promises_due.map(day)} /> : "—"),
      },
      { label: "Flags", cell: (r) => <Flags row={r} /> },
      {
        label: "Collector",
        cell: (r) => (r.collector_id ? (collectors.get(r.collector_id) ?? r.collector_id) : "—"),
      },
      {
        label: "Next follow-up",
        cellClassName: "max-w-[220px] whitespace-normal",
        cell: (r) =>
          r.next_activity ? (
            <span title={r.next_activity.body}>
              {ACTIVITY_LABEL[r.next_activity.type]}
              {r.next_activity.due_date ? ` by ${day(r.next_activity.due_date)}` : ""}
            </span>
          ) : (
            "—"
          ),
      },
    ]}
  />
)

const CollectionsPage = () => {
  const { mine, offset, update } = useListState()
  const me = useMe()
  const users = useAdminUsers()
  const waitingForMe = mine && !me.data
  const list = useCollections(
    { collector_id: mine ? me.data?.id : undefined, limit: PAGE_SIZE, offset },
    !waitingForMe
  )
  const collectors = new Map((users.data ?? []).map((u) => [u.id, userName(u)]))
  const rows = list.data?.collections ?? []
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <PageHeader
          title="Collections"
          description={
            list.data
              ? `Companies with something overdue as of ${day(list.data.as_of)}, most urgent first (amount × days late).`
              : "Companies with something overdue, most urgent first (amount × days late)."
          }
          actions={
            <div className="flex items-center gap-x-4">
              <div className="flex items-center gap-x-2">
                <Switch
                  id="collections-mine"
                  data-testid="collections-mine"
                  checked={mine}
                  onCheckedChange={(checked) => update({ mine: checked })}
                />
                <Label htmlFor="collections-mine" size="small">
                  My companies
                </Label>
              </div>
              <RunDunningDrawer />
            </div>
          }
        />
        {(list.isLoading || waitingForMe) && !me.error && <Text className="px-6 py-4">Loading...</Text>}
        {(list.error ?? (mine && me.error)) && (
          <Text className="text-ui-fg-error px-6 py-4">{errorMessage(list.error ?? me.error)}</Text>
        )}
        {list.data && !waitingForMe && (
          <>
            {rows.length ? (
              <Worklist rows={rows} collectors={collectors} />
            ) : (
              <Text size="small" className="text-ui-fg-subtle px-6 py-4">
                {mine ? "None of the companies you collect has anything overdue." : "Nothing is overdue."}
              </Text>
            )}
            <OffsetPagination
              count={list.data.count}
              pageSize={PAGE_SIZE}
              offset={offset}
              onOffsetChange={(next) => update({ offset: next })}
            />
          </>
        )}
      </Container>
      <AwaitingApproval />
      <FailedDeliveries />
      <ChargesToDecide />
    </div>
  )
}

// At /dunning: the stock dashboard's product collections own /collections.
export const config = defineRouteConfig({ label: "Collections", icon: BellAlert })

export default featurePage("dunning", CollectionsPage)
