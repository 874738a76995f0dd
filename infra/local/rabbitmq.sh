# shellcheck shell=bash
# RabbitMQ on 127.0.0.1 (AMQP 5672, management 15672) for the MassTransit bus. Sourced by services.sh.

RABBITMQ_AMQP_PORT=5672
RABBITMQ_MANAGEMENT_PORT=15672
RABBITMQ_BASE=$REELWRIGHT_STATE_DIR/rabbitmq
RABBITMQ_PID=$RABBITMQ_BASE/rabbitmq.pid
RABBITMQ_REPO_CONFIG=$INFRA_DIR/rabbitmq/rabbitmq.conf
RABBITMQ_AMQP_URI="amqp://guest:guest@127.0.0.1:$RABBITMQ_AMQP_PORT/"

# with_rabbitmq_env COMMAND... : the server and every CLI call must share this environment, above all HOME
# (the Erlang cookie lives there) and the node name, or the CLI cannot talk to the node.
# /usr/lib/rabbitmq/bin rather than /usr/sbin: the sbin wrappers switch to the rabbitmq user and its cookie.
with_rabbitmq_env() {
  (
    export PATH="/usr/lib/rabbitmq/bin:$PATH"
    export HOME=$RABBITMQ_BASE
    # Ignore /etc/rabbitmq/rabbitmq-env.conf: this node is configured entirely from here.
    export RABBITMQ_CONF_ENV_FILE=/dev/null
    # Short name on localhost: resolves without DNS and does not change with the machine's hostname.
    export RABBITMQ_NODENAME=reelwright@localhost
    export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
    export RABBITMQ_DIST_PORT=25672
    # Without these epmd and the Erlang distribution ports listen on every interface.
    export ERL_EPMD_ADDRESS=127.0.0.1
    # +sbwt none: Erlang's schedulers otherwise busy-wait after each message, stealing cycles from a worker that
    # samples on the same cores (every step publishes progress); a local broker's latency does not need the spin.
    export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1} +sbwt none +sbwtdcpu none +sbwtdio none"
    export RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
    export RABBITMQ_MNESIA_BASE=$RABBITMQ_BASE/mnesia
    export RABBITMQ_LOG_BASE=$RABBITMQ_BASE/log
    export RABBITMQ_CONFIG_FILE=$RABBITMQ_BASE/rabbitmq.conf
    export RABBITMQ_ENABLED_PLUGINS_FILE=$RABBITMQ_BASE/enabled_plugins
    export RABBITMQ_PID_FILE=$RABBITMQ_PID
    "$@"
  )
}

rabbitmq_answers() {
  tcp_answers "$RABBITMQ_AMQP_PORT"
}

rabbitmq_node_alive() {
  [[ -f $RABBITMQ_PID ]] && process_alive "$(cat "$RABBITMQ_PID")"
}

# Erlang's short node names need `localhost` to resolve.
rabbitmq_ensure_localhost_resolves() {
  getent hosts localhost >/dev/null || echo '127.0.0.1 localhost' >>/etc/hosts
}

# The broker reads a copy, so editing or moving the checkout never breaks a running node; rewritten only
# when the repository's version changed, and then the node must be restarted to pick it up.
rabbitmq_write_config() {
  install -d -m 0755 "$RABBITMQ_BASE"
  if ! cmp -s "$RABBITMQ_REPO_CONFIG" "$RABBITMQ_BASE/rabbitmq.conf"; then
    install -m 0644 "$RABBITMQ_REPO_CONFIG" "$RABBITMQ_BASE/rabbitmq.conf"
    rabbitmq_answers && log "  $RABBITMQ_REPO_CONFIG changed: run stop then start to apply it"
  fi
  local plugins='[rabbitmq_management].'
  [[ $(cat "$RABBITMQ_BASE/enabled_plugins" 2>/dev/null) == "$plugins" ]] ||
    echo "$plugins" >"$RABBITMQ_BASE/enabled_plugins"
}

rabbitmq_launch() {
  if rabbitmq_node_alive; then
    log "  a RabbitMQ node is already booting; waiting for it"
    return 0
  fi
  rabbitmq_ensure_localhost_resolves
  with_rabbitmq_env rabbitmq-server -detached
}

rabbitmq_ping() {
  with_rabbitmq_env rabbitmq-diagnostics -q ping >/dev/null 2>&1
}

# Each CLI call boots an Erlang VM (~0.5 s of CPU), so polling with ping would slow the boot it waits for
# on a two-core machine. epmd knows the node as soon as its Erlang distribution is up, for almost nothing.
rabbitmq_node_registered() {
  epmd -names 2>/dev/null | grep -q '^name reelwright at port'
}

# Registered, then ping (the node talks to the CLI), then await_startup: a node that answers ping may still
# be booting plugins and listeners.
rabbitmq_wait_ready() {
  if ! wait_until 60 "RabbitMQ node reelwright@localhost in epmd" rabbitmq_node_registered ||
    ! wait_until 30 "RabbitMQ node reelwright@localhost" rabbitmq_ping ||
    ! with_rabbitmq_env rabbitmqctl -q await_startup --timeout 60 >/dev/null; then
    show_log_tail "$RABBITMQ_BASE/log/reelwright@localhost.log"
    return 1
  fi
}

rabbitmq_stop() {
  if rabbitmq_node_alive; then
    local pid
    pid=$(cat "$RABBITMQ_PID")
    # SIGTERM is the same orderly shutdown as `rabbitmqctl stop`, without booting a CLI VM first.
    # It takes ~6 s: the management plugin waits 5 s for its statistics collector when stopping.
    kill -TERM "$pid"
    wait_until 60 "RabbitMQ (pid $pid) to exit" eval "! process_alive $pid"
  fi
  rabbitmq_stop_idle_epmd
}

# epmd (the Erlang port mapper) outlives the node; stop it too unless another Erlang node still uses it.
rabbitmq_stop_idle_epmd() {
  local names
  names=$(epmd -names 2>/dev/null) || return 0
  grep -q '^name ' <<<"$names" || epmd -kill >/dev/null 2>&1 || true
}

rabbitmq_describe() {
  echo "RabbitMQ    127.0.0.1:$RABBITMQ_AMQP_PORT   (management http://127.0.0.1:$RABBITMQ_MANAGEMENT_PORT guest/guest, data $RABBITMQ_BASE)"
}
