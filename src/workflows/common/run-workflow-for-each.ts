import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type RunnableWorkflow<I> = (container: MedusaContainer) => { run: (args: { input: I }) => Promise<unknown> }

/**
 * A step that runs `workflow` once per document id, one after another, each
 * run its own transaction: what a sweep job does with the backlog it found.
 * Each run records its own outcome (and is idempotent), so a failure leaves
 * the rest for the next sweep and there is nothing to compensate here.
 */
export function runWorkflowForEachStep<I>(
  name: string,
  workflow: RunnableWorkflow<I>,
  inputOf: (id: string) => I
) {
  return createStep(name, async (documentIds: string[], { container }) => {
    for (const id of documentIds) {
      await workflow(container).run({ input: inputOf(id) })
    }
    return new StepResponse(documentIds)
  })
}
