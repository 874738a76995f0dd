# shellcheck shell=bash
# PostgreSQL 15 on 127.0.0.1 for Reelwright's Studio database. Sourced by services.sh.

PG_BIN=/usr/lib/postgresql/15/bin
PG_PORT=${REELWRIGHT_PG_PORT:-5432}
# Under /var/lib, not /root: the server runs as the postgres user, which cannot enter /root.
PG_DATA=$REELWRIGHT_STATE_DIR/postgres
PG_SOCKET_DIR=$REELWRIGHT_RUN_DIR/postgresql
PG_LOG=$REELWRIGHT_LOG_DIR/postgres.log
PG_CONNECTION_STRING="Host=127.0.0.1;Port=$PG_PORT;Database=reelwright;Username=reelwright;Password=reelwright"

postgres_answers() {
  "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"
}

as_postgres() {
  # From /, because the postgres user cannot read the caller's working directory (often under /root).
  (cd / && runuser -u postgres -- "$@")
}

postgres_init_cluster() {
  [[ -f $PG_DATA/PG_VERSION ]] && return 0
  install -d -o postgres -g postgres -m 0700 "$PG_DATA"
  # peer for the local socket (root administers as postgres), passwords over TCP (what the apps use).
  # --no-sync saves ~3 s of fsync: a brand-new dev cluster holds nothing, and if the machine dies in the
  # next seconds, deleting the folder and starting again loses nothing.
  as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=peer --auth-host=scram-sha-256 --no-sync >/dev/null
}

# After a SIGKILL the postmaster stays a zombie until its parent reaps it; pg_ctl and the postmaster's own
# lock check both see that pid as alive and refuse to start. A zombie holds no port, memory or files,
# so once it has had a few seconds to be reaped its postmaster.pid can go.
postgres_clear_stale_pid_file() {
  local pid_file=$PG_DATA/postmaster.pid pid state waited=0
  [[ -f $pid_file ]] || return 0
  pid=$(head -n 1 "$pid_file")
  state=$(process_state "$pid")
  while [[ $state == Z ]] && ((waited < 50)); do
    sleep 0.1
    waited=$((waited + 1))
    state=$(process_state "$pid")
  done
  if [[ -z $state || $state == Z || $(cat "/proc/$pid/comm" 2>/dev/null) != postgres ]]; then
    log "  removing stale $pid_file (its postmaster, pid $pid, has exited)"
    rm -f "$pid_file"
  fi
}

postgres_launch() {
  postgres_clear_stale_pid_file
  if [[ -f $PG_DATA/postmaster.pid ]]; then
    log "  a postmaster is already running for $PG_DATA (starting or recovering); waiting for it"
    return 0
  fi
  install -d -o postgres -g postgres -m 0755 "$PG_SOCKET_DIR"
  # pg_ctl opens the log as postgres, and the log folder belongs to root.
  touch "$PG_LOG"
  chown postgres:postgres "$PG_LOG"
  # -W (do not wait): the three services boot side by side; postgres_wait_ready polls the TCP port.
  as_postgres "$PG_BIN/pg_ctl" start -W -s -D "$PG_DATA" -l "$PG_LOG" \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_SOCKET_DIR" >/dev/null
}

postgres_wait_ready() {
  wait_until 30 "PostgreSQL on 127.0.0.1:$PG_PORT" postgres_answers || {
    show_log_tail "$PG_LOG"
    return 1
  }
}

# Reads SQL from stdin.
postgres_superuser_psql() {
  as_postgres "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCKET_DIR" -p "$PG_PORT" -d postgres
}

# Creates the app's role and database only when missing (no password reset), so re-running changes nothing.
# CREATEDB because integration tests create and drop throwaway databases.
postgres_ensure_app_database() {
  if [[ ! -S $PG_SOCKET_DIR/.s.PGSQL.$PG_PORT ]]; then
    die "something else answers on 127.0.0.1:$PG_PORT (no socket in $PG_SOCKET_DIR); stop it or set REELWRIGHT_PG_PORT"
  fi
  postgres_superuser_psql <<'SQL'
SELECT 'CREATE ROLE reelwright LOGIN CREATEDB PASSWORD ''reelwright'''
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reelwright') \gexec
SELECT 'ALTER ROLE reelwright LOGIN CREATEDB'
FROM pg_roles WHERE rolname = 'reelwright' AND NOT (rolcanlogin AND rolcreatedb) \gexec
SELECT 'CREATE DATABASE reelwright OWNER reelwright'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'reelwright') \gexec
SQL
}

postgres_stop() {
  [[ -f $PG_DATA/PG_VERSION ]] || return 0
  postgres_clear_stale_pid_file
  [[ -f $PG_DATA/postmaster.pid ]] || return 0
  # fast: roll back open transactions and disconnect clients instead of waiting for them to leave.
  as_postgres "$PG_BIN/pg_ctl" stop -s -D "$PG_DATA" -m fast -w -t 60
}

postgres_describe() {
  echo "PostgreSQL  127.0.0.1:$PG_PORT   (data $PG_DATA, log $PG_LOG)"
}
