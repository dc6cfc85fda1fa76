package org.loopchain.score.host;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import org.loopchain.channel.ScoreStateReader;
import org.loopchain.core.crypto.Hex;
import org.loopchain.score.engine.StateReader;

/**
 * A channel's committed SCORE state, read through from the store and cached; only the channel's
 * event queue uses it, and {@link #apply} keeps the cache equal to what was stored.
 */
final class CommittedState implements StateReader {

    private static final int MAX_CACHED = 100_000;
    private static final byte[] ABSENT = new byte[0];

    private final ScoreStateReader store;
    private final String channel;
    private final Map<String, byte[]> cache = new HashMap<>();

    CommittedState(ScoreStateReader store, String channel) {
        this.store = store;
        this.channel = channel;
    }

    @Override
    public byte[] get(byte[] key) {
        String hex = Hex.encode(key);
        byte[] value = cache.get(hex);
        if (value == null) {
            value = store.state(channel, hex).orElse(ABSENT);
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(hex, value);
        }
        return value == ABSENT ? null : value.clone();
    }

    /** The writes of a block just stored. */
    void apply(SortedMap<String, byte[]> writes) {
        writes.forEach((k, v) -> cache.put(k, v == null ? ABSENT : v.clone()));
    }
}
