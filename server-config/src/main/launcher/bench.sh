# shellcheck shell=bash
# ./loopchain bench: the load generator (module loopchain-bench) against every running peer of the
# work dir (not the Radio Station), then each node's heap as the JVM reports it. Traffic goes to 127.0.0.1 only.

# The client's classes, the core's, then the jars its build lists in target/bench.classpath (BouncyCastle,
# libsecp256k1's JNI binding, Derby: what MachineLimits measures with).
bench_classes() {
  local classes="$REPO/loopchain-bench/target/classes" jars="$REPO/loopchain-bench/target/bench.classpath"
  if [ ! -f "$classes/org/loopchain/bench/Bench.class" ] || [ ! -f "$jars" ] ||
    [ ! -d "$REPO/loopchain-core/target/classes/org" ]; then
    say "building the benchmark client"
    (cd "$REPO" && mvn -B -q -DskipTests -pl loopchain-bench -am package >"$LOG_DIR/bench-build.log" 2>&1) ||
      die "building loopchain-bench failed (log: $LOG_DIR/bench-build.log)"
  fi
  echo "$classes:$REPO/loopchain-core/target/classes:$(cat "$jars")"
}

cmd_bench() {
  mkdir -p "$LOG_DIR"
  local peers=() name pid
  for name in $(node_names); do
    [ "$(node_role "$name")" = peer ] || continue # the Radio Station takes no transactions
    pid=$(node_pid "$name")
    [ -n "$pid" ] || continue
    node_info "$name"
    peers+=(--peer "http://$REST_HOST:$REST_PORT")
  done
  [ ${#peers[@]} -gt 0 ] || die "bench: no peer is running (./loopchain up)"
  local cp
  cp=$(bench_classes)
  say "benchmark: ${peers[*]} $*"
  mkdir -p "$WORK/tmp" # Derby's commits are measured there, on the disk the nodes' databases are on
  java -cp "$cp" org.loopchain.bench.Bench "${peers[@]}" --scratch "$WORK/tmp" "$@" || die "bench failed"
  for name in $(node_names); do
    pid=$(node_pid "$name")
    [ -n "$pid" ] || continue
    printf '%-16s %s, RSS %s MiB\n' "heap $name" \
      "$(jcmd "$pid" GC.heap_info 2>/dev/null | sed -n '2p' | sed 's/^ *//')" \
      "$(($(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024))"
  done
}
