import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { TableHead } from "../../../components/data-table"
import { DunningPolicyDrawer } from "../../../components/dunning-policy-form"
import { DunningRates } from "../../../components/dunning-rates"
import { featurePage } from "../../../components/feature-gate"
import { PageHeader } from "../../../components/page-header"
import { type DunningLevel, type DunningPolicy, usePolicies } from "../../../lib/dunning"
import { errorMessage } from "../../../lib/format"

/** "+7 d", "−3 d": when a level falls due, from the invoice's due date. */
const offset = (days: number) => `${days < 0 ? "−" : "+"}${Math.abs(days)} d`

/** What a level does beyond its reminder: claims, hold, approval. */
const levelExtras = (level: DunningLevel) =>
  [
    level.claim_indemnity && "indemnity",
    level.claim_interest && "interest",
    level.place_hold && "hold",
    level.needs_approval && "approval",
  ].filter(Boolean)

const Ladder = ({ levels }: { levels: DunningLevel[] }) => (
  <ol className="flex flex-col gap-y-0.5">
    {levels.map((level) => {
      const extras = levelExtras(level)
      return (
        <li key={level.id} data-testid="dunning-policy-level">
          {level.level}. {level.name} ({offset(level.offset_days)}, {level.channels.join(" + ")})
          {extras.length > 0 && <span className="text-ui-fg-subtle"> · {extras.join(", ")}</span>}
        </li>
      )
    })}
  </ol>
)

const DunningPoliciesPage = () => {
  const policies = usePolicies()
  // null: closed; "new": creating; a policy: editing it.
  const [drawer, setDrawer] = useState<DunningPolicy | "new" | null>(null)
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <PageHeader
          title="Dunning policies"
          description="Ladders of reminders: when each level falls due from an invoice's due date, how it is sent, what it claims, and its letter in French and English. Companies without a policy of their own follow the default."
          actions={
            <Button
              size="small"
              variant="secondary"
              onClick={() => setDrawer("new")}
              data-testid="dunning-policy-create"
            >
              Create
            </Button>
          }
          className="items-start"
        />
        {policies.isLoading && <Text className="px-6 py-4">Loading...</Text>}
        {policies.error && (
          <Text className="text-ui-fg-error px-6 py-4">
            Could not load the dunning policies: {errorMessage(policies.error)}
          </Text>
        )}
        {policies.data && (
          <Table data-testid="dunning-policies-table">
            <TableHead columns={["Name", "Levels", "Promise grace", ""]} />
            <Table.Body>
              {policies.data.map((policy) => (
                <Table.Row key={policy.id} data-testid="dunning-policy-row">
                  <Table.Cell className="align-top py-3">
                    <div className="flex items-center gap-x-2">
                      <span>{policy.name}</span>
                      {policy.is_default && (
                        <Badge size="2xsmall" color="green">
                          Default
                        </Badge>
                      )}
                    </div>
                  </Table.Cell>
                  <Table.Cell className="whitespace-normal py-3">
                    <Ladder levels={policy.levels} />
                  </Table.Cell>
                  <Table.Cell className="align-top py-3">{policy.promise_grace_days} days</Table.Cell>
                  <Table.Cell className="align-top py-3 text-right">
                    <Button
                      size="small"
                      variant="transparent"
                      onClick={() => setDrawer(policy)}
                      data-testid={`dunning-policy-edit-${policy.id}`}
                    >
                      Edit
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
        {policies.data?.length === 0 && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            No policy yet: nothing is chased until one is created (the first one is the default).
          </Text>
        )}
      </Container>
      {drawer && (
        <DunningPolicyDrawer
          key={drawer === "new" ? "new" : drawer.id}
          policy={drawer === "new" ? null : drawer}
          onOpenChange={(open) => !open && setDrawer(null)}
        />
      )}
      <DunningRates />
    </div>
  )
}

export const config = defineRouteConfig({ label: "Dunning policies" })

export default featurePage("dunning", DunningPoliciesPage)
