import { Badge, Button, Container, Heading, Input, Label, Prompt, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useParams } from "react-router-dom"
import { CompanyLedger } from "../../../components/company-ledger"
import { ExposureGauge } from "../../../components/exposure-gauge"
import { amount, date, errorMessage, money, STATUS_COLOR } from "../../../lib/format"
import { sdk } from "../../../lib/sdk"
import { PaymentTermSelect, usePaymentTerms } from "../../../components/payment-term-select"
import type { Company, CreditEvent } from "../../../lib/types"

const describeEvent = (e: CreditEvent, termNames: Map<string, string>, currency: string) => {
  const shown = (value: Record<string, unknown> | null) => {
    const raw = value ? Object.values(value)[0] : null
    if (raw === null || raw === undefined) return "none"
    // A limit is an amount ("50000" reads as 50,000.00 EUR); a status a word ("on_hold" as "on hold").
    if (e.type === "limit_changed") return amount(String(raw), currency)
    if (e.type === "status_changed" || e.type === "hold" || e.type === "release") {
      return String(raw).replace(/_/g, " ")
    }
    return termNames.get(String(raw)) ?? String(raw)
  }
  return e.type === "override"
    ? `cart ${String(e.to_value?.cart_id)}`
    : `${shown(e.from_value)} → ${shown(e.to_value)}`
}

/** A small form with one text field and a button, for the credit controller's actions. */
const ActionWithReason = (props: {
  label: string
  placeholder: string
  required?: boolean
  onSubmit: (reason: string) => Promise<unknown>
}) => {
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)
  return (
    <div className="flex items-end gap-x-2">
      <Input
        size="small"
        placeholder={props.placeholder}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <Button
        size="small"
        variant="secondary"
        isLoading={busy}
        disabled={props.required && !reason}
        onClick={async () => {
          setBusy(true)
          await props.onSubmit(reason).then(
            () => setReason(""),
            (e: Error) => toast.error(e.message)
          )
          setBusy(false)
        }}
      >
        {props.label}
      </Button>
    </div>
  )
}

