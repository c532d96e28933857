#!/usr/bin/env node
// Creates the database named in DATABASE_URL when it does not exist yet.
// Medusa's `db:create` would also rewrite .env; here .env stays the user's.
const { Client } = require("pg")

async function main() {
  const url = new URL(process.env.DATABASE_URL || "")
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""))
  if (!database) {
    throw new Error("DATABASE_URL has no database name (expected postgres://user:pass@host:5432/name)")
  }
  const admin = new URL(url)
  admin.pathname = "/postgres"
  const client = new Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`)
      console.log(`Created database ${database}`)
    }
  } finally {
    await client.end()
  }
}

main().catch((err) => {
  console.error(`Could not prepare the database: ${err.message}`)
  process.exit(1)
})
