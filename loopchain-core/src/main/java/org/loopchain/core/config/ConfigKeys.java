package org.loopchain.core.config;

import java.lang.invoke.MethodHandles;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.loopchain.core.json.Json;

/**
 * The one definition of each loopchain setting: its key name, type (durations as
 * {@link Duration}), default and rule, grouped by area ({@link Node}, {@link Network},
 * {@link Consensus}, {@link Blocks}, {@link Score}, {@link Http}, {@link Logs}, {@link Audit}, {@link Console},
 * {@link Test}), after Apache Ratis'
 * {@code RaftServerConfigKeys}. Settings that are not configurable are constants beside the keys of
 * their area. Values come from {@link LoopchainConfig}.
 */
public final class ConfigKeys {

    /** The REST API listens on {@code PORT_PEER + REST_PORT_OFFSET}, as in the original. */
    public static final int REST_PORT_OFFSET = 1900;

    /** A channel name: 1 to 64 of {@code A-Z a-z 0-9 _ . -}. */
    public static final Pattern CHANNEL_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    /** {@link Node#NODE_ROLE} of a peer. */
    public static final String ROLE_PEER = "peer";
    /** {@link Node#NODE_ROLE} of the radio station. */
    public static final String ROLE_RADIOSTATION = "radiostation";

    /** The smallest {@link Consensus#VOTING_RATIO} that keeps BFT safety (faulty weight below one third). */
    public static final double SAFE_VOTING_RATIO = 2.0 / 3.0;

    /** A host name, IPv4 address or bracketed IPv6 address. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\]");

    /** The areas, in the order {@link #all()} lists their keys. */
    private enum Area { NODE, NETWORK, CONSENSUS, BLOCKS, SCORE, HTTP, LOGS, AUDIT, CONSOLE, TEST }

    private static final Map<Area, Map<String, ConfigKey<?>>> BY_AREA = new EnumMap<>(Area.class);

