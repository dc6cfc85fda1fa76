# shellcheck shell=bash
# Nodes on WildFly (LOOPCHAIN_SERVER=wildfly, or per peer LOOPCHAIN_SERVERS): one server base directory
# per node under $DOMAINS_DIR, like a Payara domain, on the same ports (loopchain-cli's WildFlyNode).
#
# The configuration is made once per dist: server-config/src/main/wildfly/node-server.cli applied by an
# embedded (offline) jboss-cli to standalone-full.xml, plus the Derby module; each node copies it and is
# started with the system properties that name it (wildfly-prepare prints them). The EAR is deployed by
# the deployment scanner: copied into <node>/deployments, deployed at boot or within a second. The
# node's REST API says it started; it stops on TERM (WildFly's orderly
# shutdown), KILL 60 s later.

WF_MARK_FILE=loopchain-server

# The server NAME runs on (payara or wildfly): what its directory says once created, else what the
# knobs ask for: the RS and peers past LOOPCHAIN_SERVERS get LOOPCHAIN_SERVER.
node_server() {
  local name=$1 f="$DOMAINS_DIR/$1/$WF_MARK_FILE"
  if [ -f "$f" ]; then cat "$f"; return 0; fi
  [ -f "$DOMAINS_DIR/$name/config/domain.xml" ] && { echo payara; return 0; }
  wanted_server "$name"
}

