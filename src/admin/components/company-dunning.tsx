import { Badge, Button, Container, Heading, Label, Switch, Table, Text, toast } from "@medusajs/ui"
import type { ReactNode } from "react"
import {
  ACTIVITY_LABEL,
  type CompanyDunning as Dunning,
  type CompanyStanding,
  DISPUTE_REASON_LABEL,
  DISPUTE_STATUS,
  type DunningAccount,
  PROMISE_STATUS,
  REMINDER_STATUS,
  reminderPdfUrl,
  useAdminUsers,
  useCompanyDunning,
  useDunningRequest,
  usePolicies,
  userName,
} from "../lib/dunning"
import { date, day, errorMessage } from "../lib/format"
import { formatMoney } from "../lib/money"
import type { Company } from "../lib/types"
import { ActivityDrawer, DisputeDrawer, PromiseDrawer, ResolveDisputeDrawer } from "./company-dunning-drawers"
import { TableHead } from "./data-table"
import { FieldGrid } from "./detail-section"
import { FormField } from "./form-field"
import { OptionSelect } from "./option-select"
import { PageLink } from "./page-link"

// A select item cannot have "" as its value: "no policy of its own" and "no collector" have these.
const DEFAULT_POLICY = "default"
const NO_COLLECTOR = "none"

type Color = "green" | "orange" | "red" | "grey" | "blue"
const StatusBadge = ({ status }: { status: [string, Color] }) => (
  <Badge size="2xsmall" color={status[1]}>
    {status[0]}
  </Badge>
)

/** The policy the company is chased under, who collects it, insolvency and pause: each saved as changed. */
const AccountSettings = ({ companyId, account }: { companyId: string; account: DunningAccount }) => {
  const policies = usePolicies()
  const users = useAdminUsers()
  const request = useDunningRequest()
  const save = (body: Partial<DunningAccount>, done: string) =>
    request.mutate(
      { path: `/admin/companies/${companyId}/dunning`, body },
      { onSuccess: () => toast.success(done), onError: (e) => toast.error(errorMessage(e)) }
    )
  const fallback = policies.data?.find((p) => p.is_default)
  const policyOptions = [
    [DEFAULT_POLICY, `Default${fallback ? ` (${fallback.name})` : ""}`] as const,
    ...(policies.data ?? []).map((p) => [p.id, p.name] as const),
  ]
  const userOptions = [
    [NO_COLLECTOR, "No collector"] as const,
    ...(users.data ?? []).map((u) => [u.id, userName(u)] as const),
  ]
  const flag = (key: "in_insolvency" | "paused", label: string, on: string, off: string) => (
    <div className="flex items-center gap-x-2">
      <Switch
        id={`dunning-${key}`}
        data-testid={`dunning-${key}`}
        checked={account[key]}
        onCheckedChange={(checked) => save({ [key]: checked }, checked ? on : off)}
      />
      <Label htmlFor={`dunning-${key}`} size="small">
        {label}
      </Label>
    </div>
  )
  return (
    <div className="grid grid-cols-2 items-end gap-4 px-6 py-4 xl:grid-cols-4">
      <FormField label="Policy" labelSize="xsmall">
        <OptionSelect
          size="small"
          value={account.policy_id ?? DEFAULT_POLICY}
          options={policyOptions}
          onChange={(v) => save({ policy_id: v === DEFAULT_POLICY ? null : v }, "Policy changed")}
          testId="dunning-policy"
        />
      </FormField>
      <FormField label="Collector" labelSize="xsmall">
        <OptionSelect
          size="small"
          value={account.collector_id ?? NO_COLLECTOR}
          options={userOptions}
          onChange={(v) => save({ collector_id: v === NO_COLLECTOR ? null : v }, "Collector changed")}
          testId="dunning-collector"
        />
      </FormField>
      {flag(
        "in_insolvency",
        "In insolvency proceedings",
        "Marked in insolvency: no recovery indemnity is claimed",
        "No longer in insolvency"
      )}
      {flag("paused", "Dunning paused", "Dunning paused for this company", "Dunning resumed")}
    </div>
  )
}

