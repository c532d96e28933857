import { Button, Drawer, Input, Label, Text, toast } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import { useState } from "react"
import { day, errorMessage } from "../lib/format"
import { calendarDay, downloadStatement } from "../lib/receivables"

/** Downloads the company's statement of account (PDF) for a chosen period. */
export const StatementDrawer = (props: { company: { id: string; name: string }; currency: string }) => {
  const [open, setOpen] = useState(false)
  const [from, setFrom] = useState(() => calendarDay(-90))
  const [to, setTo] = useState(() => calendarDay())
  const download = useMutation({
    mutationFn: () => downloadStatement(props.company, { from, to, currency_code: props.currency }),
    onSuccess: () => {
      toast.success(`Statement of ${props.company.name} from ${day(from)} to ${day(to)} downloaded`)
      setOpen(false)
    },
    onError: (e) => toast.error(errorMessage(e)),
  })
  // Each opening starts from the last 90 days, not from the period of the last download.
  const onOpenChange = (next: boolean) => {
    if (next) {
      setFrom(calendarDay(-90))
      setTo(calendarDay())
    }
    setOpen(next)
  }
  const problem = !from || !to ? "Choose both dates." : from > to ? "From must be on or before To." : null
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Statement
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Statement of account</Drawer.Title>
          <Drawer.Description className="sr-only">
            Downloads the company's statement of account for a period, as a PDF.
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          <Text size="small" className="text-ui-fg-subtle">
            The opening balance, every entry of the period with the running balance, and the items still open
            at its end, in {props.currency.toUpperCase()}.
          </Text>
          <div className="grid grid-cols-2 gap-3">
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="statement-from">From</Label>
              <Input id="statement-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="statement-to">To</Label>
              <Input id="statement-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
            </div>
          </div>
          {problem && (
            <Text size="small" className="text-ui-fg-error">
              {problem}
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary">Cancel</Button>
          </Drawer.Close>
          <Button
            isLoading={download.isPending}
            disabled={Boolean(problem)}
            onClick={() => download.mutate()}
          >
            Download PDF
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