wanted_server() {
  local name=$1 list
  read -r -a list <<<"$SERVERS"
  if [[ $name =~ ^peer([0-9]+)$ ]] && ((BASH_REMATCH[1] < ${#list[@]})); then
    echo "${list[${BASH_REMATCH[1]}]}"
  else
    echo "$SERVER"
  fi
}

# Whether this work dir's network (or node NAME) needs WildFly.
network_uses_wildfly() { [ "$SERVER" = wildfly ] || [[ " $SERVERS " == *" wildfly "* ]]; }

dist_has_wildfly() { [ -x "$WILDFLY_HOME/bin/standalone.sh" ] && [ -f "$WILDFLY_HOME/jboss-modules.jar" ]; }

ensure_wildfly() {
  dist_has_wildfly || with_lock "$DIST/.fetch.lock" fetch_wildfly
  [ -f "$WF_TEMPLATE_DIR/configuration/standalone-full.xml" ] || with_lock "$DIST/.template.lock" create_wf_template
}

fetch_wildfly() {
  dist_has_wildfly && return 0
  say "downloading WildFly $WILDFLY_VERSION (Maven Central)"
  rm -f "$DIST"/.markers/org.wildfly-wildfly-dist-*
  mvn -B -q -N -f "$REPO/server-config/pom.xml" -Dloopchain.dist="$DIST" dependency:unpack@fetch-wildfly \
    >"$DIST/fetch-wildfly.log" 2>&1 || {
    tail -n 40 "$DIST/fetch-wildfly.log" >&2
    die "could not fetch WildFly into $DIST (log: $DIST/fetch-wildfly.log)"
  }
  chmod +x "$WILDFLY_HOME"/bin/*.sh
  dist_has_wildfly || die "the fetch left $WILDFLY_HOME incomplete"
}

create_wf_template() {
  [ -f "$WF_TEMPLATE_DIR/configuration/standalone-full.xml" ] && return 0
  say "configuring WildFly for loopchain nodes (jboss-cli, offline; once per dist: $WF_TEMPLATE_DIR)"
  local scratch="$WF_TEMPLATE_DIR.partial" derby
  rm -rf "$scratch"
  mkdir -p "$scratch/base"
  cp -a "$WILDFLY_HOME/standalone/configuration" "$scratch/base/"
  JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" "$WILDFLY_HOME/bin/jboss-cli.sh" \
    -Djboss.server.base.dir="$scratch/base" --file="$SERVER_CONFIG/wildfly/node-server.cli" \
    >"$LOG_DIR/wildfly-template.cli.log" 2>&1 || {
    tail -n 30 "$LOG_DIR/wildfly-template.cli.log" >&2
    die "jboss-cli could not apply node-server.cli (log: $LOG_DIR/wildfly-template.cli.log)"
  }
  derby="$scratch/modules/org/apache/derby/main"
  mkdir -p "$derby"
  cp "$DERBY_LIB"/{derby,derbytools,derbyshared}.jar "$derby/"
  cp "$SERVER_CONFIG/wildfly/module-derby.xml" "$derby/module.xml"
  mv "$scratch/base/configuration" "$scratch/configuration"
  rm -rf "$scratch/base" "$WF_TEMPLATE_DIR"
  mv "$scratch" "$WF_TEMPLATE_DIR"
}

wf_pid_file() { echo "$DOMAINS_DIR/$1/wildfly.pid"; }

# wf_plan NAME CONFIG ROLE DEFAULT_PORT [--inspect true]: loopchain-cli's wildfly-prepare; sets NODE_PORT,
# the *_PORT variables, NODE_CONFIG, WF_OPTS, WF_EAR (loopchain.ear, the same file a Payara node deploys)
# and DEPLOY_EAR.
wf_plan() {
  local name=$1 config=$2 role=$3 default_port=$4 vars
  shift 4
  vars=$(cli wildfly-prepare --dir "$DOMAINS_DIR/$name" --name "$name" --role "$role" --config "$config" \
    --default-port "$default_port" --data "$DATA_DIR/$name" --broker-host "$BROKER_HOST" --broker-port "$BROKER_PORT" --ear "$EAR" "$@") || exit 1
  eval "$vars"
}

wf_prepare() {
  local name=$1 config=$2 role=$3 default_port=$4 dir
  dir=$(node_dir "$name")
  ensure_wildfly
  if [ ! -f "$dir/configuration/standalone-full.xml" ]; then
    say "creating WildFly node $name (copy of the configured standalone-full.xml)"
    rm -rf "$dir"
    mkdir -p "$dir/deployments" "$dir/log"
    cp -a "$WF_TEMPLATE_DIR/configuration" "$dir/"
    echo wildfly >"$dir/$WF_MARK_FILE"
  fi
  mkdir -p "$DATA_DIR/$name"
  echo "$role" >"$dir/loopchain-role"
  wf_plan "$name" "$config" "$role" "$default_port"
}

wf_start() {
  local name=$1 dir pid opts i
  dir=$(node_dir "$name")
  opts="-Xms256m -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true"
  opts+=" -Djava.awt.headless=true -Djboss.modules.system.pkgs=org.jboss.byteman"
  [ "$(node_role "$name")" = rs ] && opts+=" $RS_JAVA_OPTS"
  say "starting WildFly node $name (management :$ADMIN_PORT, REST $REST_HOST:$REST_PORT)"
  rm -f "$(wf_pid_file "$name")"
  JBOSS_MODULEPATH="$WILDFLY_HOME/modules:$WF_TEMPLATE_DIR/modules" JBOSS_BASE_DIR="$dir" \
    JBOSS_PIDFILE="$(wf_pid_file "$name")" LAUNCH_JBOSS_IN_BACKGROUND=1 \
    JAVA_OPTS="$opts $WF_OPTS $EXTRA_JAVA_OPTS" \
    nohup "$WILDFLY_HOME/bin/standalone.sh" -c standalone-full.xml "-Djboss.server.base.dir=$dir" -P "$dir/broker-login.properties" \
    >"$dir/log/console.log" 2>&1 9>&- &
  for ((i = 0; i < 60; i++)); do
    pid=$(tr -dc '0-9' 2>/dev/null <"$(wf_pid_file "$name")" || true)
    [ -n "$pid" ] && pid_alive "$pid" "$(node_mark "$name")" && break
    pid=""
    sleep 0.5
  done
  [ -n "$pid" ] || { tail -n 20 "$dir/log/console.log" | sed 's/^/    | /' >&2; die "$name: WildFly did not start (log: $dir/log/console.log)"; }
  record_pid "$name" "$pid"
}

# Copies the EAR into the deployment scanner's folder (under a name it ignores, then renamed): a
# stopped node deploys it at boot, a running one within a second.
wf_deploy() {
  local name=$1 dir
  dir=$(node_dir "$name")
  [ "$DEPLOY_EAR" = 1 ] || return 0
  say "deploying $(basename "$EAR") to $name (deployment scanner)"
  rm -f "$dir/deployments/loopchain.ear".{deployed,failed,undeployed,skipdeploy}
  cp "$WF_EAR" "$dir/deployments/.loopchain.ear.part"
  mv "$dir/deployments/.loopchain.ear.part" "$dir/deployments/loopchain.ear"
}

start_wf_node() {
  local name=$1 config=$2 role=$3 default_port=$4 pid
  pid=$(node_pid "$name")
  if [ -n "$pid" ]; then
    wf_plan "$name" "$config" "$role" "$default_port" --inspect true
    note "$name already running (pid $pid)"
    record_pid "$name" "$pid"
    wf_deploy "$name"
  else
    config_check "$name" "$config"
    wf_prepare "$name" "$config" "$role" "$default_port"
    node_check_ports "$name"
    wf_deploy "$name"
    wf_start "$name"
  fi
  wf_wait_ready "$name"
}

# Waits for the node's MicroProfile Health startup check on its REST port (NodeStarted, as on Payara;
# WildFly's own /health on the management port does not list the checks of an EAR's modules, so the
# node's HealthServlet answers there); a failed deployment stops the wait with the scanner's reason.
wf_wait_ready() {
  local name=$1 pid deadline answer="" dir
  dir=$(node_dir "$name")
  pid=$(node_pid "$name")
  say "waiting for $name to start (GET $REST_HOST:$REST_PORT$STARTED_PATH)"
  deadline=$((SECONDS + READY_TIMEOUT))
  while ((SECONDS < deadline)); do
    answer=$(curl -s --max-time 5 "http://$REST_HOST:$REST_PORT$STARTED_PATH" || true)
    printf '%s' "$answer" | grep -Eq "$STARTED_CHECK" && return 0
    if [ -f "$dir/deployments/loopchain.ear.failed" ]; then
      sed 's/^/    | /' "$dir/deployments/loopchain.ear.failed" | head -c 3000 >&2
      die "$name: the deployment of loopchain.ear failed (log: $(node_log "$name"))"
    fi
    if ! pid_alive "$pid" "$(node_mark "$name")"; then
      tail -n 25 "$(node_log "$name")" 2>/dev/null | sed 's/^/    | /' >&2
      die "$name's server process (pid $pid) died while starting (log: $(node_log "$name"))"
    fi
    sleep 0.5
  done
  tail -n 25 "$(node_log "$name")" 2>/dev/null | sed 's/^/    | /' >&2
  die "$name: GET http://$REST_HOST:$REST_PORT$STARTED_PATH did not report the node started within ${READY_TIMEOUT}s (last answer: ${answer:-none}; log: $(node_log "$name"))"
}

stop_wf_node() {
  local name=$1 pid
  pid=$(node_pid "$name")
  if [ -n "$pid" ]; then
    say "stopping WildFly node $name (pid $pid)"
    terminate "$pid" "$(node_mark "$name")" 60
  fi
  rm -f "$(wf_pid_file "$name")"
  forget_pid "$name"
}
