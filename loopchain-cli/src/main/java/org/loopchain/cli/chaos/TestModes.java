package org.loopchain.cli.chaos;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The node config keys a {@link FaultKind#BYZANTINE} or {@link FaultKind#SKEW} fault restarts a peer
 * with: the node's test keys ({@code ConfigKeys.Test} in loopchain-core defines them), which take
 * effect only together with {@value #ALLOWED}.
 */
final class TestModes {
    static final String ALLOWED = "TEST_FAULTS_ALLOWED";
    static final String BYZANTINE = "TEST_BYZANTINE";
    static final String CLOCK_OFFSET = "TEST_CLOCK_OFFSET_MS";
    /** Every misbehaviour of the node's byzantine test mode. */
    static final String EVERY_LIE = "equivocate,forge,replay,flood";

    private TestModes() {
    }

    /** The keys of {@code fault}'s test mode; empty for the kinds that restart nothing. */
    static Map<String, Object> of(Fault fault) {
        Map<String, Object> keys = new LinkedHashMap<>();
        switch (fault.kind()) {
            case BYZANTINE -> keys.put(BYZANTINE, EVERY_LIE);
            case SKEW -> keys.put(CLOCK_OFFSET, fault.offsetMillis());
            default -> {
                return Map.of();
            }
        }
        keys.put(ALLOWED, true);
        return keys;
    }

    /** {@code config} (a node's config file as a JSON object) without any test key, then with {@code keys}. */
    static Map<String, Object> applied(Map<?, ?> config, Map<String, Object> keys) {
        Map<String, Object> out = new LinkedHashMap<>();
        config.forEach((k, v) -> {
            String key = String.valueOf(k);
            if (!key.equals(ALLOWED) && !key.equals(BYZANTINE) && !key.equals(CLOCK_OFFSET)) {
                out.put(key, v);
            }
        });
        out.putAll(keys);
        return out;
    }
}
