# shellcheck shell=bash
# Nodes (the Radio Station and the peers): one Payara Server domain each under $DOMAINS_DIR.
#
# A domain is a copy of one template domain (create-domain costs ~14 s of CPU for certificates;
# a copy costs nothing), configured offline by loopchain-cli (node-prepare) while it is stopped, started
# with asadmin start-domain, then given the RAR and the EAR with asadmin deploy (RAR strictly
# first; autodeploy does not keep that order), and finally polled until its REST API answers.
#
# Ports of a peer whose PORT_PEER is P: REST (http-listener-1) P+1900; every other port from the
# base B = P+23000: admin B+48, https B+81, IIOP B+37/38/39, JMX B+86 (loopchain-cli's NodePorts has the rest).
# The Radio Station, PORT_RADIOSTATION R (LOOPCHAIN_PORT_PEER+2 locally): REST R+1900, base
# B = R+22898 (= LOOPCHAIN_PORT_PEER+22900, the hundred ports below peer0's base; R+23000 would put
# its IIOP on peer0's). A domain remembers its role in <domain>/loopchain-role (peer or rs).

TEMPLATE_NAME=loopchain-template
# MicroProfile Health's startup check of the node (org.loopchain.health.NodeStarted). Before the EAR
# is deployed the endpoint answers UP with no check at all, so the node's own check must be there.
STARTED_PATH=/health/started
STARTED_CHECK='"name" *: *"loopchain-node" *, *"status" *: *"UP"'
# the RS is light: C1-only JIT halves its start-up CPU (peers keep the full JIT: it doubled their TPS)
RS_JAVA_OPTS="-XX:TieredStopAtLevel=1 -Xmx512m -Dloopchain.role=rs"
APP_RAR=artemis-rar
APP_EAR=loopchain

