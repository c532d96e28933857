import type { z } from "@medusajs/framework/zod"
import { documentPeriod, periodInOrder } from "../../../lib/query-input"

/** A buyer's statement is in the company's currency. */
export const StoreStatementParams = documentPeriod.strict().superRefine(periodInOrder)

export type StoreStatementParamsType = z.infer<typeof StoreStatementParams>
