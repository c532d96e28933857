import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { ExposureGauge } from "../components/exposure-gauge"
import { date } from "../lib/format"
import { sdk } from "../lib/sdk"
import type { Company } from "../lib/types"

const CustomerCompanyWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { data, isLoading } = useQuery({
    queryKey: ["customer-company", customer.id],
    queryFn: () =>
      sdk.client
        .fetch<{ company: Company; role: string }>(`/admin/customers/${customer.id}/company`)
        .catch(() => null),
  })
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Company</Heading>
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        {isLoading && <Text size="small">Loading...</Text>}
        {!isLoading && !data && (
          <Text size="small" className="text-ui-fg-subtle">
            Not a buyer of any company.
          </Text>
        )}
        {data && (
          <>
            <div className="flex items-center justify-between">
              <Link to={`/companies/${data.company.id}`} className="text-ui-fg-interactive txt-small">
                {data.company.name}
              </Link>
              <Badge size="2xsmall">{data.role === "admin" ? "Admin buyer" : "Buyer"}</Badge>
            </div>
            {data.company.status === "on_hold" && (
              <div className="flex flex-col gap-y-1" data-testid="customer-company-hold">
                <Badge size="2xsmall" color="red" className="self-start">
                  On hold: pay on account refused
                </Badge>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  Since {date(data.company.hold?.since)} by{" "}
                  {data.company.hold?.by?.display ?? data.company.hold?.by?.id ?? "—"}
                </Text>
                <Text size="xsmall">
                  Internal note (not shown to the buyer):{" "}
                  {data.company.hold?.reason ?? data.company.hold_reason ?? "—"}
                </Text>
              </div>
            )}
            <ExposureGauge company={data.company} />
          </>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.side.before" })

export default CustomerCompanyWidget
