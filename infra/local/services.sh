#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Starts, stops or reports Reelwright's backing services on 127.0.0.1 without Docker:
# PostgreSQL 15 (5432), RabbitMQ (5672, management 15672) and Azurite blob storage (10000).
#
#   infra/local/services.sh [start|stop [postgres|rabbitmq|azurite…]|status]
#
# start installs whatever is missing and starts whatever does not answer yet, so it is safe to run at the
# top of every CI job or shell session: on a warm machine it changes nothing and takes a second or two.
# Progress goes to stderr; the summary and connection strings go to stdout.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/common.sh"
source "$here/postgres.sh"
source "$here/rabbitmq.sh"
source "$here/azurite.sh"

# Order of waiting: quickest first, so the slow RabbitMQ boot overlaps the others.
SERVICES=(postgres azurite rabbitmq)

prepare_state_dirs() {
  # 0755 so the postgres user can reach its data folder below.
  install -d -m 0755 "$REELWRIGHT_STATE_DIR" "$REELWRIGHT_LOG_DIR" "$REELWRIGHT_RUN_DIR"
}

install_software() {
  # On a fresh machine npm (network and unpacking) runs while apt installs the Debian packages.
  local npm_pid=
  if ! azurite_installed; then
    azurite_install &
    npm_pid=$!
  fi
  timed "debian packages" ensure_debian_packages postgresql rabbitmq-server ffmpeg
  if [[ -n $npm_pid ]]; then
    local started_ms
    started_ms=$(now_ms)
    wait "$npm_pid" || die "npm ci of Azurite failed (see above)"
    log_duration "azurite npm install (wait)" "$started_ms"
  fi
}

start_services() {
  local service launched=()
  [[ -f $PG_DATA/PG_VERSION ]] || timed "postgres initdb" postgres_init_cluster
  rabbitmq_write_config

  # Launch everything that is down first, then wait, so the three boots overlap.
  for service in "${SERVICES[@]}"; do
    if "${service}_answers"; then
      log "  $service already answering"
    else
      timed "$service launch" "${service}_launch"
      launched+=("$service")
    fi
  done
  for service in "${launched[@]}"; do
    timed "$service ready" "${service}_wait_ready"
  done
  postgres_ensure_app_database
}

print_summary() {
  postgres_describe
  rabbitmq_describe
  azurite_describe
  echo
  echo "export ConnectionStrings__Studio='$PG_CONNECTION_STRING'"
  echo "export ConnectionStrings__RabbitMq='$RABBITMQ_AMQP_URI'"
  echo "export ConnectionStrings__Blobs='$AZURITE_CONNECTION_STRING'"
}

cmd_start() {
  require_root
  local started_ms
  started_ms=$(now_ms)
  log "Starting Reelwright services"
  prepare_state_dirs
  install_software
  start_services
  log_duration total "$started_ms"
  print_summary
}

# stop [service…]: all three by default; naming some (postgres, rabbitmq, azurite) stops only those, which the
# fault tests use to take one service away and bring it back with `start`.
cmd_stop() {
  require_root
  local services=("$@")
  # Reverse order of dependence: nothing writes blobs or messages once the bus is down.
  ((${#services[@]})) || services=(azurite rabbitmq postgres)
  log "Stopping ${services[*]}"
  local service
  for service in "${services[@]}"; do
    [[ " ${SERVICES[*]} " == *" $service "* ]] || { log "unknown service '$service' (known: ${SERVICES[*]})"; exit 2; }
    timed "$service stopped" "${service}_stop"
  done
}

# Exit status 0 when all three answer, 3 otherwise, so scripts can test `services.sh status`.
cmd_status() {
  local service all_up=true
  for service in "${SERVICES[@]}"; do
    if "${service}_answers"; then
      printf 'up    %s\n' "$("${service}_describe")"
    else
      printf 'down  %s\n' "$("${service}_describe")"
      all_up=false
    fi
  done
  $all_up || return 3
}

main() {
  case "${1:-start}" in
    start) cmd_start ;;
    stop) shift; cmd_stop "$@" ;;
    status) cmd_status ;;
    *)
      log "usage: $0 [start|stop [service…]|status]"
      exit 2
      ;;
  esac
}

main "$@"
