import { Button, Drawer, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../lib/format"
import {
  DUE_DATE_RULES,
  emptyRow,
  type InstalmentRow,
  instalmentsFromRows,
  type RuleType,
  rowsFromInstalments,
} from "../lib/payment-term-rows"
import { useSavePaymentTerm } from "../lib/payment-terms"
import type { PaymentTerm } from "../lib/types"

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
  const id = (field: string) => `instalment-${index}-${field}`
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
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={id("portion")} size="xsmall">
            Portion (%)
          </Label>
          <Input
            id={id("portion")}
            size="small"
            inputMode="decimal"
            value={row.portion_percent}
            onChange={(e) => set({ portion_percent: e.target.value })}
            data-testid={`instalment-portion-${index}`}
          />
        </div>
        <div className="col-span-2 flex flex-col gap-y-1">
          <Label size="xsmall">Due date</Label>
          <Select value={row.rule} onValueChange={(rule) => set({ rule: rule as RuleType })}>
            <Select.Trigger data-testid={`instalment-rule-${index}`}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {DUE_DATE_RULES.map((rule) => (
                <Select.Item key={rule.type} value={rule.type}>
                  {rule.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      <div className="grid grid-cols-3 gap-2">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={id("count")} size="xsmall">
            {unit === "months" ? "Months" : "Days"}
          </Label>
          <Input
            id={id("count")}
            size="small"
            inputMode="numeric"
            value={row.count}
            onChange={(e) => set({ count: e.target.value })}
            data-testid={`instalment-count-${index}`}
          />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={id("discount-percent")} size="xsmall">
            Discount (%)
          </Label>
          <Input
            id={id("discount-percent")}
            size="small"
            inputMode="decimal"
            placeholder="none"
            value={row.discount_percent}
            onChange={(e) => set({ discount_percent: e.target.value })}
            data-testid={`instalment-discount-percent-${index}`}
          />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={id("discount-days")} size="xsmall">
            If paid within (days)
          </Label>
          <Input
            id={id("discount-days")}
            size="small"
            inputMode="numeric"
            placeholder="none"
            value={row.discount_days}
            onChange={(e) => set({ discount_days: e.target.value })}
            data-testid={`instalment-discount-days-${index}`}
          />
        </div>
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

  return (
    <Drawer open={props.open} onOpenChange={props.onOpenChange}>
      <Drawer.Content data-testid="payment-term-drawer">
        <Drawer.Header>
          <Drawer.Title>{editing ? `Edit ${props.term?.name}` : "New payment term"}</Drawer.Title>
          <Drawer.Description className="sr-only">
            The payment term's code, name and instalments.
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {editing && (
            <Text size="small" className="text-ui-fg-subtle" data-testid="payment-term-version-note">
              This is version {props.term?.version}. Changing the instalments makes version{" "}
              {(props.term?.version ?? 0) + 1} for orders placed from now on; invoices already issued keep
              their due dates, and orders already placed keep the version they were placed under.
            </Text>
          )}
          <div className="grid grid-cols-2 gap-3">
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="payment-term-code">Code</Label>
              <Input
                id="payment-term-code"
                size="small"
                placeholder="net_20"
                disabled={editing}
                value={form.code}
                onChange={(e) => setForm({ ...form, code: e.target.value })}
                data-testid="payment-term-code"
              />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="payment-term-name">Name</Label>
              <Input
                id="payment-term-name"
                size="small"
                placeholder="Net 20"
                value={form.name}
                onChange={(e) => setForm({ ...form, name: e.target.value })}
                data-testid="payment-term-name"
              />
            </div>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="payment-term-description">Description (optional)</Label>
            <Input
              id="payment-term-description"
              size="small"
              value={form.description}
              onChange={(e) => setForm({ ...form, description: e.target.value })}
              data-testid="payment-term-description"
            />
          </div>
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
            {problem && (
              <Text size="small" className="text-ui-fg-error" data-testid="payment-term-error">
                {problem}
              </Text>
            )}
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
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" isLoading={save.isPending} onClick={submit} data-testid="payment-term-save">
            Save
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
