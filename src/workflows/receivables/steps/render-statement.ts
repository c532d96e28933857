import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { RECEIVABLES_MODULE } from "../../../modules/receivables"
import type ReceivablesModuleService from "../../../modules/receivables/service"
import { renderStatementHtml } from "../../../modules/receivables/statement/template"

/** The company a statement is addressed to, as the company module returns it. */
export type StatementCompany = {
  id: string
  name: string
  legal_name: string | null
  currency_code: string
  billing_address?: Record<string, any> | null
}

export type StatementPeriod = { currency_code: string; from: string; to: string }

type Statement = Awaited<ReturnType<ReceivablesModuleService["statement"]>>

const addressLines = (a: Record<string, any> | null | undefined) =>
  a
    ? [
        a.address_1 ?? a.line1,
        a.address_2 ?? a.line2,
        [a.postal_code, a.city].filter(Boolean).join(" "),
        a.country_code?.toUpperCase(),
      ].filter((l): l is string => !!l)
    : []

/**
 * A statement as a PDF, with the seller's identity, rendered by the
 * invoicing module's warm browser: the one place that owns it. Shared by
 * the statement routes (download) and the send workflow (attachment).
 */
export async function renderStatementPdf(
  container: MedusaContainer,
  company: StatementCompany,
  statement: Statement
): Promise<Buffer> {
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const { identity } = await invoicing.sellerIdentity()
  const pdf = await invoicing.renderPdf(
    renderStatementHtml({
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
    })
  )
  return Buffer.from(pdf)
}

export const statementFilename = (period: { from: string; to: string }) =>
  `statement-${period.from}-${period.to}.pdf`

/** Builds and renders a company's statement for a period; writes nothing. */
export const renderStatementStep = createStep(
  "render-statement",
  async (input: { company: StatementCompany } & StatementPeriod, { container }) => {
    const statement = await container.resolve<ReceivablesModuleService>(RECEIVABLES_MODULE).statement({
      company_id: input.company.id,
      currency_code: input.currency_code,
      from: input.from,
      to: input.to,
    })
    const pdf = await renderStatementPdf(container, input.company, statement)
    return new StepResponse({
      closing_balance: statement.closing_balance,
      filename: statementFilename(input),
      content: pdf.toString("base64"),
      bytes: pdf.length,
    })
  }
)
