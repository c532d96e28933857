import { errorHandler as medusaErrorHandler, type MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const medusa = medusaErrorHandler()

/**
 * The API's one error mapping: Medusa's own, except that a `MedusaError`
 * CONFLICT keeps its sentence. Medusa answers every 409 with a generic
 * "retry with an Idempotency-Key" hint, which fits a database serialization
 * failure (still mapped that way: it is not a MedusaError when thrown) but
 * not a refused change, where the person must read why ("Company Acme is not
 * on hold"). Throw `new MedusaError(MedusaError.Types.CONFLICT, sentence)`.
 * The test is on the type, not the class: an error leaves a workflow as a
 * plain object that keeps its type and message.
 */
export const o2cErrorHandler: MedusaErrorHandlerFunction = (error, req, res, next) => {
  if ((error as { type?: string })?.type === MedusaError.Types.CONFLICT) {
    req.scope?.resolve("logger").info(error.message)
    res.status(409).json({ code: "invalid_state_error", type: error.type, message: error.message })
    return
  }
  return medusa(error, req, res, next)
}
