#!/usr/bin/env bash
# Makes sure the services this project needs run on this machine:
#   scripts/services.sh [postgres] [redis] [chromium] [test-tools]   (default: the first three)
# Starts a service that is installed but stopped; installs it with apt-get when
# absent and running as root; otherwise stops with one line saying what to do.
# Servers that are not on localhost (DATABASE_URL, REDIS_URL) are only checked.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
check_node

apt_updated=0

is_root() { [ "$(id -u)" = 0 ]; }

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

is_local() { [[ "$1" == localhost || "$1" == 127.0.0.1 || "$1" == ::1 ]]; }

wait_for_port() {
  local host=$1 port=$2 name=$3
  for _ in $(seq 1 60); do
    port_open "$host" "$port" && return 0
    sleep 0.5
  done
  fail "$name did not start listening on $host:$port within 30 s."
}

# apt_install "<what, for messages>" "<manual install hint>" packages...
apt_install() {
  local what=$1 hint=$2
  shift 2
  if ! is_root; then
    fail "$what is not installed: install it ($hint) or run this as root to let it install."
  fi
  command -v apt-get >/dev/null 2>&1 || fail "$what is not installed and apt-get is not available: $hint."
  say "installing $what with apt-get..."
  if [ $apt_updated = 0 ]; then
    apt-get update -qq >/dev/null || fail "apt-get update failed: check the package sources."
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
    || fail "apt-get install $* failed."
}

url_host() { node -e 'const u = new URL(process.argv[1]); console.log(u.hostname.replace(/^\[|\]$/g, ""))' "$1"; }
url_port() { node -e 'const u = new URL(process.argv[1]); console.log(u.port || process.argv[2])' "$1" "$2"; }

ensure_postgres() {
  local url=${DATABASE_URL:-postgres://postgres:postgres@localhost:5432/postgres}
  local host port
  host=$(url_host "$url")
  port=$(url_port "$url" 5432)
  port_open "$host" "$port" && return 0
  is_local "$host" || fail "PostgreSQL at $host:$port (DATABASE_URL) is not reachable."

  local installed_now=0
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    apt_install "PostgreSQL" "Debian/Ubuntu: sudo apt-get install postgresql" postgresql
    installed_now=1
  fi
  is_root || fail "PostgreSQL is installed but not running: start it (sudo pg_ctlcluster $(ls /etc/postgresql | sort -V | tail -n1) main start)."
  local version
  version=$(ls /etc/postgresql | sort -V | tail -n1)
  say "starting PostgreSQL $version..."
  pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  wait_for_port "$host" "$port" PostgreSQL
  if [ $installed_now = 1 ]; then
    # A fresh Debian cluster only lets the postgres role in through the local
    # socket; give it the password the default DATABASE_URL uses.
    su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null
  fi
}

ensure_redis() {
  local url=${REDIS_URL:-redis://localhost:6379}
  local host port
  host=$(url_host "$url")
  port=$(url_port "$url" 6379)
  port_open "$host" "$port" && return 0
  is_local "$host" || fail "Redis at $host:$port (REDIS_URL) is not reachable."
  if ! command -v redis-server >/dev/null 2>&1; then
    apt_install "Redis" "Debian/Ubuntu: sudo apt-get install redis-server" redis-server
    port_open "$host" "$port" && return 0
  fi
  say "starting Redis..."
  redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --save "" --appendonly no >/dev/null \
    || fail "redis-server would not start: try 'redis-server --port $port' to see why."
  wait_for_port "$host" "$port" Redis
}

chromium_path() {
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    [ -x "$CHROMIUM_PATH" ] && echo "$CHROMIUM_PATH"
    return
  fi
  command -v chromium || command -v chromium-browser || true
}

ensure_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ] && [ ! -x "$CHROMIUM_PATH" ]; then
    fail "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable."
  fi
  local missing=()
  [ -n "$(chromium_path)" ] || missing+=(chromium)
  # Documents are typeset in Liberation Sans (Arial's metrics): without it
  # Chromium falls back to a wider font and table cells wrap differently.
  fc-list 2>/dev/null | grep -q "Liberation Sans" || missing+=(fonts-liberation)
  [ ${#missing[@]} = 0 ] && return 0
  apt_install "Chromium and its fonts (${missing[*]}) for invoice PDFs and browser tests" \
    "Debian/Ubuntu: sudo apt-get install ${missing[*]}" "${missing[@]}"
}

# The e-invoice and PDF checks of the test suite: pdftotext reads the PDFs'
# text, Saxon-HE runs the EN 16931 schematron (XSLT 2.0), xmllint the XSDs.
ensure_test_tools() {
  local missing=()
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
  command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
  [ -f /usr/share/java/Saxon-HE.jar ] || missing+=(libsaxonhe-java)
  [ ${#missing[@]} = 0 ] && return 0
  apt_install "the test tools (${missing[*]})" "Debian/Ubuntu: sudo apt-get install ${missing[*]}" "${missing[@]}"
}

services=("$@")
[ ${#services[@]} -gt 0 ] || services=(postgres redis chromium)
for service in "${services[@]}"; do
  case "$service" in
    postgres) ensure_postgres ;;
    redis) ensure_redis ;;
    chromium) ensure_chromium ;;
    test-tools) ensure_test_tools ;;
    *) fail "unknown service '$service' (postgres, redis, chromium, test-tools)" ;;
  esac
done
