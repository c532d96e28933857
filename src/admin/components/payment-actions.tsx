import { Alert, Button, Input, Text, Textarea, toast, usePrompt } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { day, errorMessage } from "../lib/format"
import { formatMoney } from "../lib/money"
import {
  calendarDay,
  fieldError,
  negated,
  RECEIVABLES,
  settledList,
  sumAmounts,
  usePaymentRequest,
} from "../lib/receivables"
import { sdk } from "../lib/sdk"
import type { Amount, LedgerEntry, PaymentDetail } from "../lib/types"
import { FormField } from "./form-field"
import { DrawerForm } from "./drawer-form"

type Props = { payment: LedgerEntry; currency: string }

/** What the allocate action needs of a payment, from the ledger or the payments list. */
type AllocatablePayment = { id: string; received_on: string; unallocated: Amount }

/** Settles the oldest open items with what is left of a payment, once confirmed. */
export const AllocateButton = ({ payment, currency }: { payment: AllocatablePayment; currency: string }) => {
  const request = usePaymentRequest()
  const prompt = usePrompt()
  const allocate = async () => {
    const confirmed = await prompt({
      title: `Allocate the payment of ${day(payment.received_on)}?`,
      description: `Its ${formatMoney(payment.unallocated, currency)} left will settle the oldest open items first.`,
      confirmText: "Allocate",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (!confirmed) return
    request.mutate(
      { path: `/${payment.id}/allocations`, body: {} },
      {
        onSuccess: ({ payment: detail }) => {
          // The answer lists everything the payment ever settled: what this allocation took is the difference.
          const allocated = sumAmounts([String(payment.unallocated), negated(detail.unallocated)])
          if (Number(allocated) <= 0) {
            toast.info("Nothing allocated: the company has no open item left to settle")
            return
          }
          const left =
            Number(detail.unallocated) > 0
              ? `; ${formatMoney(detail.unallocated, currency)} left unallocated`
              : ""
          toast.success(
            `${formatMoney(allocated, currency)} of the payment allocated, oldest items first${left}`
          )
        },
        onError: (e) => toast.error(errorMessage(e)),
      }
    )
  }
  return (
    <Button
      size="small"
      variant="transparent"
      data-testid={`allocate-payment-${payment.id}`}
      isLoading={request.isPending}
      onClick={allocate}
    >
      Allocate
    </Button>
  )
}

/** What reversing reopens: the items the payment settled, with its discounts and write-offs. */
const SettledItems = ({ detail }: { detail: PaymentDetail }) => {
  const items = [
    ...detail.allocations.map((a) => ({ ...a, what: "paid" })),
    ...detail.settlements.map((s) => ({
      ...s,
      what: s.settled_with === "discount" ? "discount" : "write-off",
    })),
  ]
  if (!items.length) {
    return <Text size="small">It settled nothing: only the unallocated amount leaves the account.</Text>
  }
  return (
    <div className="flex flex-col gap-y-1">
      <Text size="small">These amounts will be open again:</Text>
      {items.map((item) => (
        <Text key={`${item.debit_entry_id}-${item.what}`} size="small" className="text-ui-fg-subtle">
          {item.document_number ?? item.debit_entry_id} (due {day(item.due_date)}):{" "}
          {formatMoney(item.amount, detail.currency_code)} {item.what}
        </Text>
      ))}
    </div>
  )
}

/** Reverses a payment (bounced, recorded by mistake) with a reason: what it paid is open again. */
const ReversePaymentDrawer = ({ payment, currency }: Props) => {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const [reversedOn, setReversedOn] = useState("")
  const [refusal, setRefusal] = useState<{ field: string | null; sentence: string } | null>(null)
  const request = usePaymentRequest()
  const detail = useQuery({
    queryKey: [RECEIVABLES, "payment", payment.id],
    queryFn: () => sdk.client.fetch<{ payment: PaymentDetail }>(`/admin/receivables/payments/${payment.id}`),
    select: (data) => data.payment,
    enabled: open,
  })
  const onOpenChange = (next: boolean) => {
    if (next) {
      setReason("")
      setReversedOn(calendarDay())
      setRefusal(null)
    }
    setOpen(next)
  }
  const reverse = () =>
    request.mutate(
      {
        path: `/${payment.id}/reverse`,
        body: { reason: reason.trim(), reversed_on: reversedOn || undefined },
      },
      {
        onSuccess: () => {
          const settled = detail.data ? [...detail.data.allocations, ...detail.data.settlements] : []
          const reopened = settled.length ? `: ${settledList(settled, currency)} open again` : ""
          toast.success(`Payment of ${formatMoney(payment.amount, currency)} reversed${reopened}`)
          setOpen(false)
        },
        onError: (e) => {
          const refused = fieldError(errorMessage(e), ["reason", "reversed_on"] as const)
          // "A payment received on ... cannot be reversed on ...": about the date too.
          const field =
            refused.field ?? (/cannot be reversed on/.test(refused.sentence) ? "reversed_on" : null)
          setRefusal({ field, sentence: refused.sentence })
          if (!field) toast.error(refused.sentence)
        },
      }
    )
  const alreadyReversed = Boolean(detail.data?.reversed_by)
  // The refusal shown under the field it is about.
  const refusalUnder = (field: "reason" | "reversed_on") => ({
    error: refusal?.field === field ? refusal.sentence : null,
    errorTestId: `reverse-error-${field}`,
  })
  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      trigger={{ label: "Reverse", variant: "transparent" }}
      title="Reverse payment"
      description="Reverses a payment with a reason: what it settled is open again."
      actions={
        <Button
          variant="danger"
          isLoading={request.isPending}
          disabled={!reason.trim() || alreadyReversed}
          onClick={reverse}
        >
          Reverse payment
        </Button>
      }
    >
      <Text size="small">
        {formatMoney(payment.amount, currency)} received on {day(payment.effective_date)}
        {payment.metadata?.reference ? ` (${payment.metadata.reference})` : ""}.
      </Text>
      {detail.isLoading && <Text size="small">Loading what it settled...</Text>}
      {detail.error && <Alert variant="error">{errorMessage(detail.error)}</Alert>}
      {alreadyReversed && <Alert variant="warning">This payment is already reversed.</Alert>}
      {detail.data && !alreadyReversed && <SettledItems detail={detail.data} />}
      <FormField label="Reason" htmlFor="reverse-reason" {...refusalUnder("reason")}>
        <Textarea
          id="reverse-reason"
          data-testid="reverse-reason"
          value={reason}
          maxLength={500}
          placeholder="Transfer returned by the bank"
          aria-invalid={refusal?.field === "reason"}
          onChange={(e) => setReason(e.target.value)}
        />
      </FormField>
      <FormField label="Reversed on" htmlFor="reverse-on" {...refusalUnder("reversed_on")}>
        <Input
          id="reverse-on"
          data-testid="reverse-on"
          type="date"
          min={payment.effective_date}
          max={calendarDay()}
          aria-invalid={refusal?.field === "reversed_on"}
          value={reversedOn}
          onChange={(e) => {
            if (refusal?.field === "reversed_on") setRefusal(null)
            setReversedOn(e.target.value)
          }}
        />
      </FormField>
    </DrawerForm>
  )
}

/** A payment's actions in the ledger: allocate what is left of it (when something is open), reverse it. */
export const PaymentActions = ({ canAllocate, ...props }: Props & { canAllocate: boolean }) => (
  <div className="flex items-center justify-end gap-x-1">
    {canAllocate && Number(props.payment.unallocated) > 0 && (
      <AllocateButton
        payment={{ ...props.payment, received_on: props.payment.effective_date }}
        currency={props.currency}
      />
    )}
    <ReversePaymentDrawer {...props} />
  </div>
)
