package org.loopchain.core.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The known loopchain configuration keys, with their types, defaults and rules. */
public final class ConfigKeys {

    /** The REST API listens on {@code PORT_PEER + REST_PORT_OFFSET}, as in the original. */
    public static final int REST_PORT_OFFSET = 1900;

    /** A channel name: 1 to 64 of {@code A-Z a-z 0-9 _ . -}. */
    public static final Pattern CHANNEL_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    /** {@link #NODE_ROLE} of a peer. */
    public static final String ROLE_PEER = "peer";
    /** {@link #NODE_ROLE} of the radio station. */
    public static final String ROLE_RADIOSTATION = "radiostation";

    /** The smallest {@link #VOTING_RATIO} that keeps BFT safety (faulty weight below one third). */
    public static final double SAFE_VOTING_RATIO = 2.0 / 3.0;

    /** A host name, IPv4 address or bracketed IPv6 address. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\]");

    private static final Map<String, ConfigKey<?>> ALL = new LinkedHashMap<>();

    public static final ConfigKey<Integer> PORT_PEER = intKey("PORT_PEER", 7100, 1024, 65535 - REST_PORT_OFFSET,
            "the peer's port; the REST API listens on PORT_PEER+" + REST_PORT_OFFSET);
    public static final ConfigKey<String> LOOPCHAIN_DEFAULT_CHANNEL = stringKey("LOOPCHAIN_DEFAULT_CHANNEL", "loopchain_default",
            s -> CHANNEL_NAME.matcher(s).matches(), "must be 1..64 characters of A-Z a-z 0-9 _ . -",
            "the channel used when a request names none");
    public static final ConfigKey<String> CHANNEL_MANAGE_DATA_PATH = stringKey("CHANNEL_MANAGE_DATA_PATH", "",
            s -> true, "", "path of channel_manage_data.json (may be empty)");
    public static final ConfigKey<Boolean> ENABLE_CHANNEL_AUTH = boolKey("ENABLE_CHANNEL_AUTH", false,
            "the radio station admits only peers listed for a channel");
    public static final ConfigKey<Double> VOTING_RATIO = doubleKey("VOTING_RATIO", "0.67", "",
            d -> d > 0 && d <= 1, "must be > 0 and <= 1", "share of the peers whose votes commit a block");
    public static final ConfigKey<Integer> MAX_MADE_BLOCK_COUNT = intKey("MAX_MADE_BLOCK_COUNT", 10, 1, Integer.MAX_VALUE,
            "blocks a leader makes before leadership rotates");
    public static final ConfigKey<Double> INTERVAL_BLOCKGENERATION = doubleKey("INTERVAL_BLOCKGENERATION", "0.5", " (seconds)",
            d -> d >= 0.01 && d <= 60, "must be 0.01..60 (seconds)", "time between block proposals");
    public static final ConfigKey<Integer> MAX_BLOCK_TX_NUM = intKey("MAX_BLOCK_TX_NUM", 2000, 1, 100_000,
            "most transactions in one block");
    public static final ConfigKey<Double> TIMEOUT_FOR_LEADER_COMPLAIN = doubleKey("TIMEOUT_FOR_LEADER_COMPLAIN", "10", " (seconds)",
            d -> d > 0, "must be > 0 (seconds)", "silence from the leader before peers complain");
    public static final ConfigKey<Boolean> ALLOW_MAKE_EMPTY_BLOCK = boolKey("ALLOW_MAKE_EMPTY_BLOCK", false,
            "the leader makes blocks without transactions");
    public static final ConfigKey<String> PEER_ID = stringKey("PEER_ID", "",
            s -> true, "", "this peer's id; empty: a UUID generated at first start, then kept");
    public static final ConfigKey<String> SCORE_PACKAGE = stringKey("SCORE_PACKAGE", "loopchain/default",
            s -> !s.isEmpty(), "must not be empty", "the SCORE the channel runs");
    public static final ConfigKey<Integer> MAX_TX_BODY_BYTES = intKey("MAX_TX_BODY_BYTES", 262_144, 64, 16_777_216,
            "largest transaction request body accepted");
    public static final ConfigKey<String> BROKER_HOST = stringKey("BROKER_HOST", "127.0.0.1",
            s -> !s.isEmpty(), "must not be empty", "host of the Artemis broker");
    public static final ConfigKey<Integer> BROKER_PORT = intKey("BROKER_PORT", 61616, 1, 65535,
            "port of the Artemis broker");
    public static final ConfigKey<String> LOOPCHAIN_DATA_PATH = stringKey("LOOPCHAIN_DATA_PATH", "",
            s -> true, "", "where the node keeps its data; empty: the server supplies one");
    public static final ConfigKey<String> NODE_ROLE = stringKey("NODE_ROLE", ROLE_PEER,
            s -> s.equals(ROLE_PEER) || s.equals(ROLE_RADIOSTATION), "must be " + ROLE_PEER + " or " + ROLE_RADIOSTATION,
            "what this node is: a peer, or the radio station (peer registry of every channel)");
    public static final ConfigKey<String> RADIOSTATION_HOST = stringKey("RADIOSTATION_HOST", "",
            s -> s.isEmpty() || HOST.matcher(s).matches(), "must be empty or a host name or IP address",
            "host of the radio station a peer joins; empty: the peer runs standalone, without a radio station");
    public static final ConfigKey<Integer> PORT_RADIOSTATION = intKey("PORT_RADIOSTATION", 7102, 1024, 65535 - REST_PORT_OFFSET,
            "the radio station's port; its REST API listens on PORT_RADIOSTATION+" + REST_PORT_OFFSET);
    public static final ConfigKey<Double> HEARTBEAT_INTERVAL = doubleKey("HEARTBEAT_INTERVAL", "2", " (seconds)",
            d -> d >= 0.1 && d <= 3600, "must be 0.1..3600 (seconds)",
            "how often the radio station polls each peer's status (3 missed: offline) and peers refresh their peer list");
    public static final ConfigKey<Boolean> ALLOW_UNSAFE_VOTING_RATIO = boolKey("ALLOW_UNSAFE_VOTING_RATIO", false,
            "accept a VOTING_RATIO below 2/3, where BFT safety no longer holds (tests and experiments only)");
    public static final ConfigKey<Integer> SCORE_STEP_LIMIT = intKey("SCORE_STEP_LIMIT", 20_000_000, 10_000, Integer.MAX_VALUE,
            "the step budget of one SCORE call (about one step per bytecode executed): a call that exceeds it fails"
                    + " with code 10 on every peer alike");
    public static final ConfigKey<String> SCORE_DEPLOY_DIR = stringKey("SCORE_DEPLOY_DIR", "",
            s -> true, "", "where the node looks for deployed SCORE archives (one sub-directory per application);"
                    + " empty: the server's applications/__internal directory");

    static {
        for (ConfigKey<?> key : ALL.values()) {
            key.defaultParsed();
        }
    }

    private ConfigKeys() {
    }

    /** Every known key by name, in the order above. */
    public static Map<String, ConfigKey<?>> all() {
        return Collections.unmodifiableMap(ALL);
    }

    private static ConfigKey<Integer> intKey(String name, int def, int min, int max, String description) {
        String rule = max == Integer.MAX_VALUE ? "must be >= " + min : "must be " + min + ".." + max;
        return register(new ConfigKey<>(name, "int", Integer.toString(def), ConfigValues::integer,
                i -> i >= min && i <= max, rule, description));
    }

    private static ConfigKey<Double> doubleKey(String name, String def, String unit, Predicate<Double> rule,
                                               String ruleText, String description) {
        return register(new ConfigKey<>(name, "double" + unit, def, ConfigValues::decimal, rule, ruleText, description));
    }

    private static ConfigKey<Boolean> boolKey(String name, boolean def, String description) {
        return register(new ConfigKey<>(name, "boolean", Boolean.toString(def), ConfigValues::bool, b -> true, "", description));
    }

    private static ConfigKey<String> stringKey(String name, String def, Predicate<String> rule, String ruleText,
                                               String description) {
        return register(new ConfigKey<>(name, "string", def, ConfigValues::text, rule, ruleText, description));
    }

    private static <T> ConfigKey<T> register(ConfigKey<T> key) {
        ALL.put(key.name(), key);
        return key;
    }
}
