package org.loopchain.cli.chaos;

import java.util.List;
import java.util.Map;

/** What the checker reads of each peer: its height, its blocks, a transaction's result. */
public interface ChainView {

    /** A block as a peer holds it: its hash and its transactions' hashes in order. */
    record Block(String hash, List<String> txs) {
        public Block {
            txs = List.copyOf(txs);
        }
    }

    /** The peer's block height, or -1 when it does not answer. */
    long height(String peer);

    /** The peer's block at {@code height}, or null when it does not answer one. */
    Block block(String peer, long height);

    /** The peer's result of a transaction ({@code response} of transactions/result), or null when it has none. */
    Map<?, ?> result(String peer, String txHash);
}
