import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Alert, Button, Container, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { type ChangeEvent, useEffect, useState } from "react"
import { featurePage } from "../../../components/feature-gate"
import { errorMessage } from "../../../lib/format"
import { sdk } from "../../../lib/sdk"
import type { PostalAddress, SellerIdentity, SellerIdentityState } from "../../../lib/types"
import { PageHeader } from "../../../components/page-header"
import { RecordNotLoaded } from "../../../components/detail-section"

type TextKey = Exclude<keyof SellerIdentity, "address" | "logo_url">
type AddressKey = keyof PostalAddress
type FieldKey = TextKey | `address.${AddressKey}`

/** `nullable`: the API accepts null to clear the saved value; the others can only be replaced. */
const FIELDS: { key: TextKey; label: string; example: string; nullable?: boolean; multiline?: boolean }[] = [
  { key: "legal_name", label: "Legal name", example: "Atelier Dupont SAS" },
  { key: "trade_name", label: "Trade name", example: "Atelier Dupont", nullable: true },
  { key: "legal_form", label: "Legal form", example: "SAS", nullable: true },
  { key: "share_capital", label: "Share capital", example: "50,000 EUR", nullable: true },
  { key: "vat_id", label: "VAT id", example: "FR19812345676" },
  { key: "registration_id", label: "Registration id (SIREN / SIRET)", example: "81234567600017" },
  { key: "trade_register", label: "Trade register", example: "RCS Lyon 812 345 676", nullable: true },
  { key: "email", label: "Email", example: "billing@example.fr", nullable: true },
  { key: "phone", label: "Phone", example: "+33 4 00 00 00 00", nullable: true },
  { key: "iban", label: "IBAN", example: "FR76 3000 6000 0112 3456 7890 189", nullable: true },
  { key: "bic", label: "BIC", example: "AGRIFRPP", nullable: true },
  { key: "late_payment_rate", label: "Late payment rate (% a year)", example: "12.15" },
  { key: "recovery_indemnity", label: "Recovery indemnity", example: "40" },
  {
    key: "footer",
    label: "Footer (legal text on every document)",
    example: "",
    nullable: true,
    multiline: true,
  },
]

const ADDRESS: { key: AddressKey; label: string; example: string }[] = [
  { key: "line1", label: "Address line 1", example: "12 rue de la République" },
  { key: "line2", label: "Address line 2", example: "" },
  { key: "postal_code", label: "Postal code", example: "69002" },
  { key: "city", label: "City", example: "Lyon" },
  { key: "country_code", label: "Country code", example: "FR" },
]

/** The largest logo the API accepts, as a data: URL. */
const MAX_LOGO_CHARS = 500_000

type Form = Record<FieldKey, string>

const formOf = (saved: Partial<SellerIdentity>): Form =>
  Object.fromEntries([
    ...FIELDS.map((f) => [f.key, saved[f.key] ?? ""]),
    ...ADDRESS.map((a) => [`address.${a.key}`, saved.address?.[a.key] ?? ""]),
  ]) as Form

const optionOf = (options: Partial<SellerIdentity>, key: FieldKey) =>
  key.startsWith("address.") ? options.address?.[key.slice(8) as AddressKey] : options[key as TextKey]

/** What changed, as the API's partial body: filled fields, null for cleared ones, the address as a whole. */
function bodyOf(form: Form, logo: string | null, state: SellerIdentityState) {
  const body: Record<string, unknown> = {}
  for (const f of FIELDS) {
    const value = form[f.key].trim()
    if (value) body[f.key] = f.key === "vat_id" || f.key === "bic" ? value.toUpperCase() : value
    else if (f.nullable && state.saved[f.key] != null) body[f.key] = null
  }
  if (ADDRESS.some((a) => form[`address.${a.key}`].trim())) {
    // The address is saved as a whole: an empty part takes the plugin option's value.
    const part = (key: AddressKey) => form[`address.${key}`].trim() || state.from_options.address?.[key] || ""
    body.address = {
      line1: part("line1"),
      line2: part("line2") || null,
      postal_code: part("postal_code"),
      city: part("city"),
      country_code: part("country_code"),
    }
  }
  if (logo !== (state.saved.logo_url ?? null)) body.logo_url = logo
  return body
}

