package org.loopchain.coin;

import java.util.List;
import org.loopchain.channel.BlockExecutor;
import org.loopchain.channel.Execution;
import org.loopchain.core.tx.Transaction;

/**
 * What a {@link V3BlockExecutor} wraps: a {@link BlockExecutor} (the SCORE's calls and
 * configurations) that runs on the coin of the block being executed, so a SCORE reads the
 * balances the block has reached and the coin its calls move ends up in the block's ledger.
 */
public interface CoinBlockExecutor extends BlockExecutor {

    /** A channel without SCORE: nothing is executed. */
    CoinBlockExecutor NONE = new CoinBlockExecutor() {
        @Override
        public Execution execute(String channel, long height, long timestampMicros, List<Transaction> txs, CoinLedger ledger) {
            return Execution.NONE;
        }

        @Override
        public BlockRun open(String channel, long height, long timestampMicros, List<Transaction> txs, CoinLedger ledger) {
            return BlockRun.NONE;
        }
    };

    /**
     * As {@link BlockExecutor#execute}, on {@code ledger}, which it may change: the block's SCORE
     * calls after its coin transactions (the rule below a channel's
     * {@link CoinGenesis#blockOrderHeight}).
     */
    Execution execute(String channel, long height, long timestampMicros, List<Transaction> txs, CoinLedger ledger);

    /** The block {@code txs} at {@code height}, to be run one transaction at a time in block order on {@code ledger}. */
    BlockRun open(String channel, long height, long timestampMicros, List<Transaction> txs, CoinLedger ledger);

    /** On a channel without coin: every balance zero, nothing to move. */
    @Override
    default Execution execute(String channel, long height, long timestampMicros, List<Transaction> txs) {
        return execute(channel, height, timestampMicros, txs, new CoinLedger(CoinGenesis.NONE, key -> null));
    }
}
