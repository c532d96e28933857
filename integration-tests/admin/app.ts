import { type ChildProcess, spawn } from "node:child_process"
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { freePort, medusaAppEnv, withPostgres } from "../helpers/medusa-app"

/**
 * The admin as a merchant runs it: the dashboard with the plugin's pages and
 * widgets bundled by `medusa build`, served by `medusa start` with
 * NODE_ENV=production, on a fresh database holding the demo data (`npm run
 * demo`'s seed). Browser specs and the page-load benchmark share it; see
 * AdminMode for the bundle each uses.
 *
 * Everything happens in a throwaway copy of the app (src/, medusa-config.ts,
 * tsconfig.json, package.json; node_modules linked), because `medusa start`
 * serves the dashboard from `<cwd>/public/admin` and the repository's own
 * .medusa/server is the plugin build that other tests pack. The copy is also
 * a snapshot: editing src/ while the app runs changes nothing under test.
 *
 * Only the dashboard is bundled (`medusa build --admin-only`): the backend
 * runs from the TypeScript source, as bench/run.sh runs it for the API
 * benchmarks. Compiling it too would add a minute of tsc that the typecheck
 * stage already spends, and answers requests with the same code.
 */

const ROOT = path.resolve(__dirname, "../..")

/**
 * - "production": the dashboard built for production and served by
 *   `medusa start`: what a merchant deploys, what the page-load bench times.
 * - "react-warnings": the same, except that the bundle holds React's
 *   development build. Production React prints no warnings (key, DOM
 *   nesting, hooks...), so the browser specs, which fail on any, use this.
 * - "develop": `medusa develop`, the dashboard compiled on request by Vite's
 *   dev server, to compare page loads with the development figures.
 */
export type AdminMode = "production" | "react-warnings" | "develop"

export type AdminApp = {
  /** http://localhost:<port>, the dashboard at /app. */
  baseUrl: string
  /** How long each preparation step took, in seconds (build, data, boot). */
  timings: Record<string, number>
  stop: () => Promise<void>
}

/**
 * Builds, seeds and starts the admin app; `stop()` stops the server, drops the database and the copy.
 * `pluginAdmin: false` bundles the stock dashboard alone (the copy without src/admin), the
 * page-load bench's baseline for what the plugin's pages and widgets add.
 */
export async function startAdminApp(mode: AdminMode, { pluginAdmin = true } = {}): Promise<AdminApp> {
  const appDir = mkdtempSync(path.join(tmpdir(), "o2c-admin-app-"))
  const database = `o2c_admin_${process.pid}_${Date.now()}`
  const env = medusaAppEnv(database, mode === "develop" ? "development" : "production", {
    // The dashboard calls the API on its own origin.
    MEDUSA_BACKEND_URL: "/",
    DISABLE_ADMIN: "",
    MEDUSA_WORKER_MODE: "shared",
    O2C_TIME_ZONE: "Europe/Paris",
    LOG_LEVEL: "info",
  })
  let server: ChildProcess | undefined
  let serverLog = ""

  const stop = async () => {
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once("exit", resolve))
      process.kill(-server.pid, "SIGTERM")
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))])
    }
    await withPostgres((c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`))
    rmSync(appDir, { recursive: true, force: true })
  }

  try {
    for (const entry of ["src", "medusa-config.ts", "tsconfig.json", "package.json"]) {
      cpSync(path.join(ROOT, entry), path.join(appDir, entry), { recursive: true })
    }
    if (!pluginAdmin) rmSync(path.join(appDir, "src", "admin"), { recursive: true })
    symlinkSync(path.join(ROOT, "node_modules"), path.join(appDir, "node_modules"))
    await withPostgres((c) => c.query(`CREATE DATABASE "${database}"`))

    const timings: Record<string, number> = {}
    const timed = async (name: string, step: () => Promise<unknown>) => {
      const start = Date.now()
      await step()
      timings[name] = Math.round((Date.now() - start) / 100) / 10
    }
    // The bundle and the data do not depend on each other: prepare both at once,
    // and let both finish before failing, so nothing still writes to what stop() removes.
    const prepared = await Promise.allSettled([
      timed("build_admin_s", async () => {
        if (mode === "develop") return
        // Vite bundles React's development build when NODE_ENV says so at build time.
        const buildEnv = { ...env, NODE_ENV: mode === "react-warnings" ? "development" : "production" }
        await run("npx", ["medusa", "build", "--admin-only"], appDir, buildEnv)
        mkdirSync(path.join(appDir, "public"))
        renameSync(path.join(appDir, ".medusa", "admin"), path.join(appDir, "public", "admin"))
      }),
      timed("migrate_and_seed_s", async () => {
        await run("npx", ["medusa", "db:migrate", "--execute-safe-links"], appDir, env)
        await run("npx", ["medusa", "exec", "./src/scripts/seed.ts"], appDir, env)
      }),
    ])
    for (const step of prepared) if (step.status === "rejected") throw step.reason

    const port = await freePort()
    const baseUrl = `http://localhost:${port}`
    await timed("boot_s", async () => {
      const command = mode === "develop" ? "develop" : "start"
      server = spawn("npx", ["medusa", command, "--port", String(port)], { cwd: appDir, env, detached: true })
      // Only the tail, for a failure message: the server runs for the whole stage.
      const keep = (d: Buffer) => (serverLog = (serverLog + d).slice(-20_000))
      server.stdout?.on("data", keep)
      server.stderr?.on("data", keep)
      await waitUntilServing(`${baseUrl}/app`, server, () => serverLog)
    })
    return { baseUrl, timings, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/** Resolves once the URL answers 200; fails if the server exits or takes more than 3 minutes. */
async function waitUntilServing(url: string, server: ChildProcess, log: () => string) {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) break
    const ok = await fetch(url)
      .then((r) => r.ok)
      .catch(() => false)
    if (ok) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`the server did not serve ${url}:\n${log().slice(-4000)}`)
}

/** Runs a command to completion; fails with the tail of its output. */
function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  return new Promise<void>((resolve, reject) => {
    let output = ""
    const child = spawn(cmd, args, { cwd, env })
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    child.on("error", reject)
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}:\n${output.slice(-4000)}`))
    )
  })
}
