import { Button, Input, Label, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { PaymentTermSelect } from "../../../components/payment-term-select"
import { errorMessage } from "../../../lib/format"
import { amountExample, amountInputProblem, formatMoney } from "../../../lib/money"
import type { Company } from "../../../lib/types"
import { compareDecimals } from "./decimals"
import type { CompanyAction } from "./use-company-action"
import { FormField } from "../../../components/form-field"

const ReasonInput = (props: { id: string; value: string; onChange: (value: string) => void }) => (
  <FormField label="Reason (required, kept in the timeline)" htmlFor={props.id}>
    <Input
      id={props.id}
      data-testid={props.id}
      size="small"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    />
  </FormField>
)

/**
 * Sets or removes the credit line. A removal is its own button, never an
 * empty field; removing or lowering the limit asks for confirmation, and
 * every change needs the reason the person types.
 */
export const CreditLimitForm = ({ company, run }: { company: Company; run: CompanyAction }) => {
  const [limit, setLimit] = useState("")
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)
  const prompt = usePrompt()
  const currency = company.currency_code
  const current = formatMoney(company.credit_limit, currency)
  const hasReason = !!reason.trim()
  const limitProblem = amountInputProblem(limit, currency, { zero: true })

  const change = async (next: string | null) => {
    const lowering =
      company.credit_limit !== null &&
      (next === null || compareDecimals(next, String(company.credit_limit)) < 0)
    if (lowering) {
      const confirmed = await prompt({
        title:
          next === null
            ? `Remove the credit line of ${company.name}?`
            : `Lower the limit of ${company.name}?`,
        description:
          next === null
            ? `Its buyers will no longer be able to pay on account (limit today: ${current}).`
            : `From ${current} to ${formatMoney(next, currency)}: orders over what remains available will be refused.`,
        confirmText: next === null ? "Remove credit line" : "Lower limit",
        cancelText: "Cancel",
      })
      if (!confirmed) return
    }
    setBusy(true)
    await run("", { credit_limit: next, reason: reason.trim() }).then(
      () => {
        toast.success(
          next === null
            ? `Credit line of ${company.name} removed`
            : `Credit limit of ${company.name} set to ${formatMoney(next, currency)}`
        )
        setLimit("")
        setReason("")
      },
      (e) => toast.error(errorMessage(e))
    )
    setBusy(false)
  }

  return (
    <div className="flex flex-col gap-y-2" data-testid="credit-limit-form">
      <div className="grid grid-cols-2 gap-2">
        <FormField label={`New limit (${currency.toUpperCase()})`} htmlFor="credit-limit">
          <Input
            id="credit-limit"
            data-testid="credit-limit"
            size="small"
            inputMode="decimal"
            placeholder={amountExample(currency)}
            value={limit}
            onChange={(e) => setLimit(e.target.value)}
          />
        </FormField>
        <ReasonInput id="credit-limit-reason" value={reason} onChange={setReason} />
      </div>
      <div className="flex items-center gap-x-2">
        <Button
          size="small"
          variant="secondary"
          isLoading={busy}
          disabled={!!limitProblem || !hasReason}
          data-testid="credit-limit-set"
          onClick={() => change(limit.trim())}
        >
          Set limit
        </Button>
        {company.credit_limit !== null && (
          <Button
            size="small"
            variant="danger"
            disabled={!hasReason || busy}
            data-testid="credit-limit-remove"
            onClick={() => change(null)}
          >
            Remove credit line
          </Button>
        )}
      </div>
      {limit.trim() !== "" && limitProblem && (
        <Text size="xsmall" className="text-ui-fg-error">
          {limitProblem}
        </Text>
      )}
    </div>
  )
}

/** Changes the payment term: choosing one in the list changes nothing until saved with a reason. */
export const PaymentTermForm = ({
  company,
  run,
  termNames,
}: {
  company: Company
  run: CompanyAction
  termNames: Map<string, string>
}) => {
  const [termId, setTermId] = useState<string | undefined>(undefined)
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)
  const chosen = termId ?? company.payment_term_id ?? undefined
  const changed = termId !== undefined && termId !== company.payment_term_id
  return (
    <div className="flex flex-col gap-y-2" data-testid="payment-term-form">
      <Label>Payment term</Label>
      <PaymentTermSelect value={chosen} placeholder="No payment term" onChange={setTermId} />
      {changed && <ReasonInput id="payment-term-reason" value={reason} onChange={setReason} />}
      {changed && (
        <div className="flex items-center gap-x-2">
          <Button
            size="small"
            variant="secondary"
            isLoading={busy}
            disabled={!reason.trim()}
            data-testid="payment-term-save"
            onClick={async () => {
              setBusy(true)
              await run("", { payment_term_id: termId, reason: reason.trim() }).then(
                () => {
                  toast.success(
                    `Payment term of ${company.name} changed to ${termNames.get(termId) ?? termId}`
                  )
                  setTermId(undefined)
                  setReason("")
                },
                (e) => toast.error(errorMessage(e))
              )
              setBusy(false)
            }}
          >
            Save term
          </Button>
          <Button size="small" variant="transparent" onClick={() => setTermId(undefined)}>
            Cancel
          </Button>
        </div>
      )}
    </div>
  )
}
