import { Select } from "@medusajs/ui"
import { FormField } from "./form-field"

type OptionSelectProps<V extends string> = {
  value?: V
  onChange: (value: V) => void
  /** Each option as [value, label], in the order shown. */
  options: readonly (readonly [V, string])[]
  placeholder?: string
  size?: "small"
  testId?: string
}

/** A choice among fixed or fetched options. */
export const OptionSelect = <V extends string>(props: OptionSelectProps<V>) => (
  <Select size={props.size} value={props.value} onValueChange={(value) => props.onChange(value as V)}>
    <Select.Trigger data-testid={props.testId}>
      <Select.Value placeholder={props.placeholder} />
    </Select.Trigger>
    <Select.Content>
      {props.options.map(([value, label]) => (
        <Select.Item key={value} value={value}>
          {label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

// A select item cannot have "" as its value: the no-filter option has this one instead.
const ALL = "all"

/** A list filter's labelled choice: its first option, `all` ("All companies"), is no filter, given as "". */
export const FilterSelect = ({
  label,
  all,
  value,
  onChange,
  options,
  ...props
}: Omit<OptionSelectProps<string>, "size"> & { label: string; all: string }) => (
  <FormField label={label} labelSize="xsmall">
    <OptionSelect
      {...props}
      size="small"
      value={value || ALL}
      onChange={(chosen) => onChange(chosen === ALL ? "" : chosen)}
      options={[[ALL, all], ...options]}
    />
  </FormField>
)
