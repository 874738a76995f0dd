#!/usr/bin/env bash
# Prints requests per second and p50/p95/p99 latency of the gallery's first page and of clip pages under 200 concurrent
# anonymous readers, driving the web app published in Release (its own process, Production) and the real API over
# an isolated database seeded with 500 published clips. Arguments: [readers] [seconds] (default 200 30).
# Run on an idle machine: the readers, the web app, the API and PostgreSQL share the cores.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/infra/local/services.sh" start >/dev/null
dotnet run -c Release --project "$root/benchmarks/Reelwright.GalleryLoad" -- "$@"
