#!/usr/bin/env bash
# Prints raw in-process sampling time against end-to-end time (POST to Succeeded with the MP4 stored) for the
# built-in model on this machine's CPU, and their ratio. Starts the local services first. Run on an idle machine:
# the sampler uses every core, so anything else running shows up in the figures.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/infra/local/services.sh" start >/dev/null
dotnet run -c Release --project "$root/benchmarks/Reelwright.Benchmarks"
