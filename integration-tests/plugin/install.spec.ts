import { type ChildProcess, execFileSync, spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import path from "node:path"
import { Client } from "pg"

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
const DB_URL = `postgres://${process.env.DB_USERNAME ?? "postgres"}:${process.env.DB_PASSWORD ?? "postgres"}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? 5432}`
const DB_NAME = `o2c_plugin_install_${process.pid}`

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  try {
    return execFileSync(cmd, args, { cwd, env, encoding: "utf8", stdio: "pipe", timeout: 300_000 })
  } catch (e: any) {
    throw new Error(`${cmd} ${args.join(" ")} failed:\n${e.stdout ?? ""}\n${e.stderr ?? ""}`)
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

async function adminDb<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: `${DB_URL}/postgres` })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
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
    const tarball = path.join(packDir, run("npm", ["pack", "--silent", "--pack-destination", packDir], ROOT).trim())

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
  projectConfig: { databaseUrl: process.env.DATABASE_URL, http: {} },
  admin: { disable: true },
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
    mkdirSync(path.join(appDir, "node_modules"))
    for (const entry of readdirSync(path.join(ROOT, "node_modules"))) {
      symlinkSync(path.join(ROOT, "node_modules", entry), path.join(appDir, "node_modules", entry))
    }
    run("tar", ["-xzf", tarball, "-C", packDir], packDir)
    renameSync(path.join(packDir, "package"), path.join(appDir, "node_modules", PKG.name))

    await adminDb((c) => c.query(`DROP DATABASE IF EXISTS "${DB_NAME}"`).then(() => c.query(`CREATE DATABASE "${DB_NAME}"`)))
    const env = {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: `${DB_URL}/${DB_NAME}`,
      JWT_SECRET: randomBytes(32).toString("hex"),
      COOKIE_SECRET: randomBytes(32).toString("hex"),
      MEDUSA_DISABLE_TELEMETRY: "true",
      REDIS_URL: "",
      TEST_TYPE: "",
    }
    run("npx", ["medusa", "db:migrate", "--execute-safe-links"], appDir, env)
    run("npx", ["medusa", "user", "-e", "admin@plugin.test", "-p", "plugin-password"], appDir, env)

    const port = await freePort()
    baseUrl = `http://127.0.0.1:${port}`
    app = spawn("npx", ["medusa", "start", "--port", String(port)], { cwd: appDir, env, detached: true })
    app.stdout?.on("data", (d) => (appLog += d))
    app.stderr?.on("data", (d) => (appLog += d))

    const deadline = Date.now() + 120_000
    while (Date.now() < deadline) {
      if (app.exitCode !== null) break
      const up = await fetch(`${baseUrl}/health`).then((r) => r.ok).catch(() => false)
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
    await adminDb((c) => c.query(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`))
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
    const headers = { authorization: `Bearer ${(await login.json()).token}`, "content-type": "application/json" }
    const created = await fetch(`${baseUrl}/admin/companies`, {
      method: "POST",
      headers,
      body: JSON.stringify({ name: "Plugin SARL", legal_name: "Plugin SARL", billing_email: "a@plugin.test", currency_code: "eur" }),
    })
    expect(created.status).toBe(201)
    const terms = await fetch(`${baseUrl}/admin/payment-terms`, { headers })
    expect(terms.status).toBe(200)
  })

  it("ships its admin extensions in the package", () => {
    const admin = readFileSync(path.join(appDir, "node_modules", PKG.name, ".medusa/server/src/admin/index.mjs"), "utf8")
    expect(admin).toContain("Order-to-cash")
  })
})
