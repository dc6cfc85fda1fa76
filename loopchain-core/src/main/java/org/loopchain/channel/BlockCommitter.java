package org.loopchain.channel;

import java.util.List;
import org.loopchain.core.block.Block;
import org.loopchain.core.tx.Transaction;

/** Where a channel's decided blocks are stored ({@link ChannelChain}). */
public interface BlockCommitter {

    /**
     * Stores the block, the certificate that committed it and its made round (the round, modulo the
     * validators, in which its maker led its height: {@link org.loopchain.consensus.LeaderSchedule#madeRound}),
     * and marks its transactions as held by it (storing those this peer had not stored yet), in one
     * transaction.
     *
     * @param certificate the commit certificate as its wire JSON; empty for genesis or a block made alone
     */
    void commitBlock(Block block, List<Transaction> txs, int round, String certificate);

    /**
     * {@link #commitBlock(Block, List, int, String)} together with the results and state changes of
     * executing the block's SCORE calls, in the same transaction.
     */
    void commitBlock(Block block, List<Transaction> txs, int round, String certificate, Execution execution);
}
