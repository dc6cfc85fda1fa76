package org.loopchain.channel;

import java.util.List;
import java.util.Optional;
import org.loopchain.core.block.Block;
import org.loopchain.core.tx.Transaction;

/**
 * Where a channel's chain lives. Every method is one atomic unit of work: a crash never leaves
 * half of a call behind.
 */
public interface ChainStore {

    /** The block with the greatest height, if the channel has any block yet (genesis included). */
    Optional<Block> lastBlock(String channel);

    Optional<Block> blockByHeight(String channel, long height);

    Optional<Block> blockByHash(String channel, String hash);

    /** Stores acknowledged transactions that no block holds yet; durable when the call returns. */
    void appendPending(List<Transaction> txs);

    /** Every acknowledged transaction that no block holds yet, oldest first. */
    List<Transaction> pending(String channel);

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
    default void commitBlock(Block block, List<Transaction> txs, int round, String certificate, Execution execution) {
        if (!execution.isEmpty()) {
            throw new UnsupportedOperationException("this store keeps no SCORE state");
        }
        commitBlock(block, txs, round, certificate);
    }

    /** The committed SCORE state under {@code keyHex}, if any. */
    default java.util.Optional<byte[]> state(String channel, String keyHex) {
        return Optional.empty();
    }

    /** The stored SCORE result (JSON) of a committed transaction that called a SCORE. */
    default Optional<String> result(String channel, String txHash) {
        return Optional.empty();
    }

    /**
     * Keeps the evidence of an equivocation, durably; a second record for the same channel, peer,
     * height, round and type is ignored.
     */
    default void recordEquivocation(EquivocationRecord evidence) {
    }

    /** The stored equivocations of the channel, newest height first, at most {@code max}. */
    default List<EquivocationRecord> equivocations(String channel, int max) {
        return List.of();
    }

    /** The commit certificate stored with the block at {@code height} (empty string if none). */
    Optional<String> certificateOf(String channel, long height);

    /** The sum of the made rounds of the channel's blocks up to {@code height}: the leader schedule's shift. */
    long roundsUpTo(String channel, long height);

    Optional<StoredTx> transaction(String channel, String hash);

    /** Those of {@code hashes} that a block of the channel already holds (one query, not one per hash). */
    java.util.Set<String> committedAmong(String channel, java.util.Collection<String> hashes);

    /** The transactions of the block at {@code height}, in block order. */
    List<Transaction> transactionsOf(String channel, long height);

    /** How many transactions the channel's blocks hold. */
    long committedTxCount(String channel);
}
