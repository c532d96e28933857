import { Input } from "@medusajs/ui"
import { FormField } from "./form-field"

/** A labelled calendar-date field (YYYY-MM-DD), as the report filters use it. */
export const DateInput = (props: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  /** The latest day the picker offers, "YYYY-MM-DD". */
  max?: string
}) => (
  <FormField label={props.label} htmlFor={props.id} labelSize="xsmall">
    <Input
      id={props.id}
      data-testid={props.id}
      size="small"
      type="date"
      max={props.max}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    />
  </FormField>
)

/** The two dates of a period filter, "<label> from" and "<label> to", with ids `<id>-from` and `<id>-to`. */
export const PeriodInputs = (props: {
  id: string
  label: string
  from: string
  to: string
  onChange: (end: "from" | "to", value: string) => void
}) => (
  <>
    <DateInput
      id={`${props.id}-from`}
      label={`${props.label} from`}
      value={props.from}
      onChange={(value) => props.onChange("from", value)}
    />
    <DateInput
      id={`${props.id}-to`}
      label={`${props.label} to`}
      value={props.to}
      onChange={(value) => props.onChange("to", value)}
    />
  </>
)
