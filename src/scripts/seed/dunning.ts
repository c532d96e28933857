import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { moneyString } from "../../lib/money"
import { addDays, calendarDateInZone } from "../../lib/time"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"
import { DUNNING_MODULE } from "../../modules/dunning"
import type { LevelInput } from "../../modules/dunning/policy-rules"
import type DunningModuleService from "../../modules/dunning/service"
import { RECEIVABLES_MODULE } from "../../modules/receivables"
import type ReceivablesModuleService from "../../modules/receivables/service"
import { createPaymentPromiseWorkflow } from "../../workflows/dunning/create-payment-promise"
import { openDisputeWorkflow } from "../../workflows/dunning/open-dispute"
import { runDunningWorkflow } from "../../workflows/dunning/run-dunning"
import { sendAllDueReminders } from "../../workflows/dunning/send-all-due-reminders"
import { saveDunningPolicyWorkflow } from "../../workflows/dunning/save-dunning-policy"

/**
 * The published rates, per half-year: the ECB main refinancing rate in
 * force on 1 January / 1 July and the French legal interest rate for
 * professional creditors (arrêtés of the Ministry of the Economy). The
 * admin adds each new half-year's figures as they are published.
 */
export const PUBLISHED_RATES = [
  { starts_on: "2023-01-01", ecb_refinancing_rate: "2.50", legal_interest_rate: "2.06" },
  { starts_on: "2023-07-01", ecb_refinancing_rate: "4.00", legal_interest_rate: "4.22" },
  { starts_on: "2024-01-01", ecb_refinancing_rate: "4.50", legal_interest_rate: "5.07" },
  { starts_on: "2024-07-01", ecb_refinancing_rate: "4.25", legal_interest_rate: "4.92" },
  { starts_on: "2025-01-01", ecb_refinancing_rate: "3.15", legal_interest_rate: "3.71" },
  { starts_on: "2025-07-01", ecb_refinancing_rate: "2.15", legal_interest_rate: "2.76" },
  { starts_on: "2026-01-01", ecb_refinancing_rate: "2.15", legal_interest_rate: "2.62" },
  // 2026 S2 is not in the seed: its figures were not at hand when it was written, and a guessed
  // rate would claim a wrong amount. Until the admin enters them, reminders claim no interest
  // running into that half-year and the run says which half-year is missing.
]

const courtesy: LevelInput = {
  level: 1,
  name: "Courtesy notice",
  offset_days: -3,
  channels: ["email"],
  templates: {
    fr: {
      subject: "Rappel : échéance prochaine – {{company_name}}",
      body: "Madame, Monsieur,\n\nNous vous rappelons que {{invoice_count}} facture(s), pour un total de {{total_open}}, arrive(nt) à échéance le {{oldest_due_date}}.\n\nSi votre règlement est déjà parti, merci de ne pas tenir compte de ce message.\n\nCordialement,\n{{seller_name}}",
    },
    en: {
      subject: "Reminder: payment due soon – {{company_name}}",
      body: "Dear customer,\n\nThis is a friendly reminder that {{invoice_count}} invoice(s) totalling {{total_open}} fall due on {{oldest_due_date}}.\n\nIf you have already paid, please disregard this message.\n\nKind regards,\n{{seller_name}}",
    },
  },
}

const firstReminder: LevelInput = {
  level: 2,
  name: "First reminder",
  offset_days: 7,
  channels: ["email"],
  min_amount: { eur: "20.00" },
  templates: {
    fr: {
      subject: "Relance : facture(s) échue(s) – {{company_name}}",
      body: "Madame, Monsieur,\n\nSauf erreur de notre part, {{invoice_count}} facture(s) pour un total de {{total_open}} reste(nt) impayée(s) à ce jour ; la plus ancienne était due le {{oldest_due_date}}.\n\nNous vous remercions de bien vouloir procéder à son règlement par virement (IBAN {{iban}}).\n\nCordialement,\n{{seller_name}}",
    },
    en: {
      subject: "Overdue invoice(s) – {{company_name}}",
      body: "Dear customer,\n\nAccording to our records, {{invoice_count}} invoice(s) totalling {{total_open}} remain unpaid; the oldest was due on {{oldest_due_date}}.\n\nPlease arrange payment by bank transfer (IBAN {{iban}}).\n\nKind regards,\n{{seller_name}}",
    },
  },
}

