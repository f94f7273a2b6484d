#!/usr/bin/env bash
# Installs what the browser tests need and no package manager of .NET brings: Debian's chromium.
# Playwright's own browser download cannot run here, so the tests drive /usr/bin/chromium.
# Idempotent: does nothing when chromium is already there.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "chromium is missing and installing it needs root: run 'apt-get update && apt-get install -y chromium'." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
/usr/bin/chromium --version
