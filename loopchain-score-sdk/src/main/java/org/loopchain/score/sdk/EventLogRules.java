package org.loopchain.score.sdk;

import org.loopchain.score.sdk.db.ValueCodec;

/**
 * The rules an event log must follow before the host records it: {@code indexed} holds the event
 * signature (a non-empty String) and at most 3 more values; every value is null or of a
 * {@linkplain ValueCodec#isValueClass storable class}.
 */
public final class EventLogRules {

    /** The signature plus at most 3 indexed values. */
    public static final int MAX_INDEXED = 4;

    private EventLogRules() {
    }

    /**
     * Checks {@code indexed} and {@code data}.
     *
     * @throws NullPointerException if either array is null
     * @throws IllegalArgumentException naming the first rule broken
     */
    public static void check(Object[] indexed, Object[] data) {
        if (indexed == null || data == null) {
            throw new NullPointerException("event log indexed and data must not be null");
        }
        if (indexed.length < 1 || indexed.length > MAX_INDEXED) {
            throw new IllegalArgumentException("an event log has the signature and at most "
                    + (MAX_INDEXED - 1) + " indexed values, not " + indexed.length + " indexed items");
        }
        if (!(indexed[0] instanceof String) || ((String) indexed[0]).isEmpty()) {
            throw new IllegalArgumentException("the first indexed item of an event log is its signature string");
        }
        checkValues("indexed", indexed);
        checkValues("data", data);
    }

    private static void checkValues(String part, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value != null && !ValueCodec.isValueClass(value.getClass())) {
                throw new IllegalArgumentException("event log " + part + "[" + i + "] is a "
                        + value.getClass().getName() + ", which an event log cannot hold");
            }
        }
    }
}
