import { Button, Input, Label, RadioGroup, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { day, errorMessage } from "../lib/format"
import { amountExample, amountInputProblem, formatMoney } from "../lib/money"
import {
  calendarDay,
  fieldError,
  negated,
  PAYMENT_METHODS,
  settledList,
  sumAmounts,
  usePaymentRequest,
} from "../lib/receivables"
import type { AllocationRequest, Amount, OpenItem, PaymentMethod } from "../lib/types"
import { DataTable, right } from "./data-table"
import { FieldError, FormField } from "./form-field"
import { OptionSelect } from "./option-select"
import { DrawerForm } from "./drawer-form"

type Mode = "oldest_first" | "none" | "explicit"

const MODES: [Mode, string, string][] = [
  ["oldest_first", "Oldest first", "Settles the open items with the earliest due date first."],
  ["none", "Leave unallocated", "Keeps the amount on the account, to allocate later."],
  ["explicit", "Choose the items", "Says how much of the payment goes to each open item."],
]

type Form = {
  amount: string
  received_on: string
  method: PaymentMethod
  reference: string
  mode: Mode
  /** Amount typed per open item, by ledger entry id (one instalment of an invoice). */
  allocations: Record<string, string>
}

const emptyForm = (): Form => ({
  amount: "",
  received_on: calendarDay(),
  method: "bank_transfer",
  reference: "",
  mode: "oldest_first",
  allocations: {},
})

const itemLabel = (item: OpenItem) => `${item.document_number ?? item.id} due ${day(item.due_date)}`

/** What is wrong, and with which input: a form field, or one open item's amount (`item:<entry id>`). */
type Refusal = { field: string | null; sentence: string }

/** The allocations typed, as the API takes them; a refusal instead when one is not an amount. */
function typedAllocations(form: Form, items: OpenItem[], currency: string): AllocationRequest[] | Refusal {
  const allocations: AllocationRequest[] = []
  for (const item of items) {
    const text = (form.allocations[item.id] ?? "").trim()
    if (!text) continue
    const problem = amountInputProblem(text, currency)
    if (problem) {
      return { field: `item:${item.id}`, sentence: `${itemLabel(item)}: ${problem}` }
    }
    // The typed digits as they are: a float would round what the ledger keeps.
    allocations.push({ entry_id: item.id, amount: text })
  }
  return allocations.length
    ? allocations
    : { field: "allocations", sentence: "Enter how much goes to at least one open item." }
}

/** The request for the form; a refusal instead when something is missing. */
function paymentBody(companyId: string, currency: string, form: Form, items: OpenItem[]) {
  const problem = amountInputProblem(form.amount, currency)
  if (problem) {
    return { field: "amount", sentence: problem } as Refusal
  }
  if (form.received_on > calendarDay()) {
    return { field: "received_on", sentence: "A payment cannot be received after today." } as Refusal
  }
  const allocation =
    form.mode === "explicit" ? typedAllocations(form, items, currency) : ({ allocate: form.mode } as const)
  if ("sentence" in allocation) return allocation
  return {
    company_id: companyId,
    currency_code: currency,
    amount: form.amount.trim(),
    received_on: form.received_on || undefined,
    method: form.method,
    reference: form.reference.trim() || undefined,
    ...(Array.isArray(allocation) ? { allocations: allocation } : allocation),
  }
}

const API_FIELDS = [
  "amount",
  "received_on",
  "method",
  "reference",
  "allocations.amount",
  "allocations",
] as const

/**
 * The input an API refusal is about: a field named at its start, the open
 * item an over-allocation names ("INV-2026-000007 (due 2026-12-31) has..."),
 * or the amount when the payment is short of what was allocated.
 */
function refusalOf(message: string, items: OpenItem[]): Refusal {
  const { field, sentence } = fieldError(message, API_FIELDS)
  if (field) return { field: field.startsWith("allocations") ? "allocations" : field, sentence }
  const item =
    items.find((i) => i.document_number && sentence.startsWith(`${i.document_number} (due ${i.due_date})`)) ??
    items.find((i) => i.document_number && sentence.startsWith(i.document_number))
  if (item) return { field: `item:${item.id}`, sentence }
  if (/^The payment of .* left to allocate/.test(sentence)) return { field: "amount", sentence }
  return { field: null, sentence }
}

/** A refusal under the input it is about. */
const RefusalOf = ({ refusal, field }: { refusal: Refusal | null; field: string }) => (
  <FieldError
    message={refusal?.field === field ? refusal.sentence : null}
    testId={`payment-error-${field.replace(/:.*/, "")}`}
  />
)

/** One amount input per open item, with what is still open on it (a click there allocates all of it). */
const AllocationInputs = (props: {
  items: OpenItem[]
  currency: string
  form: Form
  refusal: Refusal | null
  setAllocation: (id: string, value: string) => void
}) => {
  const money = (value: string) => formatMoney(value, props.currency)
  const isAmount = (text: string) => !amountInputProblem(text, props.currency)
  const typed = Object.values(props.form.allocations).filter(isAmount)
  const allocated = sumAmounts(typed.map((v) => v.trim()))
  const received = props.form.amount.trim()
  const left = isAmount(received) ? sumAmounts([received, negated(allocated)]) : null
  return (
    <div className="flex flex-col gap-y-2">
      <DataTable
        rows={props.items}
        rowKey={(item) => item.id}
        columns={[
          {
            label: "Item",
            cell: (item) => (
              <>
                {item.document_number ?? item.type}
                <span className="text-ui-fg-subtle"> · due {day(item.due_date)}</span>
              </>
            ),
          },
          {
            ...right("Open"),
            cell: (item) => (
              <button
                type="button"
                className="text-ui-fg-interactive"
                title="Allocate all of it"
                onClick={() => props.setAllocation(item.id, String(item.open))}
              >
                {formatMoney(item.open, props.currency)}
              </button>
            ),
          },
          {
            ...right("Allocate"),
            cell: (item) => (
              <Input
                size="small"
                inputMode="decimal"
                className="ml-auto w-28"
                data-testid={`payment-allocation-${item.id}`}
                aria-label={`Amount allocated to ${itemLabel(item)}`}
                aria-invalid={props.refusal?.field === `item:${item.id}`}
                value={props.form.allocations[item.id] ?? ""}
                onChange={(e) => props.setAllocation(item.id, e.target.value)}
              />
            ),
          },
        ]}
      />
      {props.refusal?.field?.startsWith("item:") && (
        <RefusalOf refusal={props.refusal} field={props.refusal.field} />
      )}
      <RefusalOf refusal={props.refusal} field="allocations" />
      <Text size="small" className="text-ui-fg-subtle">
        Allocated {money(allocated)}
        {left !== null && ` of ${money(received)}; ${money(left)} left unallocated`}
      </Text>
    </div>
  )
}

/** What the payment can settle: how much is open, on how many items, since when. */
const OpenSummary = ({ items, currency }: { items: OpenItem[]; currency: string }) => {
  if (!items.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        Nothing is open on the account: the payment stays unallocated, to settle invoices issued later.
      </Text>
    )
  }
  // Calendar days as "YYYY-MM-DD" sort as text.
  const oldest = items
    .map((item) => item.due_date)
    .filter((due): due is string => !!due)
    .sort()[0]
  return (
    <Text size="small" className="text-ui-fg-subtle">
      {formatMoney(sumAmounts(items.map((item) => item.open)), currency)} open on {items.length}{" "}
      {items.length === 1 ? "item" : "items"}
      {oldest ? `, the oldest due ${day(oldest)}` : ""}.
    </Text>
  )
}

