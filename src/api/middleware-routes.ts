import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { requireFeature } from "../modules/o2c/feature-gate"
import type { SwitchableFeature } from "../modules/o2c/options"

type QueryConfig = Parameters<typeof validateAndTransformQuery>[1]

// The three shapes every context's middlewares.ts repeats, so that a folder's list reads as its routes.

/** Every route under each matcher answers 404 while `feature` is switched off. */
export const featureRoutes = (feature: SwitchableFeature, ...matchers: string[]): MiddlewareRoute[] =>
  matchers.map((matcher) => ({ matcher, middlewares: [requireFeature(feature)] }))

/** A GET whose query `schema` validates (with Medusa's `fields`/pagination `config` for list and detail routes). */
export const getWithQuery = (
  matcher: string,
  schema: z.ZodTypeAny,
  config: QueryConfig = {}
): MiddlewareRoute => ({
  matcher,
  methods: ["GET"],
  middlewares: [validateAndTransformQuery(schema, config)],
})

/** A POST whose body `schema` validates, then `after` (e.g. the fields the answer shows). */
export const postWithBody = (
  matcher: string,
  schema: z.ZodTypeAny,
  ...after: NonNullable<MiddlewareRoute["middlewares"]>
): MiddlewareRoute => ({
  matcher,
  methods: ["POST"],
  middlewares: [validateAndTransformBody(schema), ...after],
})
