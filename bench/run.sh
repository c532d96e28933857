#!/usr/bin/env bash
# Runs a benchmark against a real server on a database of its own:
#   bench/run.sh checkout-latency [runs]
# Seeds the demo store on a database of its own, starts `medusa start` (admin
# disabled) on port 9100, runs the benchmark `runs` times (default 5) and
# prints one JSON line a run. Benchmarks marked "bench: exec" run in-process
# through `medusa exec` instead, without a server; those marked "bench:
# standalone" start what they need themselves.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

bench=${1:?usage: bench/run.sh <benchmark> [runs]}
runs=${2:-5}
[ -f "bench/$bench.ts" ] || fail "no benchmark bench/$bench.ts"

check_node
ensure_deps

# A benchmark marked "bench: standalone" prepares its own app and database
# (admin-pages builds the dashboard and starts it through the browser specs'
# harness) and reads `runs` itself, with its own default.
if grep -q "^// bench: standalone" "bench/$bench.ts"; then
  bash scripts/services.sh postgres chromium
  exec npx ts-node --transpile-only "bench/$bench.ts" "${2:-}"
fi

export DATABASE_URL=${BENCH_DATABASE_URL:-postgres://postgres:postgres@localhost:5432/o2c_bench}
export DISABLE_ADMIN=true REDIS_URL=${BENCH_REDIS_URL:-} NODE_ENV=production
export JWT_SECRET=bench-only-secret COOKIE_SECRET=bench-only-secret
bash scripts/services.sh postgres redis

node -e '
  const { Client } = require("pg")
  const url = new URL(process.env.DATABASE_URL), db = url.pathname.slice(1)
  url.pathname = "/postgres"
  const c = new Client({ connectionString: url.toString() })
  c.connect().then(() => c.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`)).then(() => c.end())
'
node scripts/ensure-database.js
npx medusa db:migrate --execute-safe-links >/tmp/o2c-bench-setup.log 2>&1 || fail "migrations failed: /tmp/o2c-bench-setup.log"
npx medusa exec ./src/scripts/seed.ts >>/tmp/o2c-bench-setup.log 2>&1 || fail "seed failed: /tmp/o2c-bench-setup.log"

# A benchmark marked "bench: exec" runs in-process through `medusa exec`: no server.
if grep -q "^// bench: exec" "bench/$bench.ts"; then
  # Settings a benchmark needs before medusa-config is read: its "// bench-env: NAME=value ..." line.
  read -ra bench_env <<<"$(sed -n 's|^// bench-env: ||p' "bench/$bench.ts")"
  for _ in $(seq 1 "$runs"); do
    env "${bench_env[@]}" npx medusa exec "./bench/$bench.ts" 2>/tmp/o2c-bench-exec.log | grep '^{"bench"' || fail "bench failed: /tmp/o2c-bench-exec.log"
  done
  exit 0
fi

setsid npx medusa start --port 9100 >/tmp/o2c-bench-server.log 2>&1 &
server=$!
trap 'kill -- -$server 2>/dev/null' EXIT
for _ in $(seq 1 120); do
  curl -fs http://localhost:9100/health >/dev/null 2>&1 && break
  sleep 1
done

BENCH_KEY=$(sed -n 's/^Publishable key //p' .medusa/demo-logins.txt)
BENCH_REGION=$(node -e '
  const { Client } = require("pg")
  const c = new Client({ connectionString: process.env.DATABASE_URL })
  c.connect().then(() => c.query("SELECT id FROM region WHERE name = $1", ["France"]))
    .then((r) => { console.log(r.rows[0].id); return c.end() })
')
export BENCH_URL=http://localhost:9100 BENCH_KEY BENCH_REGION
for _ in $(seq 1 "$runs"); do
  npx ts-node --transpile-only "bench/$bench.ts"
done
