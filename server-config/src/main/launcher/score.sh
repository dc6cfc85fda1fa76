# shellcheck shell=bash
# ./loopchain score: SCOREs on the local network's channels (docs/SCORE.md). `deploy` checks an
# archive with the engine's CheckMain and deploys it with asadmin to every running peer domain (each
# peer keeps a copy in <data dir>/scores/<sha256>.jar|war), then signs a SCORE configuration with the
# operator key ($WORK/operator.key) and submits it to a peer (POST /api/v1/scores): the chain orders
# it like a transaction and the new pin takes effect at the height after the block that commits it.
# `undeploy` signs and submits an undeploy, then undeploys the application; `list` shows what each
# peer holds and the channel's pin history. Sourced, never run.

score_channels_file() { echo "$CONF_DIR/channel_manage_data.json"; }
score_operator_key_file() { echo "$WORK/operator.key"; }

score_usage() {
  cat <<EOF
usage: ./loopchain score deploy ARCHIVE [--channel C] [--params JSON] [--owner hx…] [--no-pin]
                                                  check, deploy to every running peer, then pin it on C with a
                                                  configuration signed by the operator key (the install's
                                                  constructor parameters and owner); in effect from the next height.
                                                  --no-pin: deploy only (every peer keeps the archive); pin it later
                                                  from the admin console's channel page or with deploy
       ./loopchain score undeploy ID [--channel C]      unpin (signed), then undeploy from every running peer
       ./loopchain score list                           the SCOREs each peer domain holds, and the channel's pin history
EOF
}

cmd_score() {
  local action=${1:-help}
  [ $# -gt 0 ] && shift
  case $action in
    deploy) score_deploy "$@" ;;
    undeploy) score_undeploy "$@" ;;
    list) score_list "$@" ;;
    help | -h | --help) score_usage ;;
    *) score_usage >&2; exit 1 ;;
  esac
}

# --- the check --------------------------------------------------------------------------------------

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

# Runs CheckMain on ARCHIVE for CHANNEL; on rejection prints its problems and stops.
score_check() {
  local archive=$1 channel=$2 cp out rc=0
  cp=$(score_check_classpath)
  out=$(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$cp" org.loopchain.score.engine.CheckMain "$archive" "$channel" 2>&1) || rc=$?
  if [ "$rc" != 0 ]; then
    printf '%s\n' "$out" | sed 's/^/    | /' >&2
    die "score: $(basename "$archive") is rejected for channel $channel (CheckMain exit $rc); nothing was deployed"
  fi
  [ -z "$out" ] || printf '%s\n' "$out" | sed 's/^/    /'
}

# Prints "ID VERSION SHA256" from ARCHIVE's manifest and bytes, or stops naming what is missing.
score_manifest() {
  cli score-manifest "$1"
}

# --- the operator and the configuration -------------------------------------------------------------

# score_operator key|submit ARGS...: runs org.loopchain.tools.ScoreConfigMain with the operator key
# (created on first use): `key` prints "<base64 public key> <hx address>"; `submit` see score_submit.
score_operator() {
  tools_java ScoreConfigMain "$1" "$(score_operator_key_file)" "${@:2}"
}

# The operator's base64 public key (created on first use), or nothing while loopchain-tools is not built.
score_operator_public_key() {
  [ -f "$REPO/loopchain-tools/target/classes/org/loopchain/tools/ScoreConfigMain.class" ] || return 0
  score_operator key | cut -d' ' -f1
}

# "NAME REST_HOST REST_PORT" of the first running peer; stops if none runs.
score_running_peer() {
  local name
  for name in $(score_peers); do
    if [ -n "$(node_pid "$name")" ]; then
      node_info "$name"
      echo "$name $REST_HOST $REST_PORT"
      return 0
    fi
  done
  die "score: no peer is running (./loopchain up)"
}

# score_submit PORT CHANNEL TYPE ID VERSION SHA256 PARAMS OWNER: the signed change through that peer,
# waiting for its commit (org.loopchain.score.host.ScoreConfigSubmission); stops on a refusal.
score_submit() {
  score_operator submit "$@" "$SCORE_COMMIT_TIMEOUT"
}

# --- the peers --------------------------------------------------------------------------------------

# The peer domains of this work dir, running or not.
score_peers() {
  local name
  for name in $(node_names); do
    [ "$(node_role "$name")" = peer ] && echo "$name"
  done
  true
}

# Whether peer NAME holds SCORE ID (Payara: an application of its domain; WildFly: a deployment).
score_peer_has() {
  if [ "$(node_server "$1")" = wildfly ]; then
    [ -n "$(wf_score_archive "$1" "$2")" ]
  else
    cli domain-has-app "$DOMAINS_DIR/$1" "$2"
  fi
}

score_check_id() {
  case $1 in
    "$APP_EAR" | "$APP_RAR") die "score: '$1' names the node's own application, not a SCORE" ;;
  esac
  [[ $1 =~ ^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$ ]] || die "score: bad SCORE id '$1'"
}

