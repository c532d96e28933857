import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { DOCUMENTS_MODULE } from "../../../../modules/documents"
import type DocumentsModuleService from "../../../../modules/documents/service"
import { fillTemplate } from "../../../../modules/dunning/letter-fields"
import { assertValidLadder, SAMPLE_FACTS } from "../../../../modules/dunning/policy-rules"
import type { AdminPreviewDunningLevel } from "../../../dunning/validators"

/**
 * POST /admin/dunning-policies/preview: one level's letter printed with
 * sample facts, as the PDF a company would receive; a template with an
 * unknown field is refused (400) with the fields there are.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof AdminPreviewDunningLevel>>,
  res: MedusaResponse
) {
  const { level, language } = req.validatedBody
  assertValidLadder([{ ...level, level: 1 }])
  const template = level.templates[language]
  const pdf = await req.scope.resolve<DocumentsModuleService>(DOCUMENTS_MODULE).renderPdf({
    kind: "dunning_letter",
    language,
    view: {
      seller: {
        legal_name: SAMPLE_FACTS.seller_name,
        address_lines: ["12 rue des Forges", "69007 Lyon"],
        iban: SAMPLE_FACTS.iban,
        bic: null,
      },
      company: {
        name: SAMPLE_FACTS.company_name,
        legal_name: SAMPLE_FACTS.legal_name,
        address_lines: ["3 avenue de l'Industrie", "38000 Grenoble"],
      },
      date: SAMPLE_FACTS.date,
      currency_code: SAMPLE_FACTS.currency_code,
      subject: fillTemplate(template.subject, SAMPLE_FACTS, language),
      body: fillTemplate(template.body, SAMPLE_FACTS, language),
      items: [
        {
          invoice_number: "INV-2026-000101",
          due_date: "2026-02-15",
          days_late: 28,
          open_amount: "750.00",
          chased_amount: "750.00",
        },
        {
          invoice_number: "INV-2026-000117",
          due_date: "2026-03-01",
          days_late: 14,
          open_amount: "500.00",
          chased_amount: "500.00",
        },
      ],
      total: SAMPLE_FACTS.total_open,
      claims: level.claim_indemnity
        ? [{ invoice_number: "INV-2026-000101", kind: "indemnity", amount: "40.00" }]
        : [],
    },
  })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", 'inline; filename="dunning-level-preview.pdf"')
  res.send(Buffer.from(pdf))
}
