/** A postal address (a company's billing address, the seller's) as the lines a letter prints. */
export const addressLines = (a: Record<string, any> | null | undefined): string[] =>
  a
    ? [
        a.address_1 ?? a.line1,
        a.address_2 ?? a.line2,
        [a.postal_code, a.city].filter(Boolean).join(" "),
        a.country_code?.toUpperCase(),
      ].filter((l): l is string => !!l)
    : []
