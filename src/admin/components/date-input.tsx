import { Input, Label } from "@medusajs/ui"

/** A labelled calendar-date field (YYYY-MM-DD), as the report filters use it. */
export const DateInput = (props: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
}) => (
  <div className="flex flex-col gap-y-1">
    <Label size="xsmall" htmlFor={props.id}>
      {props.label}
    </Label>
    <Input
      id={props.id}
      data-testid={props.id}
      size="small"
      type="date"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    />
  </div>
)
