package org.loopchain.consensus;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Counts dropped messages by {@link DropReason} and logs each with the reason. Written only on the
 * channel's event queue; {@link #snapshot()} gives the EE layer a copy to publish as a metric.
 */
public final class DropCounter {

    private static final Logger LOG = Logger.getLogger(DropCounter.class.getName());

    private final String owner;
    private final Map<DropReason, Long> counts = new EnumMap<>(DropReason.class);

    public DropCounter(String owner) {
        this.owner = owner;
    }

    /** Counts and logs the drop; always returns {@code false}, so a validator can {@code return drop(...)}. */
    public boolean drop(DropReason reason, SignedMessage message, String detail) {
        counts.merge(reason, 1L, Long::sum);
        LOG.log(reason.level(), () -> owner + " drops " + message + ": " + reason.label() + " (" + detail + ")");
        return false;
    }

    public long count(DropReason reason) {
        return counts.getOrDefault(reason, 0L);
    }

    /** Label to count, for every reason seen so far. */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((reason, n) -> out.put(reason.label(), n));
        return out;
    }
}
