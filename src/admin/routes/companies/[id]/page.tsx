import { Badge, Button, Container, Heading, Input, Prompt, Table, Text, toast } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useParams } from "react-router-dom"
import { CompanyDunning } from "../../../components/company-dunning"
import { CompanyLedger } from "../../../components/company-ledger"
import { ExposureGauge } from "../../../components/exposure-gauge"
import { FeatureGate } from "../../../components/feature-gate"
import { usePaymentTerms } from "../../../components/payment-term-select"
import { errorMessage, STATUS_COLOR } from "../../../lib/format"
import { formatMoney } from "../../../lib/money"
import { sdk } from "../../../lib/sdk"
import type { Company } from "../../../lib/types"
import { CreditLimitForm, PaymentTermForm } from "../components/credit-settings-forms"
import { CreditTimeline } from "../components/credit-timeline"
import { HoldBanner, PutOnHold } from "../components/hold-controls"
import { useCompanyAction } from "../components/use-company-action"
import { RecordNotLoaded } from "../../../components/detail-section"

const CompanyDetailPage = () => {
  const { id } = useParams()
  const { data, error } = useQuery({
    queryKey: ["company", id],
    queryFn: () => sdk.client.fetch<{ company: Company }>(`/admin/companies/${id}`),
  })
  const { data: terms } = usePaymentTerms()
  const [customerEmail, setCustomerEmail] = useState("")
  const run = useCompanyAction(id)

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
    return <RecordNotLoaded problem={error ? `Could not load the company: ${errorMessage(error)}` : null} />
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
        {company.status === "on_hold" && <HoldBanner company={company} run={run} />}
        <div className="grid grid-cols-2 gap-6 px-6 py-4">
          <div className="flex flex-col gap-y-3">
            <Heading level="h2">Credit</Heading>
            <Text size="small">Limit: {formatMoney(company.credit_limit, company.currency_code)}</Text>
            <ExposureGauge company={company} />
            <CreditLimitForm company={company} run={run} />
          </div>
          <div className="flex flex-col gap-y-3">
            <Heading level="h2">Payment term and hold</Heading>
            <PaymentTermForm company={company} run={run} termNames={termNames} />
            {company.status === "active" && <PutOnHold company={company} run={run} />}
          </div>
        </div>
      </Container>

      <FeatureGate feature="receivables">
        <CompanyLedger company={company} />
      </FeatureGate>

      <FeatureGate feature="dunning">
        <CompanyDunning company={company} />
      </FeatureGate>

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

      <CreditTimeline companyId={company.id} currency={company.currency_code} termNames={termNames} />
    </div>
  )
}

export default CompanyDetailPage