const CompanyDetailPage = () => {
  const { id } = useParams()
  const client = useQueryClient()
  const key = ["company", id]
  const { data, error } = useQuery({
    queryKey: key,
    queryFn: () => sdk.client.fetch<{ company: Company }>(`/admin/companies/${id}`),
  })
  const { data: history } = useQuery({
    queryKey: ["company-history", id],
    queryFn: () =>
      sdk.client.fetch<{ credit_events: CreditEvent[] }>(`/admin/companies/${id}/credit-history`),
  })
  const { data: terms } = usePaymentTerms()
  const [limit, setLimit] = useState("")
  const [customerEmail, setCustomerEmail] = useState("")

  const call = useMutation({
    mutationFn: ({ path, method = "POST", body }: { path: string; method?: string; body?: object }) =>
      sdk.client.fetch(`/admin/companies/${id}${path}`, { method, body }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: key })
      client.invalidateQueries({ queryKey: ["company-history", id] })
    },
  })
  const run = (path: string, body?: object, method?: string) => call.mutateAsync({ path, body, method })

  const addBuyer = async (role: "buyer" | "admin") => {
    const { customers } = await sdk.client.fetch<{ customers: { id: string; email: string }[] }>(
      "/admin/customers",
      {
        query: { email: customerEmail },
      }
    )
    if (!customers.length) {
      toast.error(`No customer with email ${customerEmail}`)
      return
    }
    await run("/buyers", { customer_id: customers[0].id, role }).then(
      () => setCustomerEmail(""),
      (e: Error) => toast.error(e.message)
    )
  }

  const termNames = new Map(terms?.payment_terms.map((t) => [t.id, t.name]))
  const company = data?.company
  if (!company) {
    return (
      <Container>
        {error ? (
          <Text className="text-ui-fg-error">Could not load the company: {errorMessage(error)}</Text>
        ) : (
          <Text>Loading...</Text>
        )}
      </Container>
    )
  }
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h1">{company.name}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {company.legal_name} · VAT {company.vat_number ?? "—"} · SIREN {company.registration_id ?? "—"}{" "}
              · {company.billing_email}
            </Text>
          </div>
          <Badge color={STATUS_COLOR[company.status]}>{company.status.replace("_", " ")}</Badge>
        </div>
        {company.status === "on_hold" && (
          <Text size="small" className="text-ui-fg-error px-6 py-3">
            On hold: {company.hold_reason ?? "no reason given"}
          </Text>
        )}
        <div className="grid grid-cols-2 gap-6 px-6 py-4">
          <div className="flex flex-col gap-y-3">
            <Heading level="h2">Credit</Heading>
            <Text size="small">Limit: {money(company.credit_limit, company.currency_code)}</Text>
            <ExposureGauge company={company} />
            <div className="flex items-end gap-x-2">
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="limit">New limit (empty: no credit)</Label>
                <Input id="limit" size="small" value={limit} onChange={(e) => setLimit(e.target.value)} />
              </div>
              <Button
                size="small"
                variant="secondary"
                onClick={() =>
                  run("", { credit_limit: limit === "" ? null : limit, reason: "limit set in admin" }).then(
                    () => setLimit(""),
                    (e: Error) => toast.error(e.message)
                  )
                }
              >
                Set limit
              </Button>
            </div>
          </div>
          <div className="flex flex-col gap-y-3">
            <Heading level="h2">Payment term and hold</Heading>
            <PaymentTermSelect
              value={company.payment_term_id ?? undefined}
              placeholder="No payment term"
              onChange={(v) => run("", { payment_term_id: v }).catch((e: Error) => toast.error(e.message))}
            />
            {company.status === "on_hold" ? (
              <ActionWithReason
                label="Release hold"
                placeholder="Reason (optional)"
                onSubmit={(reason) => run("/release", reason ? { reason } : {})}
              />
            ) : (
              <ActionWithReason
                label="Put on hold"
                placeholder="Reason"
                required
                onSubmit={(reason) => run("/hold", { reason })}
              />
            )}
          </div>
        </div>
      </Container>

      <CompanyLedger company={company} />

      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <Heading level="h2">Buyers</Heading>
          <div className="flex items-center gap-x-2">
            <Input
              size="small"
              placeholder="Customer email"
              value={customerEmail}
              onChange={(e) => setCustomerEmail(e.target.value)}
            />
            <Button size="small" variant="secondary" onClick={() => addBuyer("buyer")}>
              Add buyer
            </Button>
            <Button size="small" variant="secondary" onClick={() => addBuyer("admin")}>
              Add admin buyer
            </Button>
          </div>
        </div>
        <Table>
          <Table.Body>
            {company.buyers?.map((b) => (
              <Table.Row key={b.id}>
                <Table.Cell>{b.customer?.email ?? b.customer_id}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall">{b.role === "admin" ? "Admin buyer" : "Buyer"}</Badge>
                </Table.Cell>
                <Table.Cell className="text-right">
                  <Prompt>
                    <Prompt.Trigger asChild>
                      <Button size="small" variant="transparent">
                        Remove
                      </Button>
                    </Prompt.Trigger>
                    <Prompt.Content>
                      <Prompt.Header>
                        <Prompt.Title>Remove {b.customer?.email}?</Prompt.Title>
                        <Prompt.Description>They will no longer buy for {company.name}.</Prompt.Description>
                      </Prompt.Header>
                      <Prompt.Footer>
                        <Prompt.Cancel>Cancel</Prompt.Cancel>
                        <Prompt.Action onClick={() => run(`/buyers/${b.customer_id}`, undefined, "DELETE")}>
                          Remove
                        </Prompt.Action>
                      </Prompt.Footer>
                    </Prompt.Content>
                  </Prompt>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Credit history</Heading>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>When</Table.HeaderCell>
              <Table.HeaderCell>What</Table.HeaderCell>
              <Table.HeaderCell>Change</Table.HeaderCell>
              <Table.HeaderCell>Why</Table.HeaderCell>
              <Table.HeaderCell>Who</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {history?.credit_events.map((e) => (
              <Table.Row key={e.id}>
                <Table.Cell>{date(e.created_at)}</Table.Cell>
                <Table.Cell>{e.type.replace(/_/g, " ")}</Table.Cell>
                <Table.Cell>{describeEvent(e, termNames, company.currency_code)}</Table.Cell>
                <Table.Cell>{e.reason ?? "—"}</Table.Cell>
                <Table.Cell>{e.actor_id ?? "—"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export default CompanyDetailPage
