import { defineRouteConfig } from "@medusajs/admin-sdk"
import {
  Badge,
  Button,
  Container,
  DropdownMenu,
  IconButton,
  Table,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { EllipsisHorizontal, PencilSquare, Trash } from "@medusajs/icons"
import { useState } from "react"
import { PaymentTermDrawer } from "../../../components/payment-term-form"
import { errorMessage } from "../../../lib/format"
import { describeInstalments } from "../../../lib/payment-term-rows"
import { fetchPaymentTermUsage, useDeletePaymentTerm, usePaymentTermList } from "../../../lib/payment-terms"
import type { PaymentTerm, PaymentTermUsage } from "../../../lib/types"
import { TableHead } from "../../../components/data-table"
import { PageHeader } from "../../../components/page-header"

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** What the confirmation says: who still uses the term (then the API refuses), or that nothing does. */
function usageSentence(term: PaymentTerm, usage: PaymentTermUsage): string {
  const users = [
    usage.companies
      ? `${plural(usage.companies, "company", "companies")} (${usage.company_names.join(", ")})`
      : null,
    usage.invoices ? plural(usage.invoices, "issued invoice", "issued invoices") : null,
  ].filter(Boolean)
  return users.length
    ? `"${term.name}" is used by ${users.join(" and ")}: it cannot be deleted while they use it.`
    : `No company or invoice uses "${term.name}". Delete it? This cannot be undone.`
}

const PaymentTermsPage = () => {
  const { data, isLoading, error } = usePaymentTermList()
  const remove = useDeletePaymentTerm()
  const prompt = usePrompt()
  // null: closed; "new": creating; a term: editing it.
  const [drawer, setDrawer] = useState<PaymentTerm | "new" | null>(null)

  const confirmDelete = async (term: PaymentTerm) => {
    let description: string
    try {
      description = usageSentence(term, (await fetchPaymentTermUsage(term.id)).usage)
    } catch (e) {
      toast.error(errorMessage(e))
      return
    }
    const confirmed = await prompt({
      title: `Delete payment term "${term.name}"?`,
      description,
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    remove.mutate(term.id, {
      onSuccess: () => toast.success(`Payment term "${term.name}" deleted`),
      // 409 naming who uses it, as the API says.
      onError: (e) => toast.error(errorMessage(e)),
    })
  }

  return (
    <Container className="divide-y p-0">
      <PageHeader
        title="Payment terms"
        description="Templates assigned to companies. An order keeps the version of the term it was placed under, and an issued invoice its due dates, whatever is edited here."
        actions={
          <Button
            size="small"
            variant="secondary"
            onClick={() => setDrawer("new")}
            data-testid="payment-term-create"
          >
            Create
          </Button>
        }
        className="items-start"
      />
      {isLoading && <Text className="px-6 py-4">Loading...</Text>}
      {error && (
        <Text className="text-ui-fg-error px-6 py-4">Could not load the payment terms: {error.message}</Text>
      )}
      {data && (
        <Table data-testid="payment-terms-table">
          <TableHead columns={["Name", "Code", "Instalments", "Version", ""]} />
          <Table.Body>
            {data.payment_terms.map((term) => (
              <Table.Row key={term.id} data-testid={`payment-term-row-${term.code}`}>
                <Table.Cell>{term.name}</Table.Cell>
                <Table.Cell>{term.code}</Table.Cell>
                <Table.Cell className="whitespace-normal">{describeInstalments(term.instalments)}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall">v{term.version}</Badge>
                </Table.Cell>
                <Table.Cell className="text-right">
                  <DropdownMenu>
                    <DropdownMenu.Trigger asChild>
                      <IconButton
                        size="small"
                        variant="transparent"
                        data-testid={`payment-term-actions-${term.code}`}
                      >
                        <EllipsisHorizontal />
                      </IconButton>
                    </DropdownMenu.Trigger>
                    <DropdownMenu.Content>
                      <DropdownMenu.Item
                        className="gap-x-2"
                        onClick={() => setDrawer(term)}
                        data-testid={`payment-term-edit-${term.code}`}
                      >
                        <PencilSquare />
                        Edit
                      </DropdownMenu.Item>
                      <DropdownMenu.Item
                        className="gap-x-2"
                        onClick={() => confirmDelete(term)}
                        data-testid={`payment-term-delete-${term.code}`}
                      >
                        <Trash />
                        Delete
                      </DropdownMenu.Item>
                    </DropdownMenu.Content>
                  </DropdownMenu>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {drawer && data && (
        <PaymentTermDrawer
          key={drawer === "new" ? "new" : drawer.id}
          term={drawer === "new" ? null : drawer}
          open
          maxDays={data.max_payment_term_days}
          onOpenChange={(open) => !open && setDrawer(null)}
        />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Payment terms" })

export default PaymentTermsPage
