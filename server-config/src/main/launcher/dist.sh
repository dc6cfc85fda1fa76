# shellcheck shell=bash
# What ./loopchain needs before anything runs: the application archives (built with Maven) and the
# servers (Payara Server, Artemis, Derby jars), fetched from Maven Central into $DIST by the
# fetch-* executions of server-config/pom.xml, at the versions pinned in the parent pom.

# Builds the EAR and the RAR when either is missing or older than a source file or pom, or always
# with FORCE=1.
ensure_built() {
  local force=$1
  if [ "$force" != 1 ] && [ -f "$EAR" ] && [ -f "$RAR" ] && ! sources_newer_than "$EAR"; then
    return 0
  fi
  say "building loopchain.ear and artemis-rar.rar (mvn -B -q -DskipTests package)"
  mkdir -p "$LOG_DIR"
  (cd "$REPO" && mvn -B -q -DskipTests package) >"$LOG_DIR/build.log" 2>&1 || {
    grep -v '^\s*$' "$LOG_DIR/build.log" | tail -n 40 >&2
    die "the build failed (log: $LOG_DIR/build.log)"
  }
  [ -f "$EAR" ] || die "the build did not produce $EAR"
  [ -f "$RAR" ] || die "the build did not produce $RAR"
}

# Only the project's own sources count: not what the build, the launcher or the tests unpacked (target/,
# .work/, the work dir: the fetched servers and the deployed apps hold pom.xml and src/main files of
# their own, which are newer than the EAR and would rebuild everything at every up).
sources_newer_than() {
  [ -n "$(find "$REPO" \( -name target -o -name .work -o -name .git -o -name node_modules -o -path "$WORK" \) -prune \
    -o \( -path '*/src/main/*' -o -name pom.xml \) -newer "$1" -print -quit 2>/dev/null)" ]
}

dist_has_payara()  { [ -x "$PAYARA_HOME/bin/asadmin" ] && [ -f "$PAYARA_HOME/glassfish/modules/glassfish.jar" ]; }
dist_has_artemis() { [ -x "$ARTEMIS_HOME/bin/artemis" ] && [ -d "$ARTEMIS_HOME/lib" ]; }
dist_has_derby()   { [ -f "$DERBY_LIB/derby.jar" ] && [ -f "$DERBY_LIB/derbytools.jar" ] && [ -f "$DERBY_LIB/derbyshared.jar" ]; }

# Fetches whatever of the three is missing from $DIST; $DIST may be shared by several work dirs,
# so this runs under $DIST/.fetch.lock.
ensure_dist() {
  mkdir -p "$DIST"
  dist_has_payara && dist_has_artemis && dist_has_derby && return 0
  with_lock "$DIST/.fetch.lock" fetch_missing
}

fetch_missing() {
  local goals=()
  # the unpack markers would make Maven skip an archive whose folder was deleted: drop them first
  if ! dist_has_payara; then
    say "downloading Payara Server $PAYARA_VERSION (Maven Central)"
    rm -f "$DIST"/.markers/fish.payara.distributions-payara-*
    goals+=(dependency:unpack@fetch-payara)
  fi
  if ! dist_has_artemis; then
    say "downloading Apache Artemis $ARTEMIS_VERSION (Maven Central)"
    rm -f "$DIST"/.markers/org.apache.activemq-apache-artemis-*
    goals+=(dependency:unpack@fetch-artemis)
  fi
  if ! dist_has_derby; then
    say "downloading Apache Derby $DERBY_VERSION (Maven Central)"
    goals+=(dependency:copy@fetch-derby)
  fi
  [ ${#goals[@]} -gt 0 ] || return 0
  mvn -B -q -N -f "$REPO/server-config/pom.xml" -Dloopchain.dist="$DIST" "${goals[@]}" >"$DIST/fetch.log" 2>&1 || {
    tail -n 40 "$DIST/fetch.log" >&2
    die "could not fetch the servers into $DIST (log: $DIST/fetch.log)"
  }
  dist_has_payara && dist_has_artemis && dist_has_derby || die "the fetch left $DIST incomplete"
}
