import { futureDateRefusal } from "../booking-date"

describe("futureDateRefusal", () => {
  it.each([
    ["2026-12-02", "2026-12-02", null],
    ["2026-12-01", "2026-12-02", null],
    ["2025-01-31", "2026-12-02", null],
    [
      "2026-12-03",
      "2026-12-02",
      "received_on 2026-12-03 is after today (2026-12-02, Europe/Paris): money cannot be booked on a future date",
    ],
    [
      "2027-06-01",
      "2026-12-02",
      "received_on 2027-06-01 is after today (2026-12-02, Europe/Paris): money cannot be booked on a future date",
    ],
  ])("%s when today is %s -> %s", (date, today, expected) => {
    expect(futureDateRefusal({ field: "received_on", date, today, timeZone: "Europe/Paris" })).toBe(expected)
  })
})