# A node is a Payara domain or a WildFly server base directory (wildfly.sh): node_server NAME says which.
node_dir()    { echo "$DOMAINS_DIR/$1"; }
node_alog()   { echo "$LOG_DIR/$1.asadmin.log"; }
node_exists() { [ -f "$DOMAINS_DIR/$1/config/domain.xml" ] || [ -f "$DOMAINS_DIR/$1/configuration/standalone-full.xml" ]; }
node_names()  { local d; for d in "$DOMAINS_DIR"/*/; do node_exists "$(basename "$d")" && basename "$d"; done; true; }
# the JVM argument that tells one node's process from another's
node_mark() {
  if [ "$(node_server "$1")" = wildfly ]; then echo "-Djboss.server.base.dir=$DOMAINS_DIR/$1"; else echo "-Dcom.sun.aas.instanceRoot=$DOMAINS_DIR/$1"; fi
}
node_log() {
  if [ "$(node_server "$1")" = wildfly ]; then echo "$DOMAINS_DIR/$1/log/server.log"; else echo "$DOMAINS_DIR/$1/logs/server.log"; fi
}
# peer or rs (a domain created before roles existed is a peer)
node_role()   { local f="$DOMAINS_DIR/$1/loopchain-role"; if [ -f "$f" ]; then cat "$f"; else echo peer; fi; }

# The domain JVM's PID: ours (run/NAME.pid) if alive, else the one Payara wrote (config/pid).
node_pid() {
  local name=$1 pid
  pid=$(recorded_pid "$name")
  if ! pid_alive "$pid" "$(node_mark "$name")" && [ -f "$DOMAINS_DIR/$name/config/pid" ]; then
    pid=$(tr -dc '0-9' <"$DOMAINS_DIR/$name/config/pid")
  elif ! pid_alive "$pid" "$(node_mark "$name")" && [ -f "$DOMAINS_DIR/$name/wildfly.pid" ]; then
    pid=$(tr -dc '0-9' <"$DOMAINS_DIR/$name/wildfly.pid")
  fi
  pid_alive "$pid" "$(node_mark "$name")" && echo "$pid" || true
}

# Sets REST_HOST REST_PORT ADMIN_PORT HTTPS_PORT IIOP_PORT JMX_PORT NODE_CONFIG from the domain's domain.xml
# (or a WildFly node's properties); REST_HOST is the node's NODE_HOST, the admin ports are on 127.0.0.1.
node_info() {
  local vars
  vars=$(cli domain-info "$DOMAINS_DIR/$1") || die "cannot read the domain.xml of $1"
  eval "$vars"
}

# Creates the template domain once per dist (in a scratch folder, moved in place when complete): it
# holds nothing of a node (every setting is rewritten per clone), so work dirs sharing $DIST share it.
ensure_template() {
  [ -f "$TEMPLATE_DIR/$TEMPLATE_NAME/config/domain.xml" ] && return 0
  with_lock "$DIST/.template.lock" create_template || die "creating the template domain failed"
}

create_template() {
  [ -f "$TEMPLATE_DIR/$TEMPLATE_NAME/config/domain.xml" ] && return 0 # made while we waited for the lock
  say "creating the template domain (asadmin create-domain, once per dist: $TEMPLATE_DIR)"
  local scratch="$TEMPLATE_DIR.partial"
  rm -rf "$scratch"
  mkdir -p "$scratch"
  asadmin_logged "$LOG_DIR/template.asadmin.log" create-domain --domaindir "$scratch" \
    --portbase 40000 --checkports=false --nopassword "$TEMPLATE_NAME" || die "create-domain failed"
  cp "$DERBY_LIB"/{derby,derbytools,derbyshared}.jar "$scratch/$TEMPLATE_NAME/lib/"
  rm -rf "$TEMPLATE_DIR"
  mv "$scratch" "$TEMPLATE_DIR"
}

# Checks CONFIG with the application's own ConfigCheck (exit 2 = a bad key, with a message); the
# effective values it prints go to $LOG_DIR/NAME.config.txt.
config_check() {
  local name=$1 config=$2 cp out rc=0
  if [ ! -f "$REPO/loopchain-tools/target/classes/org/loopchain/tools/ConfigCheckMain.class" ]; then
    note "config check skipped: org.loopchain.tools.ConfigCheckMain is not built yet"
    return 0
  fi
  cp=$(tools_classpath) || exit 1
  say "checking ${config#"$WORK/"}"
  out=$(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$cp" org.loopchain.tools.ConfigCheckMain -o "$config" 2>&1) || rc=$?
  case $rc in
    0) echo "$out" >"$LOG_DIR/$name.config.txt"
       note "config ok (effective values: $LOG_DIR/$name.config.txt)" ;;
    2) die "$config: $out" ;;
    *) die "config check of $config failed (exit $rc): $out" ;;
  esac
}

# The bcprov jar for running core classes outside a server: from ~/.m2, else out of the EAR.
bcprov_jar() {
  local bcprov
  bcprov="$HOME/.m2/repository/org/bouncycastle/bcprov-jdk18on/$BC_VERSION/bcprov-jdk18on-$BC_VERSION.jar"
  if [ ! -f "$bcprov" ]; then
    bcprov="$WORK/tmp/bcprov-jdk18on-$BC_VERSION.jar"
    mkdir -p "$WORK/tmp"
    [ -f "$bcprov" ] || cli ear-lib "$EAR" bcprov-jdk18on "$bcprov" || die "no bcprov-jdk18on-$BC_VERSION.jar in ~/.m2 or in $EAR"
  fi
  echo "$bcprov"
}

# node_plan NAME CONFIG ROLE DEFAULT_PORT [--inspect true]: loopchain-cli's node-prepare. Sets NODE_PORT
# (CONFIG's PORT_PEER or PORT_RADIOSTATION, else DEFAULT_PORT, checked), REST_PORT ADMIN_PORT HTTPS_PORT
# IIOP_PORT JMX_PORT NODE_CONFIG, and DEPLOY_RAR / DEPLOY_EAR (1: the archive is missing or older than
# the build: see DeployPlan). Without --inspect it first writes the node into the stopped domain's
# domain.xml (DomainSettings, ports, JVM options, the broker connection) and marks the applications
# about to be redeployed not to load at start (a deploy racing Payara's load of the old copy fails);
# with --inspect (a running domain) it changes nothing and refuses a domain whose REST port or broker
# connection differs from what CONFIG and LOOPCHAIN_BROKER_HOST/PORT ask for.
node_plan() {
  local name=$1 config=$2 role=$3 default_port=$4 opts=$EXTRA_JAVA_OPTS vars
  shift 4
  [ "$role" = rs ] && opts="$RS_JAVA_OPTS $opts" # LOOPCHAIN_JAVA_OPTS come later: theirs win
  vars=$(cli node-prepare --domain "$DOMAINS_DIR/$name" --name "$name" --role "$role" --config "$config" \
    --default-port "$default_port" --data "$DATA_DIR/$name" --java-opts="$opts" --broker-host "$BROKER_HOST" --broker-port "$BROKER_PORT" \
    --jit "$SERVER_CONFIG/payara/jit-directives.json" --rar "$RAR" --ear "$EAR" "$@") || exit 1
  eval "$vars"
}

# Makes sure domain NAME exists (a copy of the template) and carries this node's settings.
# Only while it is stopped: a running DAS owns its domain.xml.
node_prepare() {
  local name=$1 config=$2 role=$3 default_port=$4 dir
  dir=$(node_dir "$name")
  if ! node_exists "$name"; then
    ensure_template
    say "creating domain $name (copy of the template)"
    rm -rf "$dir"
    mkdir -p "$DOMAINS_DIR"
    cp -a "$TEMPLATE_DIR/$TEMPLATE_NAME" "$dir"
  fi
  mkdir -p "$DATA_DIR/$name"
  echo "$role" >"$dir/loopchain-role"
  node_plan "$name" "$config" "$role" "$default_port"
  local jar
  for jar in derby derbytools derbyshared; do
    cmp -s "$DERBY_LIB/$jar.jar" "$dir/lib/$jar.jar" || cp "$DERBY_LIB/$jar.jar" "$dir/lib/$jar.jar"
  done
  [ "$role" = peer ] && node_lib_sdk "$name"
  return 0
}

# The SCORE SDK jar of the build, or nothing.
sdk_jar() {
  local jar
  for jar in "$REPO"/loopchain-score-sdk/target/loopchain-score-sdk-*.jar; do
    case $jar in *-sources.jar | *-javadoc.jar | *-tests.jar) continue ;; esac
    [ -f "$jar" ] && { echo "$jar"; return 0; }
  done
  true
}

# A peer's domain lib/ holds the SCORE SDK: Payara's common class loader reads lib/ at start, so
# SCORE applications and the node share its classes. Copied while the domain is stopped, again
# when the build changed it; an SDK jar of another version is removed.
node_lib_sdk() {
  local name=$1 lib jar old
  lib="$(node_dir "$name")/lib"
  jar=$(sdk_jar)
  if [ -z "$jar" ]; then
    warn "$name starts without the SCORE SDK in lib/: no loopchain-score-sdk/target/loopchain-score-sdk-*.jar (./loopchain up --build)"
    return 0
  fi
  for old in "$lib"/loopchain-score-sdk-*.jar; do
    [ -f "$old" ] && [ "$(basename "$old")" != "$(basename "$jar")" ] && rm -f "$old"
  done
  cmp -s "$jar" "$lib/$(basename "$jar")" || cp "$jar" "$lib/"
}

# Refuses to start when one of the node's ports is taken (by another node, work dir or program).
node_check_ports() {
  local name=$1 port
  for port in "$REST_PORT" "$HTTPS_PORT"; do
    port_open "$port" "$REST_HOST" && die "$name: $REST_HOST:$port is already in use (another node or work dir? see ./loopchain status, or pick other ports with LOOPCHAIN_PORT_PEER)"
  done
  for port in "$ADMIN_PORT" ${IIOP_PORT//,/ } "$JMX_PORT"; do
    port_open "$port" && die "$name: port $port is already in use (another node or work dir? see ./loopchain status, or pick other ports with LOOPCHAIN_PORT_PEER)"
  done
  return 0
}

node_start_domain() {
  local name=$1 pid
  say "starting domain $name (admin :$ADMIN_PORT, REST $REST_HOST:$REST_PORT)"
  asadmin_logged "$(node_alog "$name")" start-domain --domaindir "$DOMAINS_DIR" "$name" || {
    tail -n 30 "$(node_log "$name")" 2>/dev/null | sed 's/^/    | /' >&2
    die "start-domain $name failed (log: $(node_alog "$name"), $(node_log "$name"))"
  }
  pid=$(node_pid "$name")
  [ -n "$pid" ] || die "$name started but left no live PID in $DOMAINS_DIR/$name/config/pid"
  record_pid "$name" "$pid"
}

# Deploys ARCHIVE as APP through the DAS's own command endpoint (/__asadmin, what the asadmin client
# talks to, without a client JVM of ~2 CPU-s per call, and without the admin REST API, whose first
# request costs the DAS ~1.5 CPU-s of Jersey start-up); the DAS reads the archive from its path. A
# domain still loading answers "is already in use": loopchain-cli's Deployer tries again for a minute,
# then records the archive in the domain's stamp (path and SHA-256: a rebuild with the same bytes
# deploys nothing).
deploy_app() {
  local name=$1 app=$2 archive=$3
  say "deploying $(basename "$archive") to $name"
  cli deploy --domain "$DOMAINS_DIR/$name" --admin-port "$ADMIN_PORT" --app "$app" --archive "$archive" \
    --log "$(node_alog "$name")" || exit 1
}

# RAR strictly before the EAR; a new RAR means the EAR is deployed again on top (DEPLOY_* from node_plan).
node_deploy() {
  local name=$1
  if [ "$DEPLOY_RAR" = 1 ]; then deploy_app "$name" "$APP_RAR" "$RAR"; fi
  if [ "$DEPLOY_EAR" = 1 ]; then deploy_app "$name" "$APP_EAR" "$EAR"; fi
  return 0
}

node_wait_ready() {
  local name=$1 pid deadline answer=""
  pid=$(node_pid "$name")
  say "waiting for $name to start (GET $REST_HOST:$REST_PORT$STARTED_PATH)"
  deadline=$((SECONDS + READY_TIMEOUT))
  while ((SECONDS < deadline)); do
    answer=$(curl -s --max-time 5 "http://$REST_HOST:$REST_PORT$STARTED_PATH" || true)
    printf '%s' "$answer" | grep -Eq "$STARTED_CHECK" && return 0
    if ! pid_alive "$pid" "$(node_mark "$name")"; then
      tail -n 25 "$(node_log "$name")" 2>/dev/null | sed 's/^/    | /' >&2
      die "$name's server process (pid $pid) died while starting (log: $(node_log "$name"))"
    fi
    sleep 0.5
  done
  tail -n 25 "$(node_log "$name")" 2>/dev/null | sed 's/^/    | /' >&2
  die "$name: GET http://$REST_HOST:$REST_PORT$STARTED_PATH did not report the node started within ${READY_TIMEOUT}s (last answer: ${answer:-none}; log: $(node_log "$name"))"
}

# start_node NAME CONFIG_JSON [ROLE [DEFAULT_PORT]]: brings node NAME (ROLE peer, the default, or
# rs) up from CONFIG_JSON, whatever state it is in: creates/configures/starts the domain when it is
# down, deploys what is missing or older than the build, and waits for the REST API. A running node
# is left running. Its port is the file's PORT_PEER (peer) or PORT_RADIOSTATION (rs), else DEFAULT_PORT.
start_node() {
  local name=$1 config=$2 role=${3:-peer} default_port=${4:-} pid server
  config=$(cd "$(dirname "$config")" && echo "$PWD/$(basename "$config")")
  server=$(node_server "$name")
  if [ "$server" != "$(wanted_server "$name")" ]; then
    die "$name was created on $server, not $(wanted_server "$name") as LOOPCHAIN_SERVER(S) ask: keep $server, or ./loopchain down and remove $DOMAINS_DIR/$name and $DATA_DIR/$name (its copy of the chain; it catches up again)"
  fi
  if [ "$server" = wildfly ]; then
    start_wf_node "$name" "$config" "$role" "$default_port"
    return 0
  fi
  pid=$(node_pid "$name")
  if [ -n "$pid" ]; then
    node_plan "$name" "$config" "$role" "$default_port" --inspect true
    node_wait_admin "$name" "$pid"
    note "$name already running (pid $pid)"
    record_pid "$name" "$pid"
  else
    config_check "$name" "$config"
    node_prepare "$name" "$config" "$role" "$default_port"
    node_check_ports "$name"
    node_start_domain "$name"
  fi
  node_deploy "$name"
  node_wait_ready "$name"
}

# A node that is alive but whose admin port stays closed is starting (give it a minute) or hung.
node_wait_admin() {
  local name=$1 pid=$2 i
  for ((i = 0; i < 60; i++)); do
    port_open "$ADMIN_PORT" && return 0
    sleep 1
  done
  die "$name (pid $pid) is alive but its admin port $ADMIN_PORT stays closed: ./loopchain down, then up"
}

# Stops NAME: asks its DAS to stop (/__asadmin/stop-domain, what `asadmin stop-domain` sends: apps
# and Derby shut down cleanly; curl, not a client JVM), then waits for the recorded PID; TERM to that PID if
# it is still alive after 30 s (or the DAS did not take the request), KILL 60 s later.
stop_node() {
  local name=$1 pid i
  if [ "$(node_server "$name")" = wildfly ]; then
    stop_wf_node "$name"
    return 0
  fi
  pid=$(node_pid "$name")
  if [ -z "$pid" ]; then
    forget_pid "$name"
    return 0
  fi
  node_info "$name"
  say "stopping domain $name (pid $pid)"
  if curl -sf -o /dev/null --max-time 10 -X POST -H 'Accept: application/json' \
    "http://127.0.0.1:$ADMIN_PORT/__asadmin/stop-domain" 2>/dev/null; then
    for ((i = 0; i < 60; i++)); do
      pid_alive "$pid" "$(node_mark "$name")" || break
      sleep 0.5
    done
  fi
  terminate "$pid" "$(node_mark "$name")" 60
  rm -f "$DOMAINS_DIR/$name/config/pid"
  forget_pid "$name"
}

# One line: state, PID, ports, block height (or the Radio Station's REST answer): loopchain-cli node-status.
node_status() {
  local name=$1
  if ! node_exists "$name"; then
    printf '%-8s %-8s\n' "$name" "not created (./loopchain up)"
    return 0
  fi
  cli node-status --domain "$DOMAINS_DIR/$name" --pid "$(node_pid "$name")"
}
