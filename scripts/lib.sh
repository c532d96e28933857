# Shared by the project's scripts: one-line failures, Node check, dependencies.
# shellcheck shell=bash

export MEDUSA_DISABLE_TELEMETRY=true
export NPM_CONFIG_UPDATE_NOTIFIER=false

fail() {
  echo "o2c: $*" >&2
  exit 1
}

say() {
  echo "o2c: $*"
}

check_node() {
  command -v node >/dev/null 2>&1 || fail "Node.js is not installed: install Node.js 20.19 or newer (https://nodejs.org or your package manager)."
  node -e '
    const [maj, min] = process.versions.node.split(".").map(Number)
    process.exit(maj > 20 || (maj === 20 && min >= 19) ? 0 : 1)
  ' || fail "Node.js $(node --version) is too old: Medusa 2.21 needs Node.js 20.19 or newer."
}

# Installs dependencies when node_modules is missing or older than the lock
# file. `npm install` rather than `npm ci`: it installs the locked versions
# too, but does not refuse a lock that lacks other platforms' optional
# binaries (which some npm setups never write).
ensure_deps() {
  if [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
    return
  fi
  say "installing dependencies (about a minute)..."
  npm install --no-audit --no-fund --loglevel=error >/dev/null \
    || fail "npm install failed: run 'npm install' to see why."
}
