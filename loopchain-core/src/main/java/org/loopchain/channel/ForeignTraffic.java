package org.loopchain.channel;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import org.loopchain.core.config.ConfigKeys;

/**
 * Messages that reached this node for a channel it does not serve, counted by channel name. With the
 * broker's filter on the node's subscriptions there are none; a count here means the filter is off
 * or wrong. The names are the senders' (anyone on the broker can send), so at most {@link #MAX_NAMES}
 * are kept apart, and a name that is no channel name, or one past the limit, counts as {@link #OTHER}.
 */
public final class ForeignTraffic {

    static final int MAX_NAMES = 32;
    static final String OTHER = "(other)";

    private final ConcurrentMap<String, LongAdder> counts = new ConcurrentHashMap<>();

    /** One message for {@code channel} (as its sender named it, possibly null). */
    public void count(String channel) {
        boolean name = channel != null && ConfigKeys.CHANNEL_NAME.matcher(channel).matches();
        String key = name && (counts.containsKey(channel) || counts.size() < MAX_NAMES) ? channel : OTHER;
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** The counts so far, by channel name. */
    public Map<String, Long> counts() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((channel, n) -> out.put(channel, n.sum()));
        return out;
    }
}
