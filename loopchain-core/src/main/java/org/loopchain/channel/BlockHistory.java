package org.loopchain.channel;

import java.util.List;
import java.util.Optional;
import org.loopchain.core.block.Block;
import org.loopchain.core.tx.Transaction;

/** The committed blocks of a channel, as the chain head, sync answers and the block API read them. */
public interface BlockHistory {

    /** The block with the greatest height, if the channel has any block yet (genesis included). */
    Optional<Block> lastBlock(String channel);

    Optional<Block> blockByHeight(String channel, long height);

    Optional<Block> blockByHash(String channel, String hash);

    /** The transactions of the block at {@code height}, in block order. */
    List<Transaction> transactionsOf(String channel, long height);

    /** The commit certificate stored with the block at {@code height} (empty string if none). */
    Optional<String> certificateOf(String channel, long height);

    /** The sum of the made rounds of the channel's blocks up to {@code height}: the leader schedule's shift. */
    long roundsUpTo(String channel, long height);

    /** How many transactions the channel's blocks hold. */
    long committedTxCount(String channel);
}
