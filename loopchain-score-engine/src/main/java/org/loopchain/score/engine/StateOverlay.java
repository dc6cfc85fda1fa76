package org.loopchain.score.engine;

import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Uncommitted writes over a parent state: committed state ← block overlay ← call overlay. A call
 * writes into its own overlay, which is merged into the block's only if the call succeeds.
 *
 * <p>Keys are kept as lower-case hex, whose string order is the unsigned byte order of the keys.
 * A {@code null} value is a deletion that hides the parent's value.
 */
final class StateOverlay implements StateReader {

    private static final HexFormat HEX = HexFormat.of();

    private final StateReader parent;
    private final TreeMap<String, byte[]> writes = new TreeMap<>();

    StateOverlay(StateReader parent) {
        this.parent = parent;
    }

    @Override
    public byte[] get(byte[] key) {
        String hex = HEX.formatHex(key);
        if (writes.containsKey(hex)) {
            byte[] value = writes.get(hex);
            return value == null ? null : value.clone();
        }
        return parent.get(key);
    }

    /** Stores {@code value} under {@code key}; {@code null} deletes. */
    void put(byte[] key, byte[] value) {
        writes.put(HEX.formatHex(key), value == null ? null : value.clone());
    }

    /** Applies this overlay's writes to {@code target} (normally the overlay it was opened on). */
    void mergeInto(StateOverlay target) {
        target.writes.putAll(writes);
    }

    /** A child overlay whose writes stay apart until merged. */
    StateOverlay child() {
        return new StateOverlay(this);
    }

    SortedMap<String, byte[]> writes() {
        return writes;
    }
}
