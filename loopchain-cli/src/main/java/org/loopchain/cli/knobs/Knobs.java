package org.loopchain.cli.knobs;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.loopchain.cli.CliException;

/** Every knob of the launcher, in help order, and their validation. */
public final class Knobs {
    /** The most peers {@code up} starts (ports go up by 100 a peer). */
    public static final int MAX_PEERS = 50;
    public static final List<String> SERVER_KINDS = List.of("payara", "wildfly");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,252}");

    public static final List<Knob> ALL = List.of(
            new Knob("LOOPCHAIN_WORK", "WORK", repo -> repo + "/.work", Knob.Kind.PATH, "work dir"),
            new Knob("LOOPCHAIN_DIST", "DIST", repo -> repo + "/.work/dist", Knob.Kind.PATH,
                    "downloaded servers, shareable"),
            new Knob("LOOPCHAIN_BROKER_HOST", "BROKER_HOST", repo -> "127.0.0.1", Knob.Kind.HOST,
                    "address the Artemis broker binds to and every node connects to (BROKER_HOST)"),
            new Knob("LOOPCHAIN_BROKER_PORT", "BROKER_PORT", repo -> "61616", Knob.Kind.PORT, "Artemis port"),
            new Knob("LOOPCHAIN_RS_HOST", "RS_HOST", repo -> "127.0.0.1", Knob.Kind.HOST,
                    "address the Radio Station binds its REST API to and peers join (its NODE_HOST, their RADIOSTATION_HOST)"),
            new Knob("LOOPCHAIN_PEER_HOSTS", "PEER_HOSTS", repo -> "", Knob.Kind.HOSTS,
                    "per peer, the address it binds its REST API to and advertises (NODE_HOST, peer_target), e.g."
                            + " 127.0.0.4,127.0.0.5 (peers past the list: 127.0.0.1)"),
            new Knob("LOOPCHAIN_PORT_PEER", "PORT_PEER0", repo -> "7100", Knob.Kind.PORT,
                    "PORT_PEER of peer0; peer i +100*i, REST +1900, RS +2"),
            new Knob("LOOPCHAIN_PEERS", "PEERS", repo -> "4", Knob.Kind.PEERS,
                    "peers started by up; 1 = standalone peer0, no RS"),
            new Knob("LOOPCHAIN_SERVER", "SERVER", repo -> "payara", Knob.Kind.SERVER,
                    "payara or wildfly: the server every node runs on"),
            new Knob("LOOPCHAIN_SERVERS", "SERVERS", repo -> "", Knob.Kind.SERVERS,
                    "per peer, e.g. payara,payara,wildfly,wildfly (peers past the list: LOOPCHAIN_SERVER)"),
            new Knob("LOOPCHAIN_KEYCLOAK", "KEYCLOAK", repo -> "on", Knob.Kind.ON_OFF,
                    "on: up starts Keycloak (realm loopchain) for the audit API's tokens; off: not"),
            new Knob("LOOPCHAIN_KEYCLOAK_PORT", "KEYCLOAK_PORT", repo -> "8180", Knob.Kind.PORT,
                    "Keycloak's HTTP port (management: +1); the issuer is http://127.0.0.1:PORT/realms/loopchain"),
            new Knob("LOOPCHAIN_PARALLEL", "PARALLEL", repo -> "2", Knob.Kind.POSITIVE, "domains started at once by up"),
            new Knob("LOOPCHAIN_SYNC_TIMEOUT", "SYNC_TIMEOUT", repo -> "90", Knob.Kind.SECONDS,
                    "seconds up waits for equal heights"),
            new Knob("LOOPCHAIN_CHANNEL", "CHANNEL", repo -> "loopchain_default", Knob.Kind.TEXT,
                    "default channel of generated node configs"),
            new Knob("LOOPCHAIN_JAVA_OPTS", "EXTRA_JAVA_OPTS", repo -> "", Knob.Kind.TEXT,
                    "extra JVM options for every domain (an -Xmx or -XX:TieredStopAtLevel replaces ours)"),
            new Knob("LOOPCHAIN_READY_TIMEOUT", "READY_TIMEOUT", repo -> "240", Knob.Kind.SECONDS,
                    "seconds to wait for a node's REST API"),
            new Knob("LOOPCHAIN_SCORE_TIMEOUT", "SCORE_COMMIT_TIMEOUT", repo -> "180", Knob.Kind.SECONDS,
                    "seconds score deploy/undeploy waits for the commit"),
            new Knob("LOOPCHAIN_EAR", "EAR", repo -> repo + "/loopchain-ear/target/loopchain.ear", Knob.Kind.PATH,
                    "deploy this EAR instead of the build's"),
            new Knob("LOOPCHAIN_RAR", "RAR", repo -> repo + "/server-config/artemis-rar/target/artemis-rar.rar",
                    Knob.Kind.PATH, "deploy this RAR instead of the build's"));

    /** The pom properties the launcher needs, and the shell variable each one sets. */
    public static final Map<String, String> VERSIONS = Map.of(
            "payara.version", "PAYARA_VERSION", "wildfly.version", "WILDFLY_VERSION", "artemis.version", "ARTEMIS_VERSION",
            "derby.version", "DERBY_VERSION", "bouncycastle.version", "BC_VERSION", "asm.version", "ASM_VERSION",
            "keycloak.version", "KEYCLOAK_VERSION");

    private Knobs() {
    }

    /**
     * The launcher's variables from ENV (unset or empty: the default), relative paths resolved against
     * CWD, plus PORT_RS; the first bad value stops with a message naming the variable.
     */
    public static Map<String, String> resolve(Map<String, String> env, String repo, Path cwd) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Knob k : ALL) {
            String given = env.get(k.env());
            String value = given == null || given.isEmpty() ? k.fallback().apply(repo) : given;
            out.put(k.shell(), check(k, value, cwd));
        }
        out.put("PORT_RS", Integer.toString(Integer.parseInt(out.get("PORT_PEER0")) + 2));
        int listed = out.get("SERVERS").isEmpty() ? 0 : out.get("SERVERS").split(" ").length;
        if (listed > Integer.parseInt(out.get("PEERS"))) {
            throw new CliException("LOOPCHAIN_SERVERS names " + listed + " servers for " + out.get("PEERS")
                    + " peers (LOOPCHAIN_PEERS)");
        }
        int hosts = out.get("PEER_HOSTS").isEmpty() ? 0 : out.get("PEER_HOSTS").split(" ").length;
        if (hosts > Integer.parseInt(out.get("PEERS"))) {
            throw new CliException("LOOPCHAIN_PEER_HOSTS names " + hosts + " hosts for " + out.get("PEERS")
                    + " peers (LOOPCHAIN_PEERS)");
        }
        return out;
    }

    static String check(Knob k, String value, Path cwd) {
        switch (k.kind()) {
            case PATH:
                return cwd.resolve(value).normalize().toString();
            case PORT:
                int port = number(k, value, "a port number 1..65535");
                if (port < 1 || port > 65535) {
                    throw bad(k, value, "a port number 1..65535");
                }
                return Integer.toString(port);
            case HOST:
                if (!HOST.matcher(value).matches()) {
                    throw bad(k, value, "an IPv4 address or a host name");
                }
                return value;
            case PEERS:
                int peers = number(k, value, "1.." + MAX_PEERS);
                if (peers < 1 || peers > MAX_PEERS) {
                    throw bad(k, value, "1.." + MAX_PEERS);
                }
                return Integer.toString(peers);
            case POSITIVE:
                int n = number(k, value, "a number >= 1");
                if (n < 1) {
                    throw bad(k, value, "a number >= 1");
                }
                return Integer.toString(n);
            case SECONDS:
                return Integer.toString(number(k, value, "a number of seconds"));
            case ON_OFF:
                if (!value.equals("on") && !value.equals("off")) {
                    throw bad(k, value, "on or off");
                }
                return value;
            case SERVER:
                if (!SERVER_KINDS.contains(value)) {
                    throw bad(k, value, "one of " + String.join(", ", SERVER_KINDS));
                }
                return value;
            case HOSTS:
                List<String> hosts = value.isBlank() ? List.of() : List.of(value.strip().split("\\s*,\\s*"));
                if (!hosts.stream().allMatch(h -> HOST.matcher(h).matches())) {
                    throw bad(k, value, "a comma-separated list of IPv4 addresses or host names");
                }
                return String.join(" ", hosts);
            case SERVERS:
                List<String> kinds = value.isBlank() ? List.of() : List.of(value.strip().split("\\s*,\\s*"));
                if (!SERVER_KINDS.containsAll(kinds)) {
                    throw bad(k, value, "a comma-separated list of " + String.join(", ", SERVER_KINDS));
                }
                return String.join(" ", kinds);
            default:
                return value;
        }
    }

    /** VALUE of the option or key NAME if it is a host (an IPv4 address or a host name), else a usage error. */
    public static String host(String name, String value) {
        if (!HOST.matcher(value).matches()) {
            throw new CliException(name + " must be an IPv4 address or a host name, got '" + value + "'", 2);
        }
        return value;
    }

    private static int number(Knob k, String value, String rule) {
        if (!value.matches("[0-9]{1,9}")) {
            throw bad(k, value, rule);
        }
        return Integer.parseInt(value);
    }

    private static CliException bad(Knob k, String value, String rule) {
        return new CliException(k.env() + " must be " + rule + ", got '" + value + "'");
    }

    /** The help lines: NAME, what it is, and its value now. */
    public static String help(Map<String, String> now) {
        StringBuilder sb = new StringBuilder();
        for (Knob k : ALL) {
            String value = now.get(k.shell());
            String line = String.format("  %-24s %s", k.env(), k.help());
            if (value != null && !value.isEmpty()) {
                line = String.format("%-78s (now: %s)", line, value);
            }
            sb.append(line.stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}
