import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Badge, Button, Container, Input, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { STATUS_COLOR } from "../../lib/format"
import { formatMoney } from "../../lib/money"
import { sdk } from "../../lib/sdk"
import { PaymentTermSelect } from "../../components/payment-term-select"
import type { Company } from "../../lib/types"
import { DataTable, OffsetPagination, right } from "../../components/data-table"
import { FormField } from "../../components/form-field"
import { DrawerForm } from "../../components/drawer-form"
import { PageHeader } from "../../components/page-header"
import { PageLink } from "../../components/page-link"

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
    <FormField label={label} htmlFor={key}>
      <Input
        id={key}
        placeholder={placeholder}
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </FormField>
  )
  return (
    <DrawerForm
      open={open}
      onOpenChange={setOpen}
      trigger={{ label: "Create" }}
      title="New company"
      actions={
        <Button isLoading={create.isPending} onClick={() => create.mutate()}>
          Create
        </Button>
      }
    >
      {field("name", "Name", "Atelier Martin")}
      {field("legal_name", "Legal name", "Atelier Martin SARL")}
      {field("vat_number", "VAT number", "FR32123456789")}
      {field("registration_id", "Registration id (SIREN)", "123456789")}
      {field("billing_email", "Billing email", "compta@example.fr")}
      {field("currency_code", "Currency", "eur")}
      {field("credit_limit", "Credit limit (empty: no credit)", "5000")}
      <FormField label="Payment term">
        <PaymentTermSelect
          value={form.payment_term_id}
          placeholder="Choose a term"
          onChange={(v) => setForm({ ...form, payment_term_id: v })}
        />
      </FormField>
    </DrawerForm>
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
      <PageHeader
        title="Companies"
        description="B2B customers, their buyers, credit lines and payment terms."
        actions={
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
        }
      />
      <DataTable
        rows={data?.companies ?? []}
        rowKey={(c) => c.id}
        note={isLoading && "Loading..."}
        columns={[
          {
            label: "Company",
            cell: (c) => (
              <PageLink page="companies" id={c.id}>
                {c.name}
              </PageLink>
            ),
          },
          {
            label: "Status",
            cell: (c) => (
              <Badge size="2xsmall" color={STATUS_COLOR[c.status]}>
                {c.status.replace("_", " ")}
              </Badge>
            ),
          },
          { ...right("Credit limit"), cell: (c) => formatMoney(c.credit_limit, c.currency_code) },
          { ...right("Exposure"), cell: (c) => formatMoney(c.exposure, c.currency_code) },
          { ...right("Available"), cell: (c) => formatMoney(c.available_credit, c.currency_code) },
        ]}
      />
      <OffsetPagination
        count={data?.count ?? 0}
        pageSize={PAGE_SIZE}
        offset={offset}
        onOffsetChange={setOffset}
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Companies", icon: Buildings })

export default CompaniesPage
