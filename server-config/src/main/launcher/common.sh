# shellcheck shell=bash
# Shared helpers of ./loopchain: output, processes, ports, JSON, locks. Sourced, never run.

say()  { printf '==> %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }
warn() { printf 'loopchain: warning: %s\n' "$*" >&2; }
die()  { printf 'loopchain: %s\n' "$*" >&2; exit 1; }

# The launcher's Java side (module loopchain-cli, JDK only): knobs, configs, domain.xml and broker.xml
# edits, deploys, heights. Built here when missing or older than its sources (a few seconds; the
# whole repository's build comes later, in ensure_built). Its JVM runs with C1 only and Serial GC:
# each call lives well under a second.
CLI_JAR="$REPO/loopchain-cli/target/loopchain-cli.jar"

ensure_cli() {
  if [ -f "$CLI_JAR" ] && [ -z "$(find "$REPO/loopchain-cli/src/main" "$REPO/loopchain-cli/pom.xml" "$REPO/pom.xml" -newer "$CLI_JAR" -print -quit)" ]; then
    return 0
  fi
  say "building the launcher's CLI (mvn -B -q -pl loopchain-cli package -DskipTests)"
  local log
  log=$(mktemp)
  (cd "$REPO" && mvn -B -q -pl loopchain-cli package -DskipTests) >"$log" 2>&1 || {
    grep -v '^\s*$' "$log" | tail -n 40 >&2
    rm -f "$log"
    die "building loopchain-cli failed"
  }
  rm -f "$log"
  touch "$CLI_JAR"
}

cli() {
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -jar "$CLI_JAR" "$@" 9>&-
}

# True when something accepts TCP connections on HOST:PORT, HOST by default 127.0.0.1 (bash's /dev/tcp,
# no ss/nc needed): port_open PORT [HOST].
port_open() {
  (exec 3<>"/dev/tcp/${2:-127.0.0.1}/$1") 2>/dev/null
}

# True when PID is alive and one of its command-line arguments is MARK (guards against a recycled
# PID, and tells peer1 from peer10).
pid_alive() {
  local pid=$1 mark=$2 cmdline
  [[ $pid =~ ^[0-9]+$ ]] && [ -r "/proc/$pid/cmdline" ] || return 1
  cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  [[ " $cmdline " == *" $mark "* ]]
}

# The PID recorded in $RUN_DIR/NAME.pid, or nothing.
recorded_pid() {
  local f="$RUN_DIR/$1.pid"
  [ -f "$f" ] && tr -dc '0-9' <"$f" || true
}

record_pid() { echo "$2" >"$RUN_DIR/$1.pid"; }
forget_pid() { rm -f "$RUN_DIR/$1.pid"; }

# Sends TERM to PID, waits up to GRACE seconds, then KILL. Only ever called with a PID we recorded.
terminate() {
  local pid=$1 mark=$2 grace=$3 i
  pid_alive "$pid" "$mark" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < grace; i++)); do
    pid_alive "$pid" "$mark" || return 0
    sleep 1
  done
  warn "pid $pid did not stop within ${grace}s; sending KILL"
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 10; i++)); do pid_alive "$pid" "$mark" || return 0; sleep 0.5; done
}

# json_get FILE KEY: prints the value of a top-level key (nothing if absent).
json_get() { cli json-get "$1" "$2"; }

# Holds an exclusive lock on FILE for the rest of the process (fd 9), or waits for it.
# flock is in util-linux (every Linux); without it we go on unlocked.
hold_lock() {
  command -v flock >/dev/null || return 0
  exec 9>"$1"
  if ! flock -n 9; then
    note "waiting for another ./loopchain working on $(dirname "$1")"
    flock 9
  fi
}

# with_lock FILE CMD...: runs CMD holding FILE's lock (fd 8), for the dist shared by work dirs.
with_lock() {
  local file=$1; shift
  if command -v flock >/dev/null; then
    ( exec 8>"$file"; flock 8; "$@" )
  else
    "$@"
  fi
}

# Runs asadmin with its output appended to LOG; on failure shows what it said and returns 1.
asadmin_logged() {
  local log=$1 out rc=0; shift
  printf '\n$ asadmin %s\n' "$*" >>"$log"
  out=$("$ASADMIN" "$@" 2>&1 9>&-) || rc=$?
  printf '%s\n' "$out" >>"$log"
  if [ "$rc" != 0 ]; then
    printf '%s\n' "$out" | grep -v '^\s*$' | head -n 20 | sed 's/^/    | /' >&2
    return 1
  fi
}

# run_parallel WIDTH NAME=CMD...: runs each CMD (a string, eval'd in a subshell, output prefixed
# with "[NAME] ") with at most WIDTH running at once, in the order given; the jobs named in
# $PARALLEL_FREE (light ones) run without taking a place. Prints one line per job
# that failed and returns 1 if any did. Durations go to $PARALLEL_TIMES (NAME SECONDS RC lines).
run_parallel() {
  local width=$1 tmp job name cmd running i rc end failed=0
  shift
  tmp=$(mktemp -d)
  PARALLEL_TIMES=""
  local names=() starts=() pids=()
  for job in "$@"; do
    name=${job%%=*} cmd=${job#*=}
    while :; do
      running=0
      for i in "${!names[@]}"; do
        [[ " ${PARALLEL_FREE:-} " == *" ${names[$i]} "* ]] && continue
        [ -f "$tmp/${names[$i]}.rc" ] || running=$((running + 1))
      done
      ((running < width)) && break
      sleep 0.5
    done
    names+=("$name")
    starts+=("$SECONDS")
    (
      set +e
      (set -e; eval "$cmd") 2>&1 | sed -u "s/^/[$name] /"
      echo "${PIPESTATUS[0]} $SECONDS" >"$tmp/$name.rc.tmp"
      mv "$tmp/$name.rc.tmp" "$tmp/$name.rc"
    ) &
    pids+=($!)
  done
  # only our jobs: a plain `wait` would also wait for the broker this shell started
  for i in "${pids[@]}"; do wait "$i" || true; done
  for i in "${!names[@]}"; do
    name=${names[$i]}
    read -r rc end <"$tmp/$name.rc" || rc=1 end=$SECONDS
    PARALLEL_TIMES+="$name $((end - starts[i])) $rc"$'\n'
    if [ "$rc" != 0 ]; then
      printf 'loopchain: %s failed (exit %s; its lines above start with [%s])\n' "$name" "$rc" "$name" >&2
      failed=1
    fi
  done
  rm -rf "$tmp"
  return "$failed"
}
