import { Button, Checkbox, Input, Label, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import {
  type DunningLevelBody,
  type DunningPolicy,
  type DunningPolicyBody,
  useDunningRequest,
} from "../lib/dunning"
import { errorMessage } from "../lib/format"
import { DrawerForm } from "./drawer-form"
import { type LevelForm, levelBody, levelForm } from "../lib/dunning-levels"
import { LetterFieldList, LevelFields } from "./dunning-level-fields"
import { FieldError, FormField } from "./form-field"

type Form = { name: string; is_default: boolean; promise_grace_days: string; levels: LevelForm[] }

const formOf = (policy: DunningPolicy | null): Form =>
  policy
    ? {
        name: policy.name,
        is_default: policy.is_default,
        promise_grace_days: String(policy.promise_grace_days),
        levels: policy.levels.map((level, i) => levelForm(level, i + 1)),
      }
    : { name: "", is_default: false, promise_grace_days: "3", levels: [levelForm(null, 1)] }

/** The policy as the API takes it; a sentence instead when something typed is not a number or an amount. */
function policyBody(form: Form): DunningPolicyBody | string {
  if (!/^\d+$/.test(form.promise_grace_days.trim())) {
    return "Promise grace days must be a whole number of days, such as 3."
  }
  const levels: DunningLevelBody[] = []
  for (const level of form.levels) {
    const body = levelBody(level)
    if (typeof body === "string") return body
    levels.push(body)
  }
  return {
    name: form.name.trim(),
    is_default: form.is_default,
    promise_grace_days: Number(form.promise_grace_days),
    levels,
  }
}

/**
 * Creates a dunning policy, or edits one (`policy`): its name, whether it
 * is the default, and its whole ladder, saved at once. Reminders already
 * written keep what they said.
 */
export const DunningPolicyDrawer = (props: {
  policy: DunningPolicy | null
  onOpenChange: (open: boolean) => void
}) => {
  const [form, setForm] = useState<Form>(() => formOf(props.policy))
  const [problem, setProblem] = useState<string | null>(null)
  const save = useDunningRequest<{ dunning_policy: DunningPolicy }>()
  const editing = props.policy !== null

  const setLevel = (index: number, level: LevelForm) =>
    setForm({ ...form, levels: form.levels.map((l, i) => (i === index ? level : l)) })

  const submit = () => {
    const body = policyBody(form)
    if (typeof body === "string") {
      setProblem(body)
      return
    }
    setProblem(null)
    save.mutate(
      { path: editing ? `/admin/dunning-policies/${props.policy?.id}` : "/admin/dunning-policies", body },
      {
        onSuccess: ({ dunning_policy }) => {
          toast.success(`Dunning policy "${dunning_policy.name}" saved`)
          props.onOpenChange(false)
        },
        onError: (e) => setProblem(errorMessage(e).replace(/^Invalid request: /, "")),
      }
    )
  }

  return (
    <DrawerForm
      open
      onOpenChange={props.onOpenChange}
      title={editing ? `Edit ${props.policy?.name}` : "New dunning policy"}
      description="The policy's name and its ladder of reminder levels."
      testId="dunning-policy-drawer"
      buttonSize="small"
      actions={
        <Button size="small" isLoading={save.isPending} onClick={submit} data-testid="dunning-policy-save">
          Save
        </Button>
      }
    >
      {editing && (
        <Text size="small" className="text-ui-fg-subtle">
          Saving replaces the whole ladder. Reminders already written keep what they said; invoices keep the
          level they reached.
        </Text>
      )}
      <div className="grid grid-cols-3 items-end gap-3">
        <FormField label="Name" htmlFor="dunning-policy-name" className="col-span-2">
          <Input
            id="dunning-policy-name"
            data-testid="dunning-policy-name"
            size="small"
            value={form.name}
            placeholder="Relances B2B (France)"
            onChange={(e) => setForm({ ...form, name: e.target.value })}
          />
        </FormField>
        <FormField label="Promise grace days" htmlFor="dunning-policy-grace">
          <Input
            id="dunning-policy-grace"
            size="small"
            inputMode="numeric"
            value={form.promise_grace_days}
            onChange={(e) => setForm({ ...form, promise_grace_days: e.target.value })}
          />
        </FormField>
      </div>
      <div className="flex items-center gap-x-2">
        <Checkbox
          id="dunning-policy-default"
          checked={form.is_default}
          onCheckedChange={(checked) => setForm({ ...form, is_default: checked === true })}
        />
        <Label htmlFor="dunning-policy-default" size="small">
          Default policy: companies without one of their own are chased under it
        </Label>
      </div>
      <div className="flex flex-col gap-y-2">
        <Label>Levels</Label>
        <LetterFieldList />
        {form.levels.map((level, index) => (
          <LevelFields
            key={level.key}
            index={index}
            form={level}
            onChange={(changed) => setLevel(index, changed)}
            onRemove={
              form.levels.length > 1
                ? () => setForm({ ...form, levels: form.levels.filter((_, i) => i !== index) })
                : null
            }
          />
        ))}
        <FieldError message={problem} testId="dunning-policy-error" />
        <div>
          <Button
            size="small"
            variant="secondary"
            onClick={() =>
              setForm({ ...form, levels: [...form.levels, levelForm(null, form.levels.length + 1)] })
            }
            data-testid="level-add"
          >
            Add a level
          </Button>
        </div>
      </div>
    </DrawerForm>
  )
}
