import { MathBN } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DUNNING_MODULE } from "../../src/modules/dunning"
import type DunningModuleService from "../../src/modules/dunning/service"
import { eventually, settle } from "../helpers/b2b"
import { day, today, useDunningFixture } from "../helpers/dunning"
import { recordEvents } from "../helpers/events"
import { pdfText } from "../helpers/invoicing"
import { setUpSuite } from "../helpers/seeded-store"
import { startSmtpSink } from "../helpers/smtp-sink"

jest.setTimeout(300_000)

const { mailbox } = startSmtpSink()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { admin, dubois, leroy, run, reminders } = useDunningFixture(api, getContainer)
    const invoices = dubois.invoices
    let events: ReturnType<typeof recordEvents>
    setUpSuite(async () => {
      events = recordEvents(getContainer())
    })
    // The runner restores the database before each test; the events seen restart with it.
    beforeEach(() => events.clear())
    const company = async (id: string) => (await api.get(`/admin/companies/${id}`, admin)).data.company

    it("refuses a run dated after tomorrow, writing nothing", async () => {
      const res = await settle(run(day(2)))
      expect(res.status).toBe(400)
      expect(res.data.message).toBe(
        `A dunning run can be dated at the latest tomorrow (${day(1)}), not ${day(2)}: letters would claim what is not late yet`
      )
      expect((await api.get("/admin/dunning-runs", admin)).data.count).toBe(0)
    })

    it("previews a run without writing anything", async () => {
      const { status, data } = await run(day(-3), { dry_run: true })
      expect(status).toBe(200)
      expect(data.dunning_run).toBeNull()
      const [preview] = data.reminders
      expect(preview).toMatchObject({ company_id: dubois.id, level: 2, status: "queued" })
      expect(preview.subject).toBe("Relance : facture(s) échue(s) – Chaudronnerie Dubois")
      expect(preview.plan.items.map((i: any) => i.level).sort()).toEqual([1, 2, 2, 2])
      expect(data.skipped).toEqual([{ company_id: leroy.id, reason: "unallocated_cash" }])
      expect((await reminders()).count).toBe(0)
      expect((await api.get("/admin/dunning-runs", admin)).data.count).toBe(0)
    })

    it("chases each invoice up the ladder, one grouped reminder per company and day, and holds at the formal notice", async () => {
      const { status, data } = await run(day(-3))
      expect(status).toBe(201)
      expect(data.summary).toMatchObject({
        companies: 2,
        reminders: 1,
        invoices_escalated: 4,
        skipped: { unallocated_cash: 1 },
      })
      const {
        dunning_reminders: [reminder],
      } = await reminders(`&run_id=${data.dunning_run.id}`)
      expect(reminder).toMatchObject({
        company_id: dubois.id,
        level: 2,
        language: "fr",
        recipient: dubois.email,
      })
      // The courtesy notice for the invoice due today (3 days ahead), the first reminder for the overdue ones.
      const levels = Object.fromEntries(reminder.invoices.map((i: any) => [i.invoice_id, i.level]))
      expect(levels).toEqual({ [invoices[0]]: 2, [invoices[1]]: 2, [invoices[2]]: 2, [invoices[3]]: 1 })
      // The half-paid invoice is chased for what is left of it.
      const halfPaid = reminder.invoices.find((i: any) => i.invoice_id === invoices[1])
      expect(
        MathBN.lt(
          halfPaid.chased_amount,
          reminder.invoices.find((i: any) => i.invoice_id === invoices[0]).chased_amount
        )
      ).toBe(true)
      expect(reminder.fee_total).toBe("0.00")

      const sent = await eventually(async () => {
        const mail = mailbox(dubois.email).find((m) => m.mail.subject?.startsWith("Relance"))
        expect(mail).toBeDefined()
        return mail!.mail
      }, 30_000)
      expect(sent.subject).toBe("Relance : facture(s) échue(s) – Chaudronnerie Dubois")
      expect(sent.text).toContain("Sauf erreur de notre part, 4 facture(s)")
      const [pdf] = sent.attachments
      expect(pdf.contentType).toBe("application/pdf")
      const text = pdfText(pdf.content)
      expect(text).toContain("Relance : facture(s) échue(s)")
      expect(text).toContain("Jours de retard")
      await eventually(async () => {
        const {
          dunning_reminders: [r],
        } = await reminders(`&run_id=${data.dunning_run.id}`)
        expect(r.status).toBe("sent")
      })
      expect(mailbox(leroy.email).filter((m) => m.mail.subject?.includes("Relance"))).toHaveLength(0)
      const reached = await events.waitFor("dunning.level_reached", 4)
      expect(reached.map((e) => e.data.invoice_id).sort()).toEqual([...invoices].sort())
      const [sentEvent] = await events.waitFor("dunning.reminder_sent")
      expect(sentEvent.data).toMatchObject({
        company_id: dubois.id,
        level: 2,
        recipient: dubois.email,
        currency_code: "eur",
      })

      // The same day again, or an earlier day: nothing new.
      const again = await run(day(-3))
      expect(again.data.summary.reminders).toBe(0)
      const earlier = await run(day(-4))
      expect(earlier.data.summary.reminders).toBe(0)
      expect((await reminders()).count).toBe(1)

      // A day later: one level up, the indemnity claimed once; the day after, the formal notice, with interest and a hold.
      const second = (await run(day(-2))).data
      expect(second.summary.reminders).toBe(1)
      const {
        dunning_reminders: [level3],
      } = await reminders(`&run_id=${second.dunning_run.id}`)
      expect(level3.level).toBe(3)
      // Due 60 and 20 days ago: +21 reached for the first only (the half-paid one is due 20 days ago: as of day -2, 18 days).
      expect(level3.invoices.map((i: any) => [i.invoice_id, i.level])).toEqual([[invoices[0], 3]])
      expect(level3.claims).toEqual([
        expect.objectContaining({
          invoice_id: invoices[0],
          kind: "indemnity",
          amount: "40.00",
          status: "claimed",
        }),
      ])
      expect(level3.fee_total).toBe("40.00")

      const third = (await run(day(-1))).data
      const {
        dunning_reminders: [notice],
      } = await reminders(`&run_id=${third.dunning_run.id}`)
      expect(notice.level).toBe(4)
      expect(notice.subject).toBe("Mise en demeure de payer – Chaudronnerie Dubois SAS")
      expect(notice.channels).toEqual(["email", "letter"])
      // No second indemnity for the same invoice; interest to date on it.
      expect(notice.claims.filter((c: any) => c.kind === "indemnity")).toHaveLength(0)
      const interest = notice.claims.find((c: any) => c.kind === "interest")
      expect(MathBN.gt(interest.amount, 0)).toBe(true)
      expect(third.summary.holds_placed).toBe(1)
      expect(await company(dubois.id)).toMatchObject({ status: "on_hold", held_by: "system:dunning" })
      const [hold] = await events.waitFor("company.hold_placed")
      expect(hold.data).toMatchObject({ company_id: dubois.id, automatic: true, actor_id: "system:dunning" })
      expect(hold.data.reason).toContain("Formal notice")

      // Paid, the invoice at the holding level leaves dunning, and the automatic hold is lifted.
      const { invoice: late } = (await api.get(`/admin/invoices/${invoices[0]}`, admin)).data
      await api.post(
        "/admin/receivables/payments",
        {
          company_id: dubois.id,
          amount: late.receivable.open,
          method: "bank_transfer",
          reference: `VIR ${late.number}`,
          allocations: [{ invoice_id: invoices[0], amount: late.receivable.open }],
        },
        admin
      )
      await eventually(async () => expect((await company(dubois.id)).status).toBe("active"), 20_000)
      const [release] = await events.waitFor("company.hold_released")
      expect(release.data).toMatchObject({ company_id: dubois.id, actor_id: "system:dunning" })
      // Paid, it leaves dunning: today's run does not list it.
      const preview = (await run(today, { dry_run: true })).data.reminders
      expect(preview.flatMap((r: any) => r.plan.items.map((i: any) => i.invoice_id))).not.toContain(
        invoices[0]
      )
    })

    it("turns a claim into a debit note booked in the ledger, or waives it with its reason", async () => {
      for (const offset of [-3, -2, -1]) await run(day(offset))
      const { dunning_claims: claims } = (
        await api.get(`/admin/dunning-claims?company_id=${dubois.id}&status=claimed`, admin)
      ).data
      const indemnity = claims.find((c: any) => c.kind === "indemnity")
      const interest = claims.find((c: any) => c.kind === "interest")
      const waived = await settle(api.post(`/admin/dunning-claims/${interest.id}/waive`, {}, admin))
      expect(waived.status).toBe(400)
      await api.post(
        `/admin/dunning-claims/${interest.id}/waive`,
        { reason: "Goodwill: long-standing customer" },
        admin
      )
      const debited = (await api.post(`/admin/dunning-claims/${indemnity.id}/debit`, {}, admin)).data
        .dunning_claim
      expect(debited.status).toBe("debited")
      const note = (await api.get(`/admin/invoices/${debited.debit_note_id}`, admin)).data.invoice
      expect(note).toMatchObject({ kind: "debit_note", currency_code: "eur" })
      expect(note.total).toBe(40)
      await eventually(async () => {
        const { data } = await api.get(`/admin/invoices/${debited.debit_note_id}`, admin)
        expect(data.invoice.receivable.open).toBe(40)
      })
      const twice = await settle(api.post(`/admin/dunning-claims/${indemnity.id}/debit`, {}, admin))
      expect(twice.status).toBe(409)
      expect(twice.data.message).toBe(`Claim ${indemnity.id} was already decided (debited)`)
    })

    it("debits interest to the day it is decided: it kept running after the reminder", async () => {
      for (const offset of [-3, -2, -1]) await run(day(offset))
      const { dunning_claims: claims } = (
        await api.get(`/admin/dunning-claims?company_id=${dubois.id}&status=claimed`, admin)
      ).data
      const interest = claims.find((c: any) => c.kind === "interest")
      // Claimed as of yesterday; one more day of interest on the same open amount by today.
      const [period] = interest.detail
      const daily = MathBN.div(MathBN.mult(period.open_amount, period.rate), 36500)
      const debited = (await api.post(`/admin/dunning-claims/${interest.id}/debit`, {}, admin)).data
        .dunning_claim
      const note = (await api.get(`/admin/invoices/${debited.debit_note_id}`, admin)).data.invoice
      expect(note.kind).toBe("debit_note")
      expect(MathBN.gt(note.total, interest.amount)).toBe(true)
      expect(MathBN.sub(note.total, interest.amount).toNumber()).toBeCloseTo(daily.toNumber(), 1)
      await eventually(async () => {
        const { data } = await api.get(`/admin/invoices/${debited.debit_note_id}`, admin)
        expect(data.invoice.receivable.open).toBe(note.total)
      })
    })

    it("keeps an invoice's levels exact when two runs go at once", async () => {
      const container = getContainer()
      const [a, b] = await Promise.all([run(day(-3)), run(day(-3))])
      expect(a.status).toBe(201)
      expect(b.status).toBe(201)
      const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
      const items = await dunning.listDunningItems({ company_id: dubois.id }, { take: null })
      const keys = items.map((i) => `${i.invoice_id}:${i.level}`)
      expect(new Set(keys).size).toBe(keys.length)
      expect(a.data.summary.reminders + b.data.summary.reminders).toBe(1)
    })
  },
})
