import type { MedusaContainer } from "@medusajs/framework/types"
import { RECEIVABLES_MODULE } from "../modules/receivables"
import type ReceivablesModuleService from "../modules/receivables/service"
import { bookUnbookedDocumentsWorkflow } from "../workflows/receivables/book-unbooked-documents"

/** Every five minutes, documents of on-account orders the ledger missed are booked. */
export default async function bookUnbookedDocuments(container: MedusaContainer) {
  if (!container.resolve<ReceivablesModuleService>(RECEIVABLES_MODULE).enabled) return
  await bookUnbookedDocumentsWorkflow(container).run()
}

export const config = { name: "o2c-book-unbooked-documents", schedule: "*/5 * * * *" }
