#!/usr/bin/env bash
# Starts the whole studio on this machine and prints where to open it:
# PostgreSQL, RabbitMQ and Azurite (installed and started when missing), then the Studio API, one generation
# worker and the web app. Ctrl+C stops the three .NET processes; the backing services keep running
# (stop them with infra/local/services.sh stop).
#
#   infra/up.sh
#
# Ports: web 5000, API 5080 (override with REELWRIGHT_WEB_PORT / REELWRIGHT_API_PORT).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
web_port=${REELWRIGHT_WEB_PORT:-5000}
api_port=${REELWRIGHT_API_PORT:-5080}
logs=/var/lib/reelwright/logs
out=$root/artifacts/run

"$root/infra/local/services.sh" start >/dev/null

echo "Building the studio…" >&2
rm -rf "$out"
# Published, not just built: a build's output lacks the web app's static assets (CSS, blazor.web.js) outside
# the Development environment, and the page would load unstyled and never become interactive.
for project in services/Reelwright.Api workers/Reelwright.Worker web/Reelwright.Web; do
  dotnet publish "$root/$project" -c Release -o "$out/$(basename "$project")" -nologo -v quiet -clp:ErrorsOnly
done

pids=()
stop_all() {
  trap - INT TERM EXIT
  ((${#pids[@]})) && kill "${pids[@]}" 2>/dev/null
  wait 2>/dev/null || true
}
trap stop_all INT TERM EXIT

# start NAME DLL : runs one app from its build folder (so it finds its models/ and appsettings.json), logging to a file.
start() {
  (cd "$out/$1" && exec dotnet "$1.dll") >"$logs/$1.log" 2>&1 &
  pids+=($!)
}

wait_for() {
  local url=$1 what=$2 tries=0
  until curl -sf -o /dev/null "$url"; do
    ((++tries > 300)) && { echo "error: $what did not come up; see $logs" >&2; exit 1; }
    kill -0 "${pids[@]}" 2>/dev/null || { echo "error: a process exited; see $logs" >&2; exit 1; }
    sleep 0.2
  done
}

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production} DOTNET_ENVIRONMENT=${DOTNET_ENVIRONMENT:-Production}
# Models people add themselves (models/README.md); the API reads their manifests and tokenizers, the worker runs them.
export Models__UserDirectory=${Models__UserDirectory:-$root/models}
ASPNETCORE_URLS=http://127.0.0.1:$api_port start Reelwright.Api
wait_for "http://127.0.0.1:$api_port/health" "the Studio API"
start Reelwright.Worker
ASPNETCORE_URLS=http://127.0.0.1:$web_port \
  Studio__ApiBaseUrl=http://127.0.0.1:$api_port Studio__PublicApiBaseUrl=http://127.0.0.1:$api_port \
  start Reelwright.Web
wait_for "http://127.0.0.1:$web_port/" "the web app"

cat <<MSG

  Reelwright is running:  http://127.0.0.1:$web_port
  Studio API:             http://127.0.0.1:$api_port  (OpenAPI: /openapi/v1.json)
  Logs:                   $logs/Reelwright.{Api,Worker,Web}.log

  Ctrl+C stops the studio.
MSG
wait -n "${pids[@]}"
echo "error: a studio process exited; see $logs" >&2
exit 1
