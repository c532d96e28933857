import { Button, Container, Heading, Input, Text, toast, usePrompt } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useState } from "react"
import {
  type DunningClaim,
  type DunningReminder,
  reminderPdfUrl,
  useClaims,
  useCompanyNames,
  useDunningRequest,
  useReminders,
} from "../lib/dunning"
import { date, errorMessage } from "../lib/format"
import { formatMoney } from "../lib/money"
import { ActionDrawer } from "./action-drawer"
import { type DataColumn, DataTable, right } from "./data-table"
import { FormField } from "./form-field"
import { PageLink } from "./page-link"

/** A card of the worklist page: a title, what it holds, and its table (or why it is empty). */
const Queue = (props: {
  title: string
  hint: string
  testId: string
  query: { isLoading: boolean; error: unknown }
  empty: string | null
  children: ReactNode
}) => (
  <Container className="divide-y p-0" data-testid={props.testId}>
    <div className="px-6 py-4">
      <Heading level="h2">{props.title}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {props.hint}
      </Text>
    </div>
    {props.query.isLoading ? (
      <Text size="small" className="px-6 py-4">
        Loading...
      </Text>
    ) : props.query.error ? (
      <Text size="small" className="text-ui-fg-error px-6 py-4">
        {errorMessage(props.query.error)}
      </Text>
    ) : props.empty ? (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {props.empty}
      </Text>
    ) : (
      props.children
    )}
  </Container>
)

/** The columns every reminder list starts with: company, level, subject, what it chases. */
const useReminderColumns = (): DataColumn<DunningReminder>[] => {
  const names = useCompanyNames()
  return [
    {
      label: "Company",
      cell: (r) => (
        <PageLink page="companies" id={r.company_id}>
          {names.data?.get(r.company_id) ?? r.company_id}
        </PageLink>
      ),
    },
    { label: "Level", cell: (r) => `${r.level} · ${r.level_name}` },
    { label: "Subject", cellClassName: "max-w-[280px] truncate", cell: (r) => r.subject },
    { ...right("Chased"), cell: (r) => formatMoney(r.total_open, r.currency_code) },
  ]
}

const PdfLink = ({ id }: { id: string }) => (
  <a href={reminderPdfUrl(id)} target="_blank" rel="noreferrer" className="text-ui-fg-interactive">
    PDF
  </a>
)

/** Reminders at a level that needs a person's approval: read the letter, then send it or not. */
export const AwaitingApproval = () => {
  const reminders = useReminders({ status: "awaiting_approval", limit: 100 })
  const columns = useReminderColumns()
  const request = useDunningRequest()
  const prompt = usePrompt()
  const decide = async (reminder: DunningReminder, decision: "approve" | "cancel") => {
    if (decision === "cancel") {
      const confirmed = await prompt({
        title: `Cancel "${reminder.subject}"?`,
        description: "It is not sent; the next run plans its invoices again.",
        confirmText: "Cancel the reminder",
        cancelText: "Keep it",
      })
      if (!confirmed) return
    }
    request.mutate(
      { path: `/admin/dunning-reminders/${reminder.id}/${decision}` },
      {
        onSuccess: () =>
          toast.success(decision === "approve" ? "Reminder approved: it is sent" : "Reminder canceled"),
        onError: (e) => toast.error(errorMessage(e)),
      }
    )
  }
  const rows = reminders.data?.dunning_reminders ?? []
  return (
    <Queue
      title="Awaiting approval"
      hint="Reminders at a level that a person approves before it is sent."
      testId="dunning-awaiting-approval"
      query={reminders}
      empty={rows.length ? null : "No reminder awaits approval."}
    >
      <DataTable
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          ...columns,
          {
            ...right("Fees / interest"),
            cell: (r) =>
              `${formatMoney(r.fee_total, r.currency_code)} / ${formatMoney(r.interest_total, r.currency_code)}`,
          },
          { label: "Prepared", cell: (r) => date(r.created_at) },
          {
            label: "",
            className: "text-right",
            cell: (r) => (
              <div className="flex items-center justify-end gap-x-2">
                <PdfLink id={r.id} />
                <Button size="small" variant="secondary" onClick={() => decide(r, "cancel")}>
                  Cancel
                </Button>
                <Button
                  size="small"
                  onClick={() => decide(r, "approve")}
                  data-testid={`reminder-approve-${r.id}`}
                >
                  Approve
                </Button>
              </div>
            ),
          },
        ]}
      />
    </Queue>
  )
}

