/**
 * medusa-config.ts reads its environment when loaded: each case loads a
 * fresh copy with the variables it names.
 */
function loadConfig(env: Record<string, string | undefined>) {
  const saved = { ...process.env }
  Object.assign(process.env, env)
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key]
  }
  try {
    let config: any
    jest.isolateModules(() => {
      config = require("../../medusa-config")
    })
    return config
  } finally {
    process.env = saved
  }
}

const resolves = (config: any) => Object.values(config.modules).map((m: any) => m.resolve)

describe("medusa-config.ts", () => {
  it.each([
    ["shared", false],
    ["server", false],
    ["worker", true],
  ])("MEDUSA_WORKER_MODE=%s runs that mode, admin disabled: %s", (mode, adminDisabled) => {
    const config = loadConfig({ MEDUSA_WORKER_MODE: mode })
    expect(config.projectConfig.workerMode).toBe(mode)
    expect(config.admin.disable).toBe(adminDisabled)
  })

  it("defaults to one shared process", () => {
    const config = loadConfig({ MEDUSA_WORKER_MODE: undefined })
    expect(config.projectConfig.workerMode).toBe("shared")
  })

  it("refuses an unknown worker mode with a clear message", () => {
    expect(() => loadConfig({ MEDUSA_WORKER_MODE: "cron" })).toThrow(
      'MEDUSA_WORKER_MODE must be one of shared, server, worker (got "cron")'
    )
  })

  it("uses Medusa's in-process infrastructure without REDIS_URL", () => {
    const config = loadConfig({ REDIS_URL: undefined })
    expect(resolves(config).join(" ")).not.toMatch(/redis/)
  })

  it("moves events, workflows, locks and caches to Redis with REDIS_URL", () => {
    const config = loadConfig({ REDIS_URL: "redis://cache.internal:6379/2" })
    expect(config.projectConfig.redisUrl).toBe("redis://cache.internal:6379/2")
    expect(resolves(config)).toEqual(
      expect.arrayContaining([
        "@medusajs/medusa/event-bus-redis",
        "@medusajs/medusa/workflow-engine-redis",
        "@medusajs/medusa/locking",
        "@medusajs/medusa/caching",
      ])
    )
    expect(JSON.stringify(config.modules)).toContain("@medusajs/medusa/locking-redis")
    expect(JSON.stringify(config.modules)).toContain("@medusajs/caching-redis")
  })

  it("passes the merchant time zone to the o2c module", () => {
    const config = loadConfig({ O2C_TIME_ZONE: "Europe/Paris" })
    expect(config.modules.o2c.options.timeZone).toBe("Europe/Paris")
  })

  it.each([
    [undefined, {}],
    ["invoicing", { invoicing: false }],
    [" invoicing , receivables ", { invoicing: false, receivables: false }],
  ])("O2C_FEATURES_OFF=%j switches those features off", (off, features) => {
    const config = loadConfig({ O2C_FEATURES_OFF: off })
    expect(config.modules.o2c.options.features).toEqual(features)
  })
})
