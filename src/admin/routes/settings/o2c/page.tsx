import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { sdk } from "../../../lib/sdk"

type O2cStatus = {
  name: string
  version: string
  time_zone: string
  worker_mode: string
  features: Record<string, boolean>
}

const O2cSettingsPage = () => {
  const { data, isLoading, error } = useQuery({
    queryKey: ["o2c-status"],
    queryFn: () => sdk.client.fetch<{ status: O2cStatus }>("/admin/o2c/status"),
  })
  const status = data?.status

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Order-to-cash</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Credit, payment terms, invoices, receivables, dunning and reconciliation for B2B customers.
          </Text>
        </div>
        {status && <Badge size="2xsmall">v{status.version}</Badge>}
      </div>
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
              <Text size="small">{status.time_zone}</Text>
            </div>
            <div>
              <Text size="small" weight="plus">
                Process mode
              </Text>
              <Text size="small">{status.worker_mode}</Text>
            </div>
          </div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Feature</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {Object.entries(status.features).map(([feature, enabled]) => (
                <Table.Row key={feature}>
                  <Table.Cell>{feature.replace(/_/g, " ")}</Table.Cell>
                  <Table.Cell>
                    <Badge color={enabled ? "green" : "grey"} size="2xsmall">
                      {enabled ? "Enabled" : "Not available"}
                    </Badge>
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
