# shellcheck shell=bash
# ./loopchain pki: the network's PKI under $WORK/pki (README, "PKI"). The work is Java's:
# org.loopchain.pki.PkiMain, run from the node's build with BouncyCastle from ~/.m2. Sourced, never run.

# The class path of PkiMain: loopchain-core's target/classes, else its jar; bcprov, bcpkix, bcutil.
pki_classpath() {
  local core="$REPO/loopchain-core/target/classes" jar a cp
  if [ ! -f "$core/org/loopchain/pki/PkiMain.class" ]; then
    core=""
    for jar in "$REPO"/loopchain-core/target/loopchain-core-*.jar; do
      case $jar in *-sources.jar | *-javadoc.jar | *-tests.jar) continue ;; esac
      [ -f "$jar" ] && core=$jar
    done
  fi
  [ -n "$core" ] || die "pki: loopchain-core is not built (mvn -B -q -DskipTests package -pl loopchain-core -am)"
  cp=$core
  for a in bcprov bcpkix bcutil; do
    jar="$HOME/.m2/repository/org/bouncycastle/$a-jdk18on/$BC_VERSION/$a-jdk18on-$BC_VERSION.jar"
    [ -f "$jar" ] || die "pki: $jar is missing (build once online: mvn -B -q -DskipTests package -pl loopchain-core -am)"
    cp+=":$jar"
  done
  echo "$cp"
}

cmd_pki() {
  local cp
  cp=$(pki_classpath)
  mkdir -p "$WORK"
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$cp" org.loopchain.pki.PkiMain --dir "$WORK" "$@"
}
