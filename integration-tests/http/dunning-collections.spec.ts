import { MathBN } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DUNNING_MODULE } from "../../src/modules/dunning"
import type DunningModuleService from "../../src/modules/dunning/service"
import { FRENCH_POLICY } from "../../src/scripts/seed/dunning"
import { eventually, settle } from "../helpers/b2b"
import { day, today, useDunningFixture } from "../helpers/dunning"
import { recordEvents } from "../helpers/events"
import { setUpSuite } from "../helpers/seeded-store"

jest.setTimeout(300_000)

/** Disputes, promises, the worklist, policies and approvals, as buyers and the credit controller use them. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { admin, dubois, leroy, run } = useDunningFixture(api, getContainer)
    let events: ReturnType<typeof recordEvents>
    setUpSuite(async () => {
      events = recordEvents(getContainer())
    })
    // The runner restores the database before each test; the events seen restart with it.
    beforeEach(() => events.clear())
    const dunning = () => getContainer().resolve<DunningModuleService>(DUNNING_MODULE)
    const chased = async (as_of: string) => {
      const { reminders } = (await run(as_of, { dry_run: true })).data
      return Object.fromEntries(
        reminders.flatMap((r: any) => r.plan.items.map((i: any) => [i.invoice_id, i.chased_amount]))
      )
    }
    const disputedBalance = async () =>
      (await api.get("/admin/receivables/kpis", admin)).data.kpis.find((k: any) => k.currency_code === "eur")
        .disputed_balance
    const openOf = async (invoiceId: string) =>
      String((await api.get(`/admin/invoices/${invoiceId}`, admin)).data.invoice.receivable.open.toFixed(2))

    describe("disputes", () => {
      it("lets a buyer dispute part of an invoice: that part is not chased until the controller rejects it", async () => {
        const [oldest] = dubois.invoices
        const open = await openOf(oldest)
        const { status, data } = await api.post(
          "/store/company/disputes",
          {
            invoice_id: oldest,
            amount: "100.00",
            reason_code: "quality",
            message: "Two tanks arrived with porous welds",
          },
          dubois.buyer
        )
        expect(status).toBe(201)
        expect(data.dispute).toMatchObject({
          status: "open",
          amount: "100.00",
          opened_by_type: "buyer",
          reason_code: "quality",
        })
        const [opened] = await events.waitFor("dispute.opened")
        expect(opened.data).toMatchObject({
          id: data.dispute.id,
          amount: "100.00",
          currency_code: "eur",
          opened_by_type: "buyer",
        })
        expect((await chased(day(-3)))[oldest]).toBe(MathBN.sub(open, 100).toFixed(2))
        expect(await disputedBalance()).toBe("100.00")

        const seen = (await api.get("/store/company/disputes", dubois.buyer)).data
        expect(seen.disputes.map((d: any) => d.id)).toEqual([data.dispute.id])
        expect((await api.get("/store/company/disputes", leroy.buyer)).data.disputes).toEqual([])

        const resolved = await api.post(
          `/admin/disputes/${data.dispute.id}/resolve`,
          { resolution: "rejected", note: "Welds inspected: conform" },
          admin
        )
        expect(resolved.data.dispute).toMatchObject({
          status: "rejected",
          resolution_note: "Welds inspected: conform",
        })
        expect(resolved.data.dispute.resolved_by).toBeTruthy()
        expect((await chased(day(-3)))[oldest]).toBe(open)
        expect(await disputedBalance()).toBe("0.00")
        const again = await settle(
          api.post(`/admin/disputes/${data.dispute.id}/resolve`, { resolution: "rejected" }, admin)
        )
        expect(again.status).toBe(409)
      })

      it("refuses a dispute above what is open, or on another company's invoice, writing nothing", async () => {
        const open = await openOf(dubois.invoices[0])
        const above = await settle(
          api.post(
            "/store/company/disputes",
            {
              invoice_id: dubois.invoices[0],
              amount: MathBN.add(open, "0.01").toFixed(2),
              reason_code: "price",
              message: "Too much",
            },
            dubois.buyer
          )
        )
        expect(above.status).toBe(400)
        expect(above.data.message).toBe(
          `A dispute on invoice ${(await api.get(`/admin/invoices/${dubois.invoices[0]}`, admin)).data.invoice.number} can be for at most ${open.replace(/\B(?=(\d{3})+(?!\d))/g, ",")} EUR (open and not already disputed), not ${MathBN.add(open, "0.01").toFixed(2)} EUR`
        )
        const foreign = await settle(
          api.post(
            "/store/company/disputes",
            { invoice_id: leroy.invoices[0], reason_code: "not_received", message: "Never arrived" },
            dubois.buyer
          )
        )
        expect(foreign.status).toBe(404)
        expect(foreign.data.message).toBe(`There is no issued invoice ${leroy.invoices[0]} for this company`)
        expect(await dunning().listDisputes({})).toEqual([])
        expect(events.named("dispute.opened")).toEqual([])
      })

      it("settles a dispute by a credit note for the disputed amount, or writes it off", async () => {
        const [first, second] = dubois.invoices
        const open = (id: string) =>
          api.post(
            "/admin/disputes",
            {
              company_id: dubois.id,
              invoice_id: id,
              amount: "60.00",
              reason_code: "price",
              message: "Price agreed was lower",
            },
            admin
          )
        const a = (await open(first)).data.dispute
        const b = (await open(second)).data.dispute
        const before = [await openOf(first), await openOf(second)]
        const credited = (
          await api.post(`/admin/disputes/${a.id}/resolve`, { resolution: "credited" }, admin)
        ).data.dispute
        expect(credited.status).toBe("credited")
        const invoice = (await api.get(`/admin/invoices/${first}`, admin)).data.invoice
        expect(invoice.credit_notes).toEqual([
          expect.objectContaining({ id: credited.settled_by_id, total: 60 }),
        ])
        await eventually(async () => expect(await openOf(first)).toBe(MathBN.sub(before[0], 60).toFixed(2)))
        await api.post(
          `/admin/disputes/${b.id}/resolve`,
          { resolution: "written_off", note: "Commercial gesture" },
          admin
        )
        expect(await openOf(second)).toBe(MathBN.sub(before[1], 60).toFixed(2))
        expect((await events.waitFor("dispute.resolved", 2)).map((e) => e.data.resolution).sort()).toEqual([
          "credited",
          "written_off",
        ])
      })
    })

    describe("promises to pay", () => {
      it("pauses dunning for the promised amount, and is kept when the cash comes", async () => {
        const [, , recent] = dubois.invoices
        const open = await openOf(recent)
        const { status, data } = await api.post(
          "/store/company/promises",
          { amount: open, promised_date: day(5), invoice_ids: [recent], note: "Transfer on Friday" },
          dubois.buyer
        )
        expect(status).toBe(201)
        expect(data.promise).toMatchObject({
          status: "open",
          amount: open,
          grace_days: 3,
          created_by_type: "buyer",
        })
        expect(await chased(day(-3))).not.toHaveProperty(recent)
        await api.post(
          "/admin/receivables/payments",
          {
            company_id: dubois.id,
            amount: open,
            method: "bank_transfer",
            reference: "VIR DUBOIS",
            allocations: [{ invoice_id: recent, amount: open }],
          },
          admin
        )
        const [kept] = await events.waitFor("promise.kept")
        expect(kept.data).toMatchObject({ id: data.promise.id, amount: open, promised_date: day(5) })
        expect((await api.get("/store/company/promises", dubois.buyer)).data.promises[0].status).toBe("kept")
      })

      it("breaks a promise whose date and grace have passed without the cash, and chases again", async () => {
        const [oldest] = dubois.invoices
        // A promise made three weeks ago for a week ago.
        const promise = await dunning().createPaymentPromises({
          company_id: dubois.id,
          currency_code: "eur",
          amount: 100 as any,
          promised_date: day(-7),
          grace_days: 3,
          invoice_ids: [oldest] as any,
          created_by_type: "admin",
          created_by: "test",
        })
        const { data } = await run(today)
        expect(data.summary.reminders).toBe(1)
        const [broken] = await events.waitFor("promise.broken")
        expect(broken.data.id).toBe(promise.id)
        expect((await dunning().retrievePaymentPromise(promise.id)).status).toBe("broken")
      })

      it("refuses a promise dated in the past or above what is open, writing nothing", async () => {
        const past = await settle(
          api.post("/store/company/promises", { amount: "10.00", promised_date: day(-1) }, dubois.buyer)
        )
        expect(past.status).toBe(400)
        expect(past.data.message).toBe(
          `A promise to pay is for today (${today}) or a later day, not ${day(-1)}`
        )
        const open = await openOf(dubois.invoices[2])
        const above = await settle(
          api.post(
            "/store/company/promises",
            {
              amount: MathBN.add(open, 1).toFixed(2),
              promised_date: day(3),
              invoice_ids: [dubois.invoices[2]],
            },
            dubois.buyer
          )
        )
        expect(above.status).toBe(400)
        expect(above.data.message).toContain("A promise to pay can be for at most")
        const foreign = await settle(
          api.post(
            "/store/company/promises",
            { amount: "1.00", promised_date: day(3), invoice_ids: [leroy.invoices[0]] },
            dubois.buyer
          )
        )
        expect(foreign.status).toBe(404)
        expect(await dunning().listPaymentPromises({})).toEqual([])
      })
    })

    describe("the collections worklist", () => {
      it("lists companies with overdue amounts, most urgent first, with what the collector needs", async () => {
        await run(day(-3))
        await api.post(
          `/admin/companies/${dubois.id}/collection-activities`,
          { type: "call", body: "Call Marc Dubois", due_date: day(1) },
          admin
        )
        const { collections, count } = (await api.get("/admin/collections", admin)).data
        expect(count).toBe(2)
        const [first, second] = collections
        expect(first).toMatchObject({
          company_id: dubois.id,
          on_hold: false,
          cash_to_match: false,
          overdue_invoices: 3,
        })
        expect(first.last_reminder).toMatchObject({
          level: 2,
          level_name: "First reminder",
          status: expect.any(String),
        })
        expect(first.next_action).toMatchObject({ level: 3, name: "Second reminder" })
        expect(first.next_activity).toMatchObject({
          type: "call",
          body: "Call Marc Dubois",
          due_date: day(1),
        })
        expect(second).toMatchObject({ company_id: leroy.id, cash_to_match: true, last_reminder: null })
        expect(MathBN.gt(first.urgency, second.urgency)).toBe(true)
        const anonymous = await settle(api.get("/admin/collections"))
        expect(anonymous.status).toBe(401)
        const asBuyer = await settle(api.get("/admin/collections", dubois.buyer))
        expect(asBuyer.status).toBe(401)
      })

      it("shows a buyer only their company's reminders", async () => {
        await run(day(-3))
        await eventually(async () => {
          const { reminders } = (await api.get("/store/company/reminders", dubois.buyer)).data
          expect(reminders).toHaveLength(1)
          expect(reminders[0]).toMatchObject({ level: 2, status: "sent", currency_code: "eur" })
          expect(reminders[0]).not.toHaveProperty("last_error")
        }, 30_000)
        expect((await api.get("/store/company/reminders", leroy.buyer)).data.reminders).toEqual([])
      })

      it("records a follow-up and marks it done once", async () => {
        const { activity } = (
          await api.post(
            `/admin/companies/${dubois.id}/collection-activities`,
            { type: "email", body: "Sent a copy of INV-1" },
            admin
          )
        ).data
        const done = (await api.post(`/admin/collection-activities/${activity.id}/complete`, {}, admin)).data
          .activity
        expect(done.done_at).toBeTruthy()
        const twice = await settle(
          api.post(`/admin/collection-activities/${activity.id}/complete`, {}, admin)
        )
        expect(twice.status).toBe(409)
        expect(twice.data.message).toBe("This email was already marked done")
      })
    })

    describe("policies", () => {
      const policies = async () => (await api.get("/admin/dunning-policies", admin)).data.dunning_policies
      it.each([
        [
          "duplicate level numbers",
          [FRENCH_POLICY.levels[0], { ...FRENCH_POLICY.levels[1], level: 1 }],
          "Level 1 appears twice: each level number is used once",
        ],
        [
          "offsets out of order",
          [
            { ...FRENCH_POLICY.levels[0], offset_days: -3 },
            { ...FRENCH_POLICY.levels[1], offset_days: -5 },
          ],
          'Level 2 ("First reminder") falls due -5 days from the due date, not after level 1 (-3 days): offsets must rise with the levels',
        ],
        [
          "a template field that does not exist",
          [
            {
              ...FRENCH_POLICY.levels[0],
              templates: {
                ...FRENCH_POLICY.levels[0].templates,
                en: { subject: "Hi {{customer_name}}", body: "Pay" },
              },
            },
          ],
          'Level 1 ("Courtesy notice"), subject in en: uses {{customer_name}}, which is not a field',
        ],
      ])("refuses a ladder with %s, writing nothing", async (_, levels, message) => {
        const before = await policies()
        const res = await settle(api.post("/admin/dunning-policies", { name: "Broken", levels }, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(message)
        expect(await policies()).toEqual(before)
      })

      it("saves a ladder, previews a level's letter as a PDF, and sends an approval-gated level only once approved", async () => {
        const ladder = [{ ...FRENCH_POLICY.levels[1], level: 1, needs_approval: true }]
        const created = (
          await api.post("/admin/dunning-policies", { name: "Approval first", levels: ladder }, admin)
        ).data.dunning_policy
        expect(created.levels).toHaveLength(1)
        const preview = await api.post(
          "/admin/dunning-policies/preview",
          { level: ladder[0], language: "fr" },
          { ...admin, responseType: "arraybuffer" }
        )
        expect(preview.headers["content-type"]).toBe("application/pdf")
        expect(Buffer.from(preview.data).subarray(0, 5).toString()).toBe("%PDF-")

        await api.post(`/admin/companies/${dubois.id}/dunning`, { policy_id: created.id }, admin)
        await run(day(-3))
        const waiting = (await api.get("/admin/dunning-reminders?status=awaiting_approval", admin)).data
          .dunning_reminders
        expect(waiting).toHaveLength(1)
        expect(events.named("dunning.reminder_sent")).toEqual([])
        await api.post(`/admin/dunning-reminders/${waiting[0].id}/approve`, {}, admin)
        await events.waitFor("dunning.reminder_sent", 1, 30_000)
        const twice = await settle(api.post(`/admin/dunning-reminders/${waiting[0].id}/approve`, {}, admin))
        expect(twice.status).toBe(409)
      })
    })
  },
})
