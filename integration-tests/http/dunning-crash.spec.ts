import { type ChildProcess, spawn } from "node:child_process"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Client } from "pg"
import { calendarDateInZone } from "../../src/lib/time"
import { DUNNING_MODULE } from "../../src/modules/dunning"
import type DunningModuleService from "../../src/modules/dunning/service"
import { seedDunning } from "../../src/scripts/seed/dunning"
import { seedInvoiceHistory } from "../../src/scripts/seed/invoicing"
import { addBuyer, createCompany, eventually } from "../helpers/b2b"
import { medusaAppEnv } from "../helpers/medusa-app"
import { setUpSuite, useSeededStore } from "../helpers/seeded-store"
import { startSmtpSink } from "../helpers/smtp-sink"
import { registerCustomer } from "../helpers/store"

jest.setTimeout(300_000)

const { mailbox } = startSmtpSink()
const today = calendarDateInZone(new Date(), "UTC")
const ROOT = path.resolve(__dirname, "../..")

/**
 * A run killed halfway (SIGKILL: no cleanup, no compensation) and started
 * again: the batches it committed stay, their reminders are sent by the
 * outbox, and the second run does the rest without sending any invoice's
 * level twice or skipping one.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    const { store, admin, terms } = useSeededStore(api, getContainer, { sellerIdentity: true })
    const companies: Array<{ id: string; email: string }> = []

    setUpSuite(async () => {
      const container = getContainer()
      await seedDunning(container)
      const history = []
      for (const [i, name] of ["Forges Arnaud", "Menuiserie Blanc", "Tôlerie Caron"].entries()) {
        const email = `compta${i}@client.example`
        const company = await createCompany(api, admin, {
          name,
          legal_name: `${name} SARL`,
          registration_id: ["732829320", "552100554", "443061841"][i],
          vat_number: null,
          billing_email: email,
          payment_term_id: terms.net_30,
          credit_limit: 100000,
        })
        const buyer = await registerCustomer(api, store.publishableKey, {
          email: `achats${i}@client.example`,
        })
        await addBuyer(api, admin, company.id, buyer.customer.id)
        companies.push({ id: company.id, email })
        history.push({
          customer: buyer.customer,
          daysAgo: 60,
          lines: [{ sku: "TOOL-CD18-KIT", quantity: 1 }],
        })
      }
      await seedInvoiceHistory(container, store, history)
      // Batches are taken in company id order.
      companies.sort((a, b) => a.id.localeCompare(b.id))
    })

    it("restarts a run killed halfway without sending an invoice's level twice or skipping one", async () => {
      const dunning = getContainer().resolve<DunningModuleService>(DUNNING_MODULE)
      // Hold the second company's dunning lock: the run commits the first company, then waits on it.
      const blocker = new Client({
        connectionString: dbConfig.clientUrl.replace(/\/[^/]*$/, `/${dbConfig.dbName}`),
      })
      await blocker.connect()
      await blocker.query("SELECT pg_advisory_lock(hashtext('o2c:dunning:' || $1))", [companies[1].id])

      let child: ChildProcess | null = null
      try {
        child = spawn("npx", ["medusa", "exec", "./src/scripts/run-dunning.ts", today], {
          cwd: ROOT,
          env: medusaAppEnv(dbConfig.dbName, "development", {
            O2C_DUNNING_BATCH_SIZE: "1",
            // The killed process must not be what sends: the outbox is.
            O2C_DUNNING_SEND: "off",
            SMTP_URL: "",
          }),
          detached: true,
          stdio: "ignore",
        })
        // The first company's batch is committed; the process now waits on the second's lock.
        await eventually(async () => {
          const written = await dunning.listDunningReminders({}, { select: ["company_id", "status"] })
          expect(written).toEqual([{ company_id: companies[0].id, status: "queued", id: expect.any(String) }])
        }, 120_000)
        process.kill(-child.pid!, "SIGKILL")
      } finally {
        await blocker.end()
      }
      const [killed] = await dunning.listDunningRuns({})
      expect(killed.status).toBe("running")

      const { data } = await api.post("/admin/dunning-runs", { as_of: today }, admin)
      expect(data.summary).toMatchObject({ companies: 3, reminders: 2 })

      const reminders = await dunning.listDunningReminders({}, { take: null })
      expect(reminders.map((r) => r.company_id).sort()).toEqual(companies.map((c) => c.id).sort())
      const items = await dunning.listDunningItems({}, { take: null })
      expect(items.map((i) => `${i.invoice_id}:${i.level}`).sort()).toEqual(
        [...new Set(items.map((i) => `${i.invoice_id}:${i.level}`))].sort()
      )
      expect(items).toHaveLength(3)
      // Every reminder is sent once, the killed run's included (the outbox took it over).
      await eventually(async () => {
        for (const company of companies) {
          expect(
            mailbox(company.email).filter((m) => m.mail.subject?.startsWith("Overdue invoice(s)"))
          ).toHaveLength(1)
        }
        const sent = await dunning.listDunningReminders({}, { select: ["status"], take: null })
        expect(sent.map((r) => r.status)).toEqual(["sent", "sent", "sent"])
      }, 60_000)
    })
  },
})
