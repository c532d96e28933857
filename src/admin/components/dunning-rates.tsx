import { Button, Container, Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { type InterestRate, useDunningRequest, useRates } from "../lib/dunning"
import { day, errorMessage, percent } from "../lib/format"
import { DataTable, right } from "./data-table"
import { FieldError, FormField } from "./form-field"
import { OptionSelect } from "./option-select"
import { PageHeader } from "./page-header"

/** "2026 S2 (from 1 July)": a half-year by its first day. */
const halfYearLabel = (startsOn: string) =>
  `${startsOn.slice(0, 4)} ${startsOn.slice(5) === "01-01" ? "S1 (from 1 January)" : "S2 (from 1 July)"}`

/** The half-years one may enter: last year to next year. */
function halfYears(): string[] {
  const year = new Date().getFullYear()
  return [year - 1, year, year + 1].flatMap((y) => [`${y}-01-01`, `${y}-07-01`])
}

/** The first half-year after the latest entered (the one usually missing), or this one. */
function nextMissing(rates: InterestRate[], choices: string[]) {
  const known = new Set(rates.map((r) => r.starts_on))
  const latest = rates[0]?.starts_on
  return choices.find((c) => (!latest || c > latest) && !known.has(c)) ?? choices[2]
}

/** The half-year today falls in, by its first day. */
const currentHalfYear = () => {
  const now = new Date()
  return `${now.getFullYear()}-${now.getMonth() < 6 ? "01-01" : "07-01"}`
}

const RATE = /^\d{1,2}(\.\d{1,4})?$/

/** Adds (or corrects) a half-year's published rates. */
const RateForm = ({ rates }: { rates: InterestRate[] }) => {
  const choices = halfYears()
  const [form, setForm] = useState(() => ({
    starts_on: nextMissing(rates, choices),
    ecb_refinancing_rate: "",
    legal_interest_rate: "",
  }))
  const [problem, setProblem] = useState<string | null>(null)
  const save = useDunningRequest<{ rate: InterestRate }>()
  const replaces = rates.some((r) => r.starts_on === form.starts_on)
  const submit = () => {
    if (!RATE.test(form.ecb_refinancing_rate.trim()) || !RATE.test(form.legal_interest_rate.trim())) {
      setProblem("Enter both rates in percent, such as 2.15.")
      return
    }
    setProblem(null)
    save.mutate(
      { path: "/admin/dunning-rates", body: { ...form } },
      {
        onSuccess: () => {
          toast.success(`Rates of ${halfYearLabel(form.starts_on)} saved`)
          setForm({ ...form, ecb_refinancing_rate: "", legal_interest_rate: "" })
        },
        onError: (e) => setProblem(errorMessage(e).replace(/^Invalid request: /, "")),
      }
    )
  }
  const rateInput = (key: "ecb_refinancing_rate" | "legal_interest_rate", label: string) => (
    <FormField label={label} htmlFor={`rate-${key}`} labelSize="xsmall">
      <Input
        id={`rate-${key}`}
        data-testid={`rate-${key}`}
        size="small"
        inputMode="decimal"
        placeholder="2.15"
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </FormField>
  )
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <div className="grid grid-cols-4 items-end gap-3">
        <FormField label="Half-year" labelSize="xsmall">
          <OptionSelect
            size="small"
            value={form.starts_on}
            onChange={(starts_on) => setForm({ ...form, starts_on })}
            options={choices.map((c) => [c, halfYearLabel(c)] as const)}
            testId="rate-starts-on"
          />
        </FormField>
        {rateInput("ecb_refinancing_rate", "ECB refinancing rate (%)")}
        {rateInput("legal_interest_rate", "Legal interest rate (%)")}
        <div>
          <Button
            size="small"
            variant="secondary"
            isLoading={save.isPending}
            onClick={submit}
            data-testid="rate-save"
          >
            {replaces ? "Replace" : "Add"}
          </Button>
        </div>
      </div>
      <FieldError message={problem} testId="rate-error" />
    </div>
  )
}

/**
 * The published rates per half-year, from which the statutory late-payment
 * interest is computed (Code de commerce L441-10). A half-year missing from
 * the table claims no interest until it is entered.
 */
export const DunningRates = () => {
  const rates = useRates()
  return (
    <Container className="divide-y p-0" data-testid="dunning-rates">
      <PageHeader
        title="Late-payment rates"
        description="The published rates of each half-year. Interest running into a half-year not entered here is not claimed until it is."
      />
      {rates.isLoading && <Text className="px-6 py-4">Loading...</Text>}
      {rates.error && <Text className="text-ui-fg-error px-6 py-4">{errorMessage(rates.error)}</Text>}
      {rates.data && !rates.data.some((r) => r.starts_on === currentHalfYear()) && (
        <Text size="small" className="text-ui-fg-error px-6 py-4" data-testid="rate-missing">
          The rates of {halfYearLabel(currentHalfYear())} are not entered: reminders claim no interest for the
          days in it until they are.
        </Text>
      )}
      {rates.data && (
        <>
          <DataTable
            rows={rates.data}
            rowKey={(r) => r.id}
            columns={[
              { label: "Half-year", cell: (r) => halfYearLabel(r.starts_on) },
              { label: "From", cell: (r) => day(r.starts_on) },
              { ...right("ECB refinancing rate"), cell: (r) => percent(r.ecb_refinancing_rate) },
              { ...right("Legal interest rate"), cell: (r) => percent(r.legal_interest_rate) },
            ]}
          />
          <RateForm rates={rates.data} />
        </>
      )}
    </Container>
  )
}
