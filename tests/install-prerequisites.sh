#!/usr/bin/env bash
# Installs what the tests need and a fresh machine lacks (it has the .NET SDK, node/npm and python3).
# Idempotent: each step runs only when its tool is missing.
set -euo pipefail
updated=""
apt_install() {
  if [ -z "$updated" ]; then apt-get update -qq; updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
[ -x /usr/bin/chromium ] || apt_install chromium
