# shellcheck shell=bash
# Azurite (Azure Blob Storage emulator) on 127.0.0.1:10000 for clips. Sourced by services.sh.

AZURITE_PORT=10000
# npm installs the version pinned in package.json/package-lock.json here, not globally.
AZURITE_PACKAGE_DIR=$INFRA_LOCAL_DIR/azurite
AZURITE_BIN=$AZURITE_PACKAGE_DIR/node_modules/.bin/azurite-blob
AZURITE_DATA=$REELWRIGHT_STATE_DIR/azurite
AZURITE_LOG=$REELWRIGHT_LOG_DIR/azurite.log
AZURITE_PID=$REELWRIGHT_RUN_DIR/azurite.pid
# Azurite's well-known development account, spelled out so clients need no UseDevelopmentStorage support.
AZURITE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$AZURITE_PORT/devstoreaccount1;"

# True when node_modules holds exactly the version package.json pins.
azurite_installed() {
  [[ -x $AZURITE_BIN ]] || return 1
  (cd "$AZURITE_PACKAGE_DIR" && node -e '
    const wanted = require("./package.json").dependencies.azurite;
    const installed = require("./node_modules/azurite/package.json").version;
    process.exit(wanted === installed ? 0 : 1);' 2>/dev/null)
}

azurite_install() {
  azurite_installed && return 0
  command -v npm >/dev/null || die "npm is required to install Azurite (Node 20)"
  log "  installing Azurite with npm ci"
  # npm ci installs exactly what package-lock.json records.
  (cd "$AZURITE_PACKAGE_DIR" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
}

azurite_answers() {
  # Any HTTP status counts (403 on /): curl only fails when nothing answers.
  curl -s -o /dev/null -m 2 "http://127.0.0.1:$AZURITE_PORT/"
}

azurite_launch() {
  if [[ -f $AZURITE_PID ]] && process_alive "$(cat "$AZURITE_PID")"; then
    log "  Azurite is already starting; waiting for it"
    return 0
  fi
  install -d -m 0755 "$AZURITE_DATA"
  # setsid + nohup: the emulator outlives this script and its terminal. Without --location Azurite
  # writes into the current folder. --skipApiVersionCheck: Azure.Storage.Blobs 12.30 sends an API
  # version newer than Azurite 3.37 knows and would get 400 InvalidHeaderValue.
  setsid nohup "$AZURITE_BIN" --blobHost 127.0.0.1 --blobPort "$AZURITE_PORT" --location "$AZURITE_DATA" \
    --skipApiVersionCheck --disableTelemetry --silent >>"$AZURITE_LOG" 2>&1 </dev/null &
  echo $! >"$AZURITE_PID"
}

azurite_wait_ready() {
  wait_until 30 "Azurite on 127.0.0.1:$AZURITE_PORT" azurite_answers || {
    show_log_tail "$AZURITE_LOG"
    return 1
  }
}

azurite_stop() {
  [[ -f $AZURITE_PID ]] || {
    azurite_answers && log "  something answers on :$AZURITE_PORT but was not started by this script; left running"
    return 0
  }
  local pid waited=0
  pid=$(cat "$AZURITE_PID")
  if process_alive "$pid" && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q azurite; then
    kill -TERM "$pid"
    while process_alive "$pid" && ((waited < 100)); do
      sleep 0.1
      waited=$((waited + 1))
    done
    process_alive "$pid" && kill -KILL "$pid"
  fi
  rm -f "$AZURITE_PID"
}

azurite_describe() {
  echo "Azurite     127.0.0.1:$AZURITE_PORT  (blob http://127.0.0.1:$AZURITE_PORT/devstoreaccount1, data $AZURITE_DATA, log $AZURITE_LOG)"
}