    static {
        // loads every area, so that all() sees every key whichever area was touched first
        for (Class<?> area : List.of(Node.class, Network.class, Consensus.class, Blocks.class, Score.class, Http.class,
                Logs.class, Audit.class, Console.class, Test.class)) {
            try {
                MethodHandles.lookup().ensureInitialized(area);
            } catch (IllegalAccessException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    /** What the node is, its identity, its data and the channels it serves. */
    public static final class Node {

        public static final ConfigKey<String> NODE_ROLE = stringKey(Area.NODE, "NODE_ROLE", ROLE_PEER,
                s -> s.equals(ROLE_PEER) || s.equals(ROLE_RADIOSTATION), "must be " + ROLE_PEER + " or " + ROLE_RADIOSTATION,
                "what this node is: a peer, or the radio station (peer registry of every channel)");
        public static final ConfigKey<Integer> PORT_PEER = intKey(Area.NODE, "PORT_PEER", 7100, 1024,
                65535 - REST_PORT_OFFSET, "the peer's port; the REST API listens on PORT_PEER+" + REST_PORT_OFFSET);
        public static final ConfigKey<String> NODE_HOST = stringKey(Area.NODE, "NODE_HOST", "127.0.0.1",
                s -> HOST.matcher(s).matches(), "must be a host name or IP address",
                "the address the node's REST API binds to and that it advertises: its peer_target is NODE_HOST:PORT_PEER"
                        + " (or PORT_RADIOSTATION), its rest_url http://NODE_HOST:(port+" + REST_PORT_OFFSET + ")");
        public static final ConfigKey<String> PEER_ID = stringKey(Area.NODE, "PEER_ID", "",
                s -> true, "", "this peer's id; empty: a UUID generated at first start, then kept");
        public static final ConfigKey<String> LOOPCHAIN_DATA_PATH = stringKey(Area.NODE, "LOOPCHAIN_DATA_PATH", "",
                s -> true, "", "where the node keeps its data; empty: the server supplies one");
        public static final ConfigKey<String> LOOPCHAIN_DEFAULT_CHANNEL = stringKey(Area.NODE, "LOOPCHAIN_DEFAULT_CHANNEL",
                "loopchain_default", s -> CHANNEL_NAME.matcher(s).matches(), "must be 1..64 characters of A-Z a-z 0-9 _ . -",
                "the channel used when a request names none");
        public static final ConfigKey<String> CHANNEL_MANAGE_DATA_PATH = stringKey(Area.NODE, "CHANNEL_MANAGE_DATA_PATH", "",
                s -> true, "", "path of channel_manage_data.json (may be empty)");
        public static final ConfigKey<String> PEER_CERTIFICATE_PATH = stringKey(Area.NODE, "PEER_CERTIFICATE_PATH", "",
                s -> true, "", "a peer's certificate chain (./loopchain pki node's chain.pem), presented when it joins a channel;"
                        + " the node.key beside it becomes the peer's key; empty: no certificate, the key is the data dir's peer.key");

        private Node() {
        }
    }

    /** The broker and the Radio Station. */
    public static final class Network {

        public static final ConfigKey<String> BROKER_HOST = stringKey(Area.NETWORK, "BROKER_HOST", "127.0.0.1",
                s -> HOST.matcher(s).matches(), "must be a host name or IP address",
                "host of the Artemis broker: where the launcher binds it and points the node's resource adapter");
        public static final ConfigKey<Integer> BROKER_PORT = intKey(Area.NETWORK, "BROKER_PORT", 61616, 1, 65535,
                "port of the Artemis broker");
        public static final ConfigKey<String> RADIOSTATION_HOST = stringKey(Area.NETWORK, "RADIOSTATION_HOST", "",
                s -> s.isEmpty() || HOST.matcher(s).matches(), "must be empty or a host name or IP address",
                "host of the radio station a peer joins; empty: the peer runs standalone, without a radio station");
        public static final ConfigKey<Integer> PORT_RADIOSTATION = intKey(Area.NETWORK, "PORT_RADIOSTATION", 7102, 1024,
                65535 - REST_PORT_OFFSET, "the radio station's port; its REST API listens on PORT_RADIOSTATION+"
                        + REST_PORT_OFFSET);
        public static final ConfigKey<Duration> HEARTBEAT_INTERVAL = secondsKey(Area.NETWORK, "HEARTBEAT_INTERVAL", "2",
                d -> d >= 0.1 && d <= 3600, "must be 0.1..3600 (seconds)",
                "how often the radio station polls each peer's status (3 missed: offline) and peers refresh their peer list");
        public static final ConfigKey<Boolean> ENABLE_CHANNEL_AUTH = boolKey(Area.NETWORK, "ENABLE_CHANNEL_AUTH", false,
                "the radio station admits only peers listed for a channel");

        private Network() {
        }
    }

    /**
     * LFT agreement. The constants after the keys are fixed settings: one definition, not
     * configurable.
     */
    public static final class Consensus {

        public static final ConfigKey<Double> VOTING_RATIO = doubleKey(Area.CONSENSUS, "VOTING_RATIO", "0.67",
                d -> d > 0 && d <= 1, "must be > 0 and <= 1", "share of the peers whose votes commit a block");
        public static final ConfigKey<Boolean> ALLOW_UNSAFE_VOTING_RATIO = boolKey(Area.CONSENSUS,
                "ALLOW_UNSAFE_VOTING_RATIO", false,
                "accept a VOTING_RATIO below 2/3, where BFT safety no longer holds (tests and experiments only)");
        public static final ConfigKey<Integer> MAX_MADE_BLOCK_COUNT = intKey(Area.CONSENSUS, "MAX_MADE_BLOCK_COUNT", 10, 1,
                Integer.MAX_VALUE, "blocks a leader makes before leadership rotates");
        public static final ConfigKey<Duration> TIMEOUT_FOR_LEADER_COMPLAIN = secondsKey(Area.CONSENSUS,
                "TIMEOUT_FOR_LEADER_COMPLAIN", "10", d -> d > 0, "must be > 0 (seconds)",
                "silence from the leader before peers complain");

        /** The cap of the complaint timeout's doubling per round. */
        public static final Duration MAX_ROUND_TIMEOUT = Duration.ofSeconds(60);
        /** How many rounds ahead of the current one votes are kept. */
        public static final int ROUND_WINDOW = 8;
        /** The least time between two sync requests (and two unasked catch-up answers to one peer). */
        public static final Duration SYNC_INTERVAL = Duration.ofSeconds(1);
        /** The most blocks one sync response carries. */
        public static final int MAX_SYNC_BLOCKS = 16;

        private Consensus() {
        }
    }

    /** What a block holds and how often one is made. */
    public static final class Blocks {

        public static final ConfigKey<Duration> INTERVAL_BLOCKGENERATION = secondsKey(Area.BLOCKS,
                "INTERVAL_BLOCKGENERATION", "0.5", d -> d >= 0.01 && d <= 60, "must be 0.01..60 (seconds)",
                "time between block proposals");
        public static final ConfigKey<Integer> MAX_BLOCK_TX_NUM = intKey(Area.BLOCKS, "MAX_BLOCK_TX_NUM", 2000, 1, 100_000,
                "most transactions in one block");
        public static final ConfigKey<Boolean> ALLOW_MAKE_EMPTY_BLOCK = boolKey(Area.BLOCKS, "ALLOW_MAKE_EMPTY_BLOCK", false,
                "the leader makes blocks without transactions");

        private Blocks() {
        }
    }

    /** Smart contracts. */
    public static final class Score {

        public static final ConfigKey<String> SCORE_PACKAGE = stringKey(Area.SCORE, "SCORE_PACKAGE", "loopchain/default",
                s -> !s.isEmpty(), "must not be empty", "the SCORE the channel runs");
        public static final ConfigKey<Integer> SCORE_STEP_LIMIT = intKey(Area.SCORE, "SCORE_STEP_LIMIT", 20_000_000, 10_000,
                Integer.MAX_VALUE, "the step budget of one SCORE call (about one step per bytecode executed): a call that"
                        + " exceeds it fails with code 10 on every peer alike");
        public static final ConfigKey<String> SCORE_DEPLOY_DIR = stringKey(Area.SCORE, "SCORE_DEPLOY_DIR", "",
                s -> true, "", "where the node looks for deployed SCORE archives (in it or one"
                        + " sub-directory down); empty: where the server keeps deployed applications (Payara: applications/__internal,"
                        + " WildFly: the deployment scanner's deployments)");

        private Score() {
        }
    }

    /** The REST API. */
    public static final class Http {

        public static final ConfigKey<Integer> MAX_TX_BODY_BYTES = register(Area.HTTP, new ConfigKey<>("MAX_TX_BODY_BYTES",
                "int (bytes)", "262144", ConfigValues::integer, i -> i >= 64 && i <= 16_777_216, "must be 64..16777216",
                "largest transaction request body accepted"));
        public static final ConfigKey<Integer> TIMESTAMP_BOUNDARY_SECOND = intKey(Area.HTTP, "TIMESTAMP_BOUNDARY_SECOND", 300, 1,
                86_400, "how far (seconds) a v3 transaction's timestamp may be from the node's clock, either way, to be accepted");
        public static final ConfigKey<Duration> PROXY_TIMEOUT = secondsKey(Area.HTTP, "PROXY_TIMEOUT", "10",
                d -> d >= 0.1 && d <= 300, "must be 0.1..300 (seconds)",
                "(radio station) how long the proxy waits for one peer's whole answer before it answers 504 or tries the next peer");

        /** (radio station) How long the proxy waits to connect to a peer before it counts the peer down. */
        public static final Duration PROXY_CONNECT_TIMEOUT = Duration.ofSeconds(2);
        /** (radio station) The largest peer answer the proxy passes on; a longer one is answered 502. */
        public static final int PROXY_MAX_ANSWER_BYTES = 64 << 20;

        private Http() {
        }
    }

    /**
     * The log collector: every node ships its {@code org.loopchain} log records over the broker to the
     * Radio Station, which keeps the newest ones. The constants are fixed settings.
     */
    public static final class Logs {

        /** The levels {@link #LOG_SHIP_LEVEL} takes, {@code java.util.logging}'s names; {@code OFF} ships nothing. */
        public static final List<String> LEVELS = List.of("OFF", "SEVERE", "WARNING", "INFO", "CONFIG", "FINE", "FINER", "FINEST");

        /** Records a node holds while the broker does not take them; beyond, new ones are dropped and counted. */
        public static final int SHIP_QUEUE_CAPACITY = 10_000;
        /** The most records in one message to the collector. */
        public static final int SHIP_BATCH_RECORDS = 500;
        /** How often a node sends what it has queued. */
        public static final Duration SHIP_INTERVAL = Duration.ofSeconds(1);
        /** The collector deletes beyond {@link #LOG_STORE_RECORDS} once this many records arrived since it last did. */
        public static final int PRUNE_BATCH = 1_000;

        public static final ConfigKey<String> LOG_SHIP_LEVEL = stringKey(Area.LOGS, "LOG_SHIP_LEVEL", "INFO", LEVELS::contains,
                "must be one of " + String.join(", ", LEVELS), "the least level of this node's org.loopchain log records"
                        + " shipped to the Radio Station's collector (records the server's own logging configuration"
                        + " filters out are never made, so never shipped); OFF: none");
        public static final ConfigKey<Integer> LOG_STORE_RECORDS = intKey(Area.LOGS, "LOG_STORE_RECORDS", 200_000, 1_000,
                100_000_000, "(Radio Station) how many of the newest collected log records it keeps; older ones are"
                        + " deleted in batches of " + PRUNE_BATCH);

        private Logs() {
        }
    }

    /**
     * The audit API ({@code /api/audit/v1}): who may read, checked on Bearer access tokens of an OpenID
     * Connect provider (MicroProfile JWT). The constants are fixed settings.
     */
    public static final class Audit {

        /** The role (an entry of the token's {@code groups} claim) that may read the audit API. */
        public static final String AUDITOR_ROLE = "auditor";
        /** The most block heights one audit read may span. */
        public static final int MAX_HEIGHT_SPAN = 1_000;
        /** The most records one audit read returns. */
        public static final int MAX_RECORDS = 1_000;

        public static final ConfigKey<String> AUDIT_OIDC_ISSUER = stringKey(Area.AUDIT, "AUDIT_OIDC_ISSUER",
                "http://127.0.0.1:8180/realms/loopchain", s -> s.matches("https?://[^\\s]{1,400}"),
                "must be an http(s) URL", "the OpenID Connect issuer whose access tokens the audit API accepts (the"
                        + " token's iss must equal it): the local Keycloak's realm, or the company's own provider");
        public static final ConfigKey<String> AUDIT_OIDC_JWKS = stringKey(Area.AUDIT, "AUDIT_OIDC_JWKS", "",
                s -> s.isEmpty() || s.matches("https?://[^\\s]{1,400}"), "must be empty or an http(s) URL",
                "where the issuer publishes its signing keys (JWKS); empty: Keycloak's place under the issuer,"
                        + " <AUDIT_OIDC_ISSUER>/protocol/openid-connect/certs");

        private Audit() {
        }

        /** The JWKS location in effect: {@link #AUDIT_OIDC_JWKS}, or Keycloak's place under the issuer. */
        public static String jwks(String issuer, String jwks) {
            return jwks.isEmpty() ? issuer.replaceAll("/+$", "") + "/protocol/openid-connect/certs" : jwks;
        }
    }

    /**
     * The admin console ({@code /console} on every node): signing in with the OpenID Connect provider
     * of {@link Audit#AUDIT_OIDC_ISSUER} (authorization code flow, a confidential client), and the admin
     * key the console signs validator changes with. The constants are fixed settings.
     */
    public static final class Console {

        /** The role (an entry of the ID token's {@code groups} claim) that may view and change the network. */
        public static final String ADMIN_ROLE = "admin";

        public static final ConfigKey<String> CONSOLE_OIDC_CLIENT_ID = stringKey(Area.CONSOLE, "CONSOLE_OIDC_CLIENT_ID",
                "loopchain-console", s -> s.matches("[A-Za-z0-9_.:@-]{1,200}"), "must be 1..200 of A-Za-z0-9_.:@-",
                "the console's client id at the provider (a confidential client with the authorization code flow and"
                        + " <REST URL>/console/* as redirect URIs)");
        public static final ConfigKey<String> CONSOLE_OIDC_CLIENT_SECRET = stringKey(Area.CONSOLE, "CONSOLE_OIDC_CLIENT_SECRET",
                "", s -> s.matches("[\\x21-\\x7e]{0,512}"), "must be at most 512 printable characters, no spaces",
                "the console client's secret; empty: nobody can sign in to the console (it says so)");
        public static final ConfigKey<String> CONSOLE_ADMIN_KEY_PATH = stringKey(Area.CONSOLE, "CONSOLE_ADMIN_KEY_PATH", "",
                s -> s.length() <= 4096, "must be a path", "the secp256k1 key file (as PEER_KEY) of a channel admin the"
                        + " console signs validator changes with; empty: the console shows but does not change");

        private Console() {
        }
    }

    /**
     * Faults a node injects into itself, for fault tests ({@code ./loopchain chaos}) only. Each takes
     * effect only when {@link #TEST_FAULTS_ALLOWED} is true as well, so one stray key cannot make a
     * production node lie; a node that runs with any of them in effect says so in a WARNING at start.
     */
    public static final class Test {

        /** The misbehaviours {@link #TEST_BYZANTINE} names. */
        public static final List<String> BYZANTINE_FAULTS = List.of("equivocate", "forge", "replay", "flood");

        public static final ConfigKey<Boolean> TEST_FAULTS_ALLOWED = boolKey(Area.TEST, "TEST_FAULTS_ALLOWED", false,
                "lets TEST_BYZANTINE and TEST_CLOCK_OFFSET_MS take effect (fault tests only; never on a real network)");
        public static final ConfigKey<String> TEST_BYZANTINE = stringKey(Area.TEST, "TEST_BYZANTINE", "",
                s -> s.isEmpty() || List.of(s.split(",", -1)).stream().allMatch(BYZANTINE_FAULTS::contains),
                "must be empty or a comma list of " + String.join(", ", BYZANTINE_FAULTS),
                "(test, with TEST_FAULTS_ALLOWED) this peer misbehaves in consensus: equivocate (a second, conflicting"
                        + " proposal or vote for the same height and round), forge (messages with a bad signature or another"
                        + " peer's id), replay (old messages again), flood (each message several times); empty: honest");
        public static final ConfigKey<Integer> TEST_CLOCK_OFFSET_MS = intKey(Area.TEST, "TEST_CLOCK_OFFSET_MS", 0, -3_600_000,
                3_600_000, "(test, with TEST_FAULTS_ALLOWED) milliseconds added to the clock this peer's consensus timers,"
                        + " block and transaction timestamps read: a skewed clock");

        private Test() {
        }
    }

    private ConfigKeys() {
    }

    /** Every known key by name, grouped by area in the order above. */
    public static Map<String, ConfigKey<?>> all() {
        Map<String, ConfigKey<?>> all = new LinkedHashMap<>();
        BY_AREA.values().forEach(all::putAll);
        return Collections.unmodifiableMap(all);
    }

    private static ConfigKey<Integer> intKey(Area area, String name, int def, int min, int max, String description) {
        String rule = max == Integer.MAX_VALUE ? "must be >= " + min : "must be " + min + ".." + max;
        return register(area, new ConfigKey<>(name, "int", Integer.toString(def), ConfigValues::integer,
                i -> i >= min && i <= max, rule, description));
    }

    private static ConfigKey<Double> doubleKey(Area area, String name, String def, Predicate<Double> rule,
                                               String ruleText, String description) {
        return register(area, new ConfigKey<>(name, "double", def, ConfigValues::decimal, rule, ruleText, description));
    }

    /** A duration given in (decimal) seconds; {@code rule} checks the seconds. */
    private static ConfigKey<Duration> secondsKey(Area area, String name, String def, Predicate<Double> rule,
                                                  String ruleText, String description) {
        return register(area, new ConfigKey<>(name, "double (seconds)", def, raw -> {
            double seconds = ConfigValues.decimal(raw);
            if (!rule.test(seconds)) {
                throw new IllegalArgumentException(ruleText);
            }
            return ConfigValues.seconds(seconds);
        }, d -> true, ruleText, description, d -> Json.pyDumps(d.toNanos() / 1e9)));
    }

    private static ConfigKey<Boolean> boolKey(Area area, String name, boolean def, String description) {
        return register(area, new ConfigKey<>(name, "boolean", Boolean.toString(def), ConfigValues::bool, b -> true, "",
                description));
    }

    private static ConfigKey<String> stringKey(Area area, String name, String def, Predicate<String> rule, String ruleText,
                                               String description) {
        return register(area, new ConfigKey<>(name, "string", def, ConfigValues::text, rule, ruleText, description));
    }

    /** Adds {@code key} to its area; its default must pass its own rule. */
    private static <T> ConfigKey<T> register(Area area, ConfigKey<T> key) {
        key.defaultParsed();
        BY_AREA.computeIfAbsent(area, a -> new LinkedHashMap<>()).put(key.name(), key);
        return key;
    }
}
