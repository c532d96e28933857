import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CalendarDate } from "../../../lib/time"
import { DUNNING_MODULE } from "../../../modules/dunning"
import { DunningEvents } from "../../../modules/dunning/events"
import type DunningModuleService from "../../../modules/dunning/service"
import type { BatchOutcome } from "../../../modules/dunning/service"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { levelDueToday } from "../../../modules/dunning/plan"
import { companiesToDun } from "../companies-to-dun"

type Reminder = BatchOutcome["reminders"][number]

export type DunnedCompanies = {
  companies: number
  /** A run's reminders in brief; a dry run's with what each would say. */
  reminders: Array<Omit<Reminder, "plan" | "row"> & { plan?: Reminder["plan"] }>
  skipped: BatchOutcome["skipped"]
  invoices_escalated: number
  /** Half-years without rates in the table: interest running into them was not claimed. */
  missing_rates: string[]
}

/**
 * Plans every company's reminders and writes them a batch of companies per
 * transaction (see DunningModuleService.writeReminders); after each batch
 * commits, its `dunning.level_reached` events go out. A dry run only plans.
 * A crash leaves the batches written so far: the next run finds their
 * levels sent and carries on from there, so nothing to compensate.
 */
export const dunCompaniesStep = createStep(
  "dun-companies",
  async (
    input: { run_id: string | null; as_of: CalendarDate; company_id?: string | null },
    { container }
  ) => {
    const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
    const eventBus = container.resolve(Modules.EVENT_BUS)
    const { identity } = await container.resolve<InvoicingModuleService>(INVOICING_MODULE).sellerIdentity()
    const seller = { seller_name: identity?.legal_name ?? "", iban: identity?.iban ?? "" }
    const looked = await companiesToDun(container, input)
    // Only companies with an invoice due for its next level go through the locked writes: the same
    // day run again finds none. States read here may be older than under the lock, never newer, so
    // this can only let through a company the locked plan then finds nothing for.
    const { ladders, default_policy_id } = await dunning.ladders()
    const states = await dunning.invoiceStates(looked.flatMap((c) => c.invoices.map((i) => i.invoice_id)))
    const companies = looked.filter((c) => {
      const levels = ladders.get(c.policy_id ?? default_policy_id ?? "") ?? []
      return c.invoices.some((i) =>
        levelDueToday(levels, { ...i, ...states.get(i.invoice_id)! }, input.as_of)
      )
    })
    const done: DunnedCompanies = {
      companies: looked.length,
      reminders: [],
      skipped: [],
      invoices_escalated: 0,
      missing_rates: [],
    }
    const missing = new Set<string>()
    const size = dunning.options.dunning.batchSize
    for (let start = 0; start < companies.length; start += size) {
      const batch = {
        run_id: input.run_id ?? "",
        as_of: input.as_of,
        seller,
        companies: companies.slice(start, start + size),
      }
      const outcome = input.run_id
        ? await dunning.writeReminders(batch)
        : await dunning.previewReminders(batch)
      done.reminders.push(
        ...outcome.reminders.map(({ plan, row, ...brief }) => (input.run_id ? brief : { ...brief, plan }))
      )
      done.skipped.push(...outcome.skipped)
      done.invoices_escalated += outcome.reminders.reduce((n, r) => n + r.plan.items.length, 0)
      for (const r of outcome.reminders) for (const half of r.plan.missing_rates) missing.add(half)
      if (outcome.levels_reached.length) {
        await eventBus.emit(
          outcome.levels_reached.map((data) => ({ name: DunningEvents.LEVEL_REACHED, data }))
        )
      }
    }
    done.missing_rates = [...missing].sort()
    return new StepResponse(done)
  }
)
