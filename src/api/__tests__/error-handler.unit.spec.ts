import { MedusaError, serializeError } from "@medusajs/framework/utils"
import { o2cErrorHandler } from "../error-handler"

const GENERIC_CONFLICT =
  "The request conflicted with another request. You may retry the request with the provided Idempotency-Key."

function answer(error: unknown) {
  const sent: { status?: number; body?: any } = {}
  const res: any = {
    status(code: number) {
      sent.status = code
      return res
    },
    json(body: unknown) {
      sent.body = body
      return res
    },
  }
  const logger = { info: () => {}, error: () => {}, warn: () => {} }
  o2cErrorHandler(error, { scope: { resolve: () => logger }, path: "/admin/x" } as any, res, () => {})
  return [sent.status, sent.body?.message]
}

const conflict = new MedusaError(MedusaError.Types.CONFLICT, "Company Acme is not on hold (status: active)")
// What a Postgres serialization failure looks like before Medusa formats it.
const serializationFailure = Object.assign(new Error("could not serialize access"), { code: "40001" })

describe("o2cErrorHandler", () => {
  it.each([
    ["a MedusaError CONFLICT keeps its sentence", conflict, 409, conflict.message],
    [
      "a CONFLICT coming out of a workflow (serialized) keeps its sentence",
      serializeError(conflict),
      409,
      conflict.message,
    ],
    [
      "a database serialization failure keeps Medusa's retry hint",
      serializationFailure,
      409,
      GENERIC_CONFLICT,
    ],
    [
      "other MedusaErrors answer as Medusa's handler does",
      new MedusaError(MedusaError.Types.NOT_FOUND, "Company c_1 was not found"),
      404,
      "Company c_1 was not found",
    ],
    [
      "a refusal stays a 400 with its sentence",
      new MedusaError(MedusaError.Types.NOT_ALLOWED, "Credit limit exceeded"),
      400,
      "Credit limit exceeded",
    ],
    [
      "an unexpected error stays a 500 without its details",
      new Error("boom"),
      500,
      "An unknown error occurred.",
    ],
  ])("%s", (_, error, status, message) => {
    expect(answer(error)).toEqual([status, message])
  })
})
