package org.loopchain.channel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loopchain.core.tx.Transaction;

/** Transactions waiting for a block, oldest first, each once. Confined to the channel's loop. */
final class TxPool {

    private final Map<String, Transaction> waiting = new LinkedHashMap<>();

    boolean add(Transaction tx) {
        return waiting.putIfAbsent(tx.hash(), tx) == null;
    }

    void removeAll(Collection<String> hashes) {
        hashes.forEach(waiting::remove);
    }

    void remove(String hash) {
        waiting.remove(hash);
    }

    /** The oldest {@code max} transactions, left in the pool. */
    List<Transaction> oldest(int max) {
        List<Transaction> out = new ArrayList<>(Math.min(max, waiting.size()));
        for (Transaction tx : waiting.values()) {
            if (out.size() == max) {
                break;
            }
            out.add(tx);
        }
        return out;
    }

    /** The waiting transaction with this hash, or null. */
    Transaction get(String hash) {
        return waiting.get(hash);
    }

    boolean contains(String hash) {
        return waiting.containsKey(hash);
    }

    boolean isEmpty() {
        return waiting.isEmpty();
    }

    int size() {
        return waiting.size();
    }
}
