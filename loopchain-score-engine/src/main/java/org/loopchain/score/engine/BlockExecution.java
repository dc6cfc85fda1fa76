package org.loopchain.score.engine;

import java.math.BigInteger;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outcome of a block's SCORE calls: one outcome per call in order, the state writes to commit
 * (hex key → new value, {@code null} = deleted, in key order), the coin balances the calls moved
 * (address → new balance, in address order; the host keeps them), the result root ({@code ""}
 * for a block without calls), and what the calls wrote to the storage of other contracts they
 * called (their address → their writes as above; the host keeps them too, the root does not cover them).
 */
public record BlockExecution(List<TxOutcome> outcomes, SortedMap<String, byte[]> writes,
        SortedMap<String, BigInteger> balances, String resultRoot, SortedMap<String, SortedMap<String, byte[]>> calledWrites) {

    public BlockExecution {
        outcomes = List.copyOf(outcomes);
        writes = Collections.unmodifiableSortedMap(new TreeMap<>(writes));
        balances = Collections.unmodifiableSortedMap(new TreeMap<>(balances));
        calledWrites = Collections.unmodifiableSortedMap(new TreeMap<>(calledWrites));
    }

    /** An execution whose calls called no other contract. */
    public BlockExecution(List<TxOutcome> outcomes, SortedMap<String, byte[]> writes, SortedMap<String, BigInteger> balances,
            String resultRoot) {
        this(outcomes, writes, balances, resultRoot, new TreeMap<>());
    }

    static BlockExecution empty() {
        return new BlockExecution(List.of(), new TreeMap<>(), new TreeMap<>(), "");
    }
}
