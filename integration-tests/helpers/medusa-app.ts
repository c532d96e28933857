import { randomBytes } from "node:crypto"
import { createServer } from "node:net"
import { Client } from "pg"

const PG = {
  user: process.env.DB_USERNAME ?? "postgres",
  password: process.env.DB_PASSWORD ?? "postgres",
  host: process.env.DB_HOST ?? "localhost",
  port: Number(process.env.DB_PORT ?? 5432),
}

/** The URL of `database` on the test PostgreSQL server (the DB_* variables Medusa's test runner reads too). */
const pgUrl = (database: string) =>
  `postgres://${PG.user}:${PG.password}@${PG.host}:${PG.port}/${encodeURIComponent(database)}`

/** A port nothing listens on now, for an app a spec starts. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

/** Runs `fn` on a connection to the server's maintenance database (to create and drop a spec's own). */
export async function withPostgres<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: pgUrl("postgres") })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/**
 * The environment of a Medusa app a spec starts on `database`: fresh secrets, no telemetry, and
 * neither Redis (one process, Medusa's in-memory event bus and workflow engine) nor the test
 * runner's TEST_TYPE. `extra` adds to it or overrides it.
 */
export function medusaAppEnv(
  database: string,
  nodeEnv: string,
  extra: NodeJS.ProcessEnv = {}
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: nodeEnv,
    DATABASE_URL: pgUrl(database),
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
    MEDUSA_DISABLE_TELEMETRY: "true",
    REDIS_URL: "",
    TEST_TYPE: "",
    ...extra,
  }
}
