import { Checkbox, Input, Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import {
  ACTIVITY_LABEL,
  type ActivityType,
  DISPUTE_REASON_LABEL,
  type Dispute,
  type DisputeReason,
  useDunningRequest,
  useOpenInvoices,
} from "../lib/dunning"
import { day } from "../lib/format"
import { amountInputProblem, formatMoney } from "../lib/money"
import { calendarDay } from "../lib/receivables"
import type { InvoiceSummary } from "../lib/types"
import { ActionDrawer } from "./action-drawer"
import { FormField } from "./form-field"
import { OptionSelect } from "./option-select"

type CompanyRef = { id: string; name: string; currency_code: string }

/** A labelled text input or text area, with an id of `<id>` and a test id of the same. */
const TextField = (props: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  type?: string
  placeholder?: string
  multiline?: boolean
}) => (
  <FormField label={props.label} htmlFor={props.id}>
    {props.multiline ? (
      <Textarea
        id={props.id}
        data-testid={props.id}
        rows={4}
        value={props.value}
        placeholder={props.placeholder}
        onChange={(e) => props.onChange(e.target.value)}
      />
    ) : (
      <Input
        id={props.id}
        data-testid={props.id}
        size="small"
        type={props.type ?? "text"}
        value={props.value}
        placeholder={props.placeholder}
        onChange={(e) => props.onChange(e.target.value)}
      />
    )}
  </FormField>
)

const openAmount = (invoice: InvoiceSummary) =>
  formatMoney(invoice.receivable?.open ?? invoice.total, invoice.currency_code)

/** A note, or a call / e-mail / letter to make by a date (a follow-up, with a "Done" button once due). */
export const ActivityDrawer = ({ company }: { company: CompanyRef }) => {
  const empty = { type: "note" as ActivityType, body: "", due_date: "" }
  const [form, setForm] = useState(empty)
  const request = useDunningRequest()
  return (
    <ActionDrawer
      title="Add a note or follow-up"
      description={`A note on ${company.name}'s collections, or something to do by a date.`}
      trigger={{ label: "Add note / follow-up", testId: "dunning-activity-open" }}
      testId="dunning-activity"
      submitLabel="Save"
      onOpen={() => setForm(empty)}
      check={() => (form.body.trim() ? null : "Write what was said or what is to be done.")}
      send={() =>
        request.mutateAsync({
          path: `/admin/companies/${company.id}/collection-activities`,
          body: { type: form.type, body: form.body.trim(), due_date: form.due_date || undefined },
        })
      }
      done={form.due_date ? `Follow-up due ${day(form.due_date)} added` : "Note added"}
    >
      <FormField label="Type">
        <OptionSelect
          value={form.type}
          onChange={(type) => setForm({ ...form, type })}
          options={Object.entries(ACTIVITY_LABEL) as [ActivityType, string][]}
          testId="dunning-activity-type"
        />
      </FormField>
      <TextField
        id="dunning-activity-body"
        label="What was said, or what to do"
        multiline
        value={form.body}
        onChange={(body) => setForm({ ...form, body })}
      />
      <TextField
        id="dunning-activity-due"
        label="Follow up by (optional)"
        type="date"
        value={form.due_date}
        onChange={(due_date) => setForm({ ...form, due_date })}
      />
    </ActionDrawer>
  )
}

/** A dispute on one of the company's open invoices: its amount is not chased while it is open. */
export const DisputeDrawer = ({ company }: { company: CompanyRef }) => {
  const empty = { invoice_id: "", amount: "", reason_code: "quality" as DisputeReason, message: "" }
  const [form, setForm] = useState(empty)
  const invoices = useOpenInvoices(company.id)
  const request = useDunningRequest()
  const invoice = invoices.data?.find((i) => i.id === form.invoice_id)
  const check = () => {
    if (!invoice) return "Choose the invoice disputed."
    if (form.amount.trim()) {
      const problem = amountInputProblem(form.amount, invoice.currency_code)
      if (problem) return `Amount: ${problem}`
    }
    return form.message.trim() ? null : "Write what the company objects to."
  }
  return (
    <ActionDrawer
      title="Open a dispute"
      description="A dispute on an invoice: the amount disputed is not chased while the dispute is open."
      trigger={{ label: "Open dispute", testId: "dunning-dispute-open" }}
      testId="dunning-dispute"
      submitLabel="Open dispute"
      onOpen={() => setForm(empty)}
      check={check}
      send={() =>
        request.mutateAsync({
          path: "/admin/disputes",
          body: {
            company_id: company.id,
            invoice_id: form.invoice_id,
            amount: form.amount.trim() || undefined,
            reason_code: form.reason_code,
            message: form.message.trim(),
          },
        })
      }
      done={`Dispute opened on ${invoice?.number ?? "the invoice"}`}
    >
      <FormField label="Invoice">
        {invoices.data?.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">
            {company.name} has no open invoice.
          </Text>
        ) : (
          <OptionSelect
            value={form.invoice_id || undefined}
            placeholder={invoices.isLoading ? "Loading..." : "Choose an invoice"}
            onChange={(invoice_id) => setForm({ ...form, invoice_id })}
            options={(invoices.data ?? []).map((i) => [i.id, `${i.number} · ${openAmount(i)} open`] as const)}
            testId="dunning-dispute-invoice"
          />
        )}
      </FormField>
      <TextField
        id="dunning-dispute-amount"
        label="Amount disputed (optional: all that is open)"
        value={form.amount}
        placeholder={invoice ? String(invoice.receivable?.open ?? invoice.total) : ""}
        onChange={(amount) => setForm({ ...form, amount })}
      />
      <FormField label="Reason">
        <OptionSelect
          value={form.reason_code}
          onChange={(reason_code) => setForm({ ...form, reason_code })}
          options={Object.entries(DISPUTE_REASON_LABEL) as [DisputeReason, string][]}
          testId="dunning-dispute-reason"
        />
      </FormField>
      <TextField
        id="dunning-dispute-message"
        label="Message"
        multiline
        value={form.message}
        onChange={(message) => setForm({ ...form, message })}
      />
    </ActionDrawer>
  )
}

