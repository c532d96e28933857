import { clx, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** The top of a page: its title, what the page is for, and the page's actions beside them. */
export const PageHeader = (props: {
  title: string
  description: ReactNode
  actions?: ReactNode
  className?: string
}) => (
  <div className={clx("flex items-center justify-between gap-x-4 px-6 py-4", props.className)}>
    <div>
      <Heading level="h1">{props.title}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {props.description}
      </Text>
    </div>
    {props.actions}
  </div>
)
