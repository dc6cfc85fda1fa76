package org.loopchain.channel;

import java.util.List;
import org.loopchain.core.tx.Transaction;

/**
 * Runs the SCORE calls of a block for its channel. Called only from the channel's event queue, in
 * this order per height: {@link #execute} for each candidate block (leader and validators alike),
 * then {@link #committed} for the one that became final.
 */
public interface BlockExecutor {

    /** A channel without SCORE: nothing is executed, every block has an empty result root. */
    BlockExecutor NONE = (channel, height, timestampMicros, txs) -> Execution.NONE;

    /**
     * Executes the SCORE calls among {@code txs}, in order, on the committed state, as the block at
     * {@code height} with time {@code timestampMicros}. Deterministic: every peer with the same SCORE
     * and state gets the same {@link Execution}. Never throws for a contract's failure.
     */
    Execution execute(String channel, long height, long timestampMicros, List<Transaction> txs);

    /** Whether this peer could execute {@code tx} now (false for a SCORE call while its SCORE differs). */
    default boolean canRun(Transaction tx) {
        return true;
    }

    /** The execution of the block just stored: its writes are now committed state. */
    default void committed(String channel, Execution execution) {
    }
}
