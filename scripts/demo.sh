#!/usr/bin/env bash
# npm run demo: from a fresh clone to a running store with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

check_node

if [ ! -f .env ]; then
  # Fresh secrets per clone: the template's are empty on purpose.
  sed -e "s|^JWT_SECRET=.*|JWT_SECRET=$(node -e 'console.log(require("crypto").randomBytes(32).toString("hex"))')|" \
      -e "s|^COOKIE_SECRET=.*|COOKIE_SECRET=$(node -e 'console.log(require("crypto").randomBytes(32).toString("hex"))')|" \
      .env.template > .env
  say "created .env from .env.template"
fi
set -a
# shellcheck disable=SC1091
source .env
set +a
PORT=${PORT:-9000}

ensure_deps
bash scripts/services.sh postgres redis chromium

(exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null \
  && fail "port $PORT is already in use: stop the other server or set PORT in .env."

node scripts/ensure-database.js
say "migrating the database..."
npx medusa db:migrate --execute-safe-links >/tmp/o2c-migrate.log 2>&1 \
  || { tail -n 20 /tmp/o2c-migrate.log >&2; fail "migrations failed (full log: /tmp/o2c-migrate.log)."; }
say "seeding demo data..."
npx medusa exec ./src/scripts/seed.ts >/tmp/o2c-seed.log 2>&1 \
  || { tail -n 20 /tmp/o2c-seed.log >&2; fail "seeding failed (full log: /tmp/o2c-seed.log)."; }

say "starting Medusa on port $PORT..."
# Its own process group, so stopping the demo stops medusa develop's children too.
setsid npx medusa develop &
server=$!
trap 'kill -- -$server 2>/dev/null; wait $server 2>/dev/null' INT TERM EXIT
for _ in $(seq 1 180); do
  kill -0 $server 2>/dev/null || fail "the server stopped during start-up (see its output above)."
  curl -fs "http://localhost:$PORT/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://localhost:$PORT/health" >/dev/null 2>&1 || fail "the server did not answer /health within 3 minutes."

cat <<BANNER

  ┌──────────────────────────────────────────────────────────────
  │ medusa-plugin-o2c demo is running
  │
  │   Admin      http://localhost:$PORT/app
  │   Store API  http://localhost:$PORT/store
$(sed 's/^/  │   /' .medusa/demo-logins.txt)
  │
  │ Stop with Ctrl-C. Running npm run demo again keeps the data.
  └──────────────────────────────────────────────────────────────

BANNER
wait $server
