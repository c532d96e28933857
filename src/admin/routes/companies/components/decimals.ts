/** Compares two non-negative decimal strings digit by digit (no float rounding): -1, 0 or 1. */
export const compareDecimals = (a: string, b: string) => {
  const [aWhole, aFraction = ""] = a.split(".")
  const [bWhole, bFraction = ""] = b.split(".")
  const width = Math.max(aFraction.length, bFraction.length)
  const digits = (whole: string, fraction: string) =>
    whole.replace(/^0+(?=\d)/, "") + fraction.padEnd(width, "0")
  const [x, y] = [digits(aWhole, aFraction), digits(bWhole, bFraction)]
  if (x.length !== y.length) return x.length < y.length ? -1 : 1
  return x === y ? 0 : x < y ? -1 : 1
}
