#!/usr/bin/env bash
# Installs what the tests need and a fresh machine lacks (it has the .NET SDK, node/npm and python3).
# Idempotent: each step runs only when what it installs is missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
updated=""
apt_install() {
  if [ -z "$updated" ]; then apt-get update -qq; updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Monitor.Dashboard.Tests: Debian's chromium, driven by Playwright.
[ -x /usr/bin/chromium ] || apt_install chromium

# Monitor.Webhooks.Tests: the Standard Webhooks reference verifier (npm package standardwebhooks).
if [ ! -d "$root/Monitor.Webhooks.Tests/verifier/node_modules/standardwebhooks" ]; then
  (cd "$root/Monitor.Webhooks.Tests/verifier" && npm install --no-audit --no-fund --loglevel=error)
fi

# Monitor.Cluster.Tests: a real redis-server on a loopback port for the cluster (membership, storage, journal).
command -v redis-server >/dev/null || apt_install redis-server
