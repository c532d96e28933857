import { Button, Drawer, Heading, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { date, errorMessage } from "../../../lib/format"
import type { Company } from "../../../lib/types"
import type { CompanyAction } from "./use-company-action"

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
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid={`${props.testId}-open`}>
          {props.trigger}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content data-testid={props.testId}>
        <Drawer.Header>
          <Drawer.Title>{props.title}</Drawer.Title>
          <Drawer.Description>{props.description}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">{props.children}</Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </Drawer.Close>
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
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

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
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="hold-note">Internal note (not shown to the buyer)</Label>
        <Textarea
          id="hold-note"
          data-testid="hold-note"
          value={note}
          placeholder="Why the account is on hold, for the credit team"
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="hold-buyer-message">Message to the buyer (optional, shown at checkout)</Label>
        <Textarea
          id="hold-buyer-message"
          data-testid="hold-buyer-message"
          value={buyerMessage}
          placeholder="For example: please call us on 04 72 00 00 00 about your account"
          onChange={(e) => setBuyerMessage(e.target.value)}
        />
        <Text size="xsmall" className="text-ui-fg-subtle">
          Left empty, the buyer reads: "{NEUTRAL_BUYER_MESSAGE}"
        </Text>
      </div>
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
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="release-reason">Reason (required, kept in the timeline)</Label>
        <Textarea
          id="release-reason"
          data-testid="release-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
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
