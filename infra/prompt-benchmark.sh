#!/usr/bin/env bash
# Prints the prompt store's read latencies (history tree, keyset pages of a user's clips, label resolution) with
# 100,000 prompt versions and 100,000 generations seeded into an isolated database, and the plans of their SQL.
# Arguments pass through: --seed-only, --database NAME, --requests N (see docs/benchmarks/prompt-store.md).
# Run on an idle machine: the API, PostgreSQL and the client share the cores, so anything else shows in the p99.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/infra/local/services.sh" start >/dev/null
dotnet run -c Release --project "$root/benchmarks/Reelwright.PromptBenchmarks" -- "$@"
