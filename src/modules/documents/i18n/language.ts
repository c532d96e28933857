/** The languages documents are printed in. */
export const LANGUAGES = ["fr", "en"] as const

export type Language = (typeof LANGUAGES)[number]

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language)
}

/**
 * The language of a document: the one asked for (the company's own) when
 * documents can be printed in it, else the store's default. A company with
 * no language, or one we have no labels for, reads the default.
 */
export function documentLanguage(preferred: unknown, storeDefault: Language): Language {
  return isLanguage(preferred) ? preferred : storeDefault
}
