import { type LevelForm, levelBody, levelForm } from "../dunning-levels"
import type { DunningLevel } from "../dunning-types"

const templates = {
  fr: { subject: "Relance – {{company_name}}", body: "{{total_open}} reste dû." },
  en: { subject: "Reminder – {{company_name}}", body: "{{total_open}} is due." },
}

const saved: DunningLevel = {
  id: "dlvl_1",
  level: 2,
  name: "First reminder",
  offset_days: 7,
  channels: ["email", "letter"],
  templates,
  min_amount: { eur: "20.00", usd: "25.00" },
  claim_indemnity: true,
  claim_interest: false,
  place_hold: false,
  needs_approval: true,
}

const typed = (changes: Partial<LevelForm>): LevelForm => ({ ...levelForm(saved, 1), ...changes })

describe("levelForm and levelBody", () => {
  it("gives back a saved level as it was, the other currencies' minimums kept", () => {
    expect(levelBody(levelForm(saved, 1))).toEqual({
      level: 2,
      name: "First reminder",
      offset_days: 7,
      channels: ["email", "letter"],
      templates,
      min_amount: { eur: "20.00", usd: "25.00" },
      claim_indemnity: true,
      claim_interest: false,
      place_hold: false,
      needs_approval: true,
    })
  })

  it("starts a new level at the number given, by e-mail, with nothing claimed", () => {
    const form = levelForm(null, 3)
    expect(form).toMatchObject({ level: "3", offset_days: "", channels: ["email"], min_eur: "" })
    expect(form.templates).toEqual({ fr: { subject: "", body: "" }, en: { subject: "", body: "" } })
  })

  it("gives each level a key of its own, so rows keep their state when others are removed", () => {
    expect(levelForm(null, 1).key).not.toBe(levelForm(null, 1).key)
  })

  it.each<[string, Partial<LevelForm>, unknown]>([
    [
      "a courtesy notice before the due date",
      { offset_days: " -3 " },
      expect.objectContaining({ offset_days: -3 }),
    ],
    [
      "no minimum amount at all",
      { min_eur: "", other_min: {} },
      expect.objectContaining({ min_amount: null }),
    ],
    [
      "a minimum of zero",
      { min_eur: "0" },
      expect.objectContaining({ min_amount: { usd: "25.00", eur: "0" } }),
    ],
    [
      "a name with spaces around it",
      { name: "  Mise en demeure " },
      expect.objectContaining({ name: "Mise en demeure" }),
    ],
  ])("sends %s", (_, changes, expected) => {
    expect(levelBody(typed(changes))).toEqual(expected)
  })

  it.each<[string, Partial<LevelForm>, string]>([
    [
      "a level that is not a number",
      { level: "two" },
      'Level two ("First reminder"): the level number must be a whole number',
    ],
    ["an offset with decimals", { offset_days: "7.5" }, "the offset must be a whole number of days"],
    ["no offset", { offset_days: "" }, "the offset must be a whole number of days"],
    [
      "a minimum with three decimals",
      { min_eur: "20.125" },
      "minimum amount: Enter an amount in EUR with up to 2 decimals",
    ],
  ])("refuses %s, saying which level", (_, changes, sentence) => {
    expect(levelBody(typed(changes))).toContain(sentence)
  })
})
