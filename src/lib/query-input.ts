import { z } from "@medusajs/framework/zod"
import { parseCalendarDate } from "./time"

// Messages name their field: Medusa reports zod issues without the path.

/** A calendar date as YYYY-MM-DD that exists (no 2024-02-30). */
export const calendarDate = (field: string) =>
  z.string().refine(
    (value) => {
      try {
        parseCalendarDate(value)
        return true
      } catch {
        return false
      }
    },
    { message: `${field} must be a date as YYYY-MM-DD` }
  )

/**
 * A rule as a custom issue, so its sentence is the one the person reads:
 * Medusa's error formatter replaces the messages of `too_small` and
 * `too_big` with its own.
 */
export const rule = <T>(check: (value: T) => boolean, message: string) => [check, { message }] as const

/** One of a list of values, refused with a sentence that lists them (Medusa's own lists them without one). */
export const oneOf = <T extends string>(field: string, values: readonly T[]) =>
  z.custom<T>().superRefine((value, ctx) => {
    if (!values.includes(value)) {
      ctx.addIssue({
        code: "custom",
        message: `${field} must be one of ${values.join(", ")}, not ${JSON.stringify(value)}`,
      })
    }
  })

/** A whole number query parameter within bounds, with a default. */
export const wholeNumber = (field: string, min: number, max: number | null, fallback: number) =>
  z.coerce
    .number({ message: `${field} must be a whole number` })
    .refine(
      ...rule(
        (n: number) => Number.isInteger(n) && n >= min && (max === null || n <= max),
        max === null
          ? `${field} must be a whole number of ${min} or more`
          : `${field} must be a whole number from ${min} to ${max}`
      )
    )
    .default(fallback)

/** Refuses a period whose start is after its end. */
export const periodInOrder = (p: { from?: string; to?: string }, ctx: z.RefinementCtx) => {
  if (p.from && p.to && p.from > p.to) {
    ctx.addIssue({ code: "custom", message: `from (${p.from}) must not be after to (${p.to})` })
  }
}

/** The period and format of a document a buyer or the merchant asks for (a statement). */
export const documentPeriod = z.object({
  from: calendarDate("from").optional(),
  to: calendarDate("to").optional(),
  format: oneOf("format", ["json", "pdf"] as const).default("json"),
})
