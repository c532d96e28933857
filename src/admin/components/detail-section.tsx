import { clx, Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A labelled value of a detail page. */
export const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-0.5">
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="txt-small">{children}</div>
  </div>
)

/** Labelled values side by side; `className` sets the grid's columns. Any children come after them. */
export const FieldGrid = (props: {
  fields: [label: string, value: ReactNode][]
  className: string
  children?: ReactNode
}) => (
  <div className={clx("grid gap-4 px-6 py-4", props.className)}>
    {props.fields.map(([label, value]) => (
      <Field key={label} label={label}>
        {value}
      </Field>
    ))}
    {props.children}
  </div>
)

/** What a detail page shows until its record is there: "Loading...", or the problem (null while loading). */
export const RecordNotLoaded = ({ problem }: { problem: string | null }) => (
  <Container>
    {problem === null ? <Text>Loading...</Text> : <Text className="text-ui-fg-error">{problem}</Text>}
  </Container>
)

/** A card of a detail page: a title, optional actions, its content. */
export const Section = ({
  title,
  actions,
  children,
}: {
  title: string
  actions?: ReactNode
  children: ReactNode
}) => (
  <Container className="divide-y p-0">
    <div className="flex items-center justify-between px-6 py-4">
      <Heading level="h2">{title}</Heading>
      {actions}
    </div>
    {children}
  </Container>
)
