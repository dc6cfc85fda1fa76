package org.loopchain.channel;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What executing a block's SCORE calls produced: the root the block must carry, one result per
 * calling transaction and the state changes, all stored with the block in one transaction.
 *
 * @param resultRoot the block's result root ({@code ""} if it calls no SCORE)
 * @param results    tx hash → result JSON, for the calling transactions
 * @param writes     state key (hex) → new value ({@code null} = deleted), in key order
 * @param refusal    why this peer cannot execute the block (its SCORE differs from the channel's),
 *                   or {@code ""}; a refused execution has no root, results or writes
 */
public record Execution(String resultRoot, Map<String, String> results, SortedMap<String, byte[]> writes, String refusal) {

    /** Nothing to execute. */
    public static final Execution NONE = new Execution("", Map.of(), new TreeMap<>(), "");

    public Execution {
        resultRoot = resultRoot == null ? "" : resultRoot;
        results = Collections.unmodifiableMap(results);
        writes = Collections.unmodifiableSortedMap(writes);
        refusal = refusal == null ? "" : refusal;
    }

    public static Execution refused(String reason) {
        return new Execution("", Map.of(), new TreeMap<>(), reason);
    }

    /** This execution with {@code value} written under {@code keyHex} too (a record of the node's, in no root). */
    public Execution withWrite(String keyHex, byte[] value) {
        SortedMap<String, byte[]> more = new TreeMap<>(writes);
        more.put(keyHex, value);
        return new Execution(resultRoot, results, more, refusal);
    }

    public boolean isRefused() {
        return !refusal.isEmpty();
    }

    public boolean isEmpty() {
        return results.isEmpty() && writes.isEmpty() && resultRoot.isEmpty();
    }
}
