package org.loopchain.consensus;

import java.util.List;
import java.util.Objects;
import org.loopchain.core.block.Block;
import org.loopchain.core.tx.Transaction;

/** A block with the transactions it lists, in block order: what a leader proposes. */
public record CandidateBlock(Block block, List<Transaction> txs) {

    public CandidateBlock {
        Objects.requireNonNull(block, "block");
        txs = List.copyOf(txs);
    }

    public String hash() {
        return block.hash();
    }

    /**
     * False for a proposal read off the wire, which names its transactions by hash only, until the
     * receiving channel fills them in from its pool.
     */
    public boolean complete() {
        return txs.size() == block.txHashes().size();
    }
}
