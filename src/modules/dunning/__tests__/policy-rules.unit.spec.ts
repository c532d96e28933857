import { MedusaError } from "@medusajs/framework/utils"
import { assertValidLadder, type LevelInput } from "../policy-rules"

const templates = (name: string) => ({
  fr: {
    subject: `${name} : {{total_open}}`,
    body: "Bonjour {{company_name}}, {{days_late}} jours de retard.",
  },
  en: { subject: `${name}: {{total_open}}`, body: "Dear {{ company_name }}, {{days_late}} days late." },
})
const level = (n: number, name: string, offset: number, over: Partial<LevelInput> = {}): LevelInput => ({
  level: n,
  name,
  offset_days: offset,
  channels: ["email"],
  templates: templates(name),
  ...over,
})
const ladder = () => [
  level(1, "Courtesy", -3),
  level(2, "First reminder", 7),
  level(3, "Formal notice", 30, { claim_indemnity: true, claim_interest: true }),
]
/** The ladder with level `n` changed. */
const withLevel = (n: number, over: Partial<LevelInput>) =>
  ladder().map((l) => (l.level === n ? { ...l, ...over } : l))

const refusal = (levels: LevelInput[]) => {
  try {
    assertValidLadder(levels)
  } catch (error) {
    expect(error).toBeInstanceOf(MedusaError)
    expect((error as MedusaError).type).toBe(MedusaError.Types.INVALID_DATA)
    return (error as MedusaError).message
  }
  return "(accepted)"
}

describe("assertValidLadder", () => {
  it.each([
    ["no levels", [], "A dunning policy needs at least one level"],
    [
      "a level number twice",
      [...ladder(), level(2, "Again", 40)],
      "Level 2 appears twice: each level number is used once",
    ],
    [
      "a gap in the numbering",
      [level(1, "Courtesy", -3), level(3, "Formal notice", 30)],
      "Levels are numbered 1 to 2 without gaps; level 2 is missing",
    ],
    [
      "numbering not starting at 1",
      [level(2, "First reminder", 7), level(3, "Formal notice", 30)],
      "Levels are numbered 1 to 2 without gaps; level 1 is missing",
    ],
    [
      "two levels on the same day",
      withLevel(2, { offset_days: -3 }),
      'Level 2 ("First reminder") falls due -3 days from the due date, not after level 1 (-3 days): offsets must rise with the levels',
    ],
    [
      "a later level falling due earlier",
      withLevel(3, { offset_days: 5 }),
      'Level 3 ("Formal notice") falls due 5 days from the due date, not after level 2 (7 days): offsets must rise with the levels',
    ],
    [
      "courtesy notices out of order before the due date",
      [level(1, "Early courtesy", -3), level(2, "Late courtesy", -5), level(3, "First reminder", 7)],
      'Level 2 ("Late courtesy") falls due -5 days from the due date, not after level 1 (-3 days): offsets must rise with the levels',
    ],
    [
      "no French subject",
      withLevel(2, { templates: { ...templates("First reminder"), fr: { subject: "", body: "Bonjour" } } }),
      'Level 2 ("First reminder") needs a subject and a body in French (fr)',
    ],
    [
      "an English body of blanks",
      withLevel(3, { templates: { ...templates("Formal notice"), en: { subject: "Notice", body: " \n " } } }),
      'Level 3 ("Formal notice") needs a subject and a body in English (en)',
    ],
    [
      "no English at all",
      withLevel(1, { templates: { fr: templates("Courtesy").fr } }),
      'Level 1 ("Courtesy") needs a subject and a body in English (en)',
    ],
    [
      "an unknown field in a French subject",
      withLevel(2, {
        templates: { ...templates("First reminder"), fr: { subject: "{{montant}} dû", body: "Bonjour" } },
      }),
      'Level 2 ("First reminder"), subject in fr: uses {{montant}}, which is not a field; the fields are company_name, legal_name,',
    ],
    [
      "unknown fields in an English body",
      withLevel(3, {
        templates: {
          ...templates("Formal notice"),
          en: { subject: "Notice", body: "{{amount}} by {{deadline}}" },
        },
      }),
      'Level 3 ("Formal notice"), body in en: uses {{amount}}, {{deadline}}, which are not fields; the fields are',
    ],
  ])("refuses %s", (_, levels, start) => {
    const message = refusal(levels as LevelInput[])
    expect(message.slice(0, start.length)).toBe(start)
  })

  it("names every field when refusing one", () => {
    const message = refusal(
      withLevel(1, { templates: { ...templates("Courtesy"), en: { subject: "{{x}}", body: "b" } } })
    )
    expect(message).toBe(
      'Level 1 ("Courtesy"), subject in en: uses {{x}}, which is not a field; the fields are company_name, legal_name, date, level, level_name, total_open, invoice_count, oldest_due_date, days_late, fees, interest, seller_name, iban'
    )
  })

  it("accepts a valid ladder given in any order, and leaves it as given", () => {
    const levels = [ladder()[2], ladder()[0], ladder()[1]]
    expect(refusal(levels)).toBe("(accepted)")
    expect(levels.map((l) => l.level)).toEqual([3, 1, 2])
  })

  it("accepts a single level", () => {
    expect(refusal([level(1, "Only", 10)])).toBe("(accepted)")
  })
})
