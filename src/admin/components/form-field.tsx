import { clx, Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** What is wrong with a field (a refusal of the API, a problem found before sending), said under it. */
export const FieldError = ({ message, testId }: { message: string | null | undefined; testId?: string }) =>
  message ? (
    <Text size="small" className="text-ui-fg-error" data-testid={testId}>
      {message}
    </Text>
  ) : null

/** An input (or select, textarea) with its label above it and what is wrong with it, if anything, below. */
export const FormField = (props: {
  label: ReactNode
  /** The id of the input, so that clicking the label focuses it. */
  htmlFor?: string
  labelSize?: "xsmall" | "small"
  className?: string
  error?: string | null
  errorTestId?: string
  children: ReactNode
}) => (
  <div className={clx("flex flex-col gap-y-1", props.className)}>
    <Label htmlFor={props.htmlFor} size={props.labelSize}>
      {props.label}
    </Label>
    {props.children}
    <FieldError message={props.error} testId={props.errorTestId} />
  </div>
)
