import type { MedusaContainer } from "@medusajs/framework/types"
import { featureEnabled } from "../modules/o2c/feature-gate"
import { retryInvoiceRendersWorkflow } from "../workflows/invoicing/retry-invoice-renders"

/** Every five minutes, documents whose render is pending or failed are rendered (and sent) again. */
export default async function retryInvoiceRenders(container: MedusaContainer) {
  if (!featureEnabled(container, "invoicing")) return
  await retryInvoiceRendersWorkflow(container).run()
}

export const config = { name: "o2c-retry-invoice-renders", schedule: "*/5 * * * *" }
