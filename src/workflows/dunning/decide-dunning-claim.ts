import { MathBN, MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { DUNNING_MODULE } from "../../modules/dunning"
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
    return new StepResponse({
      ...claim,
      amount: MathBN.convert(claim.raw_amount as any).toFixed(),
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
