# shellcheck shell=bash
# The Artemis broker of a work dir: one instance in $BROKER_DIR, its own JVM on $BROKER_HOST:$BROKER_PORT,
# run in the background with its PID in $RUN_DIR/broker.pid.

BROKER_NAME=broker

broker_pid() { recorded_pid "$BROKER_NAME"; }

# The host the instance is configured for (what a running broker listens on), else $BROKER_HOST.
broker_configured_host() {
  local host
  host=$(cli broker-host "$BROKER_DIR/etc/broker.xml")
  echo "${host:-$BROKER_HOST}"
}

# The port the instance is configured for (what a running broker listens on), else $BROKER_PORT.
broker_configured_port() {
  local port
  port=$(cli broker-port "$BROKER_DIR/etc/broker.xml")
  echo "${port:-$BROKER_PORT}"
}

# The broker's logins: no anonymous client, a user per node of $CONF_DIR (and of the config files
# given), and a channel's addresses open for sending to its members only (loopchain-cli's
# BrokerSecurity). A running broker reloads them: users and roles at once, broker.xml within 5 s.
broker_logins() {
  cli broker-security "$BROKER_DIR" "$CONF_DIR" "$@" || die "cannot write the broker's logins in $BROKER_DIR/etc"
}

broker_create() {
  [ -f "$BROKER_DIR/etc/broker.xml" ] && return 0
  say "creating broker loopchain (Artemis $ARTEMIS_VERSION) in $BROKER_DIR"
  "$ARTEMIS_HOME/bin/artemis" create --silent --host 127.0.0.1 --http-host 127.0.0.1 --no-web \
    --require-login --user admin --password "$(od -An -tx1 -N16 /dev/urandom | tr -d " \n")" --no-amqp-acceptor --no-mqtt-acceptor \
    --no-stomp-acceptor --no-hornetq-acceptor --no-autotune --name loopchain \
    --default-port "$BROKER_PORT" "$BROKER_DIR" >"$LOG_DIR/broker-create.log" 2>&1 \
    || { tail -n 20 "$LOG_DIR/broker-create.log" >&2; die "artemis create failed"; }
}

# Starts the broker in the background unless it runs already; broker_wait waits for its port.
broker_start() {
  local pid
  pid=$(broker_pid)
  if pid_alive "$pid" "-Dartemis.instance=$BROKER_DIR"; then
    local running
    running="$(broker_configured_host):$(broker_configured_port)"
    [ "$running" = "$BROKER_HOST:$BROKER_PORT" ] ||
      die "this work dir's broker runs on $running, not $BROKER_HOST:$BROKER_PORT: run ./loopchain down first"
    note "broker already running (pid $pid) on tcp://$BROKER_HOST:$BROKER_PORT"
    broker_logins
    return 0
  fi
  forget_pid "$BROKER_NAME"
  port_open "$BROKER_PORT" "$BROKER_HOST" &&
    die "$BROKER_HOST:$BROKER_PORT is taken by a process that is not this work dir's broker (set LOOPCHAIN_BROKER_PORT)"
  broker_create
  # the acceptor on $BROKER_HOST:$BROKER_PORT without the JMS 1.x prefixes (loopchain-cli's BrokerXml)
  cli broker-xml "$BROKER_DIR/etc/broker.xml" "$BROKER_PORT" "$BROKER_HOST" || die "cannot configure $BROKER_DIR/etc/broker.xml"
  broker_logins
  say "starting broker on tcp://$BROKER_HOST:$BROKER_PORT"
  # setsid + nohup: the broker survives the end of this shell and a Ctrl-C in it. bin/artemis execs
  # java, and setsid execs too (we are not a process-group leader), so $! is the broker's JVM.
  local detach=()
  command -v setsid >/dev/null && detach=(setsid)
  (cd "$BROKER_DIR" && exec "${detach[@]}" nohup bin/artemis run) >>"$LOG_DIR/broker.out" 2>&1 </dev/null 9>&- &
  record_pid "$BROKER_NAME" "$!"
}

# For peer -o / radiostation -o: true (a note, no broker started) when the broker their file names
# is not this work dir's and answers already: another host's, or another work dir's. Stops when nothing
# answers there and BROKER_HOST is no address of this machine: that broker must be started on its host.
broker_elsewhere() {
  pid_alive "$(broker_pid)" "-Dartemis.instance=$BROKER_DIR" && return 1
  if port_open "$BROKER_PORT" "$BROKER_HOST"; then
    note "using the broker at tcp://$BROKER_HOST:$BROKER_PORT (not this work dir's: none is started here)"
    return 0
  fi
  cli local-address "$BROKER_HOST" ||
    die "no broker answers at tcp://$BROKER_HOST:$BROKER_PORT and $BROKER_HOST is not an address of this machine: start that broker on its host first (./loopchain broker start there)"
  return 1
}

broker_wait() {
  local pid i
  pid=$(broker_pid)
  for ((i = 0; i < 120; i++)); do
    port_open "$BROKER_PORT" "$BROKER_HOST" && pid_alive "$pid" "-Dartemis.instance=$BROKER_DIR" && return 0
    if ! [ -d "/proc/$pid" ]; then
      tail -n 20 "$LOG_DIR/broker.out" >&2
      die "the broker exited during start-up (log: $LOG_DIR/broker.out)"
    fi
    sleep 0.5
  done
  die "the broker did not open $BROKER_HOST:$BROKER_PORT within 60 s (log: $BROKER_DIR/log/artemis.log)"
}

broker_stop() {
  local pid
  pid=$(broker_pid)
  if ! pid_alive "$pid" "-Dartemis.instance=$BROKER_DIR"; then
    forget_pid "$BROKER_NAME"
    return 0
  fi
  say "stopping broker (pid $pid)"
  terminate "$pid" "-Dartemis.instance=$BROKER_DIR" 20
  forget_pid "$BROKER_NAME"
}

broker_status() {
  local pid host port state=stopped
  pid=$(broker_pid)
  [ -d "$BROKER_DIR" ] || return 0
  host=$(broker_configured_host)
  port=$(broker_configured_port)
  if pid_alive "$pid" "-Dartemis.instance=$BROKER_DIR" && port_open "$port" "$host"; then
    state=running
  elif pid_alive "$pid" "-Dartemis.instance=$BROKER_DIR"; then
    state=starting
  else
    pid=-
  fi
  printf '%-8s %-8s pid %-7s tcp://%s:%s\n' broker "$state" "${pid:--}" "$host" "$port"
}

broker_log() { echo "$BROKER_DIR/log/artemis.log"; }