const PHRASES: [RegExp, FieldKey][] = [
  [/intra-community VAT/i, "vat_id"],
  [/registration number/i, "registration_id"],
  [/must be an IBAN/i, "iban"],
  [/must be a BIC/i, "bic"],
  [/ISO 3166/i, "address.country_code"],
  [/email/i, "email"],
]
const ALL_KEYS: FieldKey[] = [...FIELDS.map((f) => f.key), ...ADDRESS.map((a) => `address.${a.key}` as const)]

/** The fields a 400 message names ("Field 'vat_id' ...", "address, city ...", or a rule's own wording). */
function fieldErrors(message: string, form: Form): Partial<Record<FieldKey | "logo_url", string>> {
  const errors: Partial<Record<FieldKey | "logo_url", string>> = {}
  for (const raw of message.replace(/^Invalid request:\s*/, "").split("; ")) {
    const part = raw.replace(/'([a-z_]+(?:, [a-z_]+)*)'/g, (_, path: string) => path.replace(/, /g, "."))
    const named = [...ALL_KEYS, "logo_url" as const]
      .sort((a, b) => b.length - a.length)
      .find((key) => new RegExp(`(^|[^a-z_.])${key.replace(".", "\\.")}($|[^a-z_])`).test(part))
    const phrase = PHRASES.find(([re]) => re.test(part))?.[1]
    const decimal = /decimal number/.test(part)
      ? (["late_payment_rate", "recovery_indemnity"] as const).filter(
          (k) => !/^\d+(\.\d+)?$/.test(form[k].trim())
        )
      : []
    for (const key of [named ?? phrase, ...decimal]) {
      if (key) errors[key] = raw
    }
    if (/data: URL/.test(part)) errors.logo_url = raw
  }
  return errors
}

const labelOf = (path: string) =>
  FIELDS.find((f) => f.key === path)?.label ??
  ADDRESS.find((a) => `address.${a.key}` === path)?.label ??
  (path === "address" ? "Address" : path)

const MissingBanner = ({ missing }: { missing: string[] }) => (
  <Alert variant="warning">
    <div className="flex flex-col gap-y-1">
      <span>New invoices cannot be issued until the seller identity is complete:</span>
      <ul className="list-disc pl-5">
        {missing.map((m) => {
          const [path, ...rest] = m.split(" ")
          return (
            <li key={m}>
              {labelOf(path)}: {rest.join(" ")}
            </li>
          )
        })}
      </ul>
    </div>
  </Alert>
)

const LogoField = (props: {
  logo: string | null
  fromOptions: string | null | undefined
  error?: string
  onChange: (logo: string | null) => void
}) => {
  const [problem, setProblem] = useState<string | null>(null)
  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = ""
    if (!file) return
    if (!["image/png", "image/jpeg", "image/svg+xml"].includes(file.type)) {
      setProblem("The logo must be a PNG, JPEG or SVG image.")
      return
    }
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      if (file.size > 500 * 1024 || url.length > MAX_LOGO_CHARS) {
        setProblem(
          `This image is too large (${Math.round(file.size / 1024)} kB): once encoded it must stay under 500 kB; about 360 kB of image.`
        )
        return
      }
      setProblem(null)
      props.onChange(url)
    }
    reader.onerror = () => setProblem("The image could not be read.")
    reader.readAsDataURL(file)
  }
  const shown = props.logo ?? props.fromOptions ?? null
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor="logo">Logo (PNG, JPEG or SVG)</Label>
      <div className="flex items-center gap-x-4">
        {shown ? (
          <img
            src={shown}
            alt="Seller logo"
            className="bg-ui-bg-subtle max-h-16 max-w-[200px] rounded border p-1"
          />
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            No logo
          </Text>
        )}
        <input
          id="logo"
          type="file"
          accept="image/png,image/jpeg,image/svg+xml"
          onChange={pick}
          className="txt-small"
        />
        {props.logo && (
          <Button size="small" variant="transparent" onClick={() => props.onChange(null)}>
            Remove
          </Button>
        )}
      </div>
      {!props.logo && props.fromOptions && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          From the plugin options
        </Text>
      )}
      {(problem ?? props.error) && (
        <Text size="xsmall" className="text-ui-fg-error">
          {problem ?? props.error}
        </Text>
      )}
    </div>
  )
}