/** Records a payment received from the company, and says what it settles. */
export const RecordPaymentDrawer = (props: {
  companyId: string
  currency: string
  openDebits: OpenItem[]
}) => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<Form>(emptyForm)
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const request = usePaymentRequest()
  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    // Changing the input a refusal is about clears it.
    if (refusal?.field === key) setRefusal(null)
    setForm((f) => ({ ...f, [key]: value }))
  }

  const onOpenChange = (next: boolean) => {
    if (next) {
      setForm(emptyForm())
      setRefusal(null)
    }
    setOpen(next)
  }
  const submit = () => {
    const body = paymentBody(props.companyId, props.currency, form, props.openDebits)
    if ("sentence" in body) {
      setRefusal(body)
      return
    }
    setRefusal(null)
    request.mutate(
      { path: "", body },
      {
        onSuccess: ({ payment }) => {
          const money = (value: Amount) => formatMoney(value, payment.currency_code)
          const settled = payment.allocations.length
            ? `: settles ${settledList(payment.allocations, payment.currency_code)}`
            : ""
          const left =
            Number(payment.unallocated) > 0 ? `; ${money(payment.unallocated)} left unallocated` : ""
          toast.success(`Payment of ${money(payment.amount)} recorded${settled}${left}`)
          setOpen(false)
        },
        onError: (e) => {
          const refused = refusalOf(errorMessage(e), props.openDebits)
          setRefusal(refused)
          if (!refused.field) toast.error(refused.sentence)
        },
      }
    )
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      trigger={{ label: "Record payment", testId: "record-payment-trigger" }}
      title="Record payment"
      description="Records a payment received from the company and what it settles."
      actions={
        <Button data-testid="payment-submit" isLoading={request.isPending} onClick={submit}>
          Record payment
        </Button>
      }
    >
      <OpenSummary items={props.openDebits} currency={props.currency} />
      <div className="grid grid-cols-2 gap-3">
        <FormField label={`Amount (${props.currency.toUpperCase()})`} htmlFor="payment-amount">
          <Input
            id="payment-amount"
            data-testid="payment-amount"
            inputMode="decimal"
            placeholder={amountExample(props.currency)}
            aria-invalid={refusal?.field === "amount"}
            value={form.amount}
            onChange={(e) => set("amount", e.target.value)}
          />
          <RefusalOf refusal={refusal} field="amount" />
        </FormField>
        <FormField label="Received on" htmlFor="payment-date">
          <Input
            id="payment-date"
            data-testid="payment-received-on"
            type="date"
            max={calendarDay()}
            aria-invalid={refusal?.field === "received_on"}
            value={form.received_on}
            onChange={(e) => set("received_on", e.target.value)}
          />
          <RefusalOf refusal={refusal} field="received_on" />
        </FormField>
        <FormField label="Method">
          <OptionSelect value={form.method} onChange={(v) => set("method", v)} options={PAYMENT_METHODS} />
        </FormField>
        <FormField label="Reference" htmlFor="payment-reference">
          <Input
            id="payment-reference"
            data-testid="payment-reference"
            maxLength={140}
            placeholder="Bank transaction id, check number"
            aria-invalid={refusal?.field === "reference"}
            value={form.reference}
            onChange={(e) => set("reference", e.target.value)}
          />
          <RefusalOf refusal={refusal} field="reference" />
        </FormField>
      </div>
      <div className="flex flex-col gap-y-2">
        <Label>Allocation</Label>
        <RadioGroup value={form.mode} onValueChange={(v) => set("mode", v as Mode)}>
          {MODES.map(([value, label, description]) => (
            <RadioGroup.ChoiceBox
              key={value}
              value={value}
              label={label}
              description={description}
              disabled={value === "explicit" && !props.openDebits.length}
            />
          ))}
        </RadioGroup>
      </div>
      {form.mode === "explicit" && (
        <AllocationInputs
          items={props.openDebits}
          currency={props.currency}
          form={form}
          refusal={refusal}
          setAllocation={(id, value) => {
            if (refusal?.field === `item:${id}` || refusal?.field === "allocations") setRefusal(null)
            setForm((f) => ({ ...f, allocations: { ...f.allocations, [id]: value } }))
          }}
        />
      )}
    </DrawerForm>
  )
}
