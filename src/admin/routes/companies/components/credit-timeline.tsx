import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { date } from "../../../lib/format"
import { sdk } from "../../../lib/sdk"
import type { CreditEvent } from "../../../lib/types"
import { describeEvent, EVENT_LABEL } from "./describe-event"
import { TableHead } from "../../../components/data-table"

/** The company's timeline: credit changes, holds, overrides and statements sent, newest first, with who and why. */
export const CreditTimeline = (props: {
  companyId: string
  currency: string
  termNames: Map<string, string>
}) => {
  const { data, error } = useQuery({
    queryKey: ["company-history", props.companyId],
    queryFn: () =>
      sdk.client.fetch<{ credit_events: CreditEvent[] }>(
        `/admin/companies/${props.companyId}/credit-history`
      ),
  })
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Timeline</Heading>
      </div>
      {error && <Text className="text-ui-fg-error px-6 py-4">Could not load the timeline.</Text>}
      <Table data-testid="credit-timeline">
        <TableHead columns={["When", "What", "Change", "Why", "Who"]} />
        <Table.Body>
          {data?.credit_events.map((e) => (
            <Table.Row key={e.id} data-testid="credit-timeline-row" data-event-type={e.type}>
              <Table.Cell>{date(e.created_at)}</Table.Cell>
              <Table.Cell>{EVENT_LABEL[e.type] ?? e.type.replace(/_/g, " ")}</Table.Cell>
              <Table.Cell>{describeEvent(e, props.termNames, props.currency)}</Table.Cell>
              <Table.Cell>{e.reason ?? "—"}</Table.Cell>
              <Table.Cell data-testid="credit-timeline-who">
                {e.actor_display ?? e.actor_id ?? "system"}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}
