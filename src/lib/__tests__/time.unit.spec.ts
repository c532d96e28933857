import {
  addDays,
  addMonths,
  calendarDateInZone,
  daysBetween,
  endOfMonth,
  parseCalendarDate,
  startOfDayInZone,
} from "../time"

describe("calendarDateInZone", () => {
  it.each([
    ["2026-01-31T23:30:00Z", "UTC", "2026-01-31"],
    ["2026-01-31T23:30:00Z", "Europe/Paris", "2026-02-01"],
    ["2026-02-01T03:00:00Z", "America/New_York", "2026-01-31"],
    ["2026-12-31T15:30:00Z", "Asia/Tokyo", "2027-01-01"],
    ["2026-06-30T22:00:00Z", "Europe/Paris", "2026-07-01"],
    ["2026-06-30T21:59:59Z", "Europe/Paris", "2026-06-30"],
  ])("%s in %s is %s", (instant, zone, expected) => {
    expect(calendarDateInZone(new Date(instant), zone)).toBe(expected)
  })
})

describe("startOfDayInZone", () => {
  it.each([
    ["2026-01-15", "UTC", "2026-01-15T00:00:00.000Z"],
    ["2026-01-15", "Europe/Paris", "2026-01-14T23:00:00.000Z"],
    ["2026-07-15", "Europe/Paris", "2026-07-14T22:00:00.000Z"],
    // the days daylight saving starts and ends in Paris
    ["2026-03-29", "Europe/Paris", "2026-03-28T23:00:00.000Z"],
    ["2026-10-25", "Europe/Paris", "2026-10-24T22:00:00.000Z"],
    ["2026-03-08", "America/New_York", "2026-03-08T05:00:00.000Z"],
    ["2026-01-01", "Asia/Kolkata", "2025-12-31T18:30:00.000Z"],
  ])("%s in %s starts at %s", (date, zone, expected) => {
    const start = startOfDayInZone(date, zone)
    expect(start.toISOString()).toBe(expected)
    expect(calendarDateInZone(start, zone)).toBe(date)
    expect(calendarDateInZone(new Date(start.getTime() - 1), zone)).toBe(addDays(date, -1))
  })
})

describe("calendar arithmetic", () => {
  it.each([
    ["2026-01-31", 1, "2026-02-01"],
    ["2026-02-28", 1, "2026-03-01"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2026-01-15", 45, "2026-03-01"],
    ["2026-03-28", 1, "2026-03-29"],
  ])("addDays(%s, %i) = %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected)
  })

  it.each([
    ["2026-01-31", 1, "2026-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2026-01-15", 1, "2026-02-15"],
    ["2026-11-30", 3, "2027-02-28"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2026-05-31", 1, "2026-06-30"],
  ])("addMonths(%s, %i) = %s", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected)
  })

  it.each([
    ["2026-02-10", "2026-02-28"],
    ["2028-02-10", "2028-02-29"],
    ["2100-02-01", "2100-02-28"],
    ["2000-02-01", "2000-02-29"],
    ["2026-12-01", "2026-12-31"],
    ["2026-04-30", "2026-04-30"],
  ])("endOfMonth(%s) = %s", (date, expected) => {
    expect(endOfMonth(date)).toBe(expected)
  })

  it.each([
    ["2026-01-01", "2026-01-31", 30],
    ["2026-01-31", "2026-01-01", -30],
    ["2026-03-28", "2026-03-30", 2],
    ["2028-02-28", "2028-03-01", 2],
    ["2026-01-01", "2027-01-01", 365],
  ])("daysBetween(%s, %s) = %i", (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days)
  })

  it.each(["2026-02-30", "2026-13-01", "26-01-01", "2026-1-1", "2027-02-29"])(
    "refuses %p",
    (value) => {
      expect(() => parseCalendarDate(value)).toThrow()
    }
  )
})
