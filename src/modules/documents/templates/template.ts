import type { Language } from "../i18n/language"

/**
 * A document template: the caller's view model in, a self-contained HTML
 * page out (no script, nothing fetched), worded and formatted in the
 * language asked for. A new kind of document is one such function in its
 * own file, registered in ./index.ts.
 */
export type DocumentTemplate<View> = (view: View, language: Language) => string
