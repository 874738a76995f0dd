#!/usr/bin/env bash
# Prints the fleet benchmark's figures (throughput, dispatch gap, fairness, scaling). Run on an idle machine:
# every worker shares the same cores, so anything else running shows up in the figures.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/infra/local/services.sh" start >/dev/null
dotnet run -c Release --project "$root/benchmarks/Reelwright.FleetBenchmarks"
