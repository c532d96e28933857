import { Button, Checkbox, Input, Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { type DunningChannel, type Language, LETTER_FIELD_HINTS, usePreviewLevel } from "../lib/dunning"
import { type LevelForm, levelBody, type Template } from "../lib/dunning-levels"
import { errorMessage } from "../lib/format"
import { FieldError, FormField } from "./form-field"
import { OptionSelect } from "./option-select"
import { PdfFrame } from "./pdf-preview"

/** The {{fields}} a subject or body may use, with what each prints. */
export const LetterFieldList = () => (
  <Text size="xsmall" className="text-ui-fg-subtle" data-testid="letter-fields">
    Subjects and bodies may use{" "}
    {Object.entries(LETTER_FIELD_HINTS).map(([field, hint], index) => (
      <span key={field}>
        {index > 0 && ", "}
        <code className="txt-compact-xsmall-plus">{`{{${field}}}`}</code> ({hint})
      </span>
    ))}
    .
  </Text>
)

const FLAGS = [
  ["claim_indemnity", "Claim the 40 EUR recovery indemnity"],
  ["claim_interest", "Claim late-payment interest"],
  ["place_hold", "Put the company on hold"],
  ["needs_approval", "A person approves before sending"],
] as const

const CHANNELS: [DunningChannel, string][] = [
  ["email", "E-mail"],
  ["letter", "Letter (PDF to post)"],
]

const LANGUAGES: [Language, string][] = [
  ["fr", "French (fr)"],
  ["en", "English (en)"],
]

const CheckboxField = (props: {
  id: string
  label: string
  checked: boolean
  onChange: (on: boolean) => void
}) => (
  <div className="flex items-center gap-x-2">
    <Checkbox
      id={props.id}
      data-testid={props.id}
      checked={props.checked}
      onCheckedChange={(checked) => props.onChange(checked === true)}
    />
    <Label htmlFor={props.id} size="small">
      {props.label}
    </Label>
  </div>
)

/** One level of the ladder: when, how, what it claims, and its letter in each language, previewed as a PDF. */
export const LevelFields = (props: {
  index: number
  form: LevelForm
  onChange: (form: LevelForm) => void
  onRemove: (() => void) | null
}) => {
  const { form, index } = props
  const [language, setLanguage] = useState<Language>("fr")
  const preview = usePreviewLevel()
  const [problem, setProblem] = useState<string | null>(null)
  const set = (changes: Partial<LevelForm>) => props.onChange({ ...form, ...changes })
  const setTemplate = (part: keyof Template, value: string) =>
    set({ templates: { ...form.templates, [language]: { ...form.templates[language], [part]: value } } })
  const id = (name: string) => `level-${index}-${name}`

  const showPreview = () => {
    const level = levelBody(form)
    if (typeof level === "string") {
      setProblem(level)
      return
    }
    setProblem(null)
    preview.mutate(
      { level, language },
      { onError: (e) => setProblem(errorMessage(e).replace(/^Invalid request: /, "")) }
    )
  }
  const input = (key: "level" | "name" | "offset_days" | "min_eur", label: string, placeholder?: string) => (
    <FormField label={label} htmlFor={id(key)} labelSize="xsmall">
      <Input
        id={id(key)}
        data-testid={id(key)}
        size="small"
        placeholder={placeholder}
        value={form[key]}
        onChange={(e) => set({ [key]: e.target.value })}
      />
    </FormField>
  )
  return (
    <div className="flex flex-col gap-y-3 rounded-md border p-3" data-testid={`level-row-${index}`}>
      <div className="flex items-center justify-between">
        <Text size="small" weight="plus">
          Level {form.level} {form.name && `· ${form.name}`}
        </Text>
        {props.onRemove && (
          <Button size="small" variant="transparent" onClick={props.onRemove} data-testid={id("remove")}>
            Remove
          </Button>
        )}
      </div>
      <div className="grid grid-cols-4 gap-2">
        {input("level", "Level")}
        <div className="col-span-3">{input("name", "Name", "First reminder")}</div>
      </div>
      <div className="grid grid-cols-2 gap-2">
        {input("offset_days", "Days from the due date (negative: before it)", "7")}
        {input("min_eur", "Minimum chased amount (EUR, optional)", "20.00")}
      </div>
      <div className="grid grid-cols-2 gap-2">
        {CHANNELS.map(([channel, label]) => (
          <CheckboxField
            key={channel}
            id={id(`channel-${channel}`)}
            label={label}
            checked={form.channels.includes(channel)}
            onChange={(on) =>
              set({ channels: on ? [...form.channels, channel] : form.channels.filter((c) => c !== channel) })
            }
          />
        ))}
        {FLAGS.map(([flag, label]) => (
          <CheckboxField
            key={flag}
            id={id(flag)}
            label={label}
            checked={form[flag]}
            onChange={(on) => set({ [flag]: on })}
          />
        ))}
      </div>
      <FormField label="Letter language" labelSize="xsmall">
        <OptionSelect
          size="small"
          value={language}
          onChange={setLanguage}
          options={LANGUAGES}
          testId={id("language")}
        />
      </FormField>
      <FormField label={`Subject (${language})`} htmlFor={id("subject")} labelSize="xsmall">
        <Input
          id={id("subject")}
          data-testid={id("subject")}
          size="small"
          value={form.templates[language].subject}
          onChange={(e) => setTemplate("subject", e.target.value)}
        />
      </FormField>
      <FormField label={`Body (${language})`} htmlFor={id("body")} labelSize="xsmall">
        <Textarea
          id={id("body")}
          data-testid={id("body")}
          rows={8}
          value={form.templates[language].body}
          onChange={(e) => setTemplate("body", e.target.value)}
        />
      </FormField>
      <div>
        <Button
          size="small"
          variant="secondary"
          isLoading={preview.isPending}
          onClick={showPreview}
          data-testid={id("preview")}
        >
          Preview ({language})
        </Button>
      </div>
      <FieldError message={problem} testId={id("preview-error")} />
      {preview.data && !problem && (
        <PdfFrame blob={preview.data} title={`Level ${form.level} preview`} testId={id("preview-pdf")} />
      )}
    </div>
  )
}
