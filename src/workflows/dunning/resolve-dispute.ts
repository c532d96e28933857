import { MathBN, MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { calendarDateInZone } from "../../lib/time"
import { DUNNING_MODULE } from "../../modules/dunning"
import { DunningEvents, type DisputeResolvedPayload } from "../../modules/dunning/events"
import type { DisputeResolution } from "../../modules/dunning/models/dispute"
import type DunningModuleService from "../../modules/dunning/service"
import { RECEIVABLES_MODULE } from "../../modules/receivables"
import type ReceivablesModuleService from "../../modules/receivables/service"
import { emitEventsStep } from "../common/emit-events"
import { issueCreditNoteWorkflow } from "../invoicing/issue-credit-note"
import { updateDunningRecordStep } from "./steps/dunning-records"

export const resolveDisputeWorkflowId = "resolve-dispute"

export type ResolveDisputeInput = {
  id: string
  resolution: DisputeResolution
  note?: string | null
  actor_id: string
}

/** The open dispute, or a refusal saying why it cannot be resolved. */
const openDisputeStep = createStep("load-open-dispute", async (input: { id: string }, { container }) => {
  const [dispute] = await container
    .resolve<DunningModuleService>(DUNNING_MODULE)
    .listDisputes({ id: input.id })
  if (!dispute) throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no dispute ${input.id}`)
  if (dispute.status !== "open") {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Dispute ${input.id} was already resolved (${dispute.status})`
    )
  }
  return new StepResponse({ ...dispute, amount: MathBN.convert(dispute.raw_amount as any).toFixed() })
})

/**
 * Writes the disputed amount off the invoice in the ledger. The write-off
 * is an entry like any other: undone by the reversing entry a person books,
 * not silently deleted, so a failure after it leaves it for them to see.
 */
const writeOffDisputeStep = createStep(
  "write-off-dispute",
  async (input: { dispute: Record<string, any>; actor_id: string }, { container }) => {
    const receivables = container.resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)
    const entry = await receivables.writeOffDocument({
      company_id: input.dispute.company_id,
      currency_code: input.dispute.currency_code,
      document_id: input.dispute.invoice_id,
      amount: input.dispute.amount,
      effective_date: calendarDateInZone(new Date(), receivables.options.timeZone),
      reason: `Dispute ${input.dispute.id}: ${input.dispute.reason_code}`,
      idempotency_key: `dispute-write-off:${input.dispute.id}`,
      created_by: input.actor_id,
    })
    return new StepResponse(entry.id)
  }
)

/**
 * The controller resolves a dispute: rejected (dunning resumes where the
 * invoice stood), credited (a credit note for the disputed amount, through
 * the credit-note workflow, tax included) or written off (a write-off in the
 * ledger). Records who and when; emits `dispute.resolved`.
 */
export const resolveDisputeWorkflow = createWorkflow(
  resolveDisputeWorkflowId,
  (input: ResolveDisputeInput) => {
    const dispute = openDisputeStep(input)
    const creditNote = when({ input }, ({ input }) => input.resolution === "credited").then(() =>
      issueCreditNoteWorkflow.runAsStep({
        input: transform({ dispute, input }, ({ dispute, input }) => ({
          invoice_id: dispute.invoice_id,
          refund_amount: dispute.amount,
          reason: input.note || `Dispute settled: ${dispute.reason_code}`,
          source_ref: `dispute:${dispute.id}`,
        })),
      })
    )
    const writeOff = when({ input }, ({ input }) => input.resolution === "written_off").then(() =>
      writeOffDisputeStep({ dispute, actor_id: input.actor_id })
    )
    const resolved = updateDunningRecordStep(
      transform({ input, creditNote, writeOff }, ({ input, creditNote, writeOff }) => ({
        record: "dispute" as const,
        id: input.id,
        data: {
          status: input.resolution,
          resolved_by: input.actor_id,
          resolved_at: new Date(),
          resolution_note: input.note ?? null,
          settled_by_id: (creditNote as { id?: string } | null)?.id ?? writeOff ?? null,
        },
      }))
    )
    const events = transform({ dispute, input }, ({ dispute, input }) => {
      const data: DisputeResolvedPayload = {
        id: dispute.id,
        company_id: dispute.company_id,
        invoice_id: dispute.invoice_id,
        resolution: input.resolution,
        actor_id: input.actor_id,
      }
      return [{ name: DunningEvents.DISPUTE_RESOLVED, data }]
    })
    emitEventsStep(events).config({ name: "emit-dispute-resolved" })
    return new WorkflowResponse(resolved)
  }
)
