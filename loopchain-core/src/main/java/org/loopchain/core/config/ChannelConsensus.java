package org.loopchain.core.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loopchain.core.json.Json;

/**
 * A channel's own consensus settings: the {@code "consensus"} object of its entry in
 * channel_manage_data.json, whose fields are the names of the node-wide keys they override
 * ({@link #KEYS}). A setting a channel leaves out is the node's ({@link LoopchainConfig}: built-in
 * default, user file, environment, {@code -o} file). Each value is checked by its key's own rule, so
 * a tunable is still defined once, in {@link ConfigKeys}.
 *
 * <pre>
 * "consensus": {"VOTING_RATIO": 0.75, "INTERVAL_BLOCKGENERATION": 1, "MAX_BLOCK_TX_NUM": 500,
 *               "TIMEOUT_FOR_LEADER_COMPLAIN": 20, "MAX_MADE_BLOCK_COUNT": 5}
 * </pre>
 */
public final class ChannelConsensus {

    /** The settings a channel may set for itself. */
    public static final List<ConfigKey<?>> KEYS = List.of(ConfigKeys.Consensus.VOTING_RATIO,
            ConfigKeys.Consensus.MAX_MADE_BLOCK_COUNT, ConfigKeys.Consensus.TIMEOUT_FOR_LEADER_COMPLAIN,
            ConfigKeys.Blocks.INTERVAL_BLOCKGENERATION, ConfigKeys.Blocks.MAX_BLOCK_TX_NUM);

    /** A channel that sets nothing of its own. */
    public static final ChannelConsensus NONE = new ChannelConsensus(Map.of(), Map.of());

    private final Map<String, Object> values;
    private final Map<String, String> texts;

    private ChannelConsensus(Map<String, Object> values, Map<String, String> texts) {
        this.values = values;
        this.texts = texts;
    }

    /**
     * The {@code "consensus"} object of channel {@code where}, {@code null} when absent.
     *
     * @throws IllegalArgumentException naming the channel, the field and the key's rule
     */
    static ChannelConsensus parse(String where, Object value) {
        if (value == null) {
            return NONE;
        }
        if (!(value instanceof Map<?, ?> fields)) {
            throw new IllegalArgumentException(where + ": consensus must be a JSON object of setting → value");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : fields.entrySet()) {
            String name = (String) e.getKey();
            ConfigKey<?> key = KEYS.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException(where + ": consensus." + name + " is not a per-channel setting (known: "
                            + String.join(", ", KEYS.stream().map(ConfigKey::name).toList()) + ")"));
            Object raw = e.getValue();
            if (!(raw instanceof String) && !(raw instanceof Number)) {
                throw new IllegalArgumentException(where + ": consensus." + name + " must be a number (or its text)");
            }
            String text = raw instanceof String s ? s : Json.pyDumps(raw);
            try {
                values.put(name, key.parse(text));
            } catch (ConfigException ex) {
                throw new IllegalArgumentException(where + ": consensus." + ex.getMessage(), ex);
            }
            texts.put(name, text);
        }
        return new ChannelConsensus(Collections.unmodifiableMap(values), Collections.unmodifiableMap(texts));
    }

    /** The channel's value of {@code key}, else the node's. */
    @SuppressWarnings("unchecked")
    public <T> T get(ConfigKey<T> key, LoopchainConfig node) {
        Object own = values.get(key.name());
        return own != null ? (T) own : node.get(key);
    }

    /** Whether the channel sets {@code key} itself. */
    public boolean sets(ConfigKey<?> key) {
        return values.containsKey(key.name());
    }

    /** The JSON form: the settings the channel sets, as written. */
    public Map<String, Object> toJson() {
        return new LinkedHashMap<>(texts);
    }
}
