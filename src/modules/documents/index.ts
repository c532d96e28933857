import { Module } from "@medusajs/framework/utils"
import DocumentsModuleService from "./service"

export const DOCUMENTS_MODULE = "documents"

export default Module(DOCUMENTS_MODULE, { service: DocumentsModuleService })

export type { Language } from "./i18n/language"
export type { RenderRequest } from "./service"
export type { DocumentKind, InvoiceView, StatementView } from "./templates"
export { isLanguage } from "./i18n/language"
