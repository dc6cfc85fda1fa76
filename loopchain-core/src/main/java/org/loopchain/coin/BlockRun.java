package org.loopchain.coin;

import java.util.Optional;
import org.loopchain.channel.Execution;

/**
 * A block that a {@link CoinBlockExecutor} runs one transaction at a time, in block order, on the
 * block's {@link CoinLedger} ({@link V3BlockExecutor}'s block-order rule): each call sees the coin
 * and the state that the transactions before it left.
 */
public interface BlockRun {

    /** A block in which nothing is the executor's. */
    BlockRun NONE = new BlockRun() {
        @Override
        public Optional<String> run(int index) {
            return Optional.empty();
        }

        @Override
        public Execution finish() {
            return Execution.NONE;
        }
    };

    /**
     * Runs the block's transaction at {@code index} if it is the executor's (a SCORE call, a
     * deploy); its result JSON, or empty if it is not, or if the block cannot run on this peer
     * ({@link #finish} then says why).
     */
    Optional<String> run(int index);

    /**
     * What the block's transactions did: their results (the configurations' too), the state they
     * wrote and a root over both; refused if a call could not run on this peer.
     */
    Execution finish();
}
