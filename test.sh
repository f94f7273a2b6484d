#!/usr/bin/env bash
# Builds Monitor, installs what the tests need when it is missing, and runs every test.
# usage: ./test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Dashboard]
set -euo pipefail
cd "$(dirname "$0")"
bash tests/install-prerequisites.sh
dotnet build Monitor.sln -c Release -nologo -v q
log=$(mktemp)
set +e
# One test project at a time: they start silos, hosts and browsers, and two cores go further that way.
dotnet test Monitor.sln -c Release --no-build -nologo -m:1 "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line for the whole run, summed over the test assemblies.
awk '/(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { gsub(",", "", p); printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
