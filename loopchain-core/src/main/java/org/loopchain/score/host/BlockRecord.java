package org.loopchain.score.host;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.loopchain.core.crypto.Hex;
import org.loopchain.core.json.Json;
import org.loopchain.score.engine.StateReader;

/**
 * What runs of one block wrote and answered, kept for its result root: the writes (hex key →
 * value, {@code null} deleted) readable over the committed state ({@link #view}), and the results
 * in block order.
 */
final class BlockRecord {

    final TreeMap<String, byte[]> writes = new TreeMap<>();
    final Map<String, String> results = new LinkedHashMap<>();
    /** This block's writes over {@code committed}. */
    final StateReader view;
    private final List<Object> ordered = new ArrayList<>();

    BlockRecord(StateReader committed) {
        this.view = key -> {
            String hex = Hex.encode(key);
            return writes.containsKey(hex) ? writes.get(hex) : committed.get(key);
        };
    }

    void result(String txHash, String json) {
        results.put(txHash, json);
        ordered.add(List.of(txHash, json));
    }

    boolean isEmpty() {
        return ordered.isEmpty();
    }

    /** What the root covers: the results in block order | every write as {@code key=value;} ({@code -} deleted). */
    String text() {
        StringBuilder written = new StringBuilder();
        writes.forEach((k, v) -> written.append(k).append('=').append(v == null ? "-" : Hex.encode(v)).append(';'));
        return Json.pyDumps(ordered) + "|" + written;
    }
}
