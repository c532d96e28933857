import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { usePaymentTerms } from "../../../components/payment-term-select"
import { sdk } from "../../../lib/sdk"
import type { PaymentTerm } from "../../../lib/types"

const RULES: Record<string, (n: number) => string> = {
  days_after_invoice: (n) => `${n} days after the invoice date`,
  days_after_end_of_month: (n) => `end of the invoice month + ${n} days`,
  end_of_month_after_months: (n) => `end of the month, ${n} month(s) after the invoice month`,
  days_then_end_of_month: (n) => `invoice date + ${n} days, then the end of that month`,
}

const describe = (term: PaymentTerm) =>
  term.instalments
    .map((i) => {
      const rule = RULES[i.rule.type]?.(i.rule.days ?? i.rule.months ?? 0) ?? i.rule.type
      const discount = i.discount ? ` (${i.discount.percent} % off within ${i.discount.days} days)` : ""
      return `${i.portion_percent} %: ${rule}${discount}`
    })
    .join("; ")

const PaymentTermsPage = () => {
  const client = useQueryClient()
  const { data } = usePaymentTerms()
  const [form, setForm] = useState({ code: "", name: "", instalments: '[{"portion_percent":100,"rule":{"type":"days_after_invoice","days":30}}]' })
  const create = useMutation({
    mutationFn: () => {
      let instalments: unknown
      try {
        instalments = JSON.parse(form.instalments)
      } catch {
        throw new Error("Instalments must be valid JSON")
      }
      return sdk.client.fetch("/admin/payment-terms", { method: "POST", body: { code: form.code, name: form.name, instalments } })
    },
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ["payment-terms"] })
      toast.success("Payment term created")
    },
    onError: (e: Error) => toast.error(e.message),
  })
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Payment terms</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Templates assigned to companies. Orders keep the term they were placed under; terms longer than the legal maximum are refused.
        </Text>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>Code</Table.HeaderCell>
            <Table.HeaderCell>Instalments</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data?.payment_terms.map((t) => (
            <Table.Row key={t.id}>
              <Table.Cell>{t.name}</Table.Cell>
              <Table.Cell>{t.code}</Table.Cell>
              <Table.Cell>{describe(t)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <Heading level="h2">New term</Heading>
        <div className="grid grid-cols-2 gap-3">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="code">Code</Label>
            <Input id="code" size="small" placeholder="net_20" value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value })} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="name">Name</Label>
            <Input id="name" size="small" placeholder="Net 20" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          </div>
        </div>
        <Label htmlFor="instalments">Instalments (JSON)</Label>
        <textarea
          id="instalments"
          className="bg-ui-bg-field txt-small rounded-md border p-2 font-mono"
          rows={3}
          value={form.instalments}
          onChange={(e) => setForm({ ...form, instalments: e.target.value })}
        />
        <div>
          <Button size="small" isLoading={create.isPending} onClick={() => create.mutate()}>Create</Button>
        </div>
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Payment terms" })

export default PaymentTermsPage
