#!/usr/bin/env bash
# Runs every test tier — unit, component (bUnit), integration (real PostgreSQL, RabbitMQ, Azurite, ffmpeg),
# end-to-end (Playwright on Debian's Chromium) and fault (stops and restarts those services, kills a worker
# process) — after installing and starting whatever they need.
# The last line it prints is "N passed, N failed"; it exits non-zero when anything failed.
#
#   infra/test.sh [extra dotnet test arguments, e.g. --filter "FullyQualifiedName~Outbox"]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
results=$root/artifacts/test-results
# FaultTests stop and restart the services themselves, so they run last, when nothing else needs them.
tiers=(UnitTests ComponentTests IntegrationTests EndToEndTests FaultTests)

"$root/infra/local/services.sh" start >/dev/null
"$root/infra/local/install-test-tools.sh"

rm -rf "$results"
mkdir -p "$results"
# The browser test saves what the user saw here.
export REELWRIGHT_TEST_ARTIFACTS=$results/screenshots
dotnet build "$root/Reelwright.slnx" -nologo -v quiet -clp:ErrorsOnly

exit_code=0
for tier in "${tiers[@]}"; do
  echo "── $tier" >&2
  dotnet test "$root/tests/Reelwright.$tier" --no-build -nologo \
    --logger "trx;LogFileName=$tier.trx" --logger "console;verbosity=normal" \
    --results-directory "$results" "$@" || exit_code=1
done

# Count from the TRX files rather than console text: a tier that crashed before writing one counts as a failure.
passed=0 failed=0
for tier in "${tiers[@]}"; do
  trx=$results/$tier.trx
  if [[ ! -f $trx ]]; then
    failed=$((failed + 1))
    continue
  fi
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")))
  failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")))
done
((failed == 0)) || exit_code=1
echo "$passed passed, $failed failed"
exit "$exit_code"
