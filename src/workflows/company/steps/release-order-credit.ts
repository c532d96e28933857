import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

/**
 * Gives a canceled order's credit back to its company. No compensation: it
 * is the workflow's only step, and the release is idempotent (a retry finds
 * the commitment released); taking credit again would need a new check.
 */
export const releaseOrderCreditStep = createStep(
  "release-order-credit",
  async ({ order_id }: { order_id: string }, { container }) => {
    const released = await container
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .releaseCommitment({ order_id })
    return new StepResponse(released)
  }
)
