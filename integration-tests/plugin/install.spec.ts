import { type ChildProcess, execFileSync, spawn } from "node:child_process"
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { chromium } from "playwright-core"
import { freePort, medusaAppEnv, withPostgres } from "../helpers/medusa-app"

/**
 * The plugin form, end to end: build and pack this package, install the
 * tarball into a throwaway Medusa app that only lists it under `plugins`,
 * boot that app with `medusa start`, and call it over HTTP.
 *
 * Installing from the registry is not possible offline, so the app's
 * node_modules links to this repository's (same Medusa 2.21.2) and the
 * packed tarball is unpacked into node_modules/medusa-plugin-o2c, which is
 * what `npm install ./medusa-plugin-o2c-x.y.z.tgz` does for the plugin itself.
 */

jest.setTimeout(600_000)

const ROOT = path.resolve(__dirname, "../..")
const PKG = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"))
const DB_NAME = `o2c_plugin_install_${process.pid}`

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  try {
    return execFileSync(cmd, args, { cwd, env, encoding: "utf8", stdio: "pipe", timeout: 300_000 })
  } catch (e: any) {
    throw new Error(`${cmd} ${args.join(" ")} failed:\n${e.stdout ?? ""}\n${e.stderr ?? ""}`)
  }
}

describe("medusa-plugin-o2c installed as a plugin in a Medusa app", () => {
  let appDir: string
  let app: ChildProcess | undefined
  let baseUrl: string
  let appLog = ""

  beforeAll(async () => {
    run("npx", ["medusa", "plugin:build"], ROOT)
    const packDir = mkdtempSync(path.join(tmpdir(), "o2c-pack-"))
    const tarball = path.join(
      packDir,
      run("npm", ["pack", "--silent", "--pack-destination", packDir], ROOT).trim()
    )

    appDir = mkdtempSync(path.join(tmpdir(), "o2c-host-app-"))
    writeFileSync(
      path.join(appDir, "package.json"),
      JSON.stringify({
        name: "o2c-host-app",
        private: true,
        dependencies: {
          "@medusajs/cli": PKG.devDependencies["@medusajs/cli"],
          "@medusajs/framework": PKG.devDependencies["@medusajs/framework"],
          "@medusajs/medusa": PKG.devDependencies["@medusajs/medusa"],
          [PKG.name]: `file:${tarball}`,
        },
      })
    )
    writeFileSync(
      path.join(appDir, "medusa-config.js"),
      `const { defineConfig } = require("@medusajs/framework/utils")
module.exports = defineConfig({
  // Plain HTTP on localhost: the session cookie cannot be Secure here.
  projectConfig: { databaseUrl: process.env.DATABASE_URL, http: {}, cookieOptions: { secure: false } },
  admin: { disable: false, backendUrl: "/" },
  plugins: [{ resolve: "${PKG.name}", options: { timeZone: "Europe/Paris" } }],
  modules: [
    {
      resolve: "@medusajs/medusa/payment",
      options: { providers: [{ resolve: "${PKG.name}/providers/on-account", id: "on-account" }] },
    },
  ],
})
`
    )
    // The starter's tsconfig: `medusa build` compiles the app with it.
    writeFileSync(
      path.join(appDir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2021",
          module: "Node16",
          moduleResolution: "Node16",
          esModuleInterop: true,
          skipLibCheck: true,
          jsx: "react-jsx",
          outDir: "./.medusa/server",
          rootDir: "./",
          resolveJsonModule: true,
          allowJs: true,
        },
        include: ["medusa-config.js"],
        exclude: ["node_modules", ".medusa"],
      })
    )
    mkdirSync(path.join(appDir, "node_modules"))
    for (const entry of readdirSync(path.join(ROOT, "node_modules"))) {
      symlinkSync(path.join(ROOT, "node_modules", entry), path.join(appDir, "node_modules", entry))
    }
    run("tar", ["-xzf", tarball, "-C", packDir], packDir)
    renameSync(path.join(packDir, "package"), path.join(appDir, "node_modules", PKG.name))

    await withPostgres((c) =>
      c.query(`DROP DATABASE IF EXISTS "${DB_NAME}"`).then(() => c.query(`CREATE DATABASE "${DB_NAME}"`))
    )
    const env = medusaAppEnv(DB_NAME, "production")
    run("npx", ["medusa", "db:migrate", "--execute-safe-links"], appDir, env)
    run("npx", ["medusa", "user", "-e", "admin@plugin.test", "-p", "plugin-password"], appDir, env)
    // The dashboard with the plugin's extensions, built as a merchant's
    // deployment builds it; `medusa start` serves it from public/admin.
    run("npx", ["medusa", "build", "--admin-only"], appDir, env)
    mkdirSync(path.join(appDir, "public"))
    renameSync(path.join(appDir, ".medusa", "admin"), path.join(appDir, "public", "admin"))

    const port = await freePort()
    baseUrl = `http://127.0.0.1:${port}`
    app = spawn("npx", ["medusa", "start", "--port", String(port)], { cwd: appDir, env, detached: true })
    app.stdout?.on("data", (d) => (appLog += d))
    app.stderr?.on("data", (d) => (appLog += d))

    const deadline = Date.now() + 120_000
    while (Date.now() < deadline) {
      if (app.exitCode !== null) break
      const up = await fetch(`${baseUrl}/health`)
        .then((r) => r.ok)
        .catch(() => false)
      if (up) return
      await new Promise((r) => setTimeout(r, 500))
    }
    throw new Error(`the host app did not come up:\n${appLog.slice(-4000)}`)
  })

  afterAll(async () => {
    if (app?.pid) {
      process.kill(-app.pid, "SIGTERM")
      await new Promise((r) => setTimeout(r, 1000))
    }
    await withPostgres((c) => c.query(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`))
    if (appDir) rmSync(appDir, { recursive: true, force: true })
  })

  it("boots and answers /health", async () => {
    const res = await fetch(`${baseUrl}/health`)
    expect(res.status).toBe(200)
  })

  it("serves the plugin's admin route with the options the app passed", async () => {
    const anonymous = await fetch(`${baseUrl}/admin/o2c/status`)
    expect(anonymous.status).toBe(401)

    const login = await fetch(`${baseUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@plugin.test", password: "plugin-password" }),
    })
    const { token } = await login.json()
    const res = await fetch(`${baseUrl}/admin/o2c/status`, { headers: { authorization: `Bearer ${token}` } })
    expect(res.status).toBe(200)
    const { status } = await res.json()
    expect(status).toMatchObject({ name: PKG.name, version: PKG.version, time_zone: "Europe/Paris" })
  })

  it("runs the plugin's modules on their migrated tables", async () => {
    const login = await fetch(`${baseUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@plugin.test", password: "plugin-password" }),
    })
    const headers = {
      authorization: `Bearer ${(await login.json()).token}`,
      "content-type": "application/json",
    }
    const created = await fetch(`${baseUrl}/admin/companies`, {
      method: "POST",
      headers,
      body: JSON.stringify({
        name: "Plugin SARL",
        legal_name: "Plugin SARL",
        billing_email: "a@plugin.test",
        currency_code: "eur",
      }),
    })
    expect(created.status).toBe(201)
    const terms = await fetch(`${baseUrl}/admin/payment-terms`, { headers })
    expect(terms.status).toBe(200)
  })

  it("ships its admin extensions in the package", () => {
    const admin = readFileSync(
      path.join(appDir, "node_modules", PKG.name, ".medusa/server/src/admin/index.mjs"),
      "utf8"
    )
    expect(admin).toContain("Order-to-cash")
  })

  it("shows its pages in the host's dashboard: Invoices and Receivables in the sidebar, Settings › Invoicing", async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    })
    try {
      const page = await browser.newPage()
      const failures: string[] = []
      page.on("pageerror", (error) => failures.push(error.message))
      page.on("console", (m) => m.type() === "error" && failures.push(m.text()))
      await page.goto(`${baseUrl}/app/login`)
      await page
        .locator('input[name="email"]')
        .waitFor({ timeout: 30_000 })
        .catch(async () => {
          throw new Error(
            `no login form at ${page.url()}: ${failures.join("; ")}\n${(await page.content()).slice(0, 1500)}`
          )
        })
      await page.fill('input[name="email"]', "admin@plugin.test")
      await page.fill('input[name="password"]', "plugin-password")
      await page.click('button[type="submit"]')
      await page.waitForURL((url) => !url.pathname.includes("login"), { timeout: 60_000 })

      await page
        .getByRole("link", { name: "Invoices" })
        .click({ timeout: 30_000 })
        .catch(async (error) => {
          await page.screenshot({ path: path.join(tmpdir(), "o2c-admin-failure.png") })
          throw new Error(
            `${error.message}\nat ${page.url()}: ${(await page.textContent("body"))?.slice(0, 1500)}`
          )
        })
      await page.getByRole("heading", { name: "Invoices" }).waitFor({ timeout: 30_000 })
      await page.getByText("No document issued yet.").waitFor()

      // Receivables: KPIs, aging (zero everywhere on an empty store) and the overdue list load without error.
      await page.getByRole("link", { name: "Receivables" }).click({ timeout: 30_000 })
      await page.getByRole("heading", { name: "Receivables" }).waitFor({ timeout: 30_000 })
      await page.getByRole("heading", { name: "Aging" }).waitFor()
      await page.getByText("Nothing overdue as of").waitFor({ timeout: 30_000 })

      await page.goto(`${baseUrl}/app/settings/invoicing`)
      await page.getByRole("heading", { name: "Invoicing" }).waitFor({ timeout: 30_000 })
      // Nothing saved and no plugin option: the page says what an invoice still needs.
      await page.getByText("New invoices cannot be issued until the seller identity is complete").waitFor()
      expect(failures).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
