import { MathBN } from "@medusajs/framework/utils"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { COMPANY_MODULE } from ".."
import type CompanyModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<CompanyModuleService>({
  moduleName: COMPANY_MODULE,
  resolve: "./src/modules/company",
  testSuite: ({ service, MikroOrmWrapper }) => {
    const newCompany = (credit_limit: number | null = 1000) =>
      service.createCompanyAccount({
        data: { name: "Forges de l'Est", legal_name: "Forges de l'Est SA", billing_email: "ap@forges.fr", currency_code: "eur", credit_limit },
        actor_id: "user_test",
      })
    const reserve = (company_id: string, cart: string, amount: string) =>
      service.reserveCredit({ company_id, cart_id: cart, payment_session_id: `ps_${cart}`, amount, currency_code: "EUR" })
    const exposure = async (id: string) =>
      MathBN.convert((await service.listCompanies({ id }))[0].raw_uninvoiced_exposure as any).toFixed()

    it("keeps concurrent reservations within the limit on the database lock alone", async () => {
      const company = await newCompany(1000)
      // No Locking module here: the company row lock must be enough.
      const attempts = await Promise.allSettled(
        Array.from({ length: 25 }, (_, i) => reserve(company.id, `cart_${i}`, "99.99"))
      )
      const accepted = attempts.filter((a) => a.status === "fulfilled")
      expect(accepted).toHaveLength(10)
      for (const refused of attempts.filter((a) => a.status === "rejected")) {
        expect((refused as PromiseRejectedResult).reason.message).toMatch(/^Credit limit exceeded: available \d+\.\d\d EUR/)
      }
      expect(await exposure(company.id)).toBe("999.9")
      expect(await service.reconcileExposure()).toEqual([])
    })

    it("reserves once per cart, and releases exactly once", async () => {
      const company = await newCompany(1000)
      const first = await reserve(company.id, "cart_a", "400.10")
      const again = await reserve(company.id, "cart_a", "400.10")
      expect(again.id).toBe(first.id)
      expect(await exposure(company.id)).toBe("400.1")

      await Promise.all([service.releaseCommitment({ cart_id: "cart_a" }), service.releaseCommitment({ cart_id: "cart_a" })])
      expect(await exposure(company.id)).toBe("0")
      const [commitment] = await service.listCreditCommitments({ cart_id: "cart_a" })
      expect(commitment.status).toBe("released")
    })

    it("finds and fixes a drift between the maintained exposure and its commitments", async () => {
      const company = await newCompany(1000)
      await reserve(company.id, "cart_b", "250")
      await MikroOrmWrapper.forkManager().execute(
        `UPDATE company SET uninvoiced_exposure = 300, raw_uninvoiced_exposure = '{"value":"300","precision":20}' WHERE id = '${company.id}'`
      )
      expect(await service.reconcileExposure()).toEqual([
        { company_id: company.id, stored: "300", recomputed: "250", difference: "50" },
      ])
      await service.reconcileExposure({ fix: true })
      expect(await exposure(company.id)).toBe("250")
      expect(await service.reconcileExposure()).toEqual([])
    })

    it("records every credit setting change with who and why", async () => {
      const company = await newCompany(null)
      await service.updateCompanyAccount({ id: company.id, changes: { credit_limit: "2500.50" }, actor_id: "user_cfo", reason: "new line" })
      await service.updateCompanyAccount({ id: company.id, changes: { credit_limit: "2500.5" }, actor_id: "user_cfo" })
      await service.updateCompanyAccount({ id: company.id, changes: { status: "on_hold" }, actor_id: "user_cc", reason: "late" })
      const events = await service.listCreditEvents({ company_id: company.id }, { order: { created_at: "ASC" } })
      expect(events.map((e) => [e.type, e.actor_id, e.reason, e.to_value])).toEqual([
        ["limit_changed", "user_cfo", "new line", { credit_limit: "2500.5" }],
        ["hold", "user_cc", "late", { status: "on_hold" }],
      ])
    })
  },
})
