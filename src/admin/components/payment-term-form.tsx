import { Button, Input, Label, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../lib/format"
import {
  DUE_DATE_RULES,
  emptyRow,
  type InstalmentRow,
  instalmentsFromRows,
  rowsFromInstalments,
} from "../lib/payment-term-rows"
import { useSavePaymentTerm } from "../lib/payment-terms"
import type { PaymentTerm } from "../lib/types"
import { FieldError, FormField } from "./form-field"
import { OptionSelect } from "./option-select"
import { DrawerForm } from "./drawer-form"

// Rows are added and removed: each keeps a key of its own for React.
type KeyedRow = InstalmentRow & { key: number }
let lastRowKey = 0
const keyed = (row: InstalmentRow): KeyedRow => ({ ...row, key: ++lastRowKey })

type Form = { code: string; name: string; description: string; rows: KeyedRow[] }

const formOf = (term: PaymentTerm | null): Form =>
  term
    ? {
        code: term.code,
        name: term.name,
        description: term.description ?? "",
        rows: rowsFromInstalments(term.instalments).map(keyed),
      }
    : { code: "", name: "", description: "", rows: [keyed(emptyRow())] }

/** The law the API enforces, said where the instalments are typed. */
const LegalGuard = ({ maxDays }: { maxDays: number }) => (
  <Text size="small" className="text-ui-fg-subtle" data-testid="payment-term-legal-guard">
    {maxDays > 0
      ? `The last instalment may fall due at most ${maxDays} days after the invoice date, or 45 days end of month (Code de commerce L441-10); a longer term is refused.`
      : "No legal maximum is checked (maxPaymentTermDays is 0 in the plugin options)."}
  </Text>
)

type TextField = "portion_percent" | "count" | "discount_percent" | "discount_days"

/** How each typed field of an instalment is named in its input's id and test id. */
const INPUT_NAME: Record<TextField, string> = {
  portion_percent: "portion",
  count: "count",
  discount_percent: "discount-percent",
  discount_days: "discount-days",
}

/** One instalment: portion, due-date rule and its count, optional early-payment discount. */
const InstalmentFields = (props: {
  index: number
  row: InstalmentRow
  onChange: (row: InstalmentRow) => void
  onRemove: (() => void) | null
}) => {
  const { index, row } = props
  const set = (changes: Partial<InstalmentRow>) => props.onChange({ ...row, ...changes })
  const unit = DUE_DATE_RULES.find((r) => r.type === row.rule)?.unit ?? "days"
  const input = (field: TextField, label: string, inputMode: "decimal" | "numeric", placeholder?: string) => (
    <FormField label={label} htmlFor={`instalment-${index}-${INPUT_NAME[field]}`} labelSize="xsmall">
      <Input
        id={`instalment-${index}-${INPUT_NAME[field]}`}
        size="small"
        inputMode={inputMode}
        placeholder={placeholder}
        value={row[field]}
        onChange={(e) => set({ [field]: e.target.value })}
        data-testid={`instalment-${INPUT_NAME[field]}-${index}`}
      />
    </FormField>
  )
  return (
    <div className="flex flex-col gap-y-2 rounded-md border p-3" data-testid={`instalment-row-${index}`}>
      <div className="flex items-center justify-between">
        <Text size="small" weight="plus">
          Instalment {index + 1}
        </Text>
        {props.onRemove && (
          <Button
            size="small"
            variant="transparent"
            onClick={props.onRemove}
            data-testid={`instalment-remove-${index}`}
          >
            Remove
          </Button>
        )}
      </div>
      <div className="grid grid-cols-3 gap-2">
        {input("portion_percent", "Portion (%)", "decimal")}
        <FormField label="Due date" labelSize="xsmall" className="col-span-2">
          <OptionSelect
            value={row.rule}
            onChange={(rule) => set({ rule })}
            options={DUE_DATE_RULES.map((rule) => [rule.type, rule.label] as const)}
            testId={`instalment-rule-${index}`}
          />
        </FormField>
      </div>
      <div className="grid grid-cols-3 gap-2">
        {input("count", unit === "months" ? "Months" : "Days", "numeric")}
        {input("discount_percent", "Discount (%)", "decimal", "none")}
        {input("discount_days", "If paid within (days)", "numeric", "none")}
      </div>
    </div>
  )
}

/**
 * Creates a payment term, or edits one (`term`). A term's code is fixed once
 * created: orders' snapshots and integrations refer to it.
 */
export const PaymentTermDrawer = (props: {
  term: PaymentTerm | null
  open: boolean
  maxDays: number
  onOpenChange: (open: boolean) => void
}) => {
  const [form, setForm] = useState<Form>(() => formOf(props.term))
  // The refusal shown by the instalments: the form's own check, or the API's (the legal maximum).
  const [problem, setProblem] = useState<string | null>(null)
  const save = useSavePaymentTerm()
  const editing = props.term !== null

  const setRow = (index: number, row: InstalmentRow) =>
    setForm({ ...form, rows: form.rows.map((r, i) => (i === index ? { ...row, key: r.key } : r)) })

  const submit = () => {
    const instalments = instalmentsFromRows(form.rows)
    if (typeof instalments === "string") {
      setProblem(instalments)
      return
    }
    setProblem(null)
    const body = {
      ...(editing ? {} : { code: form.code.trim() }),
      name: form.name.trim(),
      description: form.description.trim() || null,
      instalments,
    }
    save.mutate(
      { id: props.term?.id ?? null, body },
      {
        onSuccess: ({ payment_term }) => {
          const version = editing ? ` (version ${payment_term.version})` : ""
          toast.success(`Payment term "${payment_term.name}" saved${version}`)
          props.onOpenChange(false)
        },
        onError: (error) => setProblem(errorMessage(error)),
      }
    )
  }

  const textField = (key: "code" | "name" | "description", label: string, placeholder?: string) => (
    <FormField label={label} htmlFor={`payment-term-${key}`}>
      <Input
        id={`payment-term-${key}`}
        size="small"
        placeholder={placeholder}
        disabled={key === "code" && editing}
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
        data-testid={`payment-term-${key}`}
      />
    </FormField>
  )

  return (
    <DrawerForm
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={editing ? `Edit ${props.term?.name}` : "New payment term"}
      description="The payment term's code, name and instalments."
      testId="payment-term-drawer"
      buttonSize="small"
      actions={
        <Button size="small" isLoading={save.isPending} onClick={submit} data-testid="payment-term-save">
          Save
        </Button>
      }
    >
      {editing && (
        <Text size="small" className="text-ui-fg-subtle" data-testid="payment-term-version-note">
          This is version {props.term?.version}. Changing the instalments makes version{" "}
          {(props.term?.version ?? 0) + 1} for orders placed from now on; invoices already issued keep their
          due dates, and orders already placed keep the version they were placed under.
        </Text>
      )}
      <div className="grid grid-cols-2 gap-3">
        {textField("code", "Code", "net_20")}
        {textField("name", "Name", "Net 20")}
      </div>
      {textField("description", "Description (optional)")}
      <div className="flex flex-col gap-y-2">
        <Label>Instalments</Label>
        <LegalGuard maxDays={props.maxDays} />
        {form.rows.map((row, index) => (
          <InstalmentFields
            key={row.key}
            index={index}
            row={row}
            onChange={(changed) => setRow(index, changed)}
            onRemove={
              form.rows.length > 1
                ? () => setForm({ ...form, rows: form.rows.filter((_, i) => i !== index) })
                : null
            }
          />
        ))}
        <FieldError message={problem} testId="payment-term-error" />
        <div>
          <Button
            size="small"
            variant="secondary"
            onClick={() => setForm({ ...form, rows: [...form.rows, keyed(emptyRow(""))] })}
            data-testid="instalment-add"
          >
            Add an instalment
          </Button>
        </div>
      </div>
    </DrawerForm>
  )
}
