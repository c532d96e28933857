import { Button, toast } from "@medusajs/ui"
import { type ReactNode, useState } from "react"
import { errorMessage } from "../lib/format"
import { DrawerForm } from "./drawer-form"
import { FieldError } from "./form-field"

/**
 * A drawer that sends one request: its fields, a submit button, and the
 * refusal (the form's own check, or the API's 400/409 sentence) said above
 * the footer, the drawer staying open so the person can correct it.
 */
export const ActionDrawer = (props: {
  title: string
  description: string
  trigger: { label: string; testId?: string; variant?: "secondary" | "transparent" }
  testId: string
  submitLabel: string
  /** Called when the drawer opens: the form starts afresh. */
  onOpen?: () => void
  /** What is wrong with the form, said instead of sending; null to send. */
  check?: () => string | null
  send: () => Promise<unknown>
  /** The toast once sent. */
  done: string
  children: ReactNode
}) => {
  const [open, setOpen] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const onOpenChange = (next: boolean) => {
    if (next) {
      setProblem(null)
      props.onOpen?.()
    }
    setOpen(next)
  }
  const submit = async () => {
    const found = props.check?.() ?? null
    setProblem(found)
    if (found) return
    setPending(true)
    try {
      await props.send()
      toast.success(props.done)
      setOpen(false)
    } catch (e) {
      setProblem(errorMessage(e).replace(/^Invalid request: /, ""))
    } finally {
      setPending(false)
    }
  }
  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      trigger={props.trigger}
      title={props.title}
      description={props.description}
      testId={props.testId}
      buttonSize="small"
      actions={
        <Button size="small" isLoading={pending} onClick={submit} data-testid={`${props.testId}-submit`}>
          {props.submitLabel}
        </Button>
      }
    >
      {props.children}
      <FieldError message={problem} testId={`${props.testId}-error`} />
    </DrawerForm>
  )
}
