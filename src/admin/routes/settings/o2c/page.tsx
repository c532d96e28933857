import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { type O2cFeature, type O2cStatus, useO2cStatus } from "../../../lib/o2c"
import { TableHead } from "../../../components/data-table"
import { PageHeader } from "../../../components/page-header"

/** The pages this version has, where each part of the setup is done. */
const PAGES = [
  {
    to: "/settings/invoicing",
    label: "Seller identity",
    what: "The legal identity, bank details and footer printed on invoices.",
  },
  {
    to: "/settings/payment-terms",
    label: "Payment terms",
    what: "Term templates, their instalments and early-payment discounts.",
  },
  {
    to: "/companies",
    label: "Companies",
    what: "B2B accounts, their buyers, credit limits, holds and terms.",
  },
  { to: "/invoices", label: "Invoices", what: "Invoices and credit notes, their PDFs and e-invoices." },
  { to: "/receivables", label: "Receivables", what: "Aging, overdue companies, payments and statements." },
  {
    to: "/dunning",
    label: "Collections",
    what: "The worklist of overdue companies, dunning runs, approvals and charges to decide.",
  },
  {
    to: "/settings/dunning-policies",
    label: "Dunning policies",
    what: "Reminder ladders, their letters, and the late-payment rates.",
  },
]

const FeatureState = ({ feature, status }: { feature: O2cFeature; status: O2cStatus }) => {
  if (status.planned_features.includes(feature)) {
    return (
      <Badge color="orange" size="2xsmall">
        Planned: not in this version
      </Badge>
    )
  }
  return status.features[feature] ? (
    <Badge color="green" size="2xsmall">
      Enabled
    </Badge>
  ) : (
    <Badge color="grey" size="2xsmall">
      Switched off in the plugin options
    </Badge>
  )
}

const O2cSettingsPage = () => {
  const { data, isLoading, error } = useO2cStatus()
  const status = data?.status

  return (
    <Container className="divide-y p-0">
      <PageHeader
        title="Order-to-cash"
        description="Credit, payment terms, invoices and receivables for B2B customers."
        actions={
          status && (
            <Badge size="2xsmall" data-testid="o2c-version">
              v{status.version}
            </Badge>
          )
        }
      />
      {isLoading && <Text className="px-6 py-4">Loading...</Text>}
      {error && (
        <Text className="text-ui-fg-error px-6 py-4">Could not load the plugin status: {error.message}</Text>
      )}
      {status && (
        <>
          <div className="grid grid-cols-2 gap-4 px-6 py-4">
            <div>
              <Text size="small" weight="plus">
                Merchant time zone
              </Text>
              <Text size="small" data-testid="o2c-time-zone">
                {status.time_zone}
              </Text>
            </div>
            <div>
              <Text size="small" weight="plus">
                Process mode
              </Text>
              <Text size="small" data-testid="o2c-worker-mode">
                {status.worker_mode}
              </Text>
            </div>
          </div>
          <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="o2c-pages">
            <Heading level="h2">Where to set it up</Heading>
            {PAGES.map((page) => (
              <div key={page.to} className="flex gap-x-2">
                <Link
                  to={page.to}
                  className="txt-small text-ui-fg-interactive"
                  data-testid={`o2c-link-${page.to.slice(1).replace("/", "-")}`}
                >
                  {page.label}
                </Link>
                <Text size="small" className="text-ui-fg-subtle">
                  {page.what}
                </Text>
              </div>
            ))}
          </div>
          <Table data-testid="o2c-features">
            <TableHead columns={["Feature", "Status"]} />
            <Table.Body>
              {(Object.keys(status.features) as O2cFeature[]).map((feature) => (
                <Table.Row key={feature} data-testid={`o2c-feature-${feature}`}>
                  <Table.Cell>{feature.replace(/_/g, " ")}</Table.Cell>
                  <Table.Cell>
                    <FeatureState feature={feature} status={status} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Order-to-cash",
  icon: CurrencyDollar,
})

export default O2cSettingsPage
