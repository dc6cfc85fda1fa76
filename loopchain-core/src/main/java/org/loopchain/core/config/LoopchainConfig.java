package org.loopchain.core.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.loopchain.core.json.Json;

/**
 * The effective configuration: every known key with its checked value and the layer it came
 * from. Immutable; built once at start by {@link #load}.
 */
public final class LoopchainConfig {

    static final String DEFAULT_SOURCE = "default";

    private final Map<String, Object> values;
    private final Map<String, String> sources;

    private LoopchainConfig(Map<String, Object> values, Map<String, String> sources) {
        this.values = Collections.unmodifiableMap(values);
        this.sources = Collections.unmodifiableMap(sources);
    }

    /**
     * Merges the defaults and {@code layers}, the highest layer winning per key, and checks
     * every value.
     *
     * @throws ConfigException naming the key, the bad value and the layer it came from
     */
    public static LoopchainConfig load(ConfigLayers layers) {
        Map<String, String> raw = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (ConfigKey<?> key : ConfigKeys.all().values()) {
            raw.put(key.name(), key.defaultValue());
            sources.put(key.name(), DEFAULT_SOURCE);
        }
        for (ConfigLayers.Layer layer : layers.layers()) {
            for (Map.Entry<String, String> e : layer.values().entrySet()) {
                if (!raw.containsKey(e.getKey())) {
                    throw new ConfigException("unknown key " + e.getKey() + " in " + layer.source());
                }
                raw.put(e.getKey(), e.getValue());
                sources.put(e.getKey(), layer.source());
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ConfigKey<?> key : ConfigKeys.all().values()) {
            try {
                values.put(key.name(), key.parse(raw.get(key.name())));
            } catch (ConfigException e) {
                throw new ConfigException(e.getMessage() + " (from " + sources.get(key.name()) + ")", e);
            }
        }
        checkVotingRatio(values, sources);
        return new LoopchainConfig(values, sources);
    }

    /** BFT safety needs more than 2/3 of the weight to agree; below that only on explicit request. */
    private static void checkVotingRatio(Map<String, Object> values, Map<String, String> sources) {
        double ratio = (Double) values.get(ConfigKeys.Consensus.VOTING_RATIO.name());
        if (ratio < ConfigKeys.SAFE_VOTING_RATIO && !(Boolean) values.get(ConfigKeys.Consensus.ALLOW_UNSAFE_VOTING_RATIO.name())) {
            throw new ConfigException(ConfigKeys.Consensus.VOTING_RATIO.name() + "=" + Json.pyDumps(ratio)
                    + ": below 2/3, two honest peers could commit different blocks; set "
                    + ConfigKeys.Consensus.ALLOW_UNSAFE_VOTING_RATIO.name() + "=true to allow it anyway (from "
                    + sources.get(ConfigKeys.Consensus.VOTING_RATIO.name()) + ")");
        }
    }

    /** The defaults alone. */
    public static LoopchainConfig defaults() {
        return load(ConfigLayers.builder().build());
    }

    /**
     * The value of {@code key}.
     *
     * @throws IllegalArgumentException if no known key has that name
     */
    public <T> T get(ConfigKey<T> key) {
        Object value = values.get(key.name());
        if (value == null) {
            throw new IllegalArgumentException("unknown config key " + key.name());
        }
        if (ConfigKeys.all().get(key.name()) == key) {
            @SuppressWarnings("unchecked")
            T typed = (T) value;
            return typed;
        }
        return key.parse(effective().get(key.name()));
    }

    /** Every key's value as text, in {@link ConfigKeys#all()} order. */
    public Map<String, String> effective() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((name, value) -> out.put(name, formatted(ConfigKeys.all().get(name), value)));
        return Collections.unmodifiableMap(out);
    }

    @SuppressWarnings("unchecked")
    private static <T> String formatted(ConfigKey<T> key, Object value) {
        return key.format((T) value);
    }

    /**
     * Where the value of {@code key} came from: {@code default}, {@code environment},
     * {@code user file PATH} or {@code -o file PATH}.
     *
     * @throws IllegalArgumentException for an unknown key
     */
    public String sourceOf(String key) {
        String source = sources.get(key);
        if (source == null) {
            throw new IllegalArgumentException("unknown config key " + key);
        }
        return source;
    }

    /** Whether {@code NODE_ROLE} is {@code radiostation}. */
    public boolean isRadioStation() {
        return ConfigKeys.ROLE_RADIOSTATION.equals(get(ConfigKeys.Node.NODE_ROLE));
    }

    /** The REST API's port: {@code PORT_PEER + 1900}. */
    public int restPort() {
        return get(ConfigKeys.Node.PORT_PEER) + ConfigKeys.REST_PORT_OFFSET;
    }

    /** The REST API's base URL as this node advertises it: {@code http://NODE_HOST:restPort}. */
    public String restUrl() {
        String host = get(ConfigKeys.Node.NODE_HOST);
        return "http://" + host + ":" + restPort();
    }

    @Override
    public String toString() {
        return "LoopchainConfig" + effective();
    }
}
