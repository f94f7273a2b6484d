#!/usr/bin/env bash
# Installs what the tests need beyond NuGet. Idempotent: run it as often as you like.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Monitor.Webhooks.Tests: the Standard Webhooks reference verifier (npm package standardwebhooks).
if [ ! -d "$root/Monitor.Webhooks.Tests/verifier/node_modules/standardwebhooks" ]; then
  (cd "$root/Monitor.Webhooks.Tests/verifier" && npm install --no-audit --no-fund --loglevel=error)
fi