# score_asadmin_peer NAME VERB ID [ARCHIVE]: runs asadmin VERB on peer NAME (log: its asadmin log);
# prints one line: what happened, and where the domain keeps the archive.
score_asadmin_peer() {
  local name=$1 verb=$2 id=$3 archive=${4:-} t0=$SECONDS out rc=0 alog args
  if [ "$(node_server "$name")" = wildfly ]; then
    score_wf_peer "$@"
    return
  fi
  alog=$(node_alog "$name")
  node_info "$name"
  if [ "$verb" = deploy ]; then
    args=(deploy --force=true --upload=true --name "$id" "$archive")
  else
    args=(undeploy "$id")
  fi
  printf '\n$ asadmin --port %s %s\n' "$ADMIN_PORT" "${args[*]}" >>"$alog"
  out=$("$ASADMIN" --host 127.0.0.1 --port "$ADMIN_PORT" "${args[@]}" 2>&1 9>&-) || rc=$?
  printf '%s\n' "$out" >>"$alog"
  if [ "$rc" != 0 ]; then
    printf '%-8s FAILED: %s (log: %s)\n' "$name" "$(printf '%s' "$out" | grep -v '^\s*$' | grep -v '^Command .* failed' | head -n 1)" "$alog"
    return 1
  fi
  if [ "$verb" = deploy ]; then
    local kept=("$DOMAINS_DIR/$name/applications/__internal/$id"/*)
    printf '%-8s deployed %s in %d s: %s\n' "$name" "$id" $((SECONDS - t0)) "${kept[0]#"$WORK/"}"
  else
    printf '%-8s undeployed %s in %d s\n' "$name" "$id" $((SECONDS - t0))
  fi
}

# score_wf_peer NAME VERB ID [ARCHIVE]: on WildFly a SCORE is a deployment of the node's deployment
# scanner (<node>/deployments/ID.war|jar, copied under a name the scanner ignores, then renamed); the
# node keeps the archive (its registry reads that folder every 2 s). Waits for the scanner's marker:
# ID.war.deployed, or .failed with WildFly's reason; undeploy removes the archive and waits for .undeployed.
score_wf_peer() {
  local name=$1 verb=$2 id=$3 archive=${4:-} t0=$SECONDS dir file marker markers=(undeployed) i
  dir="$(node_dir "$name")/deployments"
  [ "$verb" = deploy ] && markers=(deployed failed)
  if [ "$verb" = deploy ]; then
    file="$dir/$id.${archive##*.}"
    rm -f "$dir/$id".{war,jar}{,.deployed,.failed,.undeployed,.isdeploying,.pending}
    cp "$archive" "$dir/.$id.part" && mv "$dir/.$id.part" "$file" || {
      printf '%-8s FAILED: cannot copy %s into %s\n' "$name" "$archive" "$dir"
      return 1
    }
  else
    file=$(wf_score_archive "$name" "$id")
    rm -f "$file"
  fi
  for ((i = 0; i < 2 * SCORE_WF_DEPLOY_TIMEOUT; i++)); do
    for marker in "${markers[@]}"; do
      [ -f "$file.$marker" ] && break 2
    done
    marker=""
    sleep 0.5
  done
  case "$verb:$marker" in
    deploy:deployed) printf '%-8s deployed %s in %d s: %s\n' "$name" "$id" $((SECONDS - t0)) "${file#"$WORK/"}" ;;
    undeploy:undeployed) rm -f "$file.undeployed"; printf '%-8s undeployed %s in %d s\n' "$name" "$id" $((SECONDS - t0)) ;;
    *:failed) printf '%-8s FAILED: %s\n' "$name" "$(head -c 500 "$file.failed")"; return 1 ;;
    *) printf '%-8s FAILED: no %s marker for %s within %d s (log: %s)\n' "$name" "$verb" "${file#"$WORK/"}" \
      "$SCORE_WF_DEPLOY_TIMEOUT" "$(node_log "$name")"; return 1 ;;
  esac
}

# score_on_peers VERB ID [ARCHIVE]: VERB on every running peer at once; a stopped peer is named and
# left alone. Returns 1 when a running peer failed.
score_on_peers() {
  local verb=$1 id=$2 archive=${3:-} name tmp pids=() names=() i failed=0 any=0
  tmp=$(mktemp -d)
  for name in $(score_peers); do
    if [ -z "$(node_pid "$name")" ]; then
      printf '%-8s stopped: not %sed (start it with ./loopchain up, then run this again)\n' "$name" "$verb" >"$tmp/$name"
      names+=("$name")
      continue
    fi
    if [ "$verb" = undeploy ] && ! score_peer_has "$name" "$id"; then
      printf '%-8s %s is not deployed\n' "$name" "$id" >"$tmp/$name"
      names+=("$name")
      continue
    fi
    any=1
    score_asadmin_peer "$name" "$verb" "$id" "$archive" >"$tmp/$name" 2>&1 &
    pids+=($!)
    names+=("$name")
  done
  for i in "${pids[@]}"; do wait "$i" || failed=1; done
  for name in "${names[@]}"; do note "$(cat "$tmp/$name")"; done
  rm -rf "$tmp"
  [ ${#names[@]} -gt 0 ] || die "score: no peer domain in $DOMAINS_DIR (./loopchain up)"
  [ "$any" = 1 ] || [ "$verb" = undeploy ] || { warn "no peer is running: nothing was ${verb}ed"; return 1; }
  return "$failed"
}

# --- commands ---------------------------------------------------------------------------------------

score_deploy() {
  local archive="" channel=$CHANNEL params="" owner="" pin=yes id version sha fields peer port
  while [ $# -gt 0 ]; do
    case $1 in
      --channel) channel=${2:?--channel needs a name}; shift ;;
      --params) params=${2:?--params needs a JSON object}; shift ;;
      --owner) owner=${2:?--owner needs an hx address}; shift ;;
      --no-pin) pin=no ;;
      -*) die "score deploy: unknown option '$1' (usage: ./loopchain score deploy ARCHIVE [--channel C] [--params JSON] [--owner hx…] [--no-pin])" ;;
      *) [ -z "$archive" ] || die "score deploy: one archive at a time"; archive=$1 ;;
    esac
    shift
  done
  [ -n "$archive" ] || die "usage: ./loopchain score deploy ARCHIVE [--channel C] [--params JSON] [--owner hx…] [--no-pin]"
  [ $pin = yes ] || [ -z "$params$owner" ] || die "score deploy: --params and --owner belong to the pin; --no-pin makes none"
  [ -f "$archive" ] || die "score deploy: no such file: $archive"
  archive=$(cd "$(dirname "$archive")" && echo "$PWD/$(basename "$archive")")
  [ -f "$(score_channels_file)" ] || die "score deploy: no $(score_channels_file) (./loopchain up creates it)"
  mkdir -p "$RUN_DIR" "$LOG_DIR"
  hold_lock "$RUN_DIR/launcher.lock"

  fields=$(score_manifest "$archive") || exit 1
  read -r id version sha <<<"$fields"
  score_check_id "$id"
  say "checking $(basename "$archive") ($id $version, sha256 ${sha:0:16}…) for channel $channel"
  score_check "$archive" "$channel"
  say "deploying $id to the running peers (asadmin deploy --force=true --upload=true --name $id)"
  score_on_peers deploy "$id" "$archive" || die "score deploy: $id is not deployed on every running peer (see above)"
  if [ $pin = no ]; then
    say "$id $version is on every running peer, not pinned (pin it from the console's channel page, or deploy without --no-pin)"
    return 0
  fi
  read -r peer host port <<<"$(score_running_peer)"
  say "pinning $id $version on channel $channel through $peer (a signed SCORE configuration)"
  score_submit "$host:$port" "$channel" score_deploy "$id" "$version" "$sha" "$params" "$owner" || exit 1
}

score_undeploy() {
  local id="" channel=$CHANNEL peer port
  while [ $# -gt 0 ]; do
    case $1 in
      --channel) channel=${2:?--channel needs a name}; shift ;;
      -*) die "score undeploy: unknown option '$1' (usage: ./loopchain score undeploy ID [--channel C])" ;;
      *) [ -z "$id" ] || die "score undeploy: one id at a time"; id=$1 ;;
    esac
    shift
  done
  [ -n "$id" ] || die "usage: ./loopchain score undeploy ID [--channel C]"
  score_check_id "$id"
  mkdir -p "$RUN_DIR" "$LOG_DIR"
  hold_lock "$RUN_DIR/launcher.lock"
  read -r peer host port <<<"$(score_running_peer)"
  say "unpinning $id on channel $channel through $peer (a signed SCORE configuration)"
  score_submit "$host:$port" "$channel" score_undeploy "$id" "" "" "" "" || exit 1
  say "undeploying the application $id from the running peers (their archive stores keep it)"
  score_on_peers undeploy "$id" || die "score undeploy: $id is still deployed on some running peer (see above)"
}

# Per peer domain, every application but the node's own, with the manifest's id and version and the
# sha256 of the archive Payara keeps; then each channel's score_package.
score_list() {
  [ $# -eq 0 ] || die "usage: ./loopchain score list"
  local name
  for name in $(score_peers); do
    cli score-list-domain "$DOMAINS_DIR/$name" "$name" "$([ -n "$(node_pid "$name")" ] && echo running || echo stopped)"
  done
  for name in $(score_peers); do
    [ -n "$(node_pid "$name")" ] || continue
    node_info "$name"
    cli score-pins "http://$REST_HOST:$REST_PORT" "$CHANNEL" "$name" || true
    break
  done
  true
}
