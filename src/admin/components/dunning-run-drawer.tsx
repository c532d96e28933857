import { Badge, Button, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import {
  type DunningRunResult,
  type RunSummary,
  SKIP_REASON,
  useCompanyNames,
  useRunDunning,
} from "../lib/dunning"
import { day, errorMessage } from "../lib/format"
import { formatMoney } from "../lib/money"
import { calendarDay } from "../lib/receivables"
import { DateInput } from "./date-input"
import { DrawerForm } from "./drawer-form"
import { FieldError } from "./form-field"
import { FilterSelect } from "./option-select"

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`

/** "3 reminders (1 awaiting approval), 5 invoices escalated, 1 hold placed; 1 company skipped: ...". */
export function describeSummary(summary: RunSummary, dry: boolean) {
  const would = dry ? "would be " : ""
  const parts = [
    `${plural(summary.reminders, "reminder")} ${would}written`,
    summary.awaiting_approval ? `${summary.awaiting_approval} awaiting approval` : null,
    `${plural(summary.invoices_escalated, "invoice")} escalated`,
    dry ? null : `${plural(summary.holds_placed, "hold")} placed`,
  ].filter(Boolean)
  const skipped = Object.entries(summary.skipped).map(
    ([reason, count]) => `${plural(count, "company", "companies")} skipped: ${SKIP_REASON[reason] ?? reason}`
  )
  return `${parts.join(", ")}${skipped.length ? `; ${skipped.join("; ")}` : ""}.`
}

/** What a dry run would send: one card per reminder, with what it chases and claims. */
const PreviewList = ({ result, names }: { result: DunningRunResult; names: Map<string, string> }) => (
  <div className="flex flex-col gap-y-2" data-testid="dunning-run-preview">
    <Text size="small" weight="plus">
      {describeSummary(result.summary, true)}
    </Text>
    {result.reminders.map((r) => {
      const plan = r.plan
      const money = (value: string) => formatMoney(value, r.currency_code)
      return (
        <div
          // One reminder per company and currency.
          key={`${r.company_id}-${r.currency_code}`}
          className="flex flex-col gap-y-1 rounded-md border px-3 py-2"
          data-testid="dunning-run-preview-row"
        >
          <div className="flex items-center justify-between gap-x-2">
            <Text size="small" weight="plus">
              {names.get(r.company_id) ?? r.company_id}
            </Text>
            <div className="flex gap-x-1">
              <Badge size="2xsmall">
                Level {r.level} · {r.level_name}
              </Badge>
              {r.status === "awaiting_approval" && (
                <Badge size="2xsmall" color="orange">
                  Needs approval
                </Badge>
              )}
              {r.place_hold && (
                <Badge size="2xsmall" color="red">
                  Puts on hold
                </Badge>
              )}
            </div>
          </div>
          <Text size="small">{r.subject}</Text>
          {plan && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {plural(plan.items.length, "invoice")} · total {money(plan.total_open)} · fees{" "}
              {money(plan.fee_total)} · interest {money(plan.interest_total)}
              {plan.missing_rates.length > 0 &&
                ` · no interest claimed from ${plan.missing_rates.map(day).join(", ")}: that half-year's rates are not entered`}
            </Text>
          )}
        </div>
      )
    })}
  </div>
)

/**
 * A dunning run as of a day, for every company or one: "Preview" shows what
 * would be sent and writes nothing; "Run" sends it and says what it did.
 */
export const RunDunningDrawer = () => {
  const [open, setOpen] = useState(false)
  const [scope, setScope] = useState({ as_of: calendarDay(), company_id: "" })
  const [preview, setPreview] = useState<DunningRunResult | null>(null)
  const [done, setDone] = useState<DunningRunResult | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const names = useCompanyNames()
  const run = useRunDunning()

  const onOpenChange = (next: boolean) => {
    if (next) {
      setScope({ as_of: calendarDay(), company_id: "" })
      setPreview(null)
      setDone(null)
      setProblem(null)
    }
    setOpen(next)
  }
  const change = (changes: Partial<typeof scope>) => {
    setScope({ ...scope, ...changes })
    // A preview is of one date and company: another choice needs its own.
    setPreview(null)
    setDone(null)
  }
  const send = (dry_run: boolean) => {
    // The API's rule, said before asking: a later day would claim what is not late yet.
    if (!scope.as_of || scope.as_of > calendarDay(1)) {
      setProblem(`Choose a day up to tomorrow (${calendarDay(1)}): letters would claim what is not late yet.`)
      return
    }
    setProblem(null)
    run.mutate(
      {
        path: "/admin/dunning-runs",
        body: { as_of: scope.as_of, dry_run, company_id: scope.company_id || undefined },
      },
      {
        onSuccess: (result) => {
          if (dry_run) {
            setPreview(result)
            return
          }
          setPreview(null)
          setDone(result)
          toast.success(`Dunning run as of ${day(scope.as_of)} done`)
        },
        onError: (e) => setProblem(errorMessage(e).replace(/^Invalid request: /, "")),
      }
    )
  }
  const companies = [...(names.data ?? new Map<string, string>())].sort((a, b) => a[1].localeCompare(b[1]))
  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      trigger={{ label: "Run dunning", testId: "dunning-run-open" }}
      title="Run dunning"
      description="Writes each overdue company's reminder at its next level, as of a day."
      testId="dunning-run"
      buttonSize="small"
      actions={
        <>
          <Button
            size="small"
            variant="secondary"
            isLoading={run.isPending && !preview}
            onClick={() => send(true)}
            data-testid="dunning-run-preview-button"
          >
            Preview
          </Button>
          <Button
            size="small"
            disabled={!preview || preview.reminders.length === 0}
            isLoading={run.isPending && Boolean(preview)}
            onClick={() => send(false)}
            data-testid="dunning-run-submit"
          >
            Run
          </Button>
        </>
      }
    >
      <Text size="small" className="text-ui-fg-subtle">
        Preview first: it shows what would be sent and writes nothing. Running sends the reminders (those
        needing approval wait in the worklist) and places the holds their levels call for.
      </Text>
      <div className="grid grid-cols-2 gap-3">
        <DateInput
          id="dunning-run-as-of"
          label="As of"
          max={calendarDay(1)}
          value={scope.as_of}
          onChange={(as_of) => change({ as_of })}
        />
        <FilterSelect
          label="Company"
          all="All companies"
          value={scope.company_id}
          onChange={(company_id) => change({ company_id })}
          options={companies}
          testId="dunning-run-company"
        />
      </div>
      <FieldError message={problem} testId="dunning-run-error" />
      {preview &&
        (preview.reminders.length ? (
          <PreviewList result={preview} names={names.data ?? new Map()} />
        ) : (
          <Text size="small" data-testid="dunning-run-preview">
            Nothing to send as of {day(scope.as_of)}: {describeSummary(preview.summary, true)}
          </Text>
        ))}
      {done && (
        <Text size="small" weight="plus" data-testid="dunning-run-summary">
          Done: {describeSummary(done.summary, false)}
        </Text>
      )}
    </DrawerForm>
  )
}
