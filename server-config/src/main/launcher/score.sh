# shellcheck shell=bash
# ./loopchain score: SCOREs on the local network's channels (docs/SCORE.md), done by loopchain-cli's
# ScoreCommand (check with the engine's CheckMain, deploy to every running peer at once, pin with a
# configuration signed by the operator key; undeploy; list). Here: the work dir's facts it needs (which
# peers run, the class paths of the two JVMs it starts) and the launcher's lock. Sourced, never run.

score_operator_key_file() { echo "$WORK/operator.key"; }

cmd_score() {
  local check_cp="" tools_cp=""
  case ${1:-} in
    deploy | undeploy)
      mkdir -p "$RUN_DIR" "$LOG_DIR"
      hold_lock "$RUN_DIR/launcher.lock"
      check_cp=$(score_check_classpath) || exit 1
      tools_cp=$(tools_classpath) || exit 1
      ;;
  esac
  cli score --domains "$DOMAINS_DIR" --work "$WORK" --log-dir "$LOG_DIR" --running "$(running_peers)" \
    --channel "$CHANNEL" --channels-file "$CONF_DIR/channel_manage_data.json" --operator-key "$(score_operator_key_file)" \
    --asadmin "$ASADMIN" --check-classpath "$check_cp" --tools-classpath "$tools_cp" \
    --commit-timeout "$SCORE_COMMIT_TIMEOUT" -- "$@"
}

# The class path of org.loopchain.score.engine.CheckMain: the engine (LOOPCHAIN_SCORE_ENGINE, else its
# target/classes, else its jar), the SDK jar the domains get, ASM from ~/.m2 and bcprov.
score_check_classpath() {
  local engine=${LOOPCHAIN_SCORE_ENGINE:-} sdk asm a jar cp
  if [ -z "$engine" ]; then
    engine="$REPO/loopchain-score-engine/target/classes"
    if [ ! -f "$engine/org/loopchain/score/engine/CheckMain.class" ]; then
      for jar in "$REPO"/loopchain-score-engine/target/loopchain-score-engine-*.jar; do
        case $jar in *-sources.jar | *-javadoc.jar | *-tests.jar) continue ;; esac
        [ -f "$jar" ] && engine=$jar
      done
    fi
  fi
  [ -e "$engine" ] || die "score: the SCORE engine is not built (mvn -B -o -q -pl loopchain-score-engine -am package -DskipTests)"
  if [ -d "$engine" ] && [ ! -f "$engine/org/loopchain/score/engine/CheckMain.class" ]; then
    die "score: no org.loopchain.score.engine.CheckMain in $engine (build the engine: mvn -B -o -q -pl loopchain-score-engine -am package -DskipTests)"
  fi
  sdk=$(sdk_jar)
  [ -n "$sdk" ] || die "score: no loopchain-score-sdk/target/loopchain-score-sdk-*.jar (mvn -B -o -q -pl loopchain-score-sdk package)"
  cp="$engine:$sdk"
  asm=$ASM_VERSION
  for a in asm asm-tree asm-commons asm-analysis; do
    jar="$HOME/.m2/repository/org/ow2/asm/$a/$asm/$a-$asm.jar"
    if [ -f "$jar" ]; then
      cp+=":$jar"
    elif [ "$a" != asm-analysis ]; then
      die "score: $jar is missing (build the engine once online: mvn -B -q -pl loopchain-score-engine -am package -DskipTests)"
    fi
  done
  echo "$cp:$(bcprov_jar)"
}

# The operator's base64 public key (created on first use), or nothing while loopchain-tools is not built.
score_operator_public_key() {
  [ -f "$REPO/loopchain-tools/target/classes/org/loopchain/tools/ScoreConfigMain.class" ] || return 0
  tools_java ScoreConfigMain key "$(score_operator_key_file)" | cut -d' ' -f1
}

# The peers of this work dir that run, as NAME,NAME... (loopchain-cli's --running).
running_peers() {
  local name running=()
  for name in $(score_peers); do
    [ -z "$(node_pid "$name")" ] || running+=("$name")
  done
  (IFS=,; echo "${running[*]}")
}

# The peer domains of this work dir, running or not.
score_peers() {
  local name
  for name in $(node_names); do
    [ "$(node_role "$name")" = peer ] && echo "$name"
  done
  true
}
