import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Badge, Button, Container, Drawer, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { STATUS_COLOR } from "../../lib/format"
import { formatMoney } from "../../lib/money"
import { sdk } from "../../lib/sdk"
import { PaymentTermSelect } from "../../components/payment-term-select"
import type { Company } from "../../lib/types"

const PAGE_SIZE = 20

const CreateCompanyDrawer = () => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState({
    name: "",
    legal_name: "",
    vat_number: "",
    registration_id: "",
    billing_email: "",
    currency_code: "eur",
    credit_limit: "",
    payment_term_id: "",
  })
  const navigate = useNavigate()
  const client = useQueryClient()
  const create = useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ company: Company }>("/admin/companies", {
        method: "POST",
        body: {
          ...form,
          vat_number: form.vat_number || null,
          registration_id: form.registration_id || null,
          credit_limit: form.credit_limit === "" ? null : form.credit_limit,
          payment_term_id: form.payment_term_id || null,
        },
      }),
    onSuccess: ({ company }) => {
      client.invalidateQueries({ queryKey: ["companies"] })
      setOpen(false)
      navigate(`/companies/${company.id}`)
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const field = (key: keyof typeof form, label: string, placeholder = "") => (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={key}>{label}</Label>
      <Input
        id={key}
        placeholder={placeholder}
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </div>
  )
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Create
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>New company</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          {field("name", "Name", "Atelier Martin")}
          {field("legal_name", "Legal name", "Atelier Martin SARL")}
          {field("vat_number", "VAT number", "FR32123456789")}
          {field("registration_id", "Registration id (SIREN)", "123456789")}
          {field("billing_email", "Billing email", "compta@example.fr")}
          {field("currency_code", "Currency", "eur")}
          {field("credit_limit", "Credit limit (empty: no credit)", "5000")}
          <div className="flex flex-col gap-y-1">
            <Label>Payment term</Label>
            <PaymentTermSelect
              value={form.payment_term_id}
              placeholder="Choose a term"
              onChange={(v) => setForm({ ...form, payment_term_id: v })}
            />
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary">Cancel</Button>
          </Drawer.Close>
          <Button isLoading={create.isPending} onClick={() => create.mutate()}>
            Create
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const CompaniesPage = () => {
  const [q, setQ] = useState("")
  const [offset, setOffset] = useState(0)
  const { data, isLoading } = useQuery({
    queryKey: ["companies", q, offset],
    queryFn: () =>
      sdk.client.fetch<{ companies: Company[]; count: number }>("/admin/companies", {
        query: { q: q || undefined, offset, limit: PAGE_SIZE },
      }),
  })
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Companies</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            B2B customers, their buyers, credit lines and payment terms.
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Input
            size="small"
            type="search"
            placeholder="Search"
            value={q}
            onChange={(e) => {
              setQ(e.target.value)
              setOffset(0)
            }}
          />
          <CreateCompanyDrawer />
        </div>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Company</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Credit limit</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Exposure</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Available</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {isLoading && (
            <Table.Row>
              <Table.Cell>Loading...</Table.Cell>
            </Table.Row>
          )}
          {data?.companies.map((c) => (
            <Table.Row key={c.id}>
              <Table.Cell>
                <Link to={`/companies/${c.id}`} className="text-ui-fg-interactive">
                  {c.name}
                </Link>
              </Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={STATUS_COLOR[c.status]}>
                  {c.status.replace("_", " ")}
                </Badge>
              </Table.Cell>
              <Table.Cell className="text-right">{formatMoney(c.credit_limit, c.currency_code)}</Table.Cell>
              <Table.Cell className="text-right">{formatMoney(c.exposure, c.currency_code)}</Table.Cell>
              <Table.Cell className="text-right">{formatMoney(c.available_credit, c.currency_code)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Table.Pagination
        count={data?.count ?? 0}
        pageSize={PAGE_SIZE}
        pageIndex={offset / PAGE_SIZE}
        pageCount={Math.max(1, Math.ceil((data?.count ?? 0) / PAGE_SIZE))}
        canPreviousPage={offset > 0}
        canNextPage={offset + PAGE_SIZE < (data?.count ?? 0)}
        previousPage={() => setOffset(offset - PAGE_SIZE)}
        nextPage={() => setOffset(offset + PAGE_SIZE)}
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Companies", icon: Buildings })

export default CompaniesPage
