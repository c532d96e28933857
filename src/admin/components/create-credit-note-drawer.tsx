import { Alert, Button, Checkbox, Input, Label, Table, Text, Textarea } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { errorMessage } from "../lib/format"
import { formatMoney } from "../lib/money"
import { DOCUMENTS } from "../lib/invoices"
import { sdk } from "../lib/sdk"
import type { InvoiceDetail } from "../lib/types"
import { right, TableHead } from "./data-table"
import { FormField } from "./form-field"
import { DrawerForm } from "./drawer-form"

type Body = { reason: string; lines?: { position: number; quantity: number }[]; include_shipping?: boolean }

const creditableLines = (invoice: InvoiceDetail) =>
  (invoice.lines ?? []).filter((l) => (l.creditable_quantity ?? l.quantity) > 0)

/** Everything left to credit, line by line: the drawer's starting point. */
const allLeft = (invoice: InvoiceDetail) =>
  Object.fromEntries(
    creditableLines(invoice).map((l) => [l.position, String(l.creditable_quantity ?? l.quantity)])
  )

/** What the form asks for, as the API's body; a message instead when the quantities are not acceptable. */
function creditNoteBody(
  invoice: InvoiceDetail,
  form: { reason: string; quantities: Record<number, string>; shipping: boolean }
): Body | string {
  if (!form.reason.trim()) return "A reason is required: it is printed on the credit note."
  const lines: { position: number; quantity: number }[] = []
  for (const line of creditableLines(invoice)) {
    const text = (form.quantities[line.position] ?? "").trim() || "0"
    const max = line.creditable_quantity ?? line.quantity
    if (!/^\d+$/.test(text) || Number(text) > max) {
      return `Line ${line.position} (${line.title}): the quantity must be a whole number from 0 to ${max}.`
    }
    if (Number(text) > 0) lines.push({ position: line.position, quantity: Number(text) })
  }
  const shipping = Boolean(invoice.shipping_creditable) && form.shipping
  if (lines.length) return { reason: form.reason.trim(), lines, include_shipping: shipping }
  // Only shipping is left: "no lines" means everything left, which is then the shipping alone.
  if (shipping && !creditableLines(invoice).length)
    return { reason: form.reason.trim(), include_shipping: true }
  return "Choose at least one line to credit."
}

/** Issues a credit note against an invoice, for chosen quantities (all that is left by default). */
export const CreateCreditNoteDrawer = ({ invoice }: { invoice: InvoiceDetail }) => {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const [quantities, setQuantities] = useState<Record<number, string>>({})
  const [shipping, setShipping] = useState(true)
  const [problem, setProblem] = useState<string | null>(null)
  const navigate = useNavigate()
  const client = useQueryClient()
  const create = useMutation({
    mutationFn: (body: Body) =>
      sdk.client.fetch<{ credit_note: InvoiceDetail }>(`/admin/invoices/${invoice.id}/credit-notes`, {
        method: "POST",
        body,
      }),
    onSuccess: ({ credit_note }) => {
      client.invalidateQueries({ queryKey: [DOCUMENTS] })
      setOpen(false)
      navigate(`/invoices/${credit_note.id}`)
    },
    onError: (e) => setProblem(errorMessage(e)),
  })
  const lines = creditableLines(invoice)
  const nothingLeft = !lines.length && !invoice.shipping_creditable

  const onOpenChange = (next: boolean) => {
    if (next) {
      setReason("")
      setQuantities(allLeft(invoice))
      setShipping(true)
      setProblem(null)
    }
    setOpen(next)
  }
  const submit = () => {
    const body = creditNoteBody(invoice, { reason, quantities, shipping })
    if (typeof body === "string") setProblem(body)
    else create.mutate(body)
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      trigger={{ label: "Create credit note", disabled: nothingLeft }}
      title={`Credit note for ${invoice.number}`}
      actions={
        <Button isLoading={create.isPending} disabled={!reason.trim()} onClick={submit}>
          Issue credit note
        </Button>
      }
    >
      <FormField label="Reason (printed on the credit note)" htmlFor="credit-reason">
        <Textarea
          id="credit-reason"
          value={reason}
          maxLength={500}
          placeholder="Goods returned damaged"
          onChange={(e) => setReason(e.target.value)}
        />
      </FormField>
      {lines.length > 0 && (
        <Table>
          <TableHead columns={["Line", right("Unit price"), right("Quantity")]} />
          <Table.Body>
            {lines.map((l) => {
              const max = l.creditable_quantity ?? l.quantity
              return (
                <Table.Row key={l.position}>
                  <Table.Cell>
                    {l.position}. {l.title}
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    {formatMoney(l.unit_price, invoice.currency_code)}
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <div className="flex items-center justify-end gap-x-2">
                      <Input
                        size="small"
                        type="number"
                        min={0}
                        max={max}
                        step={1}
                        className="w-20"
                        aria-label={`Quantity of line ${l.position} to credit`}
                        value={quantities[l.position] ?? ""}
                        onChange={(e) => setQuantities({ ...quantities, [l.position]: e.target.value })}
                      />
                      <Text size="xsmall" className="text-ui-fg-subtle whitespace-nowrap">
                        of {max}
                      </Text>
                    </div>
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
      {invoice.shipping_creditable && (
        <div className="flex items-center gap-x-2">
          <Checkbox
            id="credit-shipping"
            checked={shipping}
            onCheckedChange={(v) => setShipping(v === true)}
          />
          <Label htmlFor="credit-shipping">Credit the shipping too</Label>
        </div>
      )}
      {problem && <Alert variant="error">{problem}</Alert>}
    </DrawerForm>
  )
}
