import { accountUpdate, holdTransitionConflict } from "../account-update"
import type { LockedCompany } from "../repositories/company"

const martin: LockedCompany = {
  id: "comp_1",
  name: "Atelier Martin",
  legal_name: "Atelier Martin SARL",
  vat_number: null,
  registration_id: null,
  billing_email: "compta@atelier-martin.fr",
  billing_address: null,
  language: null,
  metadata: null,
  status: "active",
  hold_reason: null,
  hold_buyer_message: null,
  held_at: null,
  held_by: null,
  currency_code: "eur",
  payment_term_id: "pt_net30",
  credit_limit: "5000",
  uninvoiced_exposure: "0",
  receivables_exposure: "0",
}
const held: LockedCompany = {
  ...martin,
  status: "on_hold",
  hold_reason: "late",
  held_at: new Date("2026-11-01T10:00:00Z"),
  held_by: "user_1",
}
const now = new Date("2026-12-02T12:00:00Z")

describe("holdTransitionConflict", () => {
  it.each<[string, LockedCompany, "hold" | "release" | undefined, string | null]>([
    ["a hold on an active company", martin, "hold", null],
    [
      "a second hold",
      held,
      "hold",
      "Company Atelier Martin is already on hold (late); release it first to put a new hold.",
    ],
    ["a release of a hold", held, "release", null],
    ["a release without a hold", martin, "release", "Company Atelier Martin is not on hold (status: active)"],
    ["a plain update of a company on hold", held, undefined, null],
  ])("%s", (_, company, transition, expected) => {
    expect(holdTransitionConflict(company, transition)).toBe(expected)
  })
})

describe("accountUpdate", () => {
  it.each<[string, LockedCompany, Record<string, unknown>, string[]]>([
    ["nothing", martin, {}, []],
    ["the same limit written differently", martin, { credit_limit: "5000.00" }, []],
    ["another limit", martin, { credit_limit: 4000 }, ["credit_limit"]],
    ["the removal of the line", martin, { credit_limit: null }, ["credit_limit"]],
    ["an e-mail and the same term", martin, { billing_email: "a@b.fr", payment_term_id: "pt_net30" }, ["billing_email"]],
    ["a language", martin, { language: "fr" }, ["language"]],
    ["fields left out", martin, { name: undefined }, []],
    ["a hold", martin, { status: "on_hold" }, ["status"]],
  ])("changes %s", (_, company, changes, changed) => {
    expect(accountUpdate(company, { changes, actor_id: "user_2" }, now).changed).toEqual(changed)
  })

  it("puts the hold's bookkeeping with a hold, and keeps what to restore", () => {
    const { update, previous } = accountUpdate(
      martin,
      { changes: { status: "on_hold" }, actor_id: "user_2", reason: "late", buyer_message: "Call us" },
      now
    )
    expect(update).toEqual({
      status: "on_hold",
      hold_reason: "late",
      hold_buyer_message: "Call us",
      held_at: now,
      held_by: "user_2",
    })
    expect(previous).toEqual({
      status: "active",
      hold_reason: null,
      hold_buyer_message: null,
      held_at: null,
      held_by: null,
    })
  })

  it("clears the hold on a release, and restores it on a rollback", () => {
    const { update, previous } = accountUpdate(held, { changes: { status: "active" }, actor_id: "user_2" }, now)
    expect(update).toMatchObject({ status: "active", hold_reason: null, held_at: null, held_by: null })
    expect(previous).toMatchObject({ status: "on_hold", hold_reason: "late", held_by: "user_1" })
  })

  it("writes nothing of the hold when the status stays", () => {
    const { update } = accountUpdate(held, { changes: { status: "on_hold", credit_limit: "1" }, actor_id: "u" }, now)
    expect(update).toEqual({ status: "on_hold", credit_limit: "1" })
  })
})