const InvoicingSettingsPage = () => {
  const client = useQueryClient()
  const { data, isLoading, error } = useQuery({
    queryKey: ["seller-identity"],
    queryFn: () => sdk.client.fetch<{ seller_identity: SellerIdentityState }>("/admin/o2c/seller-identity"),
  })
  const state = data?.seller_identity
  const [form, setForm] = useState<Form>(() => formOf({}))
  const [logo, setLogo] = useState<string | null>(null)
  const [errors, setErrors] = useState<Partial<Record<FieldKey | "logo_url", string>>>({})
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    if (!state) return
    setForm(formOf(state.saved))
    setLogo(state.saved.logo_url ?? null)
  }, [state])

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      sdk.client.fetch<{ seller_identity: SellerIdentityState }>("/admin/o2c/seller-identity", {
        method: "POST",
        body,
      }),
    onSuccess: (response) => {
      setErrors({})
      setProblem(null)
      client.setQueryData(["seller-identity"], response)
      toast.success("Seller identity saved")
    },
    onError: (e) => {
      const message = errorMessage(e)
      setErrors(fieldErrors(message, form))
      setProblem(message)
    },
  })

  if (!state) {
    const problem = `Could not load the seller identity: ${error ? errorMessage(error) : ""}`
    return <RecordNotLoaded problem={isLoading ? null : problem} />
  }
  const input = (key: FieldKey, label: string, example: string, multiline = false) => {
    const option = optionOf(state.from_options, key)
    const props = {
      id: key,
      value: form[key],
      placeholder: option ? String(option) : example,
      "aria-invalid": Boolean(errors[key]),
      onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
        setForm({ ...form, [key]: e.target.value }),
    }
    return (
      <div key={key} className={`flex flex-col gap-y-1 ${multiline ? "col-span-2" : ""}`}>
        <Label htmlFor={key}>{label}</Label>
        {multiline ? <Textarea rows={3} {...props} /> : <Input size="small" {...props} />}
        {errors[key] ? (
          <Text size="xsmall" className="text-ui-fg-error">
            {errors[key]}
          </Text>
        ) : (
          option != null &&
          option !== "" &&
          !form[key].trim() && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              From the plugin options
            </Text>
          )
        )}
      </div>
    )
  }

  return (
    <Container className="divide-y p-0">
      <PageHeader
        title="Invoicing"
        description="The seller identity and legal mentions printed on new invoices and credit notes. Values saved here override the plugin options (shown as placeholders); issued documents keep the identity they were issued with."
      />
      {state.missing?.length ? (
        <div className="px-6 py-4">
          <MissingBanner missing={state.missing} />
        </div>
      ) : null}
      <div className="grid grid-cols-2 gap-4 px-6 py-4">
        {FIELDS.slice(0, 4).map((f) => input(f.key, f.label, f.example))}
      </div>
      <div className="grid grid-cols-2 gap-4 px-6 py-4">
        {ADDRESS.map((a) => input(`address.${a.key}`, a.label, a.example))}
      </div>
      <div className="grid grid-cols-2 gap-4 px-6 py-4">
        {FIELDS.slice(4).map((f) => input(f.key, f.label, f.example, f.multiline))}
      </div>
      <div className="px-6 py-4">
        <LogoField
          logo={logo}
          fromOptions={state.from_options.logo_url}
          error={errors.logo_url}
          onChange={setLogo}
        />
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        {problem && <Alert variant="error">{problem}</Alert>}
        <div className="flex justify-end gap-x-2">
          <Button
            size="small"
            variant="secondary"
            onClick={() => {
              setForm(formOf(state.saved))
              setLogo(state.saved.logo_url ?? null)
              setErrors({})
              setProblem(null)
            }}
          >
            Reset
          </Button>
          <Button
            size="small"
            isLoading={save.isPending}
            onClick={() => save.mutate(bodyOf(form, logo, state))}
          >
            Save
          </Button>
        </div>
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Invoicing" })

export default featurePage("invoicing", InvoicingSettingsPage)
