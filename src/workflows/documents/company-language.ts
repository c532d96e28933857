import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DOCUMENTS_MODULE, type Language } from "../../modules/documents"
import type DocumentsModuleService from "../../modules/documents/service"

/**
 * The language a company's documents are printed in: the company's own
 * (`company.language`), else the store default (the `defaultLanguage`
 * plugin option). A document without a company reads the default.
 */
export async function companyDocumentLanguage(
  container: MedusaContainer,
  companyId: string | null | undefined
): Promise<Language> {
  const documents = container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE)
  if (!companyId) {
    return documents.languageFor(null)
  }
  const {
    data: [company],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "company",
    fields: ["id", "language"],
    filters: { id: companyId },
  })
  return documents.languageFor(company?.language)
}
