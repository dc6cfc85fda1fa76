# shellcheck shell=bash
# ./loopchain pki: the network's PKI under $WORK/pki (README, "PKI"). The work is Java's:
# org.loopchain.tools.PkiMain (loopchain-core's PkiCommand), with BouncyCastle from ~/.m2. Sourced, never run.

# The class path of loopchain-tools' mains (./loopchain pki, score, validator and the config check):
# its classes and loopchain-core's, the SCORE engine's class path (bcprov included), bcpkix and bcutil.
tools_classpath() {
  local tools="$REPO/loopchain-tools/target/classes" core="$REPO/loopchain-core/target/classes" a jar cp
  [ -f "$tools/org/loopchain/tools/PkiMain.class" ] && [ -d "$core/org/loopchain" ] ||
    die "loopchain-tools is not built (mvn -B -q -DskipTests package -pl loopchain-tools -am)"
  cp="$tools:$core:$(score_check_classpath)" || exit 1
  for a in bcpkix bcutil; do
    jar="$HOME/.m2/repository/org/bouncycastle/$a-jdk18on/$BC_VERSION/$a-jdk18on-$BC_VERSION.jar"
    [ -f "$jar" ] || die "$jar is missing (build once online: mvn -B -q -DskipTests package -pl loopchain-tools -am)"
    cp+=":$jar"
  done
  echo "$cp"
}

# tools_java MAIN ARGS...: org.loopchain.tools.MAIN in a short-lived JVM, with the pure-Java secp256k1
# (its INFO lines, noise here, are dropped from stderr).
tools_java() {
  local main=$1 cp
  cp=$(tools_classpath) || exit 1
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dloopchain.secp256k1=bouncycastle -cp "$cp" "org.loopchain.tools.$main" "${@:2}" \
    2> >(grep -v -e '^INFO: secp256k1' -e 'Libsecp256k1 load$' >&2)
}

cmd_pki() {
  mkdir -p "$WORK"
  tools_java PkiMain --dir "$WORK" "$@"
}
