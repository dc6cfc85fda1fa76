# shellcheck shell=bash
# The identity provider of a work dir (LOOPCHAIN_KEYCLOAK=on): Keycloak from Maven Central's
# keycloak-quarkus-dist, in dev mode on 127.0.0.1:$KEYCLOAK_PORT with its database in $KEYCLOAK_DIR
# (so realm, users and signing keys survive a restart), PID in $RUN_DIR/keycloak.pid. The realm
# loopchain (server-config/src/main/keycloak/loopchain-realm.json) is put in by loopchain-cli's
# keycloak-realm through the admin API, with this work dir's bootstrap admin password.

KEYCLOAK_NAME=keycloak

keycloak_pid() { recorded_pid "$KEYCLOAK_NAME"; }
# The argument that tells this work dir's Keycloak (kc.sh, then its JVM) from any other process.
keycloak_mark() { echo "--db-url=jdbc:h2:file:$KEYCLOAK_DIR/db/keycloak;NON_KEYWORDS=VALUE"; }
keycloak_url() { echo "http://127.0.0.1:$KEYCLOAK_PORT"; }
dist_has_keycloak() { [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] && [ -d "$KEYCLOAK_HOME/lib" ]; }

ensure_keycloak() {
  dist_has_keycloak && return 0
  with_lock "$DIST/.fetch.lock" fetch_keycloak
}

fetch_keycloak() {
  dist_has_keycloak && return 0
  say "downloading Keycloak $KEYCLOAK_VERSION (Maven Central)"
  rm -f "$DIST"/.markers/org.keycloak-keycloak-quarkus-dist-*
  mvn -B -q -N -f "$REPO/server-config/pom.xml" -Dloopchain.dist="$DIST" dependency:unpack@fetch-keycloak \
    >"$DIST/fetch-keycloak.log" 2>&1 || { tail -n 40 "$DIST/fetch-keycloak.log" >&2; die "could not fetch Keycloak into $DIST"; }
  dist_has_keycloak || die "the fetch left $KEYCLOAK_HOME incomplete"
}

# A secret of this work dir (the bootstrap admin's password, the console client's secret), made once.
keycloak_secret() {
  local file="$KEYCLOAK_DIR/$1"
  if [ ! -s "$file" ]; then
    (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$file")
  fi
  echo "$file"
}

# Starts Keycloak in the background unless it runs already; keycloak_ready waits and puts the realm in.
keycloak_start() {
  [ "$KEYCLOAK" = on ] || return 0
  local pid
  pid=$(keycloak_pid)
  if pid_alive "$pid" "$(keycloak_mark)"; then
    note "Keycloak already running (pid $pid) on $(keycloak_url)"
    return 0
  fi
  forget_pid "$KEYCLOAK_NAME"
  port_open "$KEYCLOAK_PORT" && die "port $KEYCLOAK_PORT is taken by a process that is not this work dir's Keycloak (set LOOPCHAIN_KEYCLOAK_PORT, or LOOPCHAIN_KEYCLOAK=off)"
  ensure_keycloak
  mkdir -p "$KEYCLOAK_DIR"
  local password
  password=$(cat "$(keycloak_secret admin.password)")
  say "starting Keycloak $KEYCLOAK_VERSION on $(keycloak_url)"
  # setsid + nohup as the broker; kc.sh forwards TERM to its JVM. --hostname fixes the tokens' issuer.
  local detach=()
  command -v setsid >/dev/null && detach=(setsid)
  (export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$password" \
      JAVA_OPTS_APPEND="-XX:TieredStopAtLevel=1" &&
    exec "${detach[@]}" nohup "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
      --hostname="$(keycloak_url)" --http-management-port=$((KEYCLOAK_PORT + 1)) --db=dev-file \
      "$(keycloak_mark)") \
    >>"$LOG_DIR/keycloak.log" 2>&1 </dev/null 9>&- &
  record_pid "$KEYCLOAK_NAME" "$!"
}

# Waits for Keycloak and makes the realm loopchain if it is missing; CONSOLE_URLS: the nodes' console pages.
keycloak_ready() {
  [ "$KEYCLOAK" = on ] || return 0
  local consoles=$1
  cli keycloak-realm --url "$(keycloak_url)" --pid "$(keycloak_pid)" --timeout "$READY_TIMEOUT" \
    --admin-password-file "$(keycloak_secret admin.password)" --console-secret-file "$(keycloak_secret console.secret)" \
    --realm-file "$SERVER_CONFIG/keycloak/loopchain-realm.json" --console-urls "$consoles" | sed 's/^/    /' ||
    die "Keycloak did not come up with realm loopchain (log: $LOG_DIR/keycloak.log)"
}

keycloak_stop() {
  local pid
  pid=$(keycloak_pid)
  if ! pid_alive "$pid" "$(keycloak_mark)"; then
    forget_pid "$KEYCLOAK_NAME"
    return 0
  fi
  say "stopping Keycloak (pid $pid)"
  terminate "$pid" "$(keycloak_mark)" 30
  forget_pid "$KEYCLOAK_NAME"
}

keycloak_status() {
  [ -d "$KEYCLOAK_DIR" ] || return 0
  local pid state=stopped
  pid=$(keycloak_pid)
  if pid_alive "$pid" "$(keycloak_mark)" && port_open "$KEYCLOAK_PORT"; then
    state=running
  elif pid_alive "$pid" "$(keycloak_mark)"; then
    state=starting
  else
    pid=-
  fi
  printf '%-8s %-8s pid %-7s %s/realms/loopchain\n' keycloak "$state" "${pid:--}" "$(keycloak_url)"
}
