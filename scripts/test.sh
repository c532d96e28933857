#!/usr/bin/env bash
# npm test: the whole suite on the real stack. Every stage runs even when an
# earlier one failed, so one run shows everything that is broken; the exit
# code is non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

check_node
ensure_deps

set -a
# shellcheck disable=SC1091
source .env.test
set +a
DATABASE_URL="postgres://${DB_USERNAME}:${DB_PASSWORD}@${DB_HOST}:${DB_PORT:-5432}/postgres" \
  bash scripts/services.sh postgres redis chromium test-tools || exit 1

results=.medusa/test-results
rm -rf "$results"
mkdir -p "$results"
failed_stages=()

stage() {
  local name=$1
  shift
  echo
  echo "── $name ───────────────────────────────────────────"
  local start=$SECONDS
  if "$@"; then
    echo "── $name: ok ($((SECONDS - start)) s)"
  else
    echo "── $name: FAILED ($((SECONDS - start)) s)"
    failed_stages+=("$name")
  fi
}

jest_stage() {
  local type=$1
  shift
  TEST_TYPE=$type NODE_OPTIONS=--experimental-vm-modules npx jest --forceExit \
    --json --outputFile="$results/${type//:/-}.json" "$@"
}

stage typecheck npm run --silent typecheck
stage lint npm run --silent lint
checks_failed=${#failed_stages[@]}
stage unit jest_stage unit --runInBand --silent
stage integration:modules jest_stage integration:modules --runInBand
# Each HTTP spec boots its own Medusa on a database and a port of its own (Redis: a database
# index of its own), so two run at once: the boots, mostly CPU, overlap the other's waits.
stage integration:http jest_stage integration:http --maxWorkers=2
stage integration:plugin jest_stage integration:plugin --runInBand
# Chromium on the admin, built once and started with the demo data (integration-tests/admin).
stage integration:admin jest_stage integration:admin --runInBand

# typecheck and lint count as one check each; jest stages count their tests.
node -e '
  const fs = require("fs"), path = require("path")
  const [dir, checksFailed, checksPassed] = process.argv.slice(1)
  let passed = Number(checksPassed), failed = Number(checksFailed)
  for (const f of fs.readdirSync(dir)) {
    const r = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"))
    passed += r.numPassedTests
    failed += r.numFailedTests + r.numRuntimeErrorTestSuites
  }
  console.log(`\nTests: ${passed} passed, ${failed} failed`)
' "$results" "$checks_failed" "$((2 - checks_failed))"

if [ ${#failed_stages[@]} -gt 0 ]; then
  echo "Failed: ${failed_stages[*]}"
  exit 1
fi
echo "All stages passed."
