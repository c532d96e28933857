import { Button, Heading, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { date, errorMessage } from "../../../lib/format"
import type { Company } from "../../../lib/types"
import type { CompanyAction } from "./use-company-action"
import { FormField } from "../../../components/form-field"
import { DrawerForm } from "../../../components/drawer-form"

const NEUTRAL_BUYER_MESSAGE =
  "Your company's account is on hold: pay on account is not available, please contact us."

/** A drawer with the fields of one hold action and a button enabled once the required one is filled. */
const HoldActionDrawer = (props: {
  trigger: string
  title: string
  description: string
  submit: string
  testId: string
  children: React.ReactNode
  ready: boolean
  onSubmit: () => Promise<unknown>
}) => {
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  return (
    <DrawerForm
      open={open}
      onOpenChange={setOpen}
      trigger={{ label: props.trigger, testId: `${props.testId}-open` }}
      title={props.title}
      description={props.description}
      showDescription
      testId={props.testId}
      buttonSize="small"
      actions={
        <Button
          size="small"
          isLoading={busy}
          disabled={!props.ready}
          data-testid={`${props.testId}-submit`}
          onClick={async () => {
            setBusy(true)
            await props.onSubmit().then(
              () => setOpen(false),
              (e) => toast.error(errorMessage(e))
            )
            setBusy(false)
          }}
        >
          {props.submit}
        </Button>
      }
    >
      {props.children}
    </DrawerForm>
  )
}

/** A text typed for a hold action (its id is also its test id), with any hint under it. */
const NoteField = (props: {
  id: string
  label: string
  value: string
  placeholder?: string
  onChange: (value: string) => void
  children?: React.ReactNode
}) => (
  <FormField label={props.label} htmlFor={props.id}>
    <Textarea
      id={props.id}
      data-testid={props.id}
      value={props.value}
      placeholder={props.placeholder}
      onChange={(e) => props.onChange(e.target.value)}
    />
    {props.children}
  </FormField>
)

/** Puts a company on hold: an internal note (required) and, apart, what the buyer reads at checkout. */
export const PutOnHold = ({ company, run }: { company: Company; run: CompanyAction }) => {
  const [note, setNote] = useState("")
  const [buyerMessage, setBuyerMessage] = useState("")
  return (
    <HoldActionDrawer
      trigger="Put on hold"
      title={`Put ${company.name} on hold`}
      description="Its buyers can no longer pay on account until the hold is released."
      submit="Put on hold"
      testId="hold-drawer"
      ready={!!note.trim()}
      onSubmit={async () => {
        await run("/hold", { reason: note.trim(), buyer_message: buyerMessage.trim() || null })
        toast.success(`${company.name} is on hold: pay on account is refused`)
        setNote("")
        setBuyerMessage("")
      }}
    >
      <NoteField
        id="hold-note"
        label="Internal note (not shown to the buyer)"
        value={note}
        placeholder="Why the account is on hold, for the credit team"
        onChange={setNote}
      />
      <NoteField
        id="hold-buyer-message"
        label="Message to the buyer (optional, shown at checkout)"
        value={buyerMessage}
        placeholder="For example: please call us on 04 72 00 00 00 about your account"
        onChange={setBuyerMessage}
      >
        <Text size="xsmall" className="text-ui-fg-subtle">
          Left empty, the buyer reads: "{NEUTRAL_BUYER_MESSAGE}"
        </Text>
      </NoteField>
    </HoldActionDrawer>
  )
}

/** Lifts the hold, with the reason kept in the timeline. */
const ReleaseHold = ({ company, run }: { company: Company; run: CompanyAction }) => {
  const [reason, setReason] = useState("")
  return (
    <HoldActionDrawer
      trigger="Release hold"
      title={`Release the hold on ${company.name}`}
      description="Its buyers can pay on account again, within the credit limit."
      submit="Release hold"
      testId="release-drawer"
      ready={!!reason.trim()}
      onSubmit={async () => {
        await run("/release", { reason: reason.trim() })
        toast.success(`Hold on ${company.name} released: pay on account is available again`)
        setReason("")
      }}
    >
      <NoteField
        id="release-reason"
        label="Reason (required, kept in the timeline)"
        value={reason}
        onChange={setReason}
      />
    </HoldActionDrawer>
  )
}

/** Shown first on a company on hold: since when, by whom, the internal note and what the buyer is told. */
export const HoldBanner = ({ company, run }: { company: Company; run: CompanyAction }) => {
  const hold = company.hold
  const by = hold?.by ? (hold.by.display ?? hold.by.id) : "—"
  return (
    <div
      className="bg-ui-bg-subtle flex items-start justify-between gap-x-6 px-6 py-4"
      data-testid="hold-banner"
    >
      <div className="flex flex-col gap-y-2">
        <Heading level="h2" className="text-ui-fg-error">
          On hold: pay on account is refused
        </Heading>
        <Text size="small" data-testid="hold-since">
          Since {date(hold?.since)} · by {by}
        </Text>
        <Text size="small" data-testid="hold-note-shown">
          <span className="text-ui-fg-subtle">Internal note (not shown to the buyer): </span>
          {hold?.reason ?? company.hold_reason ?? "—"}
        </Text>
        <Text size="small" data-testid="hold-buyer-message-shown">
          <span className="text-ui-fg-subtle">Message to the buyer (shown at checkout): </span>
          {hold?.buyer_message ?? `none, the buyer reads "${NEUTRAL_BUYER_MESSAGE}"`}
        </Text>
      </div>
      <ReleaseHold company={company} run={run} />
    </div>
  )
}
