package org.loopchain.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An audit event in the node's audit log: its place ({@code seq}, from 1), its time, and the hash
 * that chains it to the entry before ({@link AuditChain}).
 *
 * @param seq        1 for the first entry, then +1
 * @param timeMicros when it was recorded, microseconds since the epoch
 * @param event      what happened
 * @param prevHash   the previous entry's {@code hash}; {@link AuditChain#GENESIS} for the first
 * @param hash       SHA-256 (hex) of this entry's fields and {@code prevHash}
 */
public record AuditEntry(long seq, long timeMicros, AuditEvent event, String prevHash, String hash) {

    public AuditEntry {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** The entry as the audit log API shows it (and as {@code ./loopchain audit verify} reads it back). */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", seq);
        m.put("time_micros", timeMicros);
        m.put("subject", event.subject());
        m.put("name", event.name());
        m.put("endpoint", event.endpoint());
        m.put("channel", event.channel());
        m.put("params", event.params());
        m.put("records", event.records());
        m.put("status", event.status());
        m.put("prev_hash", prevHash);
        m.put("hash", hash);
        return m;
    }

    /**
     * Reads an entry back from {@link #asMap()}'s form.
     *
     * @throws IllegalArgumentException when a field is missing or of the wrong type
     */
    public static AuditEntry fromMap(Map<?, ?> m) {
        try {
            AuditEvent event = new AuditEvent((String) m.get("subject"), (String) m.get("name"),
                    (String) m.get("endpoint"), (String) m.get("channel"), (String) m.get("params"),
                    ((Number) m.get("records")).intValue(), ((Number) m.get("status")).intValue());
            return new AuditEntry(((Number) m.get("seq")).longValue(), ((Number) m.get("time_micros")).longValue(),
                    event, (String) m.get("prev_hash"), (String) m.get("hash"));
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("not an audit log entry: " + m.keySet());
        }
    }
}
