import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DOCUMENTS_MODULE } from "../../../modules/documents"
import type DocumentsModuleService from "../../../modules/documents/service"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { RECEIVABLES_MODULE } from "../../../modules/receivables"
import type ReceivablesModuleService from "../../../modules/receivables/service"
import { addressLines } from "../../documents/address-lines"
import { companyDocumentLanguage } from "../../documents/company-language"

/** The company a statement is addressed to, as the company module returns it. */
export type StatementCompany = {
  id: string
  name: string
  legal_name: string | null
  currency_code: string
  billing_address?: Record<string, any> | null
}

export type StatementPeriod = { currency_code: string; from: string; to: string }

/**
 * Builds a company's statement for a period and prints it, with the
 * seller's identity, through the documents module in the company's
 * language. A statement is not stored: it is printed again whenever it is
 * asked for, in the company's language of that day. Writes nothing, so
 * there is nothing to compensate.
 */
export const renderStatementStep = createStep(
  "render-statement",
  async (
    { company, currency_code, from, to }: { company: StatementCompany } & StatementPeriod,
    { container }
  ) => {
    const [statement, { identity }, language] = await Promise.all([
      container
        .resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)
        .statement({ company_id: company.id, currency_code, from, to }),
      container.resolve<InvoicingModuleService>(INVOICING_MODULE).sellerIdentity(),
      companyDocumentLanguage(container, company.id),
    ])
    const printed = await container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE).renderPdf({
      kind: "statement",
      language,
      view: {
        ...statement,
        seller: {
          legal_name: identity?.legal_name ?? "",
          address_lines: addressLines(identity?.address as Record<string, any> | undefined),
        },
        company: {
          name: company.name,
          legal_name: company.legal_name,
          address_lines: addressLines(company.billing_address),
        },
      },
    })
    const pdf = Buffer.from(printed)
    return new StepResponse({
      closing_balance: statement.closing_balance,
      filename: `statement-${from}-${to}.pdf`,
      content: pdf.toString("base64"),
      bytes: pdf.length,
    })
  }
)
