/*
 * A dunning level as the policy editor holds it (numbers as typed) and as
 * the API takes it: pure, tested beside it.
 */
import type { DunningChannel, DunningLevel, DunningLevelBody, Language } from "./dunning-types"
import { amountInputProblem } from "./money"

export type Template = { subject: string; body: string }

/** A level as typed: numbers as text until saved. Rows are added and removed: each has a key of its own. */
export type LevelForm = {
  key: number
  level: string
  name: string
  offset_days: string
  channels: DunningChannel[]
  /** The minimum chased amount in EUR; the other currencies' minimums are kept as they were. */
  min_eur: string
  other_min: Record<string, string>
  claim_indemnity: boolean
  claim_interest: boolean
  place_hold: boolean
  needs_approval: boolean
  templates: Record<Language, Template>
}

let lastKey = 0

export const levelForm = (level: DunningLevel | null, number: number): LevelForm => {
  const { eur = "", ...other_min } = level?.min_amount ?? {}
  const empty = { subject: "", body: "" }
  return {
    key: ++lastKey,
    level: String(level?.level ?? number),
    name: level?.name ?? "",
    offset_days: level ? String(level.offset_days) : "",
    channels: level?.channels ?? ["email"],
    min_eur: eur,
    other_min,
    claim_indemnity: level?.claim_indemnity ?? false,
    claim_interest: level?.claim_interest ?? false,
    place_hold: level?.place_hold ?? false,
    needs_approval: level?.needs_approval ?? false,
    templates: { fr: { ...(level?.templates.fr ?? empty) }, en: { ...(level?.templates.en ?? empty) } },
  }
}

const WHOLE = /^-?\d+$/

/** The level as the API takes it; a sentence instead when a number or the amount is not one. */
export function levelBody(form: LevelForm): DunningLevelBody | string {
  const where = `Level ${form.level || "?"}${form.name ? ` ("${form.name}")` : ""}`
  if (!/^\d+$/.test(form.level.trim())) return `${where}: the level number must be a whole number, such as 2.`
  if (!WHOLE.test(form.offset_days.trim())) {
    return `${where}: the offset must be a whole number of days from the due date, such as 7 or -3.`
  }
  const min = form.min_eur.trim()
  if (min) {
    const problem = amountInputProblem(min, "eur", { zero: true })
    if (problem) return `${where}, minimum amount: ${problem}`
  }
  const min_amount = { ...form.other_min, ...(min ? { eur: min } : {}) }
  return {
    level: Number(form.level),
    name: form.name.trim(),
    offset_days: Number(form.offset_days),
    channels: form.channels,
    templates: form.templates,
    min_amount: Object.keys(min_amount).length ? min_amount : null,
    claim_indemnity: form.claim_indemnity,
    claim_interest: form.claim_interest,
    place_hold: form.place_hold,
    needs_approval: form.needs_approval,
  }
}
