import { MathBN, MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { addDays, calendarDateInZone } from "../../lib/time"
import { DUNNING_MODULE } from "../../modules/dunning"
import { lateInterest } from "../../modules/dunning/interest"
import { missingHalfYear } from "../../modules/dunning/plan"
import { RECEIVABLES_MODULE } from "../../modules/receivables"
import type ReceivablesModuleService from "../../modules/receivables/service"
import { type DunningClaimDecidedPayload, DunningEvents } from "../../modules/dunning/events"
import type DunningModuleService from "../../modules/dunning/service"
import { emitEventsStep } from "../common/emit-events"
import { issueDebitNoteWorkflow } from "../invoicing/issue-debit-note"
import { updateDunningRecordStep } from "./steps/dunning-records"

export const decideDunningClaimWorkflowId = "decide-dunning-claim"

export type DecideDunningClaimInput = {
  id: string
  /** debit: a debit note for the claim, booked in the ledger; waive: never charged, with the reason. */
  decision: "debit" | "waive"
  reason?: string | null
  actor_id: string
}

const DESCRIPTIONS: Record<string, Record<"indemnity" | "interest", (invoice: string) => string>> = {
  fr: {
    indemnity: (n) => `Indemnité forfaitaire pour frais de recouvrement (art. D441-5 C. com.), facture ${n}`,
    interest: (n) => `Intérêts de retard (art. L441-10 C. com.), facture ${n}`,
  },
  en: {
    indemnity: (n) => `Fixed recovery indemnity (French Commercial Code D441-5), invoice ${n}`,
    interest: (n) => `Late-payment interest (French Commercial Code L441-10), invoice ${n}`,
  },
}

/**
 * Interest keeps running after the reminder that claimed it, and stays owed
 * when the principal is paid: debited, it is computed again from the due
 * date to today, or to the day the invoice was settled. Without the rates of
 * a half-year it runs into, the amount the reminder claimed stands.
 */
async function interestOwedNow(container: MedusaContainer, claim: Record<string, any>, claimed: string) {
  const periods = (claim.detail ?? []) as Array<{ from: string }>
  if (!periods.length) return claimed
  const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
  const receivables = container.resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)
  const today = calendarDateInZone(new Date(), dunning.options.timeZone)
  const [settlements, balances, rates] = await Promise.all([
    receivables.settlementsOf([claim.invoice_id], today),
    receivables.documentBalances([claim.invoice_id]),
    dunning.halfYearRates(),
  ])
  const open = balances.get(claim.invoice_id)?.open ?? 0
  const dueDate = addDays(periods[0].from, -1)
  const until = MathBN.gt(open, 0) || !settlements.length ? today : settlements[settlements.length - 1].on
  if (missingHalfYear(dueDate, until, rates)) return claimed
  const paid = MathBN.sum(0, ...settlements.map((x) => x.amount))
  return lateInterest({
    currency_code: claim.currency_code,
    due_date: dueDate,
    until,
    open_amount: MathBN.add(open, paid),
    settlements: settlements.map((x) => ({ on: x.on, amount: x.amount })),
    rates,
  }).total
}

/** The claim, still undecided, with the language of the reminder that made it. */
const undecidedClaimStep = createStep(
  "load-undecided-claim",
  async (input: { id: string }, { container }) => {
    const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
    const [claim] = await dunning.listDunningClaims({ id: input.id })
    if (!claim) throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no dunning claim ${input.id}`)
    if (claim.status !== "claimed") {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        claim.status === "superseded"
          ? `Claim ${claim.id} was replaced by a later reminder's claim for invoice ${claim.invoice_number}: decide that one`
          : `Claim ${claim.id} was already decided (${claim.status})`
      )
    }
    const [reminder] = await dunning.listDunningReminders({ id: claim.reminder_id }, { select: ["language"] })
    const language = reminder?.language === "fr" ? "fr" : "en"
    const claimed = MathBN.convert(claim.raw_amount as any).toFixed()
    return new StepResponse({
      ...claim,
      amount: claim.kind === "interest" ? await interestOwedNow(container, claim, claimed) : claimed,
      description: DESCRIPTIONS[language][claim.kind](claim.invoice_number ?? ""),
    })
  }
)

/**
 * A person decides a fee or interest claim: a debit note (numbered in the
 * invoice series, validated and booked like any invoice, e-mailed) or a
 * waiver with its reason. Until then nothing is booked.
 */
export const decideDunningClaimWorkflow = createWorkflow(
  decideDunningClaimWorkflowId,
  (input: DecideDunningClaimInput) => {
    const claim = undecidedClaimStep(input)
    const debitNote = when({ input }, ({ input }) => input.decision === "debit").then(() =>
      issueDebitNoteWorkflow.runAsStep({
        input: transform({ claim, input }, ({ claim, input }) => ({
          company_id: claim.company_id,
          currency_code: claim.currency_code,
          relates_to_invoice_id: claim.invoice_id,
          charge: claim.kind,
          description: claim.description,
          amount: claim.amount,
          source_ref: `dunning_claim:${claim.id}`,
          actor_id: input.actor_id,
        })),
      })
    )
    const decided = updateDunningRecordStep(
      transform({ input, debitNote }, ({ input, debitNote }) => ({
        record: "claim" as const,
        id: input.id,
        data: {
          status: input.decision === "debit" ? "debited" : "waived",
          debit_note_id: (debitNote as { id?: string } | undefined)?.id ?? null,
          decision_reason: input.reason ?? null,
          decided_by: input.actor_id,
          decided_at: new Date(),
        },
      }))
    )
    const events = transform({ claim, input, debitNote }, ({ claim, input, debitNote }) => {
      const data: DunningClaimDecidedPayload = {
        id: claim.id,
        company_id: claim.company_id,
        invoice_id: claim.invoice_id,
        kind: claim.kind,
        decision: input.decision,
        amount: claim.amount,
        currency_code: claim.currency_code,
        debit_note_id: (debitNote as { id?: string } | undefined)?.id ?? null,
        actor_id: input.actor_id,
      }
      return [{ name: DunningEvents.CLAIM_DECIDED, data }]
    })
    emitEventsStep(events).config({ name: "emit-claim-decided" })
    return new WorkflowResponse(decided)
  }
)
