import { adminBrowser } from "./harness"

jest.setTimeout(300_000)

describe("screens (temporary)", () => {
  const admin = adminBrowser()
  it("takes screenshots", async () => {
    const api = await admin.api()
    const { companies } = await api<{ companies: { id: string; name: string }[] }>("/admin/companies?limit=100")
    const page = await admin.open("/app/dunning")
    await page.setViewportSize({ width: 1600, height: 1000 })
    await page.getByRole("heading", { name: "Collections", level: 1 }).waitFor()
    await page.waitForTimeout(1500)
    await page.screenshot({ path: "/tmp/screens/collections.png", fullPage: true })
    await page.getByTestId("dunning-run-open").click()
    const tomorrow = new Date(Date.now() + 86400000).toISOString().slice(0, 10)
    await page.getByTestId("dunning-run-as-of").fill(tomorrow)
    await page.getByTestId("dunning-run-preview-button").click()
    await page.getByTestId("dunning-run-preview").waitFor()
    await page.waitForTimeout(500)
    await page.screenshot({ path: "/tmp/screens/run-preview.png" })
    console.log("PREVIEW", await page.getByTestId("dunning-run-preview").textContent())
    for (const name of ["Atelier Martin", "Chaudronnerie Dubois", "Garage Leroy"]) {
      const c = companies.find((x) => x.name === name)!
      const p = await admin.open(`/app/companies/${c.id}`)
      await p.setViewportSize({ width: 1600, height: 1000 })
      await p.getByTestId("company-dunning").waitFor()
      await p.waitForTimeout(1500)
      await p.getByTestId("company-dunning").screenshot({ path: `/tmp/screens/company-${name.replace(/ /g, "-")}.png` })
    }
    const s = await admin.open("/app/settings/dunning-policies")
    await s.setViewportSize({ width: 1600, height: 1000 })
    await s.getByTestId("dunning-policy-row").first().waitFor()
    await s.waitForTimeout(1000)
    await s.screenshot({ path: "/tmp/screens/policies.png", fullPage: true })
    await s.getByTestId("dunning-policy-row").first().getByRole("button", { name: "Edit" }).click()
    await s.getByTestId("level-0-preview").click()
    await s.getByTestId("level-0-preview-pdf").waitFor()
    await s.waitForTimeout(1500)
    await s.screenshot({ path: "/tmp/screens/policy-drawer.png" })
    const { invoices } = await api<{ invoices: { id: string; order_id: string | null; receivable?: unknown }[] }>("/admin/invoices?limit=100")
    for (const inv of invoices.filter((i) => i.order_id && i.receivable)) {
      const d = await api<{ level: number; disputes: unknown[] }>(`/admin/invoices/${inv.id}/dunning`)
      if (d.level > 0 && d.disputes.length) {
        const o = await admin.open(`/app/orders/${inv.order_id}`)
        await o.setViewportSize({ width: 1600, height: 1200 })
        await o.getByTestId("order-dunning").waitFor()
        await o.waitForTimeout(1500)
        await o.getByTestId("order-dunning").screenshot({ path: "/tmp/screens/order-widget.png" })
        break
      }
    }
  })
})