const secondReminder: LevelInput = {
  level: 3,
  name: "Second reminder",
  offset_days: 21,
  channels: ["email"],
  claim_indemnity: true,
  templates: {
    fr: {
      subject: "Deuxième relance – {{company_name}}",
      body: "Madame, Monsieur,\n\nMalgré notre précédente relance, {{total_open}} reste(nt) dû(s), avec {{days_late}} jours de retard.\n\nConformément à l'article L441-10 du Code de commerce, une indemnité forfaitaire pour frais de recouvrement de 40 € est due par facture payée en retard ({{fees}} au total).\n\nMerci de régulariser sous huit jours.\n\n{{seller_name}}",
    },
    en: {
      subject: "Second reminder – {{company_name}}",
      body: "Dear customer,\n\nDespite our earlier reminder, {{total_open}} is still outstanding, {{days_late}} days late.\n\nUnder article L441-10 of the French Commercial Code, a fixed recovery indemnity of EUR 40 is owed per late invoice ({{fees}} in total).\n\nPlease settle within eight days.\n\n{{seller_name}}",
    },
  },
}

const formalNotice: LevelInput = {
  level: 4,
  name: "Formal notice",
  offset_days: 45,
  channels: ["email", "letter"],
  claim_indemnity: true,
  claim_interest: true,
  place_hold: true,
  needs_approval: false,
  templates: {
    fr: {
      subject: "Mise en demeure de payer – {{legal_name}}",
      body: "Madame, Monsieur,\n\nPar la présente, nous vous mettons en demeure de régler sous huit jours la somme de {{total_open}}, restée impayée malgré nos relances.\n\nS'y ajoutent les intérêts de retard au taux légal applicable (article L441-10 du Code de commerce), soit {{interest}} à ce jour, et l'indemnité forfaitaire pour frais de recouvrement ({{fees}}).\n\nVotre compte est suspendu : aucune nouvelle commande en compte ne sera acceptée jusqu'à régularisation. À défaut de paiement, nous engagerons une procédure de recouvrement judiciaire.\n\n{{seller_name}}",
    },
    en: {
      subject: "Formal notice to pay – {{legal_name}}",
      body: "Dear Sir or Madam,\n\nWe hereby give you formal notice to pay within eight days the sum of {{total_open}}, which remains unpaid despite our reminders.\n\nLate-payment interest is added at the statutory rate (article L441-10 of the French Commercial Code), {{interest}} to date, together with the fixed recovery indemnity ({{fees}}).\n\nYour account is on hold: no new order on account will be accepted until it is settled. Failing payment, we will start legal recovery proceedings.\n\n{{seller_name}}",
    },
  },
}

/** The French B2B ladder (-3, +7, +21 with the indemnity, +45 formal notice with interest and a hold). */
export const FRENCH_POLICY = {
  name: "Relances B2B (France)",
  is_default: true,
  levels: [courtesy, firstReminder, secondReminder, formalNotice],
}

/** An English variant: no courtesy notice, a gentler pace, the formal notice approved by a person first. */
export const ENGLISH_POLICY = {
  name: "Standard (letters in English)",
  is_default: false,
  levels: [
    { ...firstReminder, level: 1, offset_days: 10 },
    { ...secondReminder, level: 2, offset_days: 30 },
    { ...formalNotice, level: 3, offset_days: 60, needs_approval: true },
  ],
}