/** Reminders whose e-mail failed: why, and when it is tried again. */
export const FailedDeliveries = () => {
  const reminders = useReminders({ status: "failed", limit: 100 })
  const columns = useReminderColumns()
  const rows = reminders.data?.dunning_reminders ?? []
  return (
    <Queue
      title="Failed deliveries"
      hint="Reminders that could not be sent; each is tried again until it goes."
      testId="dunning-failed"
      query={reminders}
      empty={rows.length ? null : "Every reminder was delivered."}
    >
      <DataTable
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          ...columns,
          { label: "Recipient", cell: (r) => r.recipient ?? "—" },
          { ...right("Attempts"), cell: (r) => r.attempts },
          {
            label: "Last error",
            cellClassName: "max-w-[280px] whitespace-normal text-ui-fg-error",
            cell: (r) => r.last_error ?? "—",
          },
          { label: "Next attempt", cell: (r) => date(r.next_attempt_at) },
          { label: "", className: "text-right", cell: (r) => <PdfLink id={r.id} /> },
        ]}
      />
    </Queue>
  )
}

/** Waives a claim: it is never charged, and the reason is kept. */
const WaiveDrawer = ({ claim }: { claim: DunningClaim }) => {
  const [reason, setReason] = useState("")
  const request = useDunningRequest()
  return (
    <ActionDrawer
      title={`Waive the ${claim.kind} on ${claim.invoice_number ?? "the invoice"}`}
      description="The charge is never invoiced; the reason is kept."
      trigger={{ label: "Waive", testId: `claim-waive-${claim.id}`, variant: "transparent" }}
      testId="dunning-waive"
      submitLabel="Waive"
      onOpen={() => setReason("")}
      check={() => (reason.trim() ? null : "Say why the charge is waived.")}
      send={() =>
        request.mutateAsync({
          path: `/admin/dunning-claims/${claim.id}/waive`,
          body: { reason: reason.trim() },
        })
      }
      done={`${formatMoney(claim.amount, claim.currency_code)} waived`}
    >
      <FormField label="Reason" htmlFor="dunning-waive-reason">
        <Input
          id="dunning-waive-reason"
          size="small"
          value={reason}
          placeholder="Long-standing customer, first delay"
          onChange={(e) => setReason(e.target.value)}
        />
      </FormField>
    </ActionDrawer>
  )
}

const CLAIM_KIND = { indemnity: "Recovery indemnity", interest: "Late-payment interest" } as const

/** Fees and interest reminders claimed: each becomes a debit note, or is waived with a reason. */
export const ChargesToDecide = () => {
  const claims = useClaims({ status: "claimed" })
  const names = useCompanyNames()
  const request = useDunningRequest<{ dunning_claim: DunningClaim }>()
  const debit = (claim: DunningClaim) =>
    request.mutate(
      { path: `/admin/dunning-claims/${claim.id}/debit` },
      {
        onSuccess: () =>
          toast.success(`Debit note issued for ${formatMoney(claim.amount, claim.currency_code)}`),
        onError: (e) => toast.error(errorMessage(e)),
      }
    )
  const rows = claims.data ?? []
  return (
    <Queue
      title="Charges to decide"
      hint="Recovery indemnities and interest that reminders claimed: nothing is charged until you decide."
      testId="dunning-claims"
      query={claims}
      empty={rows.length ? null : "No charge to decide."}
    >
      <DataTable
        rows={rows}
        rowKey={(c) => c.id}
        columns={[
          {
            label: "Company",
            cell: (c) => (
              <PageLink page="companies" id={c.company_id}>
                {names.data?.get(c.company_id) ?? c.company_id}
              </PageLink>
            ),
          },
          {
            label: "Invoice",
            cell: (c) => (
              <PageLink page="invoices" id={c.invoice_id}>
                {c.invoice_number ?? c.invoice_id}
              </PageLink>
            ),
          },
          { label: "Charge", cell: (c) => CLAIM_KIND[c.kind] },
          { ...right("Amount"), cell: (c) => formatMoney(c.amount, c.currency_code) },
          { label: "Claimed", cell: (c) => date(c.created_at) },
          {
            label: "",
            className: "text-right",
            cell: (c) => (
              <div className="flex items-center justify-end gap-x-2">
                <WaiveDrawer claim={c} />
                <Button
                  size="small"
                  variant="secondary"
                  onClick={() => debit(c)}
                  data-testid={`claim-debit-${c.id}`}
                >
                  Debit note
                </Button>
              </div>
            ),
          },
        ]}
      />
    </Queue>
  )
}