const percentOf = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)} %`)

/** Where the company stands today: what is overdue, what was sent last, what comes next. */
const Standing = ({ standing }: { standing: CompanyStanding }) => (
  <FieldGrid
    className="grid-cols-2 xl:grid-cols-4"
    fields={[
      [
        "Overdue",
        <span key="overdue" data-testid="dunning-standing-overdue">
          {standing.amounts.map((a) => formatMoney(a.overdue, a.currency_code)).join(" · ")}
        </span>,
      ],
      ["Oldest due", `${day(standing.oldest_due_date)} (${standing.days_late} days late)`],
      [
        "Last reminder",
        standing.last_reminder
          ? `Level ${standing.last_reminder.level} · ${standing.last_reminder.level_name}, ${date(standing.last_reminder.created_at)}`
          : "None yet",
      ],
      [
        "Next level",
        standing.next_action
          ? `Level ${standing.next_action.level} · ${standing.next_action.name} on ${day(standing.next_action.date)}`
          : "None: the ladder is complete",
      ],
      ["Promises kept", percentOf(standing.promise_keeping_rate)],
      ["Open disputes", standing.open_disputes],
      ["Promises due", standing.promises_due.map(day).join(", ") || "None"],
      [
        "Flags",
        <div key="flags" className="flex gap-x-1">
          {standing.on_hold && (
            <Badge size="2xsmall" color="orange">
              On hold
            </Badge>
          )}
          {standing.cash_to_match && (
            <Badge size="2xsmall" color="blue">
              Cash to match
            </Badge>
          )}
          {!standing.on_hold && !standing.cash_to_match && "—"}
        </div>,
      ],
    ]}
  />
)

type Entry = {
  key: string
  /** What the timeline sorts by, newest first: a calendar date or an instant, both ISO. */
  at: string
  kind: "reminder" | "dispute" | "promise" | "activity"
  when: string
  what: ReactNode
  details: ReactNode
  status: ReactNode
  action?: ReactNode
}

const Muted = ({ children }: { children: ReactNode }) => (
  <Text size="xsmall" className="text-ui-fg-subtle">
    {children}
  </Text>
)

/** Reminders, disputes, promises and activities in one list, newest first. */
function timeline(data: Dunning, complete: (id: string) => void): Entry[] {
  const entries: Entry[] = [
    ...data.reminders.map(
      (r): Entry => ({
        key: r.id,
        at: r.as_of,
        kind: "reminder",
        when: day(r.as_of),
        what: `Reminder · level ${r.level} (${r.level_name})`,
        details: (
          <>
            <Text size="small">{r.subject}</Text>
            <Muted>
              {r.invoices.map((i) => i.invoice_number ?? i.invoice_id).join(", ")} · total{" "}
              {formatMoney(r.total_open, r.currency_code)}
              {Number(r.fee_total) > 0 && ` · fees ${formatMoney(r.fee_total, r.currency_code)}`}
              {Number(r.interest_total) > 0 &&
                ` · interest ${formatMoney(r.interest_total, r.currency_code)}`}
            </Muted>
          </>
        ),
        status: <StatusBadge status={REMINDER_STATUS[r.status]} />,
        action: (
          <a href={reminderPdfUrl(r.id)} target="_blank" rel="noreferrer" className="text-ui-fg-interactive">
            PDF
          </a>
        ),
      })
    ),
    ...data.disputes.map(
      (d): Entry => ({
        key: d.id,
        at: d.created_at,
        kind: "dispute",
        when: date(d.created_at),
        what: (
          <>
            Dispute ·{" "}
            <PageLink page="invoices" id={d.invoice_id}>
              {d.invoice_number ?? d.invoice_id}
            </PageLink>
          </>
        ),
        details: (
          <>
            <Text size="small">
              {formatMoney(d.amount, d.currency_code)} · {DISPUTE_REASON_LABEL[d.reason_code]}: {d.message}
            </Text>
            {d.resolution_note && <Muted>{d.resolution_note}</Muted>}
          </>
        ),
        status: <StatusBadge status={DISPUTE_STATUS[d.status]} />,
        action: d.status === "open" ? <ResolveDisputeDrawer dispute={d} /> : undefined,
      })
    ),
    ...data.promises.map(
      (p): Entry => ({
        key: p.id,
        at: p.created_at,
        kind: "promise",
        when: date(p.created_at),
        what: "Promise to pay",
        details: (
          <>
            <Text size="small">
              {formatMoney(p.amount, p.currency_code)} by {day(p.promised_date)}
            </Text>
            {p.note && <Muted>{p.note}</Muted>}
          </>
        ),
        status: <StatusBadge status={PROMISE_STATUS[p.status]} />,
      })
    ),
    ...data.activities.map(
      (a): Entry => ({
        key: a.id,
        at: a.created_at,
        kind: "activity",
        when: date(a.created_at),
        what: ACTIVITY_LABEL[a.type],
        details: (
          <>
            <Text size="small">{a.body}</Text>
            {a.due_date && <Muted>Follow up by {day(a.due_date)}</Muted>}
          </>
        ),
        status: a.done_at ? (
          <StatusBadge status={["Done", "green"]} />
        ) : a.due_date ? (
          <StatusBadge status={["To do", "orange"]} />
        ) : null,
        action:
          a.due_date && !a.done_at ? (
            <Button
              size="small"
              variant="transparent"
              onClick={() => complete(a.id)}
              data-testid={`activity-done-${a.id}`}
            >
              Done
            </Button>
          ) : undefined,
      })
    ),
  ]
  return entries.sort((a, b) => b.at.localeCompare(a.at))
}

const Timeline = ({ data }: { data: Dunning }) => {
  const request = useDunningRequest()
  const complete = (id: string) =>
    request.mutate(
      { path: `/admin/collection-activities/${id}/complete` },
      { onSuccess: () => toast.success("Follow-up done"), onError: (e) => toast.error(errorMessage(e)) }
    )
  const entries = timeline(data, complete)
  if (!entries.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        No reminder, dispute, promise or note yet.
      </Text>
    )
  }
  return (
    <Table data-testid="dunning-timeline">
      <TableHead columns={["When", "What", "Details", "Status", ""]} />
      <Table.Body>
        {entries.map((e) => (
          <Table.Row key={e.key} data-testid="dunning-timeline-row" data-kind={e.kind}>
            <Table.Cell className="whitespace-nowrap">{e.when}</Table.Cell>
            <Table.Cell className="whitespace-nowrap">{e.what}</Table.Cell>
            <Table.Cell className="whitespace-normal py-2">{e.details}</Table.Cell>
            <Table.Cell>{e.status}</Table.Cell>
            <Table.Cell className="text-right">{e.action}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

/** A company's dunning: its account, where it stands, and the history of its collections. */
export const CompanyDunning = ({ company }: { company: Pick<Company, "id" | "name" | "currency_code"> }) => {
  const { data, error, isLoading } = useCompanyDunning(company.id)
  return (
    <Container className="divide-y p-0" data-testid="company-dunning">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Dunning</Heading>
          {data && (
            <Text size="small" className="text-ui-fg-subtle">
              {data.standing
                ? `${data.standing.overdue_invoices} overdue invoice(s) as of ${day(data.as_of)}`
                : `Nothing overdue as of ${day(data.as_of)}`}
            </Text>
          )}
        </div>
        <div className="flex items-center gap-x-2">
          <ActivityDrawer company={company} />
          <DisputeDrawer company={company} />
          <PromiseDrawer company={company} />
        </div>
      </div>
      {isLoading && (
        <Text size="small" className="px-6 py-4">
          Loading...
        </Text>
      )}
      {error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Could not load the dunning: {errorMessage(error)}
        </Text>
      )}
      {data && (
        <>
          <AccountSettings companyId={company.id} account={data.account} />
          {data.standing && <Standing standing={data.standing} />}
          <Timeline data={data} />
        </>
      )}
    </Container>
  )
}