/** The rates table and the two policies, unless there are policies already. Returns the policies' ids. */
export async function seedDunning(container: MedusaContainer) {
  const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
  const known = new Set((await dunning.listLateInterestRates({}, { take: null })).map((r) => r.starts_on))
  const missing = PUBLISHED_RATES.filter((r) => !known.has(r.starts_on))
  if (missing.length) await dunning.createLateInterestRates(missing)
  const existing = await dunning.listDunningPolicies({}, { order: { created_at: "ASC" } })
  if (existing.length) return { french: existing[0].id, english: existing[1]?.id ?? existing[0].id }
  const save = async (policy: typeof FRENCH_POLICY) =>
    (await saveDunningPolicyWorkflow(container).run({ input: { ...policy, actor_id: "system:seed" } })).result
      .id
  return { french: await save(FRENCH_POLICY), english: await save(ENGLISH_POLICY) }
}

/**
 * Collections history for the demo companies: Atelier Martin on the English
 * policy, a collector's follow-up, a quality dispute and a promise to pay,
 * then a run every week over the last eight weeks, so reminders at each
 * level (and the formal notice's hold) are in the history as they would
 * have happened. Runs only on a store without runs.
 */
export async function seedDunningHistory(container: MedusaContainer, policies: { english: string }) {
  const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
  if ((await dunning.listDunningRuns({}, { take: 1 })).length) return
  const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
  const byName = async (name: string) => (await companies.listCompanies({ name }))[0]
  const martin = await byName("Atelier Martin")
  const dubois = await byName("Chaudronnerie Dubois")
  const today = calendarDateInZone(new Date(), dunning.options.timeZone)
  if (martin) {
    await dunning.createDunningAccounts({ company_id: martin.id, policy_id: policies.english })
    await dunning.createCollectionActivities({
      company_id: martin.id,
      type: "call",
      body: "Call Claire Martin about the lubricant invoice; she asked for a copy last week.",
      due_date: addDays(today, 2),
      created_by: "system:seed",
    })
  }
  for (const weeksAgo of [8, 7, 6, 5, 4, 3, 2, 1]) {
    await runDunningWorkflow(container).run({
      input: { as_of: addDays(today, -7 * weeksAgo), triggered_by: "system:seed" },
    })
  }
  await seedDisputeAndPromise(
    container,
    [dubois, martin].filter(Boolean).map((c) => c!.id)
  )
  await runDunningWorkflow(container).run({ input: { as_of: today, triggered_by: "system:seed" } })
  // The runs' subscriber sends in the background, and a seed process stops when it is done: send here.
  await sendAllDueReminders(container)
}

/**
 * The oldest overdue invoice of the first of the companies with two of them
 * disputed in part (quality), the next one promised.
 */
async function seedDisputeAndPromise(container: MedusaContainer, companyIds: string[]) {
  const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
  const receivables = container.resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)
  const today = calendarDateInZone(new Date(), dunning.options.timeZone)
  let open: Awaited<ReturnType<ReceivablesModuleService["openInvoicesDueBy"]>> = []
  for (const id of companyIds) {
    open = await receivables.openInvoicesDueBy({ as_of: today, due_by: addDays(today, -1), company_id: id })
    if (open.length >= 2) break
  }
  const companyId = open[0]?.company_id
  const [disputed, promised] = open
  if (disputed) {
    await openDisputeWorkflow(container).run({
      input: {
        company_id: companyId,
        invoice_id: disputed.document_id,
        amount: moneyString(MathBN.div(disputed.open, 4), disputed.currency_code),
        reason_code: "quality",
        message: "Deux cuves livrées avec des soudures poreuses : nous contestons leur part de la facture.",
        opened_by_type: "buyer",
        opened_by: "system:seed",
      },
    })
  }
  if (promised) {
    await createPaymentPromiseWorkflow(container).run({
      input: {
        company_id: companyId,
        amount: moneyString(promised.open, promised.currency_code),
        promised_date: addDays(today, 10),
        invoice_ids: [promised.document_id],
        note: "Virement promis par M. Dubois à réception du règlement de son client.",
        created_by_type: "admin",
        created_by: "system:seed",
      },
    })
  }
}
