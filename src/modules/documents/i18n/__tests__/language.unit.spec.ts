import { documentLanguage, isLanguage } from "../language"

describe("documentLanguage", () => {
  it.each([
    ["the company's French", "fr", "en", "fr"],
    ["the company's English", "en", "fr", "en"],
    ["no language: the store default", null, "fr", "fr"],
    ["undefined (an older company row): the store default", undefined, "en", "en"],
    ["a language we print nothing in: the store default", "de", "fr", "fr"],
    ["a locale rather than a language: the store default", "fr-FR", "en", "en"],
  ] as const)("%s", (_, preferred, storeDefault, language) => {
    expect(documentLanguage(preferred, storeDefault)).toBe(language)
  })

  it.each([
    ["fr", true],
    ["en", true],
    ["FR", false],
    ["", false],
    [null, false],
    [42, false],
  ])("isLanguage(%p) is %p", (value, expected) => {
    expect(isLanguage(value)).toBe(expected)
  })
})
