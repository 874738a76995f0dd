#!/usr/bin/env bash
# Prints, for the built-in model on this machine's CPU with its default steps and guidance: session creation with
# and without the optimised-model cache, each optimisation of the sampling loop side by side, and the product's loop
# against the floor of bare ONNX Runtime Runs, per step and per clip, with managed bytes allocated per clip.
# Needs no services. Options: --clips N (default 7), --warm-up N (2), --sessions N (5).
# Run it on an idle machine: the network uses every core, so anything else running shows up in the figures.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dotnet run -c Release --project "$root/benchmarks/Reelwright.InferenceBenchmarks" -- "$@"
