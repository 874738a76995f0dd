# shellcheck shell=bash
# Shared paths and helpers for the local service scripts. Sourced by services.sh and
# install-test-tools.sh; not meant to be run on its own.

REELWRIGHT_STATE_DIR=/var/lib/reelwright
REELWRIGHT_LOG_DIR=$REELWRIGHT_STATE_DIR/logs
# Pid files and sockets; kept beside the data rather than in /run so one `rm -rf` resets everything.
REELWRIGHT_RUN_DIR=$REELWRIGHT_STATE_DIR/run
INFRA_LOCAL_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
INFRA_DIR=$(dirname "$INFRA_LOCAL_DIR")

log() { printf '%s\n' "$*" >&2; }

die() {
  log "error: $*"
  exit 1
}

require_root() {
  # Installing packages, running as the postgres user and writing /var/lib all need root.
  [[ $EUID -eq 0 ]] || die "run as root (it installs packages and writes $REELWRIGHT_STATE_DIR)"
}

now_ms() {
  local micros=${EPOCHREALTIME//[.,]/}
  echo $((micros / 1000))
}

# timed LABEL COMMAND... : runs COMMAND and reports how long it took, so slow steps are visible in CI logs.
# Call it as a plain statement, never after || or in an if: there set -e would not stop a failing COMMAND.
timed() {
  local label=$1
  shift
  local started_ms
  started_ms=$(now_ms)
  "$@"
  log_duration "$label" "$started_ms"
}

# log_duration LABEL STARTED_MS : one aligned "label  1.2 s" line.
log_duration() {
  local elapsed_ms=$(($(now_ms) - $2))
  log "$(printf '  %-26s %3d.%d s' "$1" $((elapsed_ms / 1000)) $((elapsed_ms % 1000 / 100)))"
}

# wait_until SECONDS WHAT COMMAND... : polls COMMAND until it succeeds; none of the servers block until ready.
wait_until() {
  local timeout_s=$1 what=$2
  shift 2
  local deadline_ms=$(($(now_ms) + timeout_s * 1000))
  until "$@"; do
    if (($(now_ms) > deadline_ms)); then
      log "error: $what not ready after ${timeout_s} s"
      return 1
    fi
    sleep 0.2
  done
}

# tcp_answers PORT : true when something accepts connections on 127.0.0.1:PORT (bash's /dev/tcp, no extra tools).
tcp_answers() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# process_state PID : the one-letter state from /proc (R, S, Z...), empty when there is no such process.
process_state() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
  # The command name in field 2 may contain spaces; the state follows its closing parenthesis.
  stat=${stat##*) }
  echo "${stat%% *}"
}

# process_alive PID : running and not a zombie (a SIGKILLed server lingers as a zombie until reaped).
process_alive() {
  local state
  state=$(process_state "$1")
  [[ -n $state && $state != Z ]]
}

show_log_tail() {
  [[ -f $1 ]] || return 0
  log "--- last lines of $1 ---"
  tail -n 20 "$1" >&2
}

debian_package_installed() {
  [[ $(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null) == installed ]]
}

# Another apt/dpkg (an image build, a colleague's install) may hold the lock; wait for it rather than fail.
wait_for_other_apt() {
  local waited_s=0
  while pgrep -x apt-get >/dev/null || pgrep -x apt >/dev/null || pgrep -x dpkg >/dev/null; do
    ((waited_s % 10 == 0)) && log "  waiting for another apt/dpkg to finish..."
    sleep 1
    waited_s=$((waited_s + 1))
    ((waited_s < 900)) || die "apt/dpkg still busy after 15 min"
  done
}

# ensure_debian_packages PACKAGE... : installs only what is missing, so a warm machine never touches apt.
ensure_debian_packages() {
  local missing=() package
  for package in "$@"; do
    debian_package_installed "$package" || missing+=("$package")
  done
  ((${#missing[@]} == 0)) && return 0

  log "  installing ${missing[*]}"
  wait_for_other_apt
  local apt_options=(-q -o DPkg::Lock::Timeout=600)
  DEBIAN_FRONTEND=noninteractive apt-get "${apt_options[@]}" update >/dev/null
  # No recommends: they add minutes of documentation and desktop packages a server does not use.
  DEBIAN_FRONTEND=noninteractive apt-get "${apt_options[@]}" install -y --no-install-recommends "${missing[@]}" >/dev/null
}
