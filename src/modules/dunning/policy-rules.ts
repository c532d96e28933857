import { MedusaError } from "@medusajs/framework/utils"
import { fillTemplate, type LetterFacts } from "./letter-fields"

export type LevelInput = {
  level: number
  name: string
  offset_days: number
  channels: string[]
  templates: Record<string, { subject: string; body: string }>
  min_amount?: Record<string, string> | null
  claim_indemnity?: boolean
  claim_interest?: boolean
  place_hold?: boolean
  needs_approval?: boolean
}

/** The languages every level is written in: the company's language picks one. */
export const TEMPLATE_LANGUAGES = ["fr", "en"] as const

/** Facts to fill a template with when checking it at save: a reminder as it could be written. */
export const SAMPLE_FACTS: LetterFacts = {
  company_name: "Atelier Martin",
  legal_name: "Atelier Martin SARL",
  date: "2026-03-15",
  level: 2,
  level_name: "Second reminder",
  currency_code: "eur",
  total_open: "1250.00",
  invoice_count: 2,
  oldest_due_date: "2026-02-15",
  days_late: 28,
  fees: "40.00",
  interest: "12.34",
  seller_name: "Outillage Durand SAS",
  iban: "FR7630006000011234567890189",
}

const refuse = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Checks a ladder before it is saved: numbered 1, 2, 3... once each, its
 * offsets rising with the levels (a later level never falls due before an
 * earlier one), every level's subject and body in each language, each
 * template filled once with sample facts so that a field that does not
 * exist is refused now rather than in a run.
 */
export function assertValidLadder(levels: LevelInput[]) {
  if (!levels.length) throw refuse("A dunning policy needs at least one level")
  const seen = new Set<number>()
  for (const l of levels) {
    if (seen.has(l.level)) throw refuse(`Level ${l.level} appears twice: each level number is used once`)
    seen.add(l.level)
  }
  const sorted = [...levels].sort((a, b) => a.level - b.level)
  sorted.forEach((l, i) => {
    if (l.level !== i + 1) {
      throw refuse(`Levels are numbered 1 to ${levels.length} without gaps; level ${i + 1} is missing`)
    }
    const before = sorted[i - 1]
    if (before && l.offset_days <= before.offset_days) {
      throw refuse(
        `Level ${l.level} ("${l.name}") falls due ${l.offset_days} days from the due date, not after level ${before.level} (${before.offset_days} days): offsets must rise with the levels`
      )
    }
    for (const language of TEMPLATE_LANGUAGES) {
      const template = l.templates[language]
      if (!template?.subject?.trim() || !template?.body?.trim()) {
        throw refuse(
          `Level ${l.level} ("${l.name}") needs a subject and a body in ${language === "fr" ? "French (fr)" : "English (en)"}`
        )
      }
      for (const part of ["subject", "body"] as const) {
        try {
          fillTemplate(template[part], SAMPLE_FACTS, language)
        } catch (error) {
          throw refuse(
            `Level ${l.level} ("${l.name}"), ${part} in ${language}: ${(error as Error).message.replace(/^The template /, "")}`
          )
        }
      }
    }
  })
}
