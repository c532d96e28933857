import type { MedusaResponse } from "@medusajs/framework/http"
import { answerStatement } from "../../../receivables/statement"
import type { StoreBuyerRequest } from "../../buyer-context"
import type { StoreStatementParamsType } from "../validators"

/** GET /store/company/statement?from=&to=&format=json|pdf: the company's statement, for its admins. */
export async function GET(req: StoreBuyerRequest<unknown, StoreStatementParamsType>, res: MedusaResponse) {
  await answerStatement(req, res, req.buyer.company, req.validatedQuery)
}
