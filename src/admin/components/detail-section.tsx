import { Container, Heading, Text } from "@medusajs/ui"
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
