import { Button, Input, Text, toast } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import { useState } from "react"
import { day, errorMessage } from "../lib/format"
import { downloadStatement, fieldError, statementDefaultPeriod, useSendStatement } from "../lib/receivables"
import { FieldError, FormField } from "./form-field"
import { DrawerForm } from "./drawer-form"

const FIELDS = ["from", "to", "recipient"] as const
type Field = (typeof FIELDS)[number]
const PERIOD_ENDS = [
  ["from", "From"],
  ["to", "To"],
] as const

/** A labelled input that shows its refusal under it, highlighted. */
const FieldInput = (props: {
  field: Field
  label: string
  type: string
  value: string
  error: string | null
  placeholder?: string
  onChange: (value: string) => void
}) => (
  <FormField
    label={props.label}
    htmlFor={`statement-${props.field}`}
    error={props.error}
    errorTestId={`statement-${props.field}-error`}
  >
    <Input
      id={`statement-${props.field}`}
      data-testid={`statement-${props.field}`}
      type={props.type}
      value={props.value}
      placeholder={props.placeholder}
      aria-invalid={Boolean(props.error)}
      onChange={(e) => props.onChange(e.target.value)}
    />
  </FormField>
)

/**
 * The company's statement of account for a period (the last 90 days unless
 * changed): downloaded as a PDF, or e-mailed with the PDF attached to the
 * billing e-mail (or another recipient), which the company's timeline shows.
 */
export const StatementDrawer = (props: {
  company: { id: string; name: string; billing_email?: string | null }
  currency: string
}) => {
  const [open, setOpen] = useState(false)
  const [period, setPeriod] = useState(statementDefaultPeriod)
  const [recipient, setRecipient] = useState(props.company.billing_email ?? "")
  const [refusal, setRefusal] = useState<{ field: Field | null; sentence: string } | null>(null)
  const query = { ...period, currency_code: props.currency }
  const download = useMutation({
    mutationFn: () => downloadStatement(props.company, query),
    onSuccess: () => {
      toast.success(
        `Statement of ${props.company.name} from ${day(period.from)} to ${day(period.to)} downloaded`
      )
      setOpen(false)
    },
    onError: (e) => toast.error(errorMessage(e)),
  })
  const send = useSendStatement(props.company.id)
  const sendByEmail = () =>
    send.mutate(
      { ...query, recipient: recipient.trim() || undefined },
      {
        onSuccess: ({ statement_sent: sent }) => {
          toast.success(
            `Statement of ${props.company.name} from ${day(sent.from)} to ${day(sent.to)} sent to ${sent.recipient}`
          )
          setOpen(false)
        },
        onError: (e) => {
          const refused = fieldError(errorMessage(e), FIELDS)
          setRefusal(refused)
          if (!refused.field) toast.error(refused.sentence)
        },
      }
    )
  // Each opening starts from the last 90 days and the billing e-mail, not from the last use.
  const onOpenChange = (next: boolean) => {
    if (next) {
      setPeriod(statementDefaultPeriod())
      setRecipient(props.company.billing_email ?? "")
      setRefusal(null)
    }
    setOpen(next)
  }
  const change = (field: Field, value: string) => {
    if (refusal?.field === field) setRefusal(null)
    if (field === "recipient") setRecipient(value)
    else setPeriod((p) => ({ ...p, [field]: value }))
  }
  const problem =
    !period.from || !period.to
      ? "Choose both dates."
      : period.from > period.to
        ? `From (${period.from}) must be on or before To (${period.to}).`
        : null
  const errorOf = (field: Field) => (refusal?.field === field ? refusal.sentence : null)
  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      trigger={{ label: "Statement", testId: "statement-drawer-trigger" }}
      title="Statement of account"
      description="Downloads the company's statement of account for a period as a PDF, or e-mails it."
      actions={
        <>
          <Button
            variant="secondary"
            data-testid="statement-download"
            isLoading={download.isPending}
            disabled={Boolean(problem)}
            onClick={() => download.mutate()}
          >
            Download PDF
          </Button>
          <Button
            data-testid="statement-send"
            isLoading={send.isPending}
            disabled={Boolean(problem)}
            onClick={sendByEmail}
          >
            Send statement
          </Button>
        </>
      }
    >
      <Text size="small" className="text-ui-fg-subtle">
        The opening balance, every entry of the period with the running balance, and the items still open at
        its end, in {props.currency.toUpperCase()}.
      </Text>
      <div className="grid grid-cols-2 gap-3">
        {PERIOD_ENDS.map(([end, label]) => (
          <FieldInput
            key={end}
            field={end}
            label={label}
            type="date"
            value={period[end]}
            error={errorOf(end)}
            onChange={(v) => change(end, v)}
          />
        ))}
      </div>
      <FieldError message={problem} testId="statement-period-problem" />
      <FieldInput
        field="recipient"
        label="Send to"
        type="email"
        value={recipient}
        placeholder={props.company.billing_email ?? "compta@example.com"}
        error={errorOf("recipient")}
        onChange={(v) => change("recipient", v)}
      />
    </DrawerForm>
  )
}
