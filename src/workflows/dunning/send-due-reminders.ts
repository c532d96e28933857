import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DUNNING_MODULE } from "../../modules/dunning"
import type DunningModuleService from "../../modules/dunning/service"
import { deliverRemindersStep } from "./steps/deliver-reminders"

export const sendDueRemindersWorkflowId = "send-due-dunning-reminders"

/**
 * Takes reminders due for sending (queued, or failed with a retry due) and
 * leases them to this process for ten minutes (another process sending at
 * the same time skips them; a process that dies mid-send gives them back
 * when the lease ends). The lease is a write of its own: nothing to undo.
 */
const leaseDueRemindersStep = createStep(
  "lease-due-dunning-reminders",
  async (input: { run_id?: string; limit: number }, { container }) => {
    const ids = await container.resolve<DunningModuleService>(DUNNING_MODULE).leaseDueReminders(input)
    return new StepResponse(ids)
  }
)

/** Sends the reminders due (of one run, or all), up to `limit`: the outbox's sender. */
export const sendDueRemindersWorkflow = createWorkflow(
  sendDueRemindersWorkflowId,
  (input: { run_id?: string; limit: number }) => {
    const ids = leaseDueRemindersStep(input)
    return new WorkflowResponse(deliverRemindersStep(ids))
  }
)
