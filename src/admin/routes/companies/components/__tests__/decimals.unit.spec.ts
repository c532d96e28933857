import { compareDecimals } from "../decimals"

describe("compareDecimals", () => {
  it.each([
    ["5000", "5000", 0],
    ["5000.00", "5000", 0],
    ["4999.99", "5000", -1],
    ["5000.01", "5000", 1],
    ["0.5", "5", -1],
    ["0.5", "10", -1],
    ["007535.60", "7535.6", 0],
    ["123456789012345678.01", "123456789012345678.02", -1],
    ["10", "9.999", 1],
  ])("%s against %s is %i", (a, b, expected) => {
    expect(compareDecimals(a, b)).toBe(expected)
  })
})
