import { Button, Drawer } from "@medusajs/ui"
import type { ReactNode } from "react"

type DrawerTrigger = {
  label: string
  variant?: "secondary" | "transparent"
  disabled?: boolean
  testId?: string
}

/**
 * A drawer of fields: a title, the fields, and a footer with Cancel before
 * the drawer's own actions.
 */
export const DrawerForm = (props: {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The small button that opens the drawer; without one, the page opens it through `open`. */
  trigger?: DrawerTrigger
  title: string
  /** Read by screen readers only, unless showDescription. */
  description?: string
  showDescription?: boolean
  testId?: string
  /** The size of the footer's buttons, Cancel included. */
  buttonSize?: "small"
  actions: ReactNode
  children: ReactNode
}) => (
  <Drawer open={props.open} onOpenChange={props.onOpenChange}>
    {props.trigger && (
      <Drawer.Trigger asChild>
        <Button
          size="small"
          variant={props.trigger.variant ?? "secondary"}
          disabled={props.trigger.disabled}
          data-testid={props.trigger.testId}
        >
          {props.trigger.label}
        </Button>
      </Drawer.Trigger>
    )}
    <Drawer.Content data-testid={props.testId}>
      <Drawer.Header>
        <Drawer.Title>{props.title}</Drawer.Title>
        {props.description && (
          <Drawer.Description className={props.showDescription ? undefined : "sr-only"}>
            {props.description}
          </Drawer.Description>
        )}
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">{props.children}</Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size={props.buttonSize} variant="secondary">
            Cancel
          </Button>
        </Drawer.Close>
        {props.actions}
      </Drawer.Footer>
    </Drawer.Content>
  </Drawer>
)