/** A promise to pay an amount by a date: it is not chased until then (plus the policy's grace days). */
export const PromiseDrawer = ({ company }: { company: CompanyRef }) => {
  const empty = { amount: "", promised_date: calendarDay(7), invoice_ids: [] as string[], note: "" }
  const [form, setForm] = useState(empty)
  const invoices = useOpenInvoices(company.id)
  const request = useDunningRequest()
  const toggle = (id: string, on: boolean) =>
    setForm({
      ...form,
      invoice_ids: on ? [...form.invoice_ids, id] : form.invoice_ids.filter((i) => i !== id),
    })
  const check = () => {
    const problem = amountInputProblem(form.amount, company.currency_code)
    if (problem) return `Amount: ${problem}`
    return form.promised_date ? null : "Choose the date the company promised to pay by."
  }
  return (
    <ActionDrawer
      title="Record a promise to pay"
      description="What the company promised to pay, and by when."
      trigger={{ label: "Record promise", testId: "dunning-promise-open" }}
      testId="dunning-promise"
      submitLabel="Record promise"
      onOpen={() => setForm(empty)}
      check={check}
      send={() =>
        request.mutateAsync({
          path: "/admin/promises",
          body: {
            company_id: company.id,
            amount: form.amount.trim(),
            promised_date: form.promised_date,
            invoice_ids: form.invoice_ids.length ? form.invoice_ids : undefined,
            note: form.note.trim() || undefined,
          },
        })
      }
      done={`Promise of ${formatMoney(form.amount.trim(), company.currency_code)} by ${day(form.promised_date)} recorded`}
    >
      <TextField
        id="dunning-promise-amount"
        label={`Amount (${company.currency_code.toUpperCase()})`}
        value={form.amount}
        onChange={(amount) => setForm({ ...form, amount })}
      />
      <TextField
        id="dunning-promise-date"
        label="Promised by"
        type="date"
        value={form.promised_date}
        onChange={(promised_date) => setForm({ ...form, promised_date })}
      />
      <div className="flex flex-col gap-y-2">
        <Label size="small">Invoices it pays (optional: the oldest overdue first)</Label>
        {(invoices.data ?? []).map((invoice) => (
          <div key={invoice.id} className="flex items-center gap-x-2">
            <Checkbox
              id={`dunning-promise-invoice-${invoice.id}`}
              checked={form.invoice_ids.includes(invoice.id)}
              onCheckedChange={(checked) => toggle(invoice.id, checked === true)}
            />
            <Label htmlFor={`dunning-promise-invoice-${invoice.id}`} size="small">
              {invoice.number} · {openAmount(invoice)} open
            </Label>
          </div>
        ))}
      </div>
      <TextField
        id="dunning-promise-note"
        label="Note (optional)"
        multiline
        value={form.note}
        onChange={(note) => setForm({ ...form, note })}
      />
    </ActionDrawer>
  )
}

const RESOLUTIONS = [
  ["rejected", "Rejected: the invoice is owed as issued"],
  ["credited", "Credited: a credit note for the amount disputed"],
  ["written_off", "Written off: the amount is not collected"],
] as const

/** Closes an open dispute: rejected (chased again), credited or written off. */
export const ResolveDisputeDrawer = ({ dispute }: { dispute: Dispute }) => {
  const empty = { resolution: "rejected" as (typeof RESOLUTIONS)[number][0], note: "" }
  const [form, setForm] = useState(empty)
  const request = useDunningRequest()
  const label = RESOLUTIONS.find(([value]) => value === form.resolution)?.[1].split(":")[0] ?? ""
  return (
    <ActionDrawer
      title={`Resolve the dispute on ${dispute.invoice_number ?? "the invoice"}`}
      description="Rejected, credited or written off."
      trigger={{ label: "Resolve", testId: `dispute-resolve-${dispute.id}`, variant: "transparent" }}
      testId="dunning-resolve"
      submitLabel="Resolve"
      onOpen={() => setForm(empty)}
      send={() =>
        request.mutateAsync({
          path: `/admin/disputes/${dispute.id}/resolve`,
          body: { resolution: form.resolution, note: form.note.trim() || undefined },
        })
      }
      done={`Dispute ${label.toLowerCase()}`}
    >
      <Text size="small" className="text-ui-fg-subtle">
        {formatMoney(dispute.amount, dispute.currency_code)} disputed (
        {DISPUTE_REASON_LABEL[dispute.reason_code]}
        ): {dispute.message}
      </Text>
      <FormField label="Resolution">
        <OptionSelect
          value={form.resolution}
          onChange={(resolution) => setForm({ ...form, resolution })}
          options={RESOLUTIONS}
          testId="dunning-resolve-resolution"
        />
      </FormField>
      <TextField
        id="dunning-resolve-note"
        label="Note (optional)"
        multiline
        value={form.note}
        onChange={(note) => setForm({ ...form, note })}
      />
    </ActionDrawer>
  )
}
