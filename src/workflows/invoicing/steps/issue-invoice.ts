import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"

/**
 * Numbers, hashes and freezes a draft. The workflow's last write: an issued
 * document is never undone (corrections go through credit notes), so there
 * is nothing to compensate.
 */
export const issueInvoiceStep = createStep(
  "issue-invoice",
  async (input: { id: string; issue_date: string }, { container }) => {
    const issued = await container.resolve<InvoicingModuleService>(INVOICING_MODULE).issue(input)
    return new StepResponse(issued)
  }
)
