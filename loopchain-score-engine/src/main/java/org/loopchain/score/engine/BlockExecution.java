package org.loopchain.score.engine;

import java.math.BigInteger;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outcome of a block's SCORE calls: one outcome per call in order, the state writes to commit
 * (hex key → new value, {@code null} = deleted, in key order), the coin balances the calls moved
 * (address → new balance, in address order; the host keeps them) and the result root ({@code ""}
 * for a block without calls).
 */
public record BlockExecution(List<TxOutcome> outcomes, SortedMap<String, byte[]> writes,
        SortedMap<String, BigInteger> balances, String resultRoot) {

    public BlockExecution {
        outcomes = List.copyOf(outcomes);
        writes = Collections.unmodifiableSortedMap(new TreeMap<>(writes));
        balances = Collections.unmodifiableSortedMap(new TreeMap<>(balances));
    }

    static BlockExecution empty() {
        return new BlockExecution(List.of(), new TreeMap<>(), new TreeMap<>(), "");
    }
}
