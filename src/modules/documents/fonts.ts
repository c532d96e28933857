/**
 * The fonts every document is set in. Only fonts installed on the machine:
 * a page may not fetch anything, and DejaVu and Liberation ship with
 * Chromium's Debian package. Both cover the French accents, the narrow
 * no-break space French figures are grouped with ("1 234,56 €"), the euro
 * sign and the minus sign.
 */
export const SANS = `"Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif`

export const MONO = `"DejaVu Sans Mono", "Liberation Mono", monospace`
